package cn.linli.seed.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes every CSV of seed/FORMAT.md from the official references in seed/reference/,
 * deterministically: the same bytes on every run.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=cn.linli.seed.generate.SeedGenerator -Dexec.args="seed"</pre>
 */
public final class SeedGenerator {

    private static final long SEED = 20_240_611L;

    private final Path referenceFolder;

    public SeedGenerator(Path referenceFolder) {
        this.referenceFolder = referenceFolder;
    }

    /** Usage: {@code SeedGenerator <target folder> [reference folder, default <target>/reference]}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "seed");
        Path reference = args.length > 1 ? Path.of(args[1]) : target.resolve("reference");
        new SeedGenerator(reference).writeAll(target);
    }

    public void writeAll(Path target) throws IOException {
        Files.createDirectories(target);
        for (Table table : generate()) {
            CsvWriter.write(table, target);
        }
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
        return tables;
    }
}
