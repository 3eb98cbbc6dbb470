package cn.linli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown file, each with the prose between it and the block before. */
record Markdown(Path file, List<Markdown.Block> blocks) {

    /**
     * @param language what follows the opening fence ({@code bash}, {@code graphql}, {@code json}, or empty)
     * @param text     the lines between the fences
     * @param line     line number of the opening fence, for messages
     * @param before   the prose lines since the previous block, blank lines left out
     */
    record Block(String language, String text, int line, List<String> before) {

        String where(Path file) {
            return file + ":" + line;
        }
    }

    static Markdown read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                if (!line.isBlank()) {
                    prose.add(line);
                }
                continue;
            }
            int opening = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(line.substring(3).strip(), text.toString(), opening + 1, List.copyOf(prose)));
            prose.clear();
        }
        return new Markdown(file, List.copyOf(blocks));
    }

    /** Every command line of the file's {@code bash} blocks (comments left out, {@code \} continuations joined). */
    List<String> commandLines() {
        List<String> commands = new ArrayList<>();
        for (Block block : blocks) {
            if (block.language().equals("bash")) {
                commands.addAll(commandLines(block.text()));
            }
        }
        return commands;
    }

    static List<String> commandLines(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1);
                continue;
            }
            current.append(line);
            // A single-quoted argument may go on over several lines (a JSON body): keep reading until it closes.
            if (current.chars().filter(c -> c == '\'').count() % 2 == 1) {
                current.append('\n');
                continue;
            }
            commands.add(current.toString().strip());
            current.setLength(0);
        }
        return commands;
    }
}
