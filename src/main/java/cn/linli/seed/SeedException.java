package cn.linli.seed;

/** A seed file cannot be imported; the message starts with {@code file:line:}. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }
}
