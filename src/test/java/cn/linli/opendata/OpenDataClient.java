package cn.linli.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an open-data user downloads from the test server, read the way they would read it (also for the HSDS tests). */
public record OpenDataClient(int port, HttpClient client, JsonMapper json) {

    public OpenDataClient(int port) {
        this(port, HttpClient.newHttpClient(), JsonMapper.builder().build());
    }

    public HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    public HttpResponse<byte[]> head(String path) {
        return send("HEAD", path);
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of an NDJSON download, each as JSON. */
    public List<JsonNode> ndjson(String path) {
        return ndjson(get(path).body());
    }

    public List<JsonNode> ndjson(byte[] body) {
        return new String(body, StandardCharsets.UTF_8)
                .lines()
                .map(json::readTree)
                .toList();
    }

    public JsonNode json(String path) {
        return json.readTree(get(path).body());
    }

    public static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each entry of a zip download: its name and bytes. */
    public static Map<String, byte[]> unzip(byte[] body) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A CSV file: header first, then each row as a map from header to cell. */
    public static Csv csv(byte[] bytes) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8), format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            parser.forEach(record -> rows.add(record.toMap()));
            return new Csv(parser.getHeaderNames(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Csv(List<String> header, List<Map<String, String>> rows) {}
}
