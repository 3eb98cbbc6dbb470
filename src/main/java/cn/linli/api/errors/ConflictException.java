package cn.linli.api.errors;

import java.util.Map;

/**
 * The request is well formed but the record's current state does not allow it (e.g. claiming a need
 * that is already claimed). {@code details} tell the client the state and what is allowed instead.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> details;

    public ConflictException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
