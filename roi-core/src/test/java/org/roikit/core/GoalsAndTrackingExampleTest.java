package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/goals-and-tracking.jsh}, the README's "Goals and tracking" example, and
 * checks its output and that the README shows it.
 */
class GoalsAndTrackingExampleTest {

    private static final Path SCRIPT = Path.of("..", "examples", "goals-and-tracking.jsh");

    /*
     * By hand: the goal runs six whole months from 0.02 to 0.04, so the path gains 0.02 / 6 a month.
     * 1 Feb: expected 0.02 + 0.02/6 = 0.0233..; 0.024 is (0.024 - 0.02) / 0.02 = 20% of the way and
     * on track; it needs (0.04 - 0.024) / 5 = 0.0032 a month. 1 Apr: expected 0.03; 0.028 is 40% of
     * the way and behind; it needs (0.04 - 0.028) / 3 = 0.004 a month. 1 Jul (the deadline): 0.041 is
     * 105% of the way, achieved, with no time left to need anything.
     */
    static final String EXPECTED_OUTPUT = String.join("\n",
            "https://example.com/whitepaper?utm_source=linkedin&utm_medium=paid_social"
                    + "&utm_campaign=Q1%20launch%20%2F%20EU",
            "Q1 launch / EU -> Paid Social",
            "engagement rate 2026-02-01: 0.024 (20.00% of the way), expected 0.02333333, ON_TRACK;"
                    + " needs +0.0032 a month",
            "engagement rate 2026-04-01: 0.028 (40.00% of the way), expected 0.03, BEHIND;"
                    + " needs +0.004 a month",
            "engagement rate 2026-07-01: 0.041 (105.00% of the way), expected 0.04, ACHIEVED;"
                    + " rate needed undefined (no time left: deadline 2026-07-01)",
            "");

    @Test
    void script_tagsClassifiesAndTracksTheGoal() throws Exception {
        assertThat(QuickStartTest.runJShell(QuickStartTest.scriptBody(SCRIPT))).isEqualTo(EXPECTED_OUTPUT);
    }

    @Test
    void readme_showsTheScriptAndItsOutput() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("## Goals and tracking");
        assertThat(readme).contains("```java\n" + QuickStartTest.scriptBody(SCRIPT) + "```");
        assertThat(readme).contains("```text\n" + EXPECTED_OUTPUT + "```");
    }
}
