package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.ConversionPolicy;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.Journey;
import org.roikit.attribution.ModelComparison;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;

class ReportJsonTest {

    /** One 100.00 conversion on 2026-03-03 after touches on a and b. */
    private static final List<Journey> AB = List.of(Journey.builder("j").touch(Examples.at("2026-03-01"), "a")
            .touch(Examples.at("2026-03-02"), "b").conversion(Examples.at("2026-03-03"), Examples.eur("100.00")).build());

    @Test
    void report_byChannel() {
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(Examples.JOURNEYS);
        assertThat(ReportJson.toJson(report, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "{",
                "  \"model\": \"linear\",",
                "  \"definition\": \"linear\",",
                "  \"by\": \"channel\",",
                "  \"lookback\": \"P90D\",",
                "  \"policy\": \"serve-every-conversion\",",
                "  \"collapseRepeats\": false,",
                "  \"from\": \"2026-03-02\",",
                "  \"to\": \"2026-03-04\",",
                "  \"rows\": [",
                "    {\"channel\": \"email\", \"conversions\": 1.333333, \"revenue\": 120.00, \"currency\": \"EUR\"},",
                "    {\"channel\": \"(unattributed)\", \"conversions\": 1.000000, \"revenue\": 50.00, \"currency\": \"EUR\"},",
                "    {\"channel\": \"direct\", \"conversions\": 0.333334, \"revenue\": 40.00, \"currency\": \"EUR\"},",
                "    {\"channel\": \"linkedin\", \"conversions\": 0.333333, \"revenue\": 40.00, \"currency\": \"EUR\"}",
                "  ],",
                "  \"totals\": [",
                "    {\"currency\": \"EUR\", \"conversions\": 3, \"revenue\": 250.00, \"unattributedConversions\": 1,"
                        + " \"unattributedRevenue\": 50.00, \"excludedConversions\": 0, \"excludedRevenue\": 0.00}",
                "  ]",
                "}",
                ""));
    }

    @Test
    void report_withCosts_byCampaign_undefinedRatiosAreNull() {
        AttributionSettings settings = AttributionSettings.defaults().withLookback(Duration.ofDays(30))
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION).withCollapsedRepeats(true);
        AttributionReport report = Attribution.of(AttributionModel.positionBased()).withSettings(settings).attribute(AB)
                .withCosts(Investment.of(
                        Cost.of(CostCategory.AD_SPEND, Examples.eur("20.00")).withChannel("a").withCampaign("(none)"),
                        Cost.of(CostCategory.TOOLS, Examples.eur("5.00"))));
        // Two touches under 0.4 / 0.2 / 0.4: 50.00 each, both without a campaign. (none) then costs 20.00:
        // ROAS 100 / 20 = 5, ROI 4, CPA 20 / 1. The tools are unassigned: ROAS 0, ROI -1, CPA undefined.
        assertThat(ReportJson.toJson(report, Dimension.CAMPAIGN)).isEqualTo(String.join("\n",
                "{",
                "  \"model\": \"position-based\",",
                "  \"definition\": \"position-based(0.4, 0.2, 0.4)\",",
                "  \"by\": \"campaign\",",
                "  \"lookback\": \"P30D\",",
                "  \"policy\": \"reset-after-conversion\",",
                "  \"collapseRepeats\": true,",
                "  \"from\": \"2026-03-03\",",
                "  \"to\": \"2026-03-03\",",
                "  \"rows\": [",
                "    {\"campaign\": \"(none)\", \"conversions\": 1.000000, \"revenue\": 100.00, \"currency\": \"EUR\","
                        + " \"cost\": 20.00, \"roas\": 5, \"roi\": 4, \"cpa\": 20},",
                "    {\"campaign\": \"(unassigned)\", \"conversions\": 0.000000, \"revenue\": 0.00, \"currency\": \"EUR\","
                        + " \"cost\": 5.00, \"roas\": 0, \"roi\": -1, \"cpa\": null},",
                "    {\"campaign\": \"(unattributed)\", \"conversions\": 0.000000, \"revenue\": 0.00, \"currency\": \"EUR\","
                        + " \"cost\": null, \"roas\": null, \"roi\": null, \"cpa\": null}",
                "  ],",
                "  \"totals\": [",
                "    {\"currency\": \"EUR\", \"conversions\": 1, \"revenue\": 100.00, \"unattributedConversions\": 0,"
                        + " \"unattributedRevenue\": 0.00, \"excludedConversions\": 0, \"excludedRevenue\": 0.00,"
                        + " \"cost\": 25.00, \"roas\": 4, \"roi\": 3, \"cpa\": 25}",
                "  ]",
                "}",
                ""));
    }

    @Test
    void report_byChannel_withCosts_zeroCostGivesNullRatios() {
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(AB)
                .withCosts(Investment.of(Cost.of(CostCategory.AD_SPEND, Examples.eur("20.00")).withChannel("a")));
        assertThat(ReportJson.toJson(report, Dimension.CHANNEL)).contains(
                "    {\"channel\": \"a\", \"conversions\": 0.500000, \"revenue\": 50.00, \"currency\": \"EUR\","
                        + " \"cost\": 20.00, \"roas\": 2.5, \"roi\": 1.5, \"cpa\": 40},\n",
                "    {\"channel\": \"b\", \"conversions\": 0.500000, \"revenue\": 50.00, \"currency\": \"EUR\","
                        + " \"cost\": 0.00, \"roas\": null, \"roi\": null, \"cpa\": 0},\n");
    }

    @Test
    void comparison_isTheReportsInOrder() {
        ComparisonReport comparison = ModelComparison.of(AttributionModel.lastTouch(), AttributionModel.firstTouch())
                .attribute(AB);
        String lastTouch = String.join("\n",
                "{",
                "      \"model\": \"last-touch\",",
                "      \"definition\": \"last-touch\",",
                "      \"by\": \"channel\",",
                "      \"lookback\": \"P90D\",",
                "      \"policy\": \"serve-every-conversion\",",
                "      \"collapseRepeats\": false,",
                "      \"from\": \"2026-03-03\",",
                "      \"to\": \"2026-03-03\",",
                "      \"rows\": [",
                "        {\"channel\": \"b\", \"conversions\": 1.000000, \"revenue\": 100.00, \"currency\": \"EUR\"},",
                "        {\"channel\": \"(unattributed)\", \"conversions\": 0.000000, \"revenue\": 0.00, \"currency\": \"EUR\"},",
                "        {\"channel\": \"a\", \"conversions\": 0.000000, \"revenue\": 0.00, \"currency\": \"EUR\"}",
                "      ],",
                "      \"totals\": [",
                "        {\"currency\": \"EUR\", \"conversions\": 1, \"revenue\": 100.00, \"unattributedConversions\": 0,"
                        + " \"unattributedRevenue\": 0.00, \"excludedConversions\": 0, \"excludedRevenue\": 0.00}",
                "      ]",
                "    }");
        String firstTouch = lastTouch.replace("last-touch", "first-touch")
                .replace("\"b\", \"conversions\": 1.000000, \"revenue\": 100.00", "\"a\", \"conversions\": 1.000000, \"revenue\": 100.00")
                .replace("\"a\", \"conversions\": 0.000000", "\"b\", \"conversions\": 0.000000");
        assertThat(ReportJson.toJson(comparison, Dimension.CHANNEL)).isEqualTo(
                "{\n  \"by\": \"channel\",\n  \"reports\": [\n    " + lastTouch + ",\n    " + firstTouch + "\n  ]\n}\n");
    }

    @Test
    void emptyReport_hasEmptyArraysAndNullDates() {
        AttributionReport empty = Attribution.of(AttributionModel.linear()).attribute(List.of());
        assertThat(ReportJson.toJson(empty, Dimension.CHANNEL)).endsWith(String.join("\n",
                "  \"from\": null,",
                "  \"to\": null,",
                "  \"rows\": [],",
                "  \"totals\": []",
                "}",
                ""));
    }

    @Test
    void strings_areEscaped() {
        Journey journey = Journey.builder("j").touch(Instant.parse("2026-03-01T00:00:00Z"), "say \"hi\"")
                .conversion(Instant.parse("2026-03-02T00:00:00Z"), Examples.eur("1.00")).build();
        assertThat(ReportJson.toJson(Attribution.of(AttributionModel.linear()).attribute(List.of(journey)),
                Dimension.CHANNEL)).contains("{\"channel\": \"say \\\"hi\\\"\", \"conversions\": 1.000000,");
    }

    @Test
    void argumentsAreChecked() {
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(AB);
        assertThatThrownBy(() -> ReportJson.toJson((AttributionReport) null, Dimension.CHANNEL))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> ReportJson.toJson((ComparisonReport) null, Dimension.CHANNEL))
                .isInstanceOf(NullPointerException.class).hasMessage("comparison");
        assertThatThrownBy(() -> ReportJson.toJson(report, null))
                .isInstanceOf(NullPointerException.class).hasMessage("dimension");
        assertThatThrownBy(() -> ReportJson.write(report, Dimension.CHANNEL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        StringBuilder sb = new StringBuilder();
        ReportJson.write(report, Dimension.CHANNEL, sb);
        assertThat(sb.toString()).isEqualTo(ReportJson.toJson(report, Dimension.CHANNEL));
    }
}
