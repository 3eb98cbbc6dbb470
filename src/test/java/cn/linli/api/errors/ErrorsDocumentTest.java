package cn.linli.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/ERRORS.md is what clients branch on: it lists every code the API emits ({@link ErrorCode}), each in the table
 * and with a section of its own, and no code the API does not emit.
 */
class ErrorsDocumentTest {

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|");
    private static final Pattern SECTION = Pattern.compile("(?m)^## ([A-Z_]+)$");

    @Test
    void theErrorsPageListsEveryCodeTheApiEmitsAndNoOther() throws IOException {
        String page = Files.readString(Path.of("docs/ERRORS.md"));
        Set<String> emitted =
                Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(all(TABLE_ROW.matcher(page))).as("codes in the table").isEqualTo(emitted);
        assertThat(all(SECTION.matcher(page))).as("codes with a section").isEqualTo(emitted);
    }

    private static Set<String> all(Matcher matcher) {
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
