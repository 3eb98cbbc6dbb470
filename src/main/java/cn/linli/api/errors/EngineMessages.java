package cn.linli.api.errors;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the messages of graphql-java's own errors (syntax, validation, variable coercion) the way a portal
 * developer reads them: values as they were written in GraphQL ({@code 2147483648}, {@code {lon: 103.8}})
 * rather than the engine's syntax-tree objects ({@code IntValue{value=2147483648}}), types described rather
 * than named after Java classes ({@code a decimal number}, not {@code Double}), and the argument or variable
 * at fault named in {@code extensions.field}. Messages no pattern here knows keep their words, with the same
 * values printed as GraphQL. The locations and paths of the errors are not touched.
 */
final class EngineMessages {

    /** What became of a message: the new text and, when known, the argument ({@code first}) or variable ({@code $n}). */
    record Rewritten(String message, String field) {}

    /** Values longer than this are cut in messages: an error must not echo a 200 KB argument back. */
    static final int MAX_VALUE_LENGTH = 80;

    private static final Pattern SUGGESTION = Pattern.compile("\\s*Did you mean [^?]*\\?");
    /** graphql-java's prefix naming its validation rule: {@code Validation error (WrongType@[districts]) : }. */
    private static final Pattern VALIDATION_PREFIX =
            Pattern.compile("^Validation [eE]rror \\((\\w+)(?:@\\[([^\\]]*)])?\\)\\s*:\\s*");

    private static final Pattern ARGUMENT = Pattern.compile(
            "^argument '([^']+)' with value '(.*)' (is not a valid '([^']+)'(?: - (.*))?|must not be null|must be an object type"
                    + "|is missing required fields '\\[(.*)]'|contains a field not in '([^']+)': '([^']+)')$",
            Pattern.DOTALL);
    private static final Pattern MISSING_ARGUMENT =
            Pattern.compile("^(Missing field argument|Null value for non-null field argument) '([^']+)'$");
    private static final Pattern VARIABLE =
            Pattern.compile("^Variable '([^']+)' has an invalid value: (.*)$", Pattern.DOTALL);
    private static final Pattern INT_RANGE =
            Pattern.compile("^Expected value to be in the integer range, but it was a '(.*)'$", Pattern.DOTALL);
    private static final Pattern CONVERTIBLE =
            Pattern.compile("^Expected a value that can be converted to type '(\\w+)' but it was a '(\\w+)'$");
    private static final Pattern RAW_TYPE = Pattern.compile("^Expected an? (\\w+) input, but it was a '(\\w+)'$");
    private static final Pattern NOT_A_MAP =
            Pattern.compile("^Expected type 'Map' but was '(\\w+)'.*$", Pattern.DOTALL);
    private static final Pattern ENUM_NAME = Pattern.compile(
            "^Invalid input for enum '(\\w+)'\\. (?:No value found for name|Unknown value) '(.*)'$", Pattern.DOTALL);
    private static final Pattern NULL_FIELD =
            Pattern.compile("^Field '([^']+)' has coerced Null value for NonNull type '([^']+)'$");

    private static final String INT_RANGE_TEXT = "an Int (a 32-bit integer, from -2147483648 to 2147483647)";

    /** How a scalar is described in messages; other types are "a <Name>" ({@code a PlaceLevel}). */
    private static final Map<String, String> SCALARS = Map.of(
            "Int", "an Int (a whole number)",
            "Float", "a Float (a number)",
            "String", "a String (text in double quotes)",
            "Boolean", "a Boolean (true or false)",
            "ID", "an ID (text in double quotes)");

    private EngineMessages() {}

    static Rewritten rewrite(String message) {
        String text = GraphQlLiterals.replaceIn(SUGGESTION.matcher(message).replaceAll(""));
        Matcher prefix = VALIDATION_PREFIX.matcher(text);
        if (prefix.find()) {
            String rest = text.substring(prefix.end()).strip();
            String at = prefix.group(2) == null || prefix.group(2).isEmpty() ? "" : " (at " + prefix.group(2) + ")";
            Matcher argument = ARGUMENT.matcher(rest);
            if (argument.matches()) {
                return new Rewritten(argument(argument) + at, argument.group(1));
            }
            Matcher missing = MISSING_ARGUMENT.matcher(rest);
            if (missing.matches()) {
                return new Rewritten(
                        "Argument '" + missing.group(2) + "' "
                                + (missing.group(1).startsWith("Missing") ? "is required" : "must not be null") + at,
                        missing.group(2));
            }
            return new Rewritten(capitalised(rest) + at, null);
        }
        Matcher variable = VARIABLE.matcher(text);
        if (variable.matches()) {
            return new Rewritten(
                    "Variable '$" + variable.group(1) + "' "
                            + variableProblem(variable.group(2).strip()),
                    "$" + variable.group(1));
        }
        return new Rewritten(text.strip(), null);
    }

    /** graphql-java's refusal of an abusive introspection query, said like Linli's own limits. */
    static String introspection(String message) {
        return message.replace(
                                "This request is not asking for introspection in good faith - ",
                                "Request exceeds the introspection limit: ")
                        .replace(" is present too often!", " is asked for too often.")
                + " Ask for the schema once, as GraphiQL's introspection query does, without nesting the same fields again.";
    }

    private static String argument(Matcher m) {
        String name = m.group(1);
        String value = cut(m.group(2));
        String says = "Argument '" + name + "' ";
        if (m.group(4) != null) {
            String type = m.group(4);
            String detail = m.group(5) == null ? "" : m.group(5);
            if (detail.startsWith("Expected value to be in the integer range")) {
                return says + "must be " + INT_RANGE_TEXT + "; got " + value;
            }
            if (detail.startsWith("Literal value not in allowable values for enum")) {
                return says + "must be one of the values of enum " + type + "; got " + value;
            }
            return says + "must be " + describe(type) + "; got " + value;
        }
        if (m.group(3).equals("must not be null")) {
            return says + "must not be null";
        }
        if (m.group(3).equals("must be an object type")) {
            return says + "must be an input object such as {name: value}; got " + value;
        }
        if (m.group(6) != null) {
            return says + "lacks required field(s) " + m.group(6) + "; got " + value;
        }
        return says + "has a field '" + m.group(8) + "' that " + m.group(7) + " does not define; got " + value;
    }

    private static String variableProblem(String detail) {
        Matcher m = INT_RANGE.matcher(detail);
        if (m.matches()) {
            return "must be " + INT_RANGE_TEXT + "; got " + cut(m.group(1));
        }
        m = CONVERTIBLE.matcher(detail);
        if (m.matches()) {
            return "must be " + describe(m.group(1)) + "; got " + jsonKind(m.group(2));
        }
        m = RAW_TYPE.matcher(detail);
        if (m.matches()) {
            return "must be " + (m.group(1).equals("Number") ? "a number" : describe(m.group(1))) + "; got "
                    + jsonKind(m.group(2));
        }
        m = NOT_A_MAP.matcher(detail);
        if (m.matches()) {
            return "must be a JSON object (an input object); got " + jsonKind(m.group(1));
        }
        m = ENUM_NAME.matcher(detail);
        if (m.matches()) {
            return "must be one of the values of enum " + m.group(1) + "; got \"" + cut(m.group(2)) + "\"";
        }
        m = NULL_FIELD.matcher(detail);
        if (m.matches()) {
            return "lacks required field '" + m.group(1) + "' (" + m.group(2) + ")";
        }
        return "has an invalid value: " + detail;
    }

    private static String describe(String type) {
        String scalar = SCALARS.get(type);
        return scalar != null ? scalar : "a " + type;
    }

    /** What a JSON value that Jackson read as this Java class looks like to the client. */
    private static String jsonKind(String javaClass) {
        if (javaClass.contains("Map")) {
            return "a JSON object";
        }
        if (javaClass.contains("List") || javaClass.contains("Set")) {
            return "a JSON array";
        }
        return switch (javaClass) {
            case "String" -> "a string";
            case "Boolean" -> "true or false";
            case "Double", "Float", "BigDecimal" -> "a decimal number";
            case "Integer", "Long", "Short", "Byte", "BigInteger" -> "a whole number";
            default -> "a value of another type";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code value}, cut to {@link #MAX_VALUE_LENGTH} characters. */
    static String cut(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
