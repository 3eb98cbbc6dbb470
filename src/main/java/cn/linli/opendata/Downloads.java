package cn.linli.opendata;

import cn.linli.api.errors.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every full download is answered (the /opendata export and HSDS's NDJSON and tabular forms):
 * <ul>
 * <li>{@code ETag} and {@code Last-Modified} of the data's {@link DataVersion}; a client sending them back in
 * {@code If-None-Match} / {@code If-Modified-Since} gets 304 without a byte of data or a database read beyond the
 * version's;</li>
 * <li>gzip when {@code Accept-Encoding} allows it (the stream is compressed as it is written);</li>
 * <li>at most {@code linli.opendata.max-concurrent-exports} streams at once per instance: one more is refused at
 * once with 503 UNAVAILABLE and {@code Retry-After} rather than queued, since a queued export would hold a request
 * thread while it waits. Exports are not charged to the GraphQL cost budget, which measures queries, not bytes.</li>
 * </ul>
 * A failure after the first byte cannot change the status any more: the response is cut off, which a client sees
 * as an incomplete transfer (chunked encoding without its last chunk, or a gzip stream without its trailer).
 */
@Component
public class Downloads {

    public static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final DataVersion version;
    private final OpenDataSettings settings;
    private final JsonMapper json;
    private final TableStreams tables;
    private final Semaphore streams;

    Downloads(DataVersion version, OpenDataSettings settings, JsonMapper json, TableStreams tables) {
        this.version = version;
        this.settings = settings;
        this.json = json;
        this.tables = tables;
        this.streams = new Semaphore(settings.maxConcurrentExports());
    }

    /** {@code table} as NDJSON, one row a line. */
    public void ndjson(ServletWebRequest request, HttpServletResponse response, Table table) throws IOException {
        send(request, response, NDJSON, null, out -> tables.ndjson(table, out));
    }

    /** {@code table} as CSV, offered as its data package file. */
    public void csv(ServletWebRequest request, HttpServletResponse response, Table table) throws IOException {
        send(request, response, CSV, table.path(), out -> tables.csv(table, out));
    }

    /** The data package of {@code tables} in one zip named {@code fileName}. */
    public void dataPackage(
            ServletWebRequest request,
            HttpServletResponse response,
            String fileName,
            List<Table> tables,
            Map<String, Object> descriptor)
            throws IOException {
        send(request, response, ZIP, fileName, out -> this.tables.dataPackage(tables, descriptor, out));
    }

    /** The JSON body of a refusal or error of these endpoints: message, code and (where one is to blame) the parameter. */
    public static ResponseEntity<Map<String, Object>> error(
            HttpStatus status, ErrorCode code, String parameter, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code.name());
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /**
     * Answers with {@code body} written as {@code type}, or 304 when the client's copy is current.
     *
     * @param fileName offered to browsers as the attachment's name; null: shown inline
     */
    public void send(
            ServletWebRequest request,
            HttpServletResponse response,
            MediaType type,
            String fileName,
            Consumer<OutputStream> body)
            throws IOException {
        DataVersion.Version current = version.current();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (request.checkNotModified(
                current.etag(),
                current.lastModified().map(java.time.Instant::toEpochMilli).orElse(-1L))) {
            return;
        }
        if (HttpMethod.HEAD.matches(request.getRequest().getMethod())) {
            // the headers a GET would carry, without reading the data
            response.setContentType(type.toString());
            return;
        }
        if (!streams.tryAcquire()) {
            refuse(response);
            return;
        }
        try {
            response.setContentType(type.toString());
            if (fileName != null) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
            }
            boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
            if (gzip) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            OutputStream out = response.getOutputStream();
            if (gzip) {
                GZIPOutputStream zipped = new GZIPOutputStream(out, 64 * 1024);
                body.accept(zipped);
                zipped.finish();
            } else {
                body.accept(out);
            }
            out.flush();
        } finally {
            streams.release();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "error",
                "Too many full downloads are running on this server right now; retry in " + settings.retryAfterSeconds()
                        + " s. A copy you already hold may still be current: send its ETag in If-None-Match.");
        body.put("code", ErrorCode.UNAVAILABLE.name());
        body.put("retryAfterSeconds", settings.retryAfterSeconds());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(settings.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** {@code gzip} listed in Accept-Encoding without {@code q=0} (RFC 9110 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip") || parts[0].strip().equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
