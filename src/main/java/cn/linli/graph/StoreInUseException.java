package cn.linli.graph;

import java.nio.file.Path;

/** The embedded store is locked by another process: a Linli (or Neo4j) already running on it. */
public class StoreInUseException extends RuntimeException {

    private final transient Path store;

    public StoreInUseException(Path store, Throwable cause) {
        super("The store " + store + " is in use by a running Linli", cause);
        this.store = store;
    }

    public Path store() {
        return store;
    }
}
