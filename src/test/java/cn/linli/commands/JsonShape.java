package cn.linli.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares an answer with the JSON a document shows. Values are compared exactly, except those the service
 * generates anew on every run, which are compared by their shape: a UUID inside a string, a timestamp with
 * an offset, an API key. What each shown generated value stood for in the real answer is remembered
 * ({@link #bindings()}), so a later example naming that value (an audit-log query of the need raised before)
 * can be sent with the real one.
 */
final class JsonShape {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([+-]\\d\\d:\\d\\d|Z)");
    private static final Pattern API_KEY = Pattern.compile("linli_[A-Za-z0-9_-]{43}");
    /** An API key's public id: its first 12 characters after linli_. */
    private static final Pattern API_KEY_ID = Pattern.compile("ApiKey:[A-Za-z0-9_-]{12}");
    /** The generated parts that may stand inside a longer value: a UUID (group 1) or a key's id. */
    private static final Pattern GENERATED_PART = Pattern.compile("(" + UUID.pattern() + ")|" + API_KEY_ID.pattern());

    private final Map<String, String> bindings = new HashMap<>();

    Map<String, String> bindings() {
        return bindings;
    }

    /** Replaces every generated value the documents showed by the real one seen so far. */
    String substitute(String text) {
        String result = text;
        for (Map.Entry<String, String> binding : bindings.entrySet()) {
            result = result.replace(binding.getKey(), binding.getValue());
        }
        return result;
    }

    /** The differences between what was shown and what came back, as readable lines; empty when they agree. */
    List<String> differences(JsonNode shown, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", shown, actual, differences);
        return differences;
    }

    /** Whether a line of text shown in a document (e.g. a command's printed key) matches the real one in shape. */
    boolean matches(String shown, String actual) {
        if (!isGenerated(shown)) {
            return shown.equals(actual);
        }
        boolean matches = generatedPattern(shown).matcher(actual).matches();
        if (matches) {
            bind(shown, actual);
        }
        return matches;
    }

    private void compare(String path, JsonNode shown, JsonNode actual, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": shown " + shown + ", missing in the answer");
        } else if (shown.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": shown an object, answered " + actual);
                return;
            }
            Set<String> names = new LinkedHashSet<>(shown.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (!shown.has(name)) {
                    differences.add(path + "." + name + ": answered " + actual.get(name) + ", not shown");
                } else {
                    compare(path + "." + name, shown.get(name), actual.get(name), differences);
                }
            }
        } else if (shown.isArray()) {
            if (!actual.isArray() || actual.size() != shown.size()) {
                differences.add(path + ": shown " + shown.size() + " elements, answered " + actual);
                return;
            }
            Iterator<JsonNode> answered = actual.iterator();
            for (int i = 0; i < shown.size(); i++) {
                compare(path + "[" + i + "]", shown.get(i), answered.next(), differences);
            }
        } else if (shown.isString() && isGenerated(shown.asString())) {
            if (!actual.isString() || !matches(shown.asString(), actual.asString())) {
                differences.add(path + ": shown " + shown + " (generated), answered " + actual + " of another shape");
            }
        } else if (shown.isNumber() && actual.isNumber()) {
            double a = shown.asDouble(), b = actual.asDouble();
            if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) {
                differences.add(path + ": shown " + shown + ", answered " + actual);
            }
        } else if (!shown.equals(actual)) {
            differences.add(path + ": shown " + shown + ", answered " + actual);
        }
    }

    private void bind(String shown, String actual) {
        bindings.put(shown, actual);
        Matcher id = API_KEY_ID.matcher(shown);
        Matcher realId = API_KEY_ID.matcher(actual);
        if (id.find() && realId.find()) {
            bindings.put(id.group(), realId.group());
            // the prefix alone too: messages name a key by it ("The API key eJY4gq_W24Yd was revoked")
            bindings.put(
                    id.group().substring("ApiKey:".length()), realId.group().substring("ApiKey:".length()));
        }
        Matcher uuid = UUID.matcher(shown);
        if (uuid.find()) {
            // the bare generated part too: a document may name the same record by another prefix
            Matcher real = UUID.matcher(actual);
            if (real.find()) {
                bindings.put(uuid.group(), real.group());
            }
        }
    }

    private static boolean isGenerated(String value) {
        return UUID.matcher(value).find()
                || TIMESTAMP.matcher(value).matches()
                || API_KEY.matcher(value).matches()
                || API_KEY_ID.matcher(value).find();
    }

    /** The shown value as a pattern: its generated parts may be anything of their kind, the rest stays literal. */
    private static Pattern generatedPattern(String shown) {
        if (TIMESTAMP.matcher(shown).matches()) {
            return TIMESTAMP;
        }
        if (API_KEY.matcher(shown).matches()) {
            return API_KEY;
        }
        StringBuilder pattern = new StringBuilder();
        Matcher generated = GENERATED_PART.matcher(shown);
        int from = 0;
        while (generated.find()) {
            pattern.append(Pattern.quote(shown.substring(from, generated.start())))
                    .append(generated.group(1) != null ? UUID.pattern() : API_KEY_ID.pattern());
            from = generated.end();
        }
        return Pattern.compile(
                pattern.append(Pattern.quote(shown.substring(from))).toString());
    }
}
