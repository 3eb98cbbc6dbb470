package cn.linli.seed.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes every CSV of seed/FORMAT.md from the official references in seed/reference/,
 * deterministically: the same bytes on every run.
 *
 * <pre>./mvnw -q test-compile exec:java@generate-seed</pre>
 *
 * <p>A tool of the build in test scope, so that the service's jar does not carry it (docs/ARCHITECTURE.md, "Build").
 *
 * <p>Larger graphs for benchmarks ({@link ScaledSeed}), into another folder, never into seed/:
 * <pre>... -Dexec.args="/tmp/linli-scale-20 seed/reference --scale=20 --grids-per-community=20"</pre>
 */
public final class SeedGenerator {

    private static final long SEED = 20_240_611L;

    private final Path referenceFolder;

    public SeedGenerator(Path referenceFolder) {
        this.referenceFolder = referenceFolder;
    }

    /**
     * Usage: {@code SeedGenerator <target folder> [reference folder, default <target>/reference]
     * [--scale=N] [--grids-per-community=G]}.
     */
    public static void main(String[] args) throws IOException {
        List<String> positional =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Path target = Path.of(positional.isEmpty() ? "seed" : positional.get(0));
        Path reference = positional.size() > 1 ? Path.of(positional.get(1)) : target.resolve("reference");
        int scale = option(args, "scale", 0);
        SeedGenerator generator = new SeedGenerator(reference);
        if (scale == 0) {
            generator.writeAll(target, generator.generate());
            return;
        }
        if (target.toAbsolutePath()
                .normalize()
                .equals(Path.of("seed").toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("scaled graphs go to another folder, never into seed/");
        }
        generator.writeAll(
                target, new ScaledSeed(scale, option(args, "grids-per-community", 0)).scale(generator.generate()));
    }

    private static int option(String[] args, String name, int fallback) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith("--" + name + "="))
                .map(a -> Integer.parseInt(a.substring(name.length() + 3)))
                .findFirst()
                .orElse(fallback);
    }

    public void writeAll(Path target) throws IOException {
        writeAll(target, generate());
    }

    private void writeAll(Path target, List<Table> tables) throws IOException {
        Files.createDirectories(target);
        for (Table table : tables) {
            CsvWriter.write(table, target);
        }
        // one row per provenance, the same at every scale
        CsvWriter.write(Sources.table(), target);
    }

    List<Table> generate() throws IOException {
        ReferenceData reference = ReferenceData.load(referenceFolder);
        PlaceTree places = new PlaceBuilder(reference, new Random(SEED)).build();
        new GridBuilder(places, new Random(SEED + 1), new PhoneBook(new Random(SEED + 2))).build();
        List<Provider> providers = ProviderCatalog.build(places, new Random(SEED + 3));
        List<Table> tables = new ArrayList<>(PlaceTables.of(places));
        tables.add(ProviderCatalog.table(providers));
        tables.add(new ServesBuilder(places, new Random(SEED + 4)).build(providers));
        tables.add(new ServiceCatalog(new Random(SEED + 5)).build(providers));
        tables.addAll(new ResourceCatalog(new Random(SEED + 6)).build(places));
        tables.add(new NeedGenerator(places, new Random(SEED + 7)).build(providers));
        tables.addAll(new EventGenerator(places, new Random(SEED + 8)).build(providers));
        return tables;
    }
}
