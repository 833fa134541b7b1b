package org.roikit.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roikit.attribution.cli.MainTest.assertError;
import static org.roikit.attribution.cli.MainTest.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.ConversionPolicy;
import org.roikit.attribution.io.CostCsv;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.report.Audience;
import org.roikit.attribution.report.MarketingReport;
import org.roikit.attribution.report.ReportFormat;
import org.roikit.core.Funnel;
import org.roikit.core.Money;
import org.roikit.core.series.Granularity;

/**
 * {@code report}: each option against the library's report of the same files (whose figures the
 * report package tests by hand), the defaults, and each error.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String tp;
    private String cv;
    private String costs;

    @BeforeEach
    void files() throws IOException {
        tp = write("touchpoints.csv", """
                journey_id,timestamp,channel,campaign,type,content_type,segment
                j1,2026-01-05T10:00:00Z,linkedin,spring,click,video,smb
                j1,2026-01-10T10:00:00Z,email,spring,click,newsletter,smb
                j2,2026-02-01T10:00:00Z,google,summer,click,video,enterprise
                j3,2026-02-10T10:00:00Z,linkedin,summer,click,,enterprise
                """);
        cv = write("conversions.csv", """
                journey_id,timestamp,value,currency,conversion_id,type
                j1,2026-01-12T12:00:00Z,100.00,EUR,c1,sale
                j2,2026-02-03T12:00:00Z,30.00,EUR,c2,lead
                j4,2026-02-15T12:00:00Z,50.00,EUR,c3,sale
                """);
        costs = write("costs.csv", """
                channel,amount,currency,campaign,category,date
                linkedin,60.00,EUR,,ad spend,2026-01-01
                google,40.00,EUR,,ad spend,2026-02-01
                email,20.00,EUR,,tools,2026-02-01
                """);
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    private MainTest.Result report(String... options) {
        List<String> args = new ArrayList<>(List.of("report", "--touchpoints", tp, "--conversions", cv));
        args.addAll(List.of(options));
        return run(args.toArray(new String[0]));
    }

    private MarketingReport.Builder library(boolean withCosts) {
        MarketingReport.Builder b = MarketingReport.builder().journeys(JourneyCsv.readAll(Path.of(tp), Path.of(cv)));
        if (withCosts) {
            b.costs(CostCsv.readInvestment(Path.of(costs)));
        }
        return b;
    }

    private static MainTest.Result printed(String text) {
        return new MainTest.Result(0, text + "\n", "");
    }

    @Test
    void defaults_textExecutiveSummary_positionBased_byMonth() {
        MainTest.Result r = report("--costs", costs);

        assertThat(r).isEqualTo(printed(library(true).build().executive().toString()));
        assertThat(r.out()).startsWith("Marketing report: executive summary, 2026-01-01..2026-02-15, EUR\n")
                .contains("\nTrend by month\n", "  ROI                               50.00%\n");
    }

    @Test
    void withoutCosts_saysSo() {
        assertThat(report().out()).contains("no costs given: investment, profit, ROI, ROAS, CPA and CAC are not reported");
    }

    @Test
    void audience_team_and_all() {
        MarketingReport expected = library(true).build();

        assertThat(report("--costs", costs, "--audience", "team")).isEqualTo(printed(expected.team().toString()));
        assertThat(report("--costs", costs, "--audience", "all")).isEqualTo(printed(expected.toString()));
        assertThat(report("--costs", costs, "--audience", "team").out())
                .contains("By channel (position-based(0.4, 0.2, 0.4))");
    }

    @Test
    void format_eachName() {
        MarketingReport expected = library(true).build();

        assertThat(report("--costs", costs, "--format", "md"))
                .isEqualTo(new MainTest.Result(0, ReportFormat.MARKDOWN.render(expected, Audience.EXECUTIVE), ""));
        assertThat(report("--costs", costs, "--format", "html"))
                .isEqualTo(new MainTest.Result(0, ReportFormat.HTML.render(expected, Audience.EXECUTIVE), ""));
        assertThat(report("--costs", costs, "--format", "json"))
                .isEqualTo(new MainTest.Result(0, ReportFormat.JSON.render(expected, Audience.EXECUTIVE), ""));
        assertThat(report("--costs", costs, "--format", "csv", "--audience", "team"))
                .isEqualTo(new MainTest.Result(0, ReportFormat.CSV.render(expected, Audience.TEAM), ""));
        assertThat(report("--costs", costs, "--format", "text"))
                .isEqualTo(printed(expected.executive().toString()));
    }

    @Test
    void model_period_window_title() {
        assertThat(report("--costs", costs, "--model", "linear", "--audience", "team"))
                .isEqualTo(printed(library(true).model(AttributionModel.linear()).build().team().toString()));
        assertThat(report("--costs", costs, "--period", "quarter"))
                .isEqualTo(printed(library(true).period(Granularity.QUARTER).build().executive().toString()));
        assertThat(report("--costs", costs, "--period", "month"))
                .isEqualTo(printed(library(true).build().executive().toString()));
        assertThat(report("--costs", costs, "--from", "2026-02-01", "--to", "2026-02-28"))
                .isEqualTo(printed(library(true).from(LocalDate.parse("2026-02-01")).to(LocalDate.parse("2026-02-28"))
                        .build().executive().toString()));
        assertThat(report("--from", "2026-02-01").out())
                .startsWith("Marketing report: executive summary, 2026-02-01..2026-02-15, EUR\n");
        assertThat(report("--to", "2026-01-31").out())
                .startsWith("Marketing report: executive summary, 2026-01-12..2026-01-31, EUR\n");
        assertThat(report("--title", "Q1 review").out()).startsWith("Q1 review: executive summary");
    }

    @Test
    void modelParametersAndRules_reachTheRowsAndTheComparison() {
        AttributionSettings rules = AttributionSettings.defaults().withLookback(Duration.ofDays(3))
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION).withCollapsedRepeats(true);
        List<AttributionModel> all = List.of(AttributionModel.lastTouch(), AttributionModel.firstTouch(),
                AttributionModel.linear(), AttributionModel.timeDecay(Duration.ofDays(1)),
                AttributionModel.positionBased(0.2, 0.2, 0.6), AttributionModel.lastNonDirect(java.util.Set.of("email")));

        MainTest.Result r = report("--costs", costs, "--audience", "team", "--model", "time-decay", "--half-life", "P1D",
                "--weights", "j", "--direct", "email", "--lookback", "P3D", "--reset-after-conversion",
                "--collapse-repeats");

        assertThat(r).isEqualTo(printed(library(true).model(all.get(3)).compare(all).settings(rules).build().team()
                .toString()));
        assertThat(r.out()).contains("By channel (time-decay(P1D))");
    }

    @Test
    void output_writesTheFile_andPrintsNothing() throws IOException {
        Path html = dir.resolve("report.html");

        MainTest.Result r = report("--costs", costs, "--format", "html", "--audience", "all", "--output", html.toString());

        assertThat(r).isEqualTo(new MainTest.Result(0, "", ""));
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .isEqualTo(ReportFormat.HTML.render(library(true).build(), Audience.ALL));
    }

    @Test
    void badValues_nameTheOptionAndTheAllowedValues() {
        assertError(report("--format", "pdf"), "--format: \"pdf\" is not one of text, md, html, json, csv");
        assertError(report("--audience", "board"), "--audience: \"board\" is not one of executive, team, all");
        assertError(report("--period", "week"), "--period: \"week\" is not one of month, quarter");
        assertError(report("--model", "all"), "--model: \"all\" is not one of last-touch, first-touch, linear,"
                + " time-decay, position-based, last-non-direct");
        assertError(report("--from", "2026-13-01"), "--from: \"2026-13-01\" is not an ISO-8601 date such as 2026-01-31");
        assertError(report("--from", "2026-02-01", "--to", "2026-01-01"), "--to (2026-01-01) is before --from (2026-02-01)");
        assertError(report("--lookback", "90 days"), "--lookback: \"90 days\" is not an ISO-8601 duration such as P7D"
                + " or PT12H");
        assertError(report("--title", " "), "--title: the value is blank");
        assertError(report("--sorted"), "report: unknown option --sorted (see roi help)");
        assertError(report("--format"), "--format needs a value: --format text|md|html|json|csv");
        assertError(run("report", "--conversions", cv), "report needs --touchpoints FILE");
        assertError(run("report", "--touchpoints", tp), "report needs --conversions FILE");
        assertError(report("--output", tp), "--output " + tp + " is also an input file");
    }

    @Test
    void fileErrors_keepFileLineAndColumn() throws IOException {
        String bad = write("bad.csv", """
                journey_id,timestamp,channel
                j1,2026-01-05T10:00:00Z,linkedin
                j2,yesterday,email
                """);
        String missing = dir.resolve("missing.csv").toString();

        assertError(run("report", "--touchpoints", bad, "--conversions", cv), bad + ":3: column 2 (timestamp):"
                + " \"yesterday\" is not an ISO-8601 instant or offset date-time");
        assertError(report("--costs", missing), missing + ": cannot read: no such file");
        String usd = write("usd.csv", "channel,amount,currency\nlinkedin,5.00,USD\n");
        assertError(report("--costs", usd), "conversions and costs use more than one currency (EUR, USD): a report has"
                + " one currency; filter or convert them first");
    }

    @Test
    void social_contentAttribute_top_reachTheBuilder() {
        assertThat(report("--costs", costs, "--social", "email,google"))
                .isEqualTo(printed(library(true).socialChannels(List.of("email", "google")).build().executive()
                        .toString()));
        assertThat(report("--costs", costs, "--social", "email,google").out())
                .isNotEqualTo(report("--costs", costs).out());
        assertThat(report("--costs", costs, "--audience", "team", "--content-attribute", "segment", "--top", "1"))
                .isEqualTo(printed(library(true).contentAttribute("segment").top(1).build().team().toString()));
        assertThat(report("--costs", costs, "--audience", "team", "--content-attribute", "segment", "--top", "1")
                .out()).contains("\nBest content by segment\n  segment  touches  conversions  revenue\n"
                        + "  smb            2     1.000000   100.00\n\nWorst content by segment\n");
    }

    @Test
    void leadToSale_withValuePerSale_valuesThePipelineByTheFunnel() {
        MainTest.Result r = report("--costs", costs, "--lead-to-sale", "0.25", "--value-per-sale", "200");

        // one lead (c2) x 0.25 x EUR 200 = EUR 50.00, instead of its recorded 30.00
        MarketingReport expected = library(true).funnel(Funnel.start("lead", BigDecimal.ONE)
                .then("sale", new BigDecimal("0.25")), Money.of("200", "EUR")).build();
        assertThat(expected.executive().pipelineValue()).contains(Money.of("50.00", "EUR"));
        assertThat(r).isEqualTo(printed(expected.executive().toString()));
        assertThat(report("--costs", costs, "--format", "csv").out()).contains("\nscorecard,,,pipeline_value,30.00,EUR,\n");
        assertThat(report("--costs", costs, "--format", "csv", "--lead-to-sale", "0.25", "--value-per-sale", "200")
                .out()).contains("\nscorecard,,,pipeline_value,50.00,EUR,\n");
    }

    @Test
    void newOptions_badValues_nameTheOptionAndTheValue() {
        assertError(report("--social", "email,,x"), "--social: \"email,,x\" has an empty channel name");
        assertError(report("--content-attribute", " "), "--content-attribute: the value is blank");
        assertError(report("--top", "0"), "--top: \"0\" is not a whole number of at least 1");
        assertError(report("--top", "three"), "--top: \"three\" is not a whole number of at least 1");
        assertError(report("--lead-to-sale", "1.5", "--value-per-sale", "200"),
                "--lead-to-sale: \"1.5\" is not a rate between 0 and 1, such as 0.25");
        assertError(report("--lead-to-sale", "25%", "--value-per-sale", "200"),
                "--lead-to-sale: \"25%\" is not a rate between 0 and 1, such as 0.25");
        assertError(report("--lead-to-sale", "0.25", "--value-per-sale", "EUR 200"),
                "--value-per-sale: \"EUR 200\" is not an amount of at least 0, such as 1200.00");
        assertError(report("--lead-to-sale", "0.25"), "--lead-to-sale needs --value-per-sale AMOUNT");
        assertError(report("--value-per-sale", "200"), "--value-per-sale needs --lead-to-sale RATE");
        assertError(report("--lead-to-sale", "0.25", "--value-per-sale", "200.005"),
                "--value-per-sale: \"200.005\" has more decimals than EUR allows");
    }

    @Test
    void help_printsTheUsage_whichNamesEveryOption() {
        assertThat(run("report", "--help")).isEqualTo(new MainTest.Result(0, Main.USAGE, ""));
        assertThat(Main.USAGE).contains("  report ");
        for (String option : ReportCommand.options()) {
            assertThat(Main.USAGE).containsPattern("[ ,]" + option + "[ ,\\n]");
        }
    }
}
