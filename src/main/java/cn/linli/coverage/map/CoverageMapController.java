package cn.linli.coverage.map;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.geo.CoordinateSystem;
import graphql.schema.GraphQLEnumType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The coverage map for any map tool (GeoJSON) and for people ({@code /map}, a page drawn by the browser
 * from that GeoJSON, without tiles or outside scripts).
 */
@Controller
class CoverageMapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final CoverageMap map;
    /** The schema's enum is the one list of kinds: names and descriptions, in the schema's order. */
    private final List<Map<String, String>> kinds;

    private final Set<String> kindNames;

    CoverageMapController(CoverageMap map, GraphQlSource graphQl) {
        this.map = map;
        this.kinds = ((GraphQLEnumType) graphQl.schema().getType("ProviderKind"))
                .getValues().stream()
                        .map(v -> Map.of(
                                "name",
                                v.getName(),
                                "description",
                                v.getDescription() == null ? "" : v.getDescription()))
                        .toList();
        this.kindNames = kinds.stream().map(k -> k.get("name")).collect(Collectors.toUnmodifiableSet());
    }

    @GetMapping("/map")
    String page() {
        return "forward:/map/index.html";
    }

    /** The provider kinds a map can show, for the page's category picker. */
    @GetMapping("/map/kinds.json")
    @ResponseBody
    List<Map<String, String>> kinds() {
        return kinds;
    }

    /** {@code GET /map/coverage.geojson?place=511402&kind=ELDERLY_CARE&radius=500&crs=GCJ02}; only place and kind are required. */
    @GetMapping("/map/coverage.geojson")
    @ResponseBody
    ResponseEntity<Map<String, Object>> coverage(
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false) String crs) {
        if (place == null || place.isBlank()) {
            throw new BadInputException("place", "is required: a place code such as 511402");
        }
        if (kind == null || !kindNames.contains(kind)) {
            throw new BadInputException(
                    "kind", "must be one of " + kindNames.stream().sorted().toList() + " (got '" + kind + "')");
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .body(map.featureCollection(place, kind, radius(radius), crs(crs)));
    }

    @ExceptionHandler(BadInputException.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> badInput(BadInputException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", e.field(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "place", e.getMessage());
    }

    private static Integer radius(String radius) {
        if (radius == null || radius.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(radius.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("radius", "must be a whole number of metres (got '" + radius + "')");
        }
    }

    private static CoordinateSystem crs(String crs) {
        if (crs == null || crs.isBlank()) {
            return CoordinateSystem.WGS84;
        }
        try {
            return CoordinateSystem.valueOf(crs.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("crs", "must be WGS84, GCJ02 or BD09 (got '" + crs + "')");
        }
    }

    private static ResponseEntity<Map<String, Object>> error(
            HttpStatus status, String code, String parameter, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        body.put("parameter", parameter);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
