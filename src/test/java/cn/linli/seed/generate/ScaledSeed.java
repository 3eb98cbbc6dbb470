package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Larger graphs for benchmarks, deterministically: the generated seed replicated as {@code replicas}
 * cities with new codes (5114 → 5115, 5116, … then 5215, …), each moved to its own part of the map, and
 * optionally {@code gridsPerCommunity} synthetic grids (no boundary) in every community the seed leaves
 * without grids. Ids get a {@code -rN} suffix in replica N; replica 0 keeps every seed record as it is.
 */
final class ScaledSeed {

    private static final Set<String> CODE_COLUMNS = Set.of("code", "parent_code", "place_code", "grid_code");
    private static final Set<String> ID_COLUMNS =
            Set.of("id", "provider_id", "owner_id", "resource_id", "claimed_by", "department_id", "event_id");
    /** Reference tables every replica shares: written once, with replica 0. */
    private static final Set<String> SHARED = Set.of("event_categories.csv");

    private static final Pattern POINT = Pattern.compile("(-?\\d+\\.\\d+) (-?\\d+\\.\\d+)");

    private final int replicas;
    private final int gridsPerCommunity;

    ScaledSeed(int replicas, int gridsPerCommunity) {
        if (replicas < 1 || replicas > 800) {
            throw new IllegalArgumentException("scale must be between 1 and 800, got " + replicas);
        }
        this.replicas = replicas;
        this.gridsPerCommunity = gridsPerCommunity;
    }

    List<Table> scale(List<Table> seed) {
        Table grids = find(seed, "grids.csv");
        Set<String> gridded = new HashSet<>();
        grids.rows().forEach(row -> gridded.add(row.get(grids.header().indexOf("parent_code"))));
        List<Table> scaled = new ArrayList<>();
        for (Table table : seed) {
            scaled.add(new Table(table.file(), String.join(",", table.header())));
        }
        for (int replica = 0; replica < replicas; replica++) {
            for (int t = 0; t < seed.size(); t++) {
                if (replica == 0 || !SHARED.contains(seed.get(t).file())) {
                    copy(seed.get(t), scaled.get(t), replica);
                }
            }
            addGrids(find(seed, "communities.csv"), gridded, find(scaled, "grids.csv"), replica);
            System.out.printf(
                    "scale: replica %d/%d, %d grids so far%n",
                    replica + 1, replicas, find(scaled, "grids.csv").rows().size());
        }
        return scaled;
    }

    private static Table find(List<Table> tables, String file) {
        return tables.stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow();
    }

    private static void copy(Table from, Table to, int replica) {
        List<String> header = from.header();
        for (List<String> row : from.rows()) {
            Object[] cells = new Object[row.size()];
            for (int i = 0; i < row.size(); i++) {
                cells[i] = cell(header.get(i), row.get(i), replica, from.file());
            }
            to.add(cells);
        }
    }

    private static String cell(String column, String value, int replica, String file) {
        if (replica == 0 || value.isEmpty()) {
            return value;
        }
        if (CODE_COLUMNS.contains(column)) {
            return recode(value, replica);
        }
        if (ID_COLUMNS.contains(column)) {
            return value + "-r" + replica;
        }
        return switch (column) {
            case "lon" -> coordinate(Double.parseDouble(value) + lonShift(replica));
            case "lat" -> coordinate(Double.parseDouble(value) + latShift(replica));
            case "boundary" -> shift(value, replica);
            case "name" -> file.equals("cities.csv") ? value + replica : value;
            default -> value;
        };
    }

    /** 5114… becomes another city's prefix: 5115 … 5199, then 5215 … 5299, and so on. */
    static String recode(String code, int replica) {
        if (!code.startsWith("5114")) {
            throw new IllegalStateException("not a Meishan code: " + code);
        }
        String prefix = String.format(Locale.ROOT, "%02d%02d", 51 + (replica - 1) / 85, 15 + (replica - 1) % 85);
        return prefix + code.substring(4);
    }

    private static double lonShift(int replica) {
        return (replica % 10) * 1.6;
    }

    private static double latShift(int replica) {
        return (replica / 10) * 1.2;
    }

    private static String shift(String wkt, int replica) {
        Matcher point = POINT.matcher(wkt);
        StringBuilder shifted = new StringBuilder(wkt.length());
        while (point.find()) {
            point.appendReplacement(
                    shifted,
                    coordinate(Double.parseDouble(point.group(1)) + lonShift(replica)) + " "
                            + coordinate(Double.parseDouble(point.group(2)) + latShift(replica)));
        }
        return point.appendTail(shifted).toString();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private void addGrids(Table communities, Set<String> gridded, Table grids, int replica) {
        List<String> header = communities.header();
        Random random = new Random(20_240_611L + replica);
        for (List<String> community : communities.rows()) {
            String code = community.get(header.indexOf("code"));
            if (gridded.contains(code)) {
                continue;
            }
            double lon = Double.parseDouble(community.get(header.indexOf("lon"))) + lonShift(replica);
            double lat = Double.parseDouble(community.get(header.indexOf("lat"))) + latShift(replica);
            String newCode = replica == 0 ? code : recode(code, replica);
            for (int n = 1; n <= gridsPerCommunity; n++) {
                int households = 150 + random.nextInt(400);
                int population = (int) (households * (2.4 + random.nextDouble()));
                grids.add(
                        String.format(Locale.ROOT, "%s-%02d", newCode, n),
                        community.get(header.indexOf("name")) + "第" + n + "网格",
                        newCode,
                        coordinate(lon + (random.nextDouble() - 0.5) * 0.01),
                        coordinate(lat + (random.nextDouble() - 0.5) * 0.01),
                        households,
                        population,
                        population / 20,
                        population / 5,
                        population / 7,
                        String.format(Locale.ROOT, "028-39%06d", random.nextInt(1_000_000)),
                        null,
                        "synthetic");
            }
        }
    }
}
