package cn.linli.opendata.hsds;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ErrorCode;
import cn.linli.api.errors.NotFoundException;
import cn.linli.opendata.DataPackageDescriptor;
import cn.linli.opendata.Downloads;
import cn.linli.opendata.Table;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The directory over the Open Referral HSDS 3.0 API's paths under {@code /hsds} (docs/HSDS.md): {@code /services},
 * {@code /services/{id}}, {@code /organizations}, {@code /service_at_locations}, {@code /taxonomies},
 * {@code /taxonomy_terms} and their {@code /{id}}, and {@code /locations}; lists are paged ({@code page},
 * {@code per_page}) or, with {@code format=ndjson}, the whole table streamed. The tabular form: {@code /hsds/<table>.csv}
 * and {@code /hsds/datapackage.zip}.
 */
// Public data without credentials: any web page may read it (its ETag and Last-Modified too).
@CrossOrigin(
        origins = "*",
        exposedHeaders = {"ETag", "Last-Modified", "Retry-After"})
@RestController
@RequestMapping("/hsds")
class HsdsController {

    static final String OPENAPI =
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    /** Filters of the HSDS API Linli does not offer: refused, so that a client never takes an unfiltered list for a filtered one. */
    static final Set<String> UNSUPPORTED = Set.of(
            "search",
            "taxonomy_term_id",
            "taxonomy_id",
            "organization_id",
            "modified_after",
            "minimal",
            "full",
            "full_service",
            "postcode",
            "proximity",
            "top_only",
            "parent_id");

    private final HsdsDocuments documents;
    private final HsdsTables tables;
    private final HsdsKeys keys;
    private final Downloads downloads;
    private final DataPackageDescriptor descriptor;

    HsdsController(
            HsdsDocuments documents,
            HsdsTables tables,
            HsdsKeys keys,
            Downloads downloads,
            DataPackageDescriptor descriptor) {
        this.documents = documents;
        this.tables = tables;
        this.keys = keys;
        this.downloads = downloads;
        this.descriptor = descriptor;
    }

    @GetMapping({"", "/"})
    Map<String, Object> about() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("version", "3.0");
        about.put("profile", "https://docs.openreferral.org/en/3.0/");
        about.put("openapi_url", OPENAPI);
        about.put(
                "description",
                "Linli: the neighborhood service directory of Meishan (眉山市), Sichuan, in HSDS 3.0 "
                        + "(extensions prefixed linli_; docs/HSDS.md).");
        return about;
    }

    /** The HSDS API's lists: JSON pages, or the whole list with {@code format=ndjson}. */
    @GetMapping("/{list:services|organizations|locations|service_at_locations|taxonomies|taxonomy_terms}")
    Object collection(
            @PathVariable String list,
            @RequestParam Map<String, String> params,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        return list(list, params, request, response);
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return documents.service(key("service", id));
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id) {
        return documents.organization(key("organization", id));
    }

    @GetMapping("/locations/{id}")
    Map<String, Object> location(@PathVariable String id) {
        return documents.location(key("location", id));
    }

    @GetMapping("/service_at_locations/{id}")
    Map<String, Object> serviceAtLocation(@PathVariable String id) {
        return documents.serviceAtLocation(key("service_at_location", id));
    }

    @GetMapping("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        return documents.taxonomy(id).orElseThrow(() -> notFound("taxonomy", id));
    }

    @GetMapping("/taxonomy_terms/{id}")
    Map<String, Object> term(@PathVariable String id) {
        return documents.term(id).orElseThrow(() -> notFound("taxonomy term", id));
    }

    /** One HSDS table as NDJSON: also the tables the API has no list of (phones, schedules, ...). */
    @GetMapping("/{table}.ndjson")
    void ndjson(@PathVariable String table, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        downloads.ndjson(request, response, streamed(table));
    }

    /** One HSDS table as CSV, as in the tabular data package. */
    @GetMapping("/{table}.csv")
    void csv(@PathVariable String table, ServletWebRequest request, HttpServletResponse response) throws IOException {
        downloads.csv(request, response, streamed(table));
    }

    @GetMapping("/datapackage.json")
    Map<String, Object> dataPackage() {
        return describe();
    }

    /** HSDS's tabular form: every table as CSV and datapackage.json, in one zip. */
    @GetMapping("/datapackage.zip")
    void zip(ServletWebRequest request, HttpServletResponse response) throws IOException {
        downloads.dataPackage(
                request,
                response,
                "linli-hsds.zip",
                tables.all().stream().map(tables::streamed).toList(),
                describe());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return Downloads.error(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, null, e.getMessage());
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Map<String, Object>> badInput(BadInputException e) {
        return Downloads.error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.field(), e.getMessage());
    }

    /** A paged list, or with {@code format=ndjson} the whole table, one record a line, without paging. */
    private Object list(
            String table, Map<String, String> params, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        for (String name : params.keySet()) {
            if (UNSUPPORTED.contains(name)) {
                throw new BadInputException(
                        name,
                        "is an HSDS API filter Linli does not offer; page through the whole list, "
                                + "or download it with format=ndjson");
            }
        }
        String format = params.getOrDefault("format", "json");
        if (format.equals("ndjson")) {
            downloads.ndjson(request, response, streamed(table));
            return null;
        }
        if (!format.equals("json")) {
            throw new BadInputException("format", "must be json or ndjson (got '" + format + "')");
        }
        return documents.page(table, number(params, "page"), number(params, "per_page"));
    }

    private Table streamed(String table) {
        return tables.named(table)
                .map(tables::streamed)
                .orElseThrow(() -> new NotFoundException("There is no HSDS table '" + table + "' here; the tables are "
                        + tables.all().stream().map(HsdsTables.HsdsTable::name).toList() + "."));
    }

    private Map<String, Object> describe() {
        return descriptor.describe(
                "linli-hsds",
                "Linli in HSDS 3.0",
                "Linli's providers, service items and where they serve, as the tables of the Open Referral Human Services Data "
                        + "Specification 3.0 (docs/HSDS.md); fields prefixed linli_ are Linli's extensions.",
                tables.all().stream().map(tables::streamed).toList());
    }

    private String key(String table, String id) {
        return keys.key(table, id).orElseThrow(() -> notFound(table.replace('_', ' '), id));
    }

    private static NotFoundException notFound(String what, String id) {
        return new NotFoundException("There is no " + what + " with id '" + id + "'.");
    }

    private static Integer number(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(name, "must be a whole number (got '" + value + "')");
        }
    }
}
