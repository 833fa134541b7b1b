package org.roikit.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.cli.MainTest.Result;

/**
 * Runs the code blocks of the README's command-line section in order: {@code csv} blocks introduced by a file name
 * are written to a scratch directory, {@code sh} blocks are run (the {@code mvn} build is the one
 * command skipped), and a block introduced by {@code prints:} or {@code prints on standard error:}
 * must be exactly what the command before it printed there. Any other code block fails the test.
 */
class CliDocsTest {

    static final String HEADING = "## Command line\n";
    static final String JAR = "java -jar roi-attribution/target/roi.jar ";

    private static final Pattern BLOCK = Pattern.compile("(?s)```([a-z]*)\\n(.*?)```");
    private static final Pattern INPUT = Pattern.compile("`([A-Za-z0-9._-]+\\.csv)`:");
    private static final Set<String> FILE_OPTIONS = Set.of("--touchpoints", "--conversions", "--costs", "--output",
            "--write-data", "--html");

    private static String section;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSection() throws IOException {
        Path readme = Path.of("..").toAbsolutePath().normalize().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(HEADING);
        assertThat(start).as("README.md has the section %s", HEADING.strip()).isNotNegative();
        int end = text.indexOf("\n## ", start + HEADING.length());
        section = end < 0 ? text.substring(start) : text.substring(start, end + 1);
    }

    @Test
    void firstCommands_buildAndRunTheDemo() {
        Matcher first = BLOCK.matcher(section);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("sh");
        assertThat(first.group(2)).isEqualTo("mvn -B -q package -DskipTests\n" + JAR + "demo\n");
    }

    @Test
    void everyOption_isDocumented() {
        for (String option : AttributeCommand.options()) {
            assertThat(section).containsPattern("\\n\\| `[^|]*" + option + "[ `]");
        }
        for (String option : ReportCommand.options()) {
            assertThat(section).contains("`" + option);
        }
        assertThat(section).contains("`--debug`", "`demo --write-data DIR`");
    }

    @Test
    void everyCodeBlock_runsAsShown() throws IOException {
        Matcher block = BLOCK.matcher(section);
        Result last = null;
        boolean shown = true;
        int outputs = 0;
        int at = 0;
        while (block.find()) {
            String language = block.group(1);
            String body = block.group(2);
            String intro = lastLine(section.substring(at, block.start()));
            at = block.end();
            Matcher input = INPUT.matcher(intro);
            if (language.equals("sh")) {
                assertThat(shown).as("a failed command's error is shown before:\n%s", body).isTrue();
                for (String command : body.split("\n")) {
                    last = runCommand(command);
                }
                // A command that succeeded need not show its output; one that failed must show its error.
                shown = last == null || last.status() == 0;
            } else if (language.equals("csv") && input.matches()) {
                Files.writeString(dir.resolve(input.group(1)), body, StandardCharsets.UTF_8);
            } else if (intro.equals("prints:") && (language.equals("csv") || language.equals("text"))) {
                assertThat(last).as("a command before the block").isNotNull();
                assertThat(last).isEqualTo(new Result(0, body, ""));
                outputs++;
            } else if (intro.equals("prints on standard error:") && language.equals("text")) {
                assertThat(last).as("a command before the block").isNotNull();
                assertThat(last).isEqualTo(new Result(2, "", body));
                shown = true;
                outputs++;
            } else {
                fail("a code block that no test runs: ```" + language + " after \"" + intro + "\"");
            }
        }
        assertThat(shown).as("the last command's error is shown").isTrue();
        assertThat(outputs).isEqualTo(5);
    }

    /**
     * Runs one shell command of the section: nothing for the Maven build, else the jar's
     * {@link Main#run}, with file arguments resolved in the scratch directory. Returns the result,
     * or null for the build.
     */
    private Result runCommand(String command) {
        if (command.equals("mvn -B -q package -DskipTests")) {
            return null;
        }
        assertThat(command).startsWith(JAR);
        List<String> args = words(command.substring(JAR.length()));
        if (args.equals(List.of("demo"))) {
            // demo writes its dashboard into the current directory: here, the scratch directory
            args.addAll(List.of("--html", "roi-demo.html"));
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            if (FILE_OPTIONS.contains(args.get(i))) {
                args.set(i + 1, dir.resolve(args.get(i + 1)).toString());
            }
        }
        Result r = MainTest.run(args.toArray(new String[0]));
        if (r.status() != 2) {
            assertThat(r.err()).as(command).isEmpty();
            assertThat(r.status()).as(command).isZero();
        }
        return r;
    }

    /** Returns the words of a command, as a shell splits them: at spaces, but not inside double quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        assertThat(quoted).as("closed quotes in " + command).isFalse();
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
