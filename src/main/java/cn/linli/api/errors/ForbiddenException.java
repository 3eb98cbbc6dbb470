package cn.linli.api.errors;

/** The caller has no valid API key, or its key does not cover this write. Nothing was written. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
