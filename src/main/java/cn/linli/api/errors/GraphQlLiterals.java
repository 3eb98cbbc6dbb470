package cn.linli.api.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java puts syntax-tree values into its validation messages as their {@code toString()}
 * ({@code ObjectValue{objectFields=[ObjectField{name='lon', value=FloatValue{value=103.8}}]}}); this prints
 * them back as the client wrote them ({@code {lon: 103.8}}). Text that is not such a value is left as it is.
 */
final class GraphQlLiterals {

    private static final Pattern START = Pattern.compile(
            "\\b(IntValue|FloatValue|StringValue|BooleanValue|EnumValue|NullValue|ArrayValue|ObjectValue|VariableReference)\\{");

    private GraphQlLiterals() {}

    /** {@code text} with every syntax-tree value in it printed as GraphQL. */
    static String replaceIn(String text) {
        StringBuilder out = new StringBuilder();
        Matcher start = START.matcher(text);
        int done = 0;
        while (start.find(done)) {
            out.append(text, done, start.start());
            Reader reader = new Reader(text, start.start());
            try {
                out.append(reader.value());
                done = reader.pos;
            } catch (RuntimeException notAValue) {
                out.append(text, start.start(), start.end());
                done = start.end();
            }
        }
        return out.append(text.substring(done)).toString();
    }

    /** Reads one value as graphql-java's {@code toString()} writes it, from {@code pos}. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        String value() {
            int brace = text.indexOf('{', pos);
            String kind = text.substring(pos, brace);
            pos = brace + 1;
            String value = switch (kind) {
                case "IntValue", "FloatValue", "BooleanValue" -> {
                    expect("value=");
                    yield until("}");
                }
                case "StringValue" -> {
                    expect("value='");
                    yield quoted(name());
                }
                case "EnumValue" -> {
                    expect("name='");
                    yield name();
                }
                case "VariableReference" -> {
                    expect("name='");
                    yield "$" + name();
                }
                case "NullValue" -> "null";
                case "ArrayValue" -> {
                    expect("values=[");
                    yield "[" + String.join(", ", list(this::value)) + "]";
                }
                case "ObjectValue" -> {
                    expect("objectFields=[");
                    yield "{" + String.join(", ", list(this::field)) + "}";
                }
                default -> throw new IllegalArgumentException(kind);
            };
            expect("}");
            return value;
        }

        private String field() {
            expect("ObjectField{name='");
            String name = until("'");
            expect("', value=");
            String value = value();
            expect("}");
            return name + ": " + value;
        }

        /** Items up to the closing ']' (consumed), separated by ", ". */
        private List<String> list(java.util.function.Supplier<String> item) {
            List<String> items = new ArrayList<>();
            while (!text.startsWith("]", pos)) {
                if (!items.isEmpty()) {
                    expect(", ");
                }
                items.add(item.get());
            }
            pos++;
            return items;
        }

        private void expect(String expected) {
            if (!text.startsWith(expected, pos)) {
                throw new IllegalArgumentException("expected " + expected + " at " + pos);
            }
            pos += expected.length();
        }

        /** A single-quoted text ending the value ({@code ...'}}), without its closing quote, which is consumed. */
        private String name() {
            String name = until("'}");
            pos++;
            return name;
        }

        /** The text up to {@code end}, leaving {@code pos} at {@code end}. */
        private String until(String end) {
            int at = text.indexOf(end, pos);
            if (at < 0) {
                throw new IllegalArgumentException("no " + end);
            }
            String read = text.substring(pos, at);
            pos = at;
            return read;
        }

        private static String quoted(String value) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }
}
