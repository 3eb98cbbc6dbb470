package cn.linli.api.errors;

/** The client sent a value the API cannot accept; {@code field} names the argument or input field. */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
