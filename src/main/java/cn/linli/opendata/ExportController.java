package cn.linli.opendata;

import cn.linli.api.errors.ErrorCode;
import cn.linli.api.errors.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The whole graph as files, without paging: {@code GET /opendata/<table>.ndjson}, {@code /opendata/<table>.csv},
 * {@code /opendata/datapackage.json} (its resources' paths are those CSV URLs) and {@code /opendata/datapackage.zip}
 * (the CSV files and datapackage.json in one download). docs/OPEN_DATA.md.
 */
// Public data without credentials: any web page may read it (its ETag and Last-Modified too).
@CrossOrigin(
        origins = "*",
        exposedHeaders = {"ETag", "Last-Modified", "Retry-After"})
@RestController
@RequestMapping("/opendata")
class ExportController {

    private final Downloads downloads;
    private final DataPackageDescriptor descriptor;

    ExportController(Downloads downloads, DataPackageDescriptor descriptor) {
        this.downloads = downloads;
        this.descriptor = descriptor;
    }

    @GetMapping("/{table}.ndjson")
    void ndjson(@PathVariable String table, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        downloads.ndjson(request, response, table(table));
    }

    @GetMapping("/{table}.csv")
    void csv(@PathVariable String table, ServletWebRequest request, HttpServletResponse response) throws IOException {
        downloads.csv(request, response, table(table));
    }

    @GetMapping("/datapackage.json")
    Map<String, Object> dataPackage() {
        return describe();
    }

    @GetMapping("/datapackage.zip")
    void zip(ServletWebRequest request, HttpServletResponse response) throws IOException {
        downloads.dataPackage(request, response, "linli-meishan.zip", ExportTables.ALL, describe());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return Downloads.error(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, null, e.getMessage());
    }

    private Map<String, Object> describe() {
        return descriptor.describe(
                "linli-meishan",
                "Linli: Meishan's neighborhood service graph",
                "Places with their official division codes, grids, providers and their service items, who serves whom, "
                        + "resources and where they are deployed, and the needs raised in grids (docs/OPEN_DATA.md).",
                ExportTables.ALL);
    }

    private static Table table(String name) {
        return ExportTables.named(name)
                .orElseThrow(() -> new NotFoundException("There is no table '" + name + "'; the tables are "
                        + ExportTables.ALL.stream().map(Table::name).toList() + "."));
    }
}
