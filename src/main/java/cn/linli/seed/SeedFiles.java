package cn.linli.seed;

import java.util.List;

/**
 * The seed files of the records one feature owns, contributed as a bean the way a {@link Derivation} is:
 * {@code seed} reads, checks and writes them without knowing any feature. Each contribution carries Spring's
 * {@code @Order}, which places its files among the others' ({@link SeedCatalog}): parents before children, nodes
 * before the edges between them.
 */
public interface SeedFiles {

    /** This feature's files, in the order they are imported. */
    List<SeedFile> files();
}
