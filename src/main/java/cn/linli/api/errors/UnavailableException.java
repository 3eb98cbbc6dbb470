package cn.linli.api.errors;

/** The database cannot answer right now; the client may retry. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
