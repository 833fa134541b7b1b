package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/report.jsh} through JShell the way {@link AttributionExampleTest} runs its
 * script, and checks the executive summary it prints against figures worked out by hand.
 */
class ReportExampleTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /**
     * Worked by hand. Costs: linkedin 100 + google-ads 60 in January, instagram 40 + google-ads 60
     * in February, all ad spend: 260.00. Revenue 400 + 150 + 50 = 600.00, profit 340.00, ROI
     * 340 / 260 = 130.77%, net return per unit 1.31, ROAS 600 / 260 = 2.31x. Social channels here
     * are linkedin and instagram: their cost is 140.00; linear credit gives linkedin half of ada's
     * sale and instagram half of ben's, 1 sale in all, so CAC and CPA from social are 140.00.
     * Every conversion has a touch: 600.00 attributed, 0.00 unattributed; no leads, so pipeline
     * 0.00. The window runs from the first cost (2026-01-01) to the last conversion (2026-02-15).
     * January: 160.00 spent, 400.00 back, ROI 240 / 160 = 150%; February: 100.00, 200.00 from two
     * sales, ROI 100%. February is partial (the window ends on 02-15), so only January is a
     * complete month: no change table, and a note says why. No touch carries a content attribute,
     * which the team detail notes, not the summary.
     */
    static final String EXPECTED_OUTPUT = """
            Shop, first two months: executive summary, 2026-01-01..2026-02-15, EUR

            Scorecard
              figure                             value
              investment                        260.00
              revenue                           600.00
              profit                            340.00
              ROI                              130.77%
              net return per unit invested        1.31
              ROAS                               2.31x
              conversions                            3
              CAC from social               EUR 140.00
              CPA from social               EUR 140.00
              attributed revenue                600.00
              unattributed revenue                0.00
              pipeline value                      0.00

            Investment by category
              category  amount    share
              ad spend  260.00  100.00%

            Trend by month
              period              investment  revenue  conversions      ROI
              2026-01                 160.00   400.00            1  150.00%
              2026-02 (to 02-15)      100.00   200.00            2  100.00%

            Notes
              - no change shown: it compares the last two complete months, and 2026-01-01..2026-02-15 has one (partial: 2026-02 (to 02-15))
            """;

    @Test
    void reportScript_printsTheWorkedExecutiveSummary() throws Exception {
        Path script = PROJECT.resolve("examples/report.jsh");
        assertThat(AttributionExampleTest.runJShell(AttributionExampleTest.scriptBody(script)))
                .isEqualTo(EXPECTED_OUTPUT);
    }

    @Test
    void readme_showsTheScriptAndItsOutput() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        Path script = PROJECT.resolve("examples/report.jsh");
        assertThat(readme).contains("```java\n" + AttributionExampleTest.scriptBody(script) + "```");
        assertThat(readme).contains("```text\n" + EXPECTED_OUTPUT + "```");
    }
}
