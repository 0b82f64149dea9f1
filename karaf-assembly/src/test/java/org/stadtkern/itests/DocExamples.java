package org.stadtkern.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The examples of the Markdown documentation that a test runs as written: fenced blocks whose info
 * string has the word {@code test}, either {@code shell test} (lines starting with {@code $ } are
 * commands for bash, continued on the next line after a backslash or inside a quoted string) or {@code console test}
 * (lines starting with {@code karaf@root()> } are Karaf console commands). The commands of a shell block
 * run in one bash, one after the other, so that a variable set in one is there in the next (as when a
 * reader pastes the block into a terminal). The lines after a command,
 * up to the next one, are what it must print: each line as written, where {@code ...} inside a line
 * stands for any text and a line of only {@code ...} for any number of lines (values that change from
 * run to run, such as times and counts). A command followed by no lines must only succeed.
 */
final class DocExamples {

    static final String SHELL_PROMPT = "$ ";
    static final String CONSOLE_PROMPT = "karaf@root()> ";
    static final String ANY = "...";

    private DocExamples() {
    }

    /** One command of a marked block, where it is written and what it must print. */
    record Example(String file, int block, int line, boolean console, String command, List<String> expected) {
        String where() {
            return file + ":" + line;
        }
    }

    /** The examples of {@link #find}, one list per marked block, in order. */
    static List<List<Example>> blocks(List<Example> examples) {
        List<List<Example>> blocks = new ArrayList<>();
        for (Example example : examples) {
            List<Example> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last == null || !last.get(0).file().equals(example.file()) || last.get(0).block() != example.block()) {
                last = new ArrayList<>();
                blocks.add(last);
            }
            last.add(example);
        }
        return blocks;
    }

    /** Every marked example in the Markdown files under {@code root} (README.md and docs/), in file order. */
    static List<Example> find(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            files.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            examples.addAll(parse(root.relativize(file).toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        return examples;
    }

    static List<Example> parse(String file, List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        boolean marked = false;
        boolean console = false;
        String command = null;
        int commandLine = 0;
        int blockLine = 0;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                if (!inBlock) {
                    List<String> info = List.of(line.substring(3).trim().split("\\s+"));
                    inBlock = true;
                    blockLine = i + 1;
                    marked = info.contains("test");
                    console = info.contains("console");
                    if (marked && !console && !info.contains("shell")) {
                        throw new IllegalArgumentException(file + ":" + (i + 1)
                                + ": a block marked test is either 'shell test' or 'console test'");
                    }
                } else {
                    if (command != null) {
                        examples.add(example(file, blockLine, commandLine, console, command, expected));
                    }
                    inBlock = false;
                    marked = false;
                    command = null;
                    expected.clear();
                }
                continue;
            }
            if (!inBlock || !marked) {
                continue;
            }
            String prompt = console ? CONSOLE_PROMPT : SHELL_PROMPT;
            if (line.startsWith(prompt)) {
                if (command != null) {
                    examples.add(example(file, blockLine, commandLine, console, command, expected));
                }
                expected.clear();
                commandLine = i + 1;
                StringBuilder joined = new StringBuilder(line.substring(prompt.length()));
                while (i + 1 < lines.size() && (joined.toString().endsWith("\\") || openQuote(joined))) {
                    joined.append('\n').append(lines.get(++i));
                }
                command = joined.toString();
            } else if (command != null) {
                expected.add(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": output before the first command");
            }
        }
        return examples;
    }

    /** Whether a command is cut inside a quoted string (as bash reads it): the next line continues it. */
    static boolean openQuote(CharSequence command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == '\'') {
                quote = c == '\'' ? 0 : quote;
            } else if (c == '\\') {
                i++;
            } else if (quote == '"') {
                quote = c == '"' ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
                // a comment, to the end of its line: quotes in it count for nothing
                while (i + 1 < command.length() && command.charAt(i + 1) != '\n') {
                    i++;
                }
            }
        }
        return quote != 0;
    }

    private static Example example(String file, int block, int line, boolean console, String command,
            List<String> expected) {
        return new Example(file, block, line, console, command, List.copyOf(expected));
    }

    /**
     * Null when {@code actual} is what {@code expected} says, otherwise where they differ. Trailing
     * blanks of lines and blank lines at the end do not count.
     */
    static String mismatch(List<String> expected, String actual) {
        List<String> want = trim(expected);
        List<String> got = trim(List.of(actual.replace("\r", "").split("\n", -1)));
        if (want.isEmpty() || matches(want, 0, got, 0)) {
            return null;
        }
        return "expected:\n  " + String.join("\n  ", want) + "\nbut it printed:\n  " + String.join("\n  ", got);
    }

    private static boolean matches(List<String> want, int w, List<String> got, int g) {
        if (w == want.size()) {
            return g == got.size();
        }
        if (want.get(w).strip().equals(ANY)) {
            for (int skip = g; skip <= got.size(); skip++) {
                if (matches(want, w + 1, got, skip)) {
                    return true;
                }
            }
            return false;
        }
        return g < got.size() && line(want.get(w), got.get(g)) && matches(want, w + 1, got, g + 1);
    }

    static boolean line(String want, String got) {
        String[] parts = want.split(Pattern.quote(ANY), -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(got).matches();
    }

    private static List<String> trim(List<String> lines) {
        List<String> trimmed = new ArrayList<>();
        for (String line : lines) {
            trimmed.add(line.stripTrailing());
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed;
    }
}
