package org.roikit.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.Journey;
import org.roikit.attribution.ModelComparison;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.io.ReportCsv;
import org.roikit.attribution.io.ReportJson;

/**
 * Runs {@link Main#run} in process, with captured streams, over a small hand-made data set:
 * <ul>
 *   <li>j1 touches linkedin (campaign launch) on 2026-03-01, email (newsletter) on 2026-03-08 and
 *       direct on 2026-03-15, all at 10:00Z, and converts for EUR 70.00 at 2026-03-15T10:00Z: its
 *       touches are 14, 7 and 0 days old;</li>
 *   <li>j2 touches email (newsletter) at 2026-03-02T12:00Z and converts for EUR 30.00 a day later;</li>
 *   <li>j3 converts for EUR 25.00 at 2026-03-04T09:00+01:00 with no touch: unattributed.</li>
 * </ul>
 * Costs: linkedin (launch) EUR 56.00, email (newsletter) EUR 8.00 and personnel time EUR 30.00,
 * undated; linkedin (launch) EUR 84.00 dated 2026-02-01; tiktok EUR 10.00 dated 2026-03-10.
 * Without a period, every cost counts, the February one too; the report still shows the days of
 * the first and last conversion, 2026-03-03..2026-03-15.
 *
 * <p>Every expected figure is worked out by hand in the comment beside it.
 */
class MainTest {

    private static final String TOUCHPOINTS = String.join("\n",
            "journey_id,timestamp,channel,campaign",
            "j1,2026-03-01T10:00:00Z,linkedin,launch",
            "j1,2026-03-08T10:00:00Z,email,newsletter",
            "j1,2026-03-15T10:00:00Z,direct,",
            "j2,2026-03-02T12:00:00Z,email,newsletter",
            "");

    private static final String CONVERSIONS = String.join("\n",
            "journey_id,timestamp,value,currency,type",
            "j1,2026-03-15T10:00:00Z,70.00,EUR,sale",
            "j2,2026-03-03T12:00:00Z,30.00,EUR,lead",
            "j3,2026-03-04T09:00:00+01:00,25.00,EUR,sale",
            "");

    private static final String COSTS = String.join("\n",
            "channel,amount,currency,category,campaign,date",
            "linkedin,56.00,EUR,ad spend,launch,",
            "email,8.00,EUR,tools,newsletter,",
            ",30.00,EUR,personnel time,,",
            "linkedin,84.00,EUR,ad spend,launch,2026-02-01",
            "tiktok,10.00,EUR,ad spend,,2026-03-10",
            "");

    /** Position-based 0.4/0.2/0.4: j1 gives linkedin 28.00, email 14.00, direct 28.00; j2 gives email 30.00. */
    private static final String POSITION_BASED_CSV = String.join("\n",
            "model,channel,conversions,revenue,currency",
            "position-based,email,1.200000,44.00,EUR",
            "position-based,direct,0.400000,28.00,EUR",
            "position-based,linkedin,0.400000,28.00,EUR",
            "position-based,(unattributed),1.000000,25.00,EUR",
            "");

    @TempDir
    Path dir;

    private String touchpoints;
    private String conversions;
    private String costs;

    @BeforeEach
    void writeData() throws IOException {
        touchpoints = write("touchpoints.csv", TOUCHPOINTS);
        conversions = write("conversions.csv", CONVERSIONS);
        costs = write("costs.csv", COSTS);
    }

    // ---------------------------------------------------------------- help, version, commands

    @Test
    void help_printsTheUsage_inEveryForm() {
        for (String help : List.of("help", "--help", "-h")) {
            Result r = run(help);
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo(Main.USAGE).startsWith("Usage: java -jar roi.jar COMMAND [OPTIONS]\n");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void help_insideACommand_printsTheUsage() {
        assertThat(run("attribute", "--touchpoints", "x.csv", "--help")).isEqualTo(new Result(0, Main.USAGE, ""));
        assertThat(run("demo", "-h")).isEqualTo(new Result(0, Main.USAGE, ""));
    }

    @Test
    void usage_namesEveryCommandAndOption() {
        for (String option : AttributeCommand.options()) {
            assertThat(Main.USAGE).contains("  " + option + " ");
        }
        assertThat(Main.USAGE).contains("  demo ", "  demo --write-data DIR ", "  attribute ", "  --version ",
                "  --debug ");
        for (String model : AttributeCommand.MODELS) {
            assertThat(Main.USAGE).contains(model);
        }
    }

    @Test
    void help_takesNoArguments() {
        assertError(run("help", "attribute"), "help takes no arguments, but was given \"attribute\"");
    }

    @Test
    void version_printsTheVersion() {
        assertThat(run("--version")).isEqualTo(new Result(0, "roi 0.1.0-SNAPSHOT\n", ""));
        assertError(run("--version", "x"), "--version takes no arguments, but was given \"x\"");
    }

    @Test
    void version_isThePomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>.*?</parent>").matcher(pom);
        assertThat(parent.find()).isTrue();
        assertThat(Main.VERSION).isEqualTo(parent.group(1));
    }

    @Test
    void noCommand_isAnError() {
        assertError(run(), "no command given; use demo, attribute, report, help or --version");
    }

    @Test
    void unknownCommandOrOption_isAnError() {
        assertError(run("atribute"), "unknown command \"atribute\"; use demo, attribute, report, help or --version");
        assertError(run("--verbose"), "unknown option --verbose; use demo, attribute, report, help or --version");
    }

    @Test
    void debugTwice_isAnError() {
        Result r = run("--debug", "--version", "--debug");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("roi: --debug is given twice\n");
    }

    @Test
    void debug_addsTheStackTrace_afterTheOneLine() {
        Result r = run("attribute", "--debug", "--touchpoints", touchpoints);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("roi: attribute needs --conversions FILE\n"
                + "org.roikit.attribution.cli.CliException: attribute needs --conversions FILE\n\tat ");
    }

    @Test
    void internalError_exitsWithOne_andSaysHowToSeeTheStackTrace() {
        Result r = run("attribute", null);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("roi: internal error: java.lang.NullPointerException")
                .endsWith(" (run with --debug for the stack trace)\n")
                .hasLineCount(1);
    }

    // ---------------------------------------------------------------- attribute: output

    @Test
    void attribute_defaults_positionBasedTableByChannel() {
        // Shares of EUR 125.00: 44.00 is 35.20%, 28.00 is 22.40%, 25.00 is 20.00%.
        assertThat(attribute()).isEqualTo(new Result(0, String.join("\n",
                "position-based(0.4, 0.2, 0.4) by channel; lookback P90D, serve every conversion, repeats kept;"
                        + " conversions 2026-03-03..2026-03-15",
                "EUR 125.00 from 3 conversions (1 unattributed, EUR 25.00)",
                "  channel         conversions  revenue    share",
                "  email              1.200000    44.00   35.20%",
                "  direct             0.400000    28.00   22.40%",
                "  linkedin           0.400000    28.00   22.40%",
                "  (unattributed)     1.000000    25.00   20.00%",
                "  total              3.000000   125.00  100.00%",
                ""), ""));
    }

    @Test
    void attribute_csv_positionBased() {
        assertThat(attribute("--format", "csv")).isEqualTo(new Result(0, POSITION_BASED_CSV, ""));
        assertThat(attribute("--format", "csv", "--model", "position-based", "--weights", "u-shape", "--by",
                "channel")).isEqualTo(new Result(0, POSITION_BASED_CSV, ""));
    }

    @Test
    void attribute_csv_withCosts_roasAndRoiPlain_emptyWhenUndefined() {
        // email 44.00 on 8.00: ROAS 5.5, ROI 4.5; linkedin 28.00 on 56.00 + 84.00 = 140.00 (without a
        // period the February cost counts): ROAS 0.2, ROI -0.8; direct has no cost: undefined; the
        // personnel time (no channel) and tiktok earn nothing: ROAS 0, ROI -1.
        assertOut(attribute("--costs", costs, "--format", "csv"),
                "model,channel,conversions,revenue,currency,cost,roas,roi",
                "position-based,email,1.200000,44.00,EUR,8.00,5.5,4.5",
                "position-based,direct,0.400000,28.00,EUR,0.00,,",
                "position-based,linkedin,0.400000,28.00,EUR,140.00,0.2,-0.8",
                "position-based,(unattributed),1.000000,25.00,EUR,,,",
                "position-based,(unassigned),0.000000,0.00,EUR,30.00,0,-1",
                "position-based,tiktok,0.000000,0.00,EUR,10.00,0,-1");
    }

    @Test
    void attribute_csv_byCampaign_withCosts() {
        // direct has no campaign: (none); costs without a campaign (personnel 30.00, tiktok 10.00): (unassigned).
        // launch has both linkedin costs, 56.00 + 84.00 = 140.00: ROAS 28 / 140 = 0.2, ROI -0.8.
        assertOut(attribute("--costs", costs, "--format", "csv", "--by", "campaign"),
                "model,campaign,conversions,revenue,currency,cost,roas,roi",
                "position-based,newsletter,1.200000,44.00,EUR,8.00,5.5,4.5",
                "position-based,(none),0.400000,28.00,EUR,0.00,,",
                "position-based,launch,0.400000,28.00,EUR,140.00,0.2,-0.8",
                "position-based,(unattributed),1.000000,25.00,EUR,,,",
                "position-based,(unassigned),0.000000,0.00,EUR,40.00,0,-1");
    }

    @Test
    void attribute_csv_allModels_sortedByModelThenRevenueThenName() {
        assertOut(attribute("--model", "all", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                // first touch: j1 to linkedin, j2 to email; direct was eligible, so it has a row.
                "first-touch,linkedin,1.000000,70.00,EUR",
                "first-touch,email,1.000000,30.00,EUR",
                "first-touch,(unattributed),1.000000,25.00,EUR",
                "first-touch,direct,0.000000,0.00,EUR",
                // last non-direct: j1 passes over direct to email.
                "last-non-direct,email,2.000000,100.00,EUR",
                "last-non-direct,(unattributed),1.000000,25.00,EUR",
                "last-non-direct,direct,0.000000,0.00,EUR",
                "last-non-direct,linkedin,0.000000,0.00,EUR",
                "last-touch,direct,1.000000,70.00,EUR",
                "last-touch,email,1.000000,30.00,EUR",
                "last-touch,(unattributed),1.000000,25.00,EUR",
                "last-touch,linkedin,0.000000,0.00,EUR",
                // linear: 70.00 / 3 each; email 53.333, direct and linkedin 23.333: the cent left over
                // goes to the tied name that sorts first, direct (and so does the millionth).
                "linear,email,1.333333,53.33,EUR",
                "linear,(unattributed),1.000000,25.00,EUR",
                "linear,direct,0.333334,23.34,EUR",
                "linear,linkedin,0.333333,23.33,EUR",
                "position-based,email,1.200000,44.00,EUR",
                "position-based,direct,0.400000,28.00,EUR",
                "position-based,linkedin,0.400000,28.00,EUR",
                "position-based,(unattributed),1.000000,25.00,EUR",
                // time decay, half-life 7 days: ages 14, 7, 0 days weigh 1/4, 1/2, 1, so 10.00, 20.00, 40.00;
                // conversions 1/7, 2/7 + 1, 4/7: 0.142857, 1.285714, 0.571428 + the millionth left over.
                "time-decay,email,1.285714,50.00,EUR",
                "time-decay,direct,0.571429,40.00,EUR",
                "time-decay,(unattributed),1.000000,25.00,EUR",
                "time-decay,linkedin,0.142857,10.00,EUR");
    }

    @Test
    void attribute_table_allModels_sideBySide() {
        assertOut(attribute("--model", "all"),
                "Model comparison by channel; lookback P90D, serve every conversion, repeats kept;"
                        + " conversions 2026-03-03..2026-03-15",
                "EUR revenue",
                "  channel         last-touch  first-touch  linear  time-decay  position-based  last-non-direct",
                "  direct               70.00         0.00   23.34       40.00           28.00             0.00",
                "  email                30.00        30.00   53.33       50.00           44.00           100.00",
                "  linkedin              0.00        70.00   23.33       10.00           28.00             0.00",
                "  (unattributed)       25.00        25.00   25.00       25.00           25.00            25.00",
                "  total               125.00       125.00  125.00      125.00          125.00           125.00");
    }

    @Test
    void attribute_json_isWellFormed_withTheFigures() {
        Result r = attribute("--model", "linear", "--format", "json", "--costs", costs);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        Map<?, ?> report = (Map<?, ?>) Json.parse(r.out());
        assertThat(report.get("model")).isEqualTo("linear");
        assertThat(report.get("by")).isEqualTo("channel");
        assertThat(report.get("from")).isEqualTo("2026-03-03");
        assertThat(report.get("to")).isEqualTo("2026-03-15");
        List<?> rows = (List<?>) report.get("rows");
        assertThat(rows).hasSize(6);
        Map<?, ?> email = (Map<?, ?>) rows.get(0);
        assertThat(email.get("channel")).isEqualTo("email");
        assertThat(email.get("revenue")).isEqualTo(new BigDecimal("53.33"));
        assertThat(email.get("conversions")).isEqualTo(new BigDecimal("1.333333"));
        assertThat(email.get("cost")).isEqualTo(new BigDecimal("8.00"));
        Map<?, ?> totals = (Map<?, ?>) ((List<?>) report.get("totals")).get(0);
        // 125.00 returned on 188.00 (56 + 8 + 30 + 84 + 10, every cost without a period): ROI -63 / 188,
        // -0.3351063829...
        assertThat(totals.get("revenue")).isEqualTo(new BigDecimal("125.00"));
        assertThat(totals.get("cost")).isEqualTo(new BigDecimal("188.00"));
        assertThat(((BigDecimal) totals.get("roi")).toPlainString()).startsWith("-0.3351063829");
    }

    @Test
    void attribute_json_allModels_oneReportEach_inTheGivenOrder() {
        Result r = attribute("--model", "all", "--format", "json", "--by", "campaign");
        Map<?, ?> comparison = (Map<?, ?>) Json.parse(r.out());
        assertThat(comparison.get("by")).isEqualTo("campaign");
        List<String> models = new ArrayList<>();
        for (Object report : (List<?>) comparison.get("reports")) {
            models.add((String) ((Map<?, ?>) report).get("model"));
        }
        assertThat(models).containsExactly("last-touch", "first-touch", "linear", "time-decay", "position-based",
                "last-non-direct");
    }

    @Test
    void attribute_optionsMayBeWrittenWithAnEqualsSign() {
        assertThat(run("attribute", "--touchpoints=" + touchpoints, "--conversions=" + conversions, "--format=csv"))
                .isEqualTo(new Result(0, POSITION_BASED_CSV, ""));
    }

    @Test
    void attribute_halfLife() {
        // PT168H is 7 days: the same as the default.
        assertOut(attribute("--model", "time-decay", "--half-life", "PT168H", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "time-decay,email,1.285714,50.00,EUR",
                "time-decay,direct,0.571429,40.00,EUR",
                "time-decay,(unattributed),1.000000,25.00,EUR",
                "time-decay,linkedin,0.142857,10.00,EUR");
        // Half-life 3.5 days: ages 14, 7, 0 days weigh 1/16, 1/4, 1, shares 1/21, 4/21, 16/21 of 70.00:
        // linkedin 3.333, email 13.333 + 30.00, direct 53.333. As doubles, all three shares are a little
        // below 1/21, 4/21 and 16/21, linkedin's the least, so the cent left over goes to linkedin.
        // Conversions: 0.047619|05, 1.190476|19, 0.761904|76: the millionth goes to direct.
        assertOut(attribute("--model", "time-decay", "--half-life", "P3DT12H", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "time-decay,direct,0.761905,53.33,EUR",
                "time-decay,email,1.190476,43.33,EUR",
                "time-decay,(unattributed),1.000000,25.00,EUR",
                "time-decay,linkedin,0.047619,3.34,EUR");
    }

    @Test
    void attribute_weights_customAndNamed() {
        // J shape 0.2/0.2/0.6: linkedin 14.00, email 14.00 + 30.00, direct 42.00.
        String[] j = {
            "model,channel,conversions,revenue,currency",
            "position-based,email,1.200000,44.00,EUR",
            "position-based,direct,0.600000,42.00,EUR",
            "position-based,(unattributed),1.000000,25.00,EUR",
            "position-based,linkedin,0.200000,14.00,EUR"};
        assertOut(attribute("--weights", "0.2,0.2,0.6", "--format", "csv"), j);
        assertOut(attribute("--weights", "j", "--format", "csv"), j);
        // Inverse J 0.6/0.2/0.2: linkedin 42.00, email 14.00 + 30.00, direct 14.00.
        assertOut(attribute("--weights", "inverse-j", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "position-based,email,1.200000,44.00,EUR",
                "position-based,linkedin,0.600000,42.00,EUR",
                "position-based,(unattributed),1.000000,25.00,EUR",
                "position-based,direct,0.200000,14.00,EUR");
    }

    @Test
    void attribute_all_usesTheGivenParameters() {
        String out = attribute("--model", "all", "--weights", "j", "--half-life", "P3DT12H", "--direct",
                "direct,email", "--format", "csv").out();
        assertThat(out).contains("position-based,direct,0.600000,42.00,EUR\n", "time-decay,linkedin,0.047619,3.34,EUR\n",
                "last-non-direct,linkedin,1.000000,70.00,EUR\n");
    }

    @Test
    void attribute_direct() {
        // With email direct too, j1's last non-direct touch is linkedin; j2 has only email, so it falls
        // back to its last touch.
        assertOut(attribute("--model", "last-non-direct", "--direct", "direct,email", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "last-non-direct,linkedin,1.000000,70.00,EUR",
                "last-non-direct,email,1.000000,30.00,EUR",
                "last-non-direct,(unattributed),1.000000,25.00,EUR",
                "last-non-direct,direct,0.000000,0.00,EUR");
    }

    @Test
    void attribute_lookback_boundsInclusive() {
        // 7 days: j1's linkedin touch (14 days) drops out, its email touch (exactly 7 days) stays; two
        // touches under the U shape share 0.5 / 0.5: email 35.00 + 30.00, direct 35.00.
        assertOut(attribute("--lookback", "P7D", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "position-based,email,1.500000,65.00,EUR",
                "position-based,direct,0.500000,35.00,EUR",
                "position-based,(unattributed),1.000000,25.00,EUR");
        // One hour: j1 keeps only direct, at the conversion instant; j2's touch, a day old, drops out.
        assertOut(attribute("--lookback", "PT1H", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "position-based,direct,1.000000,70.00,EUR",
                "position-based,(unattributed),2.000000,55.00,EUR");
    }

    @Test
    void attribute_resetAfterConversion() throws IOException {
        // j1: email, a 40.00 conversion, linkedin, a 60.00 conversion. By default the email touch
        // serves both conversions, so first touch gives email everything; after a reset the second
        // conversion sees only linkedin.
        String tp = write("tp-reset.csv", "journey_id,timestamp,channel\n"
                + "j1,2026-03-01T00:00:00Z,email\nj1,2026-03-03T00:00:00Z,linkedin\n");
        String cv = write("cv-reset.csv", "journey_id,timestamp,value,currency\n"
                + "j1,2026-03-02T00:00:00Z,40.00,EUR\nj1,2026-03-04T00:00:00Z,60.00,EUR\n");
        assertOut(run("attribute", "--touchpoints", tp, "--conversions", cv, "--model", "first-touch", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "first-touch,email,2.000000,100.00,EUR",
                "first-touch,(unattributed),0.000000,0.00,EUR",
                "first-touch,linkedin,0.000000,0.00,EUR");
        assertOut(run("attribute", "--touchpoints", tp, "--conversions", cv, "--model", "first-touch", "--format", "csv",
                "--reset-after-conversion"),
                "model,channel,conversions,revenue,currency",
                "first-touch,linkedin,1.000000,60.00,EUR",
                "first-touch,email,1.000000,40.00,EUR",
                "first-touch,(unattributed),0.000000,0.00,EUR");
    }

    @Test
    void attribute_collapseRepeats() throws IOException {
        // email, email, linkedin and a 90.00 conversion: linear gives email 60.00 and linkedin 30.00;
        // with the two emails counted as one, 45.00 each. The unattributed bucket is always a row.
        String tp = write("tp-repeats.csv", "journey_id,timestamp,channel\n"
                + "j1,2026-03-01T00:00:00Z,email\nj1,2026-03-02T00:00:00Z,email\nj1,2026-03-03T00:00:00Z,linkedin\n");
        String cv = write("cv-repeats.csv", "journey_id,timestamp,value,currency\nj1,2026-03-04T00:00:00Z,90.00,EUR\n");
        assertOut(run("attribute", "--touchpoints", tp, "--conversions", cv, "--model", "linear", "--format", "csv"),
                "model,channel,conversions,revenue,currency",
                "linear,email,0.666667,60.00,EUR",
                "linear,linkedin,0.333333,30.00,EUR",
                "linear,(unattributed),0.000000,0.00,EUR");
        assertOut(run("attribute", "--touchpoints", tp, "--conversions", cv, "--model", "linear", "--format", "csv",
                "--collapse-repeats"),
                "model,channel,conversions,revenue,currency",
                "linear,email,0.500000,45.00,EUR",
                "linear,linkedin,0.500000,45.00,EUR",
                "linear,(unattributed),0.000000,0.00,EUR");
    }

    @Test
    void attribute_withoutPeriod_aCostDatedBeforeTheFirstConversionCounts() {
        // The first conversion is on 2026-03-03; linkedin's 84.00 of 2026-02-01 counts with its undated
        // 56.00: 140.00 for 28.00, ROAS 0.2, ROI -80%, CPA 140 / 0.4 = 350.00. All costs: 56 + 8 + 30 + 84
        // + 10 = 188.00 for 125.00, ROAS 0.66..., ROI -63 / 188 = -33.51%, CPA 188 / 3 = 62.67. email 44.00
        // on 8.00: ROAS 5.5, ROI 450%, CPA 8 / 1.2 = 6.67. The heading still shows the conversions' days.
        assertOut(attribute("--costs", costs),
                "position-based(0.4, 0.2, 0.4) by channel; lookback P90D, serve every conversion, repeats kept;"
                        + " conversions 2026-03-03..2026-03-15, costs of any date",
                "EUR 125.00 from 3 conversions (1 unattributed, EUR 25.00); cost EUR 188.00, ROAS 0.66x, ROI -33.51%",
                "  channel         conversions  revenue    share    cost   ROAS       ROI     CPA",
                "  email              1.200000    44.00   35.20%    8.00  5.50x   450.00%    6.67",
                "  direct             0.400000    28.00   22.40%    0.00      -         -    0.00",
                "  linkedin           0.400000    28.00   22.40%  140.00  0.20x   -80.00%  350.00",
                "  (unassigned)       0.000000     0.00    0.00%   30.00  0.00x  -100.00%       -",
                "  tiktok             0.000000     0.00    0.00%   10.00  0.00x  -100.00%       -",
                "  (unattributed)     1.000000    25.00   20.00%       -      -         -       -",
                "  total              3.000000   125.00  100.00%  188.00  0.66x   -33.51%   62.67");
        // With the conversions' days as the period, the February cost is outside it: linkedin 56.00.
        assertThat(attribute("--costs", costs, "--format", "csv", "--from", "2026-03-03", "--to", "2026-03-15").out())
                .contains("position-based,linkedin,0.400000,28.00,EUR,56.00,0.5,-0.5\n");
    }

    @Test
    void attribute_period_reportsItsConversionsAndCosts() {
        // 2026-03-04..2026-03-31 leaves out j2 (2026-03-03): email keeps j1's 14.00 on 8.00, ROAS 1.75;
        // j3 (2026-03-04T08:00Z) is in. The tiktok cost (2026-03-10) counts, the February one does not.
        assertOut(attribute("--costs", costs, "--format", "csv", "--from", "2026-03-04", "--to", "2026-03-31"),
                "model,channel,conversions,revenue,currency,cost,roas,roi",
                "position-based,direct,0.400000,28.00,EUR,0.00,,",
                "position-based,linkedin,0.400000,28.00,EUR,56.00,0.5,-0.5",
                "position-based,(unattributed),1.000000,25.00,EUR,,,",
                "position-based,email,0.200000,14.00,EUR,8.00,1.75,0.75",
                "position-based,(unassigned),0.000000,0.00,EUR,30.00,0,-1",
                "position-based,tiktok,0.000000,0.00,EUR,10.00,0,-1");
        // From February, linkedin's cost is 56.00 + 84.00 = 140.00: ROAS 28 / 140 = 0.2.
        assertThat(attribute("--costs", costs, "--format", "csv", "--from", "2026-02-01", "--to", "2026-03-31").out())
                .contains("position-based,linkedin,0.400000,28.00,EUR,140.00,0.2,-0.8\n");
    }

    @Test
    void attribute_sorted_streamsSortedFiles_withTheSameResult() {
        assertThat(attribute("--format", "csv", "--sorted")).isEqualTo(new Result(0, POSITION_BASED_CSV, ""));
    }

    @Test
    void attribute_sorted_rejectsUnsortedFiles() throws IOException {
        String unsorted = write("unsorted.csv", "journey_id,timestamp,channel\n"
                + "j2,2026-03-02T12:00:00Z,email\nj1,2026-03-01T10:00:00Z,linkedin\n");
        assertError(attribute("--touchpoints", unsorted, "--sorted"), unsorted + ":3: column 1 (journey_id): \"j1\""
                + " comes after \"j2\" but sorts before it; for the streaming join both files must be sorted by"
                + " journey_id (in code point order, as LC_ALL=C sort does)");
    }

    @Test
    void attribute_threads_sameOutput_forAnyThreadCount_sortedOrNot() {
        for (String format : List.of("csv", "json")) {
            Result one = attribute("--format", format);
            for (String threads : List.of("1", "2", "3")) {
                assertThat(attribute("--format", format, "--threads", threads)).as(format + " " + threads).isEqualTo(one);
                assertThat(attribute("--format", format, "--threads", threads, "--sorted")).as(format + " " + threads)
                        .isEqualTo(one);
            }
        }
        assertThat(attribute("--format", "csv", "--threads", "3")).isEqualTo(new Result(0, POSITION_BASED_CSV, ""));
    }

    @Test
    void attribute_manyJourneys_sameAsTheObjectPath_forAnyThreadCount_sortedOrNot() throws IOException {
        // 600 journeys (ids j0000..j0599, so both files are sorted), 1 to 6 touches over 6 channels and 3
        // campaigns, 0 to 2 conversions in EUR or USD; some touches outside the lookback, some journeys
        // without a touch or a conversion.
        SplittableRandom random = new SplittableRandom(5);
        String[] channels = {"email", "direct", "linkedin", "facebook", "seo", "tiktok"};
        String[] campaigns = {"", "launch", "spring"};
        StringBuilder tp = new StringBuilder("journey_id,timestamp,channel,campaign\n");
        StringBuilder cv = new StringBuilder("journey_id,timestamp,value,currency\n");
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        for (int j = 0; j < 600; j++) {
            String id = String.format(Locale.ROOT, "j%04d", j);
            long t = start + random.nextInt(86_400 * 30);
            for (int k = random.nextInt(7); k > 0; k--) {
                t += random.nextInt(86_400 * 40);
                tp.append(id).append(',').append(Instant.ofEpochSecond(t)).append(',')
                        .append(channels[random.nextInt(channels.length)]).append(',')
                        .append(campaigns[random.nextInt(campaigns.length)]).append('\n');
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                cv.append(id).append(',').append(Instant.ofEpochSecond(t + random.nextInt(86_400 * 20)))
                        .append(',').append(random.nextInt(100_000) / 100).append('.')
                        .append(String.format(Locale.ROOT, "%02d", random.nextInt(100))).append(',')
                        .append(random.nextInt(4) == 0 ? "USD" : "EUR").append('\n');
            }
        }
        String manyTouchpoints = write("many-tp.csv", tp.toString());
        String manyConversions = write("many-cv.csv", cv.toString());
        // The reference: the object path, as the command ran before batches.
        List<Journey> journeys = JourneyCsv.readAll(Path.of(manyTouchpoints), Path.of(manyConversions));
        assertThat(journeys).hasSizeGreaterThan(500);
        ComparisonReport objects = ModelComparison.of(AttributionModel.all()).attribute(journeys);
        for (String by : List.of("channel", "campaign")) {
            Dimension dimension = by.equals("channel") ? Dimension.CHANNEL : Dimension.CAMPAIGN;
            String csv = ReportCsv.toCsv(objects, dimension);
            String json = ReportJson.toJson(objects, dimension);
            for (String threads : List.of("1", "2", "3")) {
                for (boolean sorted : List.of(false, true)) {
                    List<String> args = new ArrayList<>(List.of("--touchpoints", manyTouchpoints, "--conversions",
                            manyConversions, "--model", "all", "--by", by, "--threads", threads));
                    if (sorted) {
                        args.add("--sorted");
                    }
                    List<String> asCsv = new ArrayList<>(args);
                    asCsv.addAll(List.of("--format", "csv"));
                    List<String> asJson = new ArrayList<>(args);
                    asJson.addAll(List.of("--format", "json"));
                    String what = by + ", threads " + threads + (sorted ? ", sorted" : "");
                    assertThat(attribute(asCsv.toArray(new String[0]))).as(what).isEqualTo(new Result(0, csv, ""));
                    assertThat(attribute(asJson.toArray(new String[0]))).as(what).isEqualTo(new Result(0, json, ""));
                }
            }
        }
    }

    @Test
    void attribute_output_writesUtf8_andNothingToStdout() throws IOException {
        String tp = write("tp-utf8.csv", "journey_id,timestamp,channel\nj1,2026-03-01T00:00:00Z,café-blog\n");
        String cv = write("cv-utf8.csv", "journey_id,timestamp,value,currency\nj1,2026-03-02T00:00:00Z,10.00,EUR\n");
        Path output = dir.resolve("result.csv");
        Result r = run("attribute", "--touchpoints", tp, "--conversions", cv, "--format", "csv", "--output",
                output.toString());
        assertThat(r).isEqualTo(new Result(0, "", ""));
        assertThat(Files.readAllBytes(output)).isEqualTo(("model,channel,conversions,revenue,currency\n"
                + "position-based,café-blog,1.000000,10.00,EUR\n"
                + "position-based,(unattributed),0.000000,0.00,EUR\n").getBytes(StandardCharsets.UTF_8));
        // Written again, the file is replaced.
        assertThat(run("attribute", "--touchpoints", touchpoints, "--conversions", conversions, "--format", "csv",
                "--output", output.toString())).isEqualTo(new Result(0, "", ""));
        assertThat(Files.readString(output)).isEqualTo(POSITION_BASED_CSV);
    }

    @Test
    void attribute_output_table() throws IOException {
        Path output = dir.resolve("result.txt");
        assertThat(attribute("--output", output.toString())).isEqualTo(new Result(0, "", ""));
        assertThat(Files.readString(output)).startsWith("position-based(0.4, 0.2, 0.4) by channel;").endsWith(
                "  total              3.000000   125.00  100.00%\n");
    }

    // ---------------------------------------------------------------- attribute: bad arguments

    @Test
    void attribute_requiresBothInputFiles() {
        assertError(run("attribute", "--conversions", conversions), "attribute needs --touchpoints FILE");
        assertError(run("attribute", "--touchpoints", touchpoints), "attribute needs --conversions FILE");
        assertError(run("attribute"), "attribute needs --touchpoints FILE");
    }

    @Test
    void attribute_rejectsMalformedOptions() {
        assertError(attribute("--model"), "--model needs a value: --model NAME");
        assertError(attribute("--output", "--format", "csv"), "--output needs a value: --output FILE");
        assertError(attribute("--model="), "--model: the value is empty");
        assertError(attribute("--model", "linear", "--model", "first-touch"), "--model is given twice");
        assertError(attribute("--sorted", "--sorted"), "--sorted is given twice");
        assertError(attribute("--sorted=yes"), "--sorted takes no value, but was given \"yes\"");
        assertError(attribute("--modle", "linear"), "attribute: unknown option --modle (see roi help)");
        assertError(attribute("-m", "linear"), "attribute: unknown option -m (see roi help)");
        assertError(run("attribute", "touchpoints.csv"),
                "attribute: unexpected argument \"touchpoints.csv\" (options start with --)");
        assertError(run("attribute", "--touchpoints", touchpoints, "--touchpoints", "again.csv"),
                "--touchpoints is given twice");
    }

    @Test
    void attribute_rejectsBadValues() {
        assertError(attribute("--model", "markov"), "--model: \"markov\" is not one of last-touch, first-touch,"
                + " linear, time-decay, position-based, last-non-direct, all");
        assertError(attribute("--model", "time-decay", "--half-life", "7 days"),
                "--half-life: \"7 days\" is not an ISO-8601 duration such as P7D or PT12H");
        assertError(attribute("--model", "time-decay", "--half-life", "P0D"), "--half-life: \"P0D\" must be positive");
        assertError(attribute("--lookback", "90"), "--lookback: \"90\" is not an ISO-8601 duration such as P7D or PT12H");
        assertError(attribute("--lookback", "-P1D"), "--lookback: \"-P1D\" must be positive");
        assertError(attribute("--weights", "0.4,0.2"), "--weights: \"0.4,0.2\" is not three numbers"
                + " FIRST,MIDDLE,LAST such as 0.4,0.2,0.4, nor u-shape, j or inverse-j");
        assertError(attribute("--weights", "0.4,x,0.4"), "--weights: \"x\" is not a decimal number");
        assertError(attribute("--weights", "-0.4,0.2,0.4"), "--weights: first (-0.4) must be >= 0");
        assertError(attribute("--weights", "0,0,0"), "--weights: weights (0, 0, 0) must not all be zero");
        assertError(attribute("--model", "last-non-direct", "--direct", "direct,,email"),
                "--direct: \"direct,,email\" has an empty channel name");
        assertError(attribute("--from", "2026-13-01", "--to", "2026-12-31"),
                "--from: \"2026-13-01\" is not an ISO-8601 date such as 2026-01-31");
        assertError(attribute("--by", "source"), "--by: \"source\" is not one of channel, campaign");
        assertError(attribute("--format", "xml"), "--format: \"xml\" is not one of table, csv, json");
    }

    @Test
    void attribute_threads_rejectsAnythingButAWholeNumberOfAtLeastOne() {
        assertError(attribute("--threads", "0"), "--threads: \"0\" must be at least 1");
        assertError(attribute("--threads", "-2"), "--threads: \"-2\" must be at least 1");
        assertError(attribute("--threads", "two"), "--threads: \"two\" is not a whole number such as 2");
        assertError(attribute("--threads", "1.5"), "--threads: \"1.5\" is not a whole number such as 2");
        assertError(attribute("--threads", "99999999999"),
                "--threads: \"99999999999\" is not a whole number such as 2");
        assertError(attribute("--threads="), "--threads: the value is empty");
        assertError(attribute("--threads"), "--threads needs a value: --threads N");
        assertError(attribute("--threads", "2", "--threads", "2"), "--threads is given twice");
    }

    @Test
    void attribute_errorStaysOnOneLine_escapingControlCharacters() {
        assertError(attribute("--model", "lin\u001bear\n"), "--model: \"lin\\u001bear\\n\" is not one of last-touch,"
                + " first-touch, linear, time-decay, position-based, last-non-direct, all");
        assertError(attribute("--touchpoints", "a\u0000b"),
                "--touchpoints: \"a\\u0000b\" is not a file name: Nul character not allowed");
    }

    @Test
    void attribute_rejectsTotalsBeyondALong() throws IOException {
        // Two conversions of 9 x 10^16 EUR are 1.8 x 10^19 cents, more than 2^63 - 1 (about 9.2 x 10^18).
        String cv = write("huge.csv", "journey_id,timestamp,value,currency\n"
                + "j1,2026-03-02T00:00:00Z,90000000000000000.00,EUR\nj2,2026-03-02T00:00:00Z,90000000000000000.00,EUR\n");
        assertError(attribute("--conversions", cv), "the conversions add up to more than the engine can hold,"
                + " 2^63 - 1 minor units of a currency or conversions (long overflow)");
    }

    @Test
    void attribute_rejectsContradictions_sayingWhatWasChosen() {
        assertError(attribute("--half-life", "P3D"),
                "--half-life applies to --model time-decay or all, but the model is position-based (the default)");
        assertError(attribute("--model", "linear", "--half-life", "P3D"),
                "--half-life applies to --model time-decay or all, but the model is linear");
        assertError(attribute("--model", "time-decay", "--weights", "j"),
                "--weights applies to --model position-based or all, but the model is time-decay");
        assertError(attribute("--direct", "direct"),
                "--direct applies to --model last-non-direct or all, but the model is position-based (the default)");
        assertError(attribute("--from", "2026-03-01"), "--from needs --to as well");
        assertError(attribute("--to", "2026-03-01"), "--to needs --from as well");
        assertError(attribute("--from", "2026-03-31", "--to", "2026-03-01"),
                "--to (2026-03-01) is before --from (2026-03-31)");
        assertError(attribute("--output", conversions), "--output " + conversions + " is also an input file");
    }

    @Test
    void attribute_rejectsAnOutputItCannotWrite() {
        Path missing = dir.resolve("missing").resolve("out.csv");
        assertError(attribute("--output", missing.toString()),
                "--output " + missing + ": the directory " + missing.getParent() + " does not exist");
        assertError(attribute("--output", dir.toString()), "--output " + dir + " is a directory");
    }

    // ---------------------------------------------------------------- attribute: bad files

    @Test
    void attribute_missingFile_namesIt() {
        String missing = dir.resolve("nope.csv").toString();
        assertError(attribute("--conversions", missing), missing + ": cannot read: no such file");
        assertError(attribute("--costs", missing), missing + ": cannot read: no such file");
    }

    @Test
    void attribute_badRows_nameFileLineColumnAndValue() throws IOException {
        String tp = write("bad-tp.csv", "journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,email\n"
                + "j1,2026-03-01 10:00,email\n");
        assertError(attribute("--touchpoints", tp),
                tp + ":3: column 2 (timestamp): \"2026-03-01 10:00\" is not an ISO-8601 instant or offset date-time");
        String cv = write("bad-cv.csv", "journey_id,timestamp,value,currency\nj1,2026-03-02T00:00:00Z,12.345,EUR\n");
        assertError(attribute("--conversions", cv), cv + ":2: column 3 (value): \"12.345\" has 3 decimal places but"
                + " EUR allows at most 2");
        String header = write("bad-header.csv", "journey,timestamp,channel\n");
        assertError(attribute("--touchpoints", header), header + ":1: the header lacks the required column"
                + " journey_id (found: \"journey\", \"timestamp\", \"channel\")");
        String cost = write("bad-costs.csv", "channel,amount,currency,category\nemail,10.00,EUR,software\n");
        assertError(attribute("--costs", cost), cost + ":2: column 4 (category): \"software\" is not a cost category;"
                + " use one of AD_SPEND, TOOLS, CONTENT, PERSONNEL, AGENCY, OTHER or a label: ad spend, tools,"
                + " content creation, personnel time, agency, other (case and the separators _, - and space do not"
                + " matter)");
    }

    @Test
    void attribute_badRows_nameFileLineColumnAndValue_sortedOrNot_anyThreads() throws IOException {
        String tp = write("bad-tp.csv", "journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,email\n"
                + "j1,2026-03-01 10:00,email\n");
        String cv = write("bad-cv.csv", "journey_id,timestamp,value,currency\nj1,2026-03-02T00:00:00Z,12.345,EUR\n");
        String reserved = write("bad-channel.csv", "journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,(none)\n");
        for (List<String> options : List.of(List.of("--sorted"), List.of("--threads", "2"),
                List.of("--sorted", "--threads", "3"))) {
            List<String> badTouchpoints = new ArrayList<>(List.of("--touchpoints", tp));
            badTouchpoints.addAll(options);
            assertError(attribute(badTouchpoints.toArray(new String[0])), tp + ":3: column 2 (timestamp):"
                    + " \"2026-03-01 10:00\" is not an ISO-8601 instant or offset date-time");
            List<String> badConversions = new ArrayList<>(List.of("--conversions", cv));
            badConversions.addAll(options);
            assertError(attribute(badConversions.toArray(new String[0])), cv + ":2: column 3 (value): \"12.345\""
                    + " has 3 decimal places but EUR allows at most 2");
            List<String> badChannel = new ArrayList<>(List.of("--touchpoints", reserved));
            badChannel.addAll(options);
            assertThat(attribute(badChannel.toArray(new String[0])).err()).startsWith("roi: " + reserved
                    + ":2: column 3 (channel): ");
        }
    }

    @Test
    void attribute_badRow_withDebug_addsTheStackTrace() throws IOException {
        String tp = write("bad-tp.csv", "journey_id,timestamp,channel\nj1,yesterday,email\n");
        Result r = attribute("--touchpoints", tp, "--debug");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("roi: " + tp + ":2: column 2 (timestamp): \"yesterday\" is not an ISO-8601"
                + " instant or offset date-time\norg.roikit.attribution.cli.CliException: ")
                .contains("Caused by: org.roikit.attribution.io.CsvFormatException: ");
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code attribute} on the example files with {@code options}; later options are added after them. */
    private Result attribute(String... options) {
        List<String> args = new ArrayList<>(List.of("attribute"));
        List<String> given = Arrays.asList(options);
        if (!given.contains("--touchpoints")) {
            args.addAll(List.of("--touchpoints", touchpoints));
        }
        if (!given.contains("--conversions")) {
            args.addAll(List.of("--conversions", conversions));
        }
        args.addAll(given);
        return run(args.toArray(new String[0]));
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    /** The exit status and what was written to standard output and standard error. */
    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Asserts exit status 2, nothing on standard output, and exactly {@code roi: line} on standard error. */
    static void assertError(Result r, String line) {
        assertThat(r).isEqualTo(new Result(2, "", "roi: " + line + "\n"));
    }

    /** Asserts exit status 0, nothing on standard error, and exactly {@code lines} on standard output. */
    static void assertOut(Result r, String... lines) {
        assertThat(r).isEqualTo(new Result(0, String.join("\n", lines) + "\n", ""));
    }
}
