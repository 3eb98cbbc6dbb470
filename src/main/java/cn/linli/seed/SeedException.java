package cn.linli.seed;

import java.util.List;

/**
 * Seed data that cannot be imported: one {@code file:line: reason} per problem (or {@code file: reason} when no
 * line is to blame), so that an operator fixes every bad row of a file in one go. The message is those lines.
 */
public class SeedException extends RuntimeException {

    private final List<String> errors;

    public SeedException(String error) {
        this(List.of(error));
    }

    public SeedException(List<String> errors) {
        super(String.join("\n", errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** One line each, in file order. */
    public List<String> errors() {
        return errors;
    }
}
