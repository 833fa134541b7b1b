package org.roikit.attribution;

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
import org.roikit.core.Money;

/**
 * Runs {@code examples/attribution.jsh} through JShell, line by line as the jshell tool reads a
 * script, with the compiled core and attribution classes on the class path, and checks its output.
 */
class AttributionExampleTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /**
     * Worked by hand. Position-based: ada's 300.00 over linkedin, email, google-ads is 120 / 60 /
     * 120; ben's 120.00 over two touches is 60 / 60; cleo's 80.00 goes to her one touch. Linear:
     * ada's 300.00 is 100 each; ben's 60 each; cleo's 80.
     */
    static final String EXPECTED_OUTPUT = String.join("\n",
            "position-based(0.4, 0.2, 0.4) by channel; lookback P90D, serve every conversion, repeats kept;"
                    + " conversions 2026-03-06..2026-03-09",
            "EUR 500.00 from 3 conversions (0 unattributed, EUR 0.00)",
            "  channel         conversions  revenue    share",
            "  google-ads         1.400000   200.00   40.00%",
            "  email              0.700000   120.00   24.00%",
            "  linkedin           0.400000   120.00   24.00%",
            "  instagram          0.500000    60.00   12.00%",
            "  (unattributed)     0.000000     0.00    0.00%",
            "  total              3.000000   500.00  100.00%",
            "Model comparison by channel; lookback P90D, serve every conversion, repeats kept;"
                    + " conversions 2026-03-06..2026-03-09",
            "EUR revenue",
            "  channel         position-based  linear",
            "  email                   120.00  160.00",
            "  google-ads              200.00  180.00",
            "  instagram                60.00   60.00",
            "  linkedin                120.00  100.00",
            "  (unattributed)            0.00    0.00",
            "  total                   500.00  500.00",
            "");

    @Test
    void attributionScript_printsTheWorkedExample() throws Exception {
        assertThat(runJShell(scriptBody(PROJECT.resolve("examples/attribution.jsh")))).isEqualTo(EXPECTED_OUTPUT);
    }

    @Test
    void readme_showsTheScriptAndItsOutput() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        assertThat(readme).contains("```java\n" + scriptBody(PROJECT.resolve("examples/attribution.jsh")) + "```");
        assertThat(readme).contains("```text\n" + EXPECTED_OUTPUT + "```");
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
     * Evaluates {@code source} snippet by snippet with the compiled core and attribution classes
     * on the class path and returns what it printed; fails on any rejected snippet or exception.
     */
    static String runJShell(String source) throws URISyntaxException {
        Path core = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path attribution = Path.of(Journey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
                JShell shell = JShell.builder().out(outStream).err(errStream).build()) {
            shell.addToClasspath(core.toString());
            shell.addToClasspath(attribution.toString());
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
