package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/quickstart.jsh} through JShell, as an analyst would, and checks that the
 * README shows that very script and its real output.
 */
class QuickStartTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /** The figures of the worked example: EUR 1600 invested, 0.5 customers, ROI 212.5%. */
    static final String EXPECTED_OUTPUT = String.join("\n",
            "Invested:  EUR 1600.00",
            "Customers: 0.5",
            "Returned:  EUR 5000.00",
            "ROI:       212.5%",
            "Profit:    EUR 3400.00",
            "Per euro:  2.125 net return per euro invested",
            "");

    @Test
    void quickStartScript_printsTheWorkedExample() throws Exception {
        assertThat(runJShell(scriptBody(PROJECT.resolve("examples/quickstart.jsh")))).isEqualTo(EXPECTED_OUTPUT);
    }

    @Test
    void readme_showsTheScriptAndItsOutput() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        assertThat(readme).contains("```java\n" + scriptBody(PROJECT.resolve("examples/quickstart.jsh")) + "```");
        assertThat(readme).contains("```text\n" + EXPECTED_OUTPUT + "```");
    }

    @Test
    void readme_hasNoJavaExampleThatIsNotARunScript() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        List<String> scripts = new ArrayList<>();
        try (var files = Files.list(PROJECT.resolve("examples"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jsh")).sorted()::iterator) {
                scripts.add(scriptBody(p));
            }
        }
        int from = 0;
        int blocks = 0;
        while ((from = readme.indexOf("```java\n", from)) >= 0) {
            int start = from + "```java\n".length();
            int end = readme.indexOf("```", start);
            assertThat(scripts).as("README java block at offset %d is an examples/*.jsh script", from)
                    .contains(readme.substring(start, end));
            blocks++;
            from = end;
        }
        assertThat(blocks).isPositive();
    }

    /** Returns the script without its closing {@code /exit}, which only the jshell tool understands. */
    static String scriptBody(Path script) throws IOException {
        String text = Files.readString(script);
        String exit = "/exit\n";
        assertThat(text).endsWith(exit);
        String body = text.substring(0, text.length() - exit.length());
        assertThat(body).as("no other jshell commands").doesNotContainPattern("(?m)^/[a-z]");
        return body;
    }

    /**
     * Evaluates {@code source} snippet by snippet with the compiled core classes on the class path
     * and returns what it printed; fails on any rejected snippet or exception.
     */
    static String runJShell(String source) throws URISyntaxException {
        Path classes = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
                JShell shell = JShell.builder().out(outStream).err(errStream).build()) {
            shell.addToClasspath(classes.toString());
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            List<String> problems = new ArrayList<>();
            // Line by line, as the jshell tool reads a script: a snippet ends at the first line
            // where the text so far is complete, so a line that starts with ".method()" fails here too.
            StringBuilder pending = new StringBuilder();
            for (String line : source.split("\n", -1)) {
                pending.append(line).append('\n');
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
                if (!info.completeness().isComplete()) {
                    continue;
                }
                for (SnippetEvent event : shell.eval(info.source())) {
                    if (event.status() == Snippet.Status.REJECTED) {
                        shell.diagnostics(event.snippet()).forEach(d ->
                                problems.add(event.snippet().source() + " -> " + d.getMessage(null)));
                    }
                    if (event.exception() != null) {
                        problems.add(event.snippet().source() + " -> " + event.exception());
                    }
                }
                pending.setLength(0);
                pending.append(info.remaining());
            }
            assertThat(pending.toString()).as("incomplete code at the end").isBlank();
            assertThat(problems).as("rejected snippets and exceptions").isEmpty();
            outStream.flush();
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
