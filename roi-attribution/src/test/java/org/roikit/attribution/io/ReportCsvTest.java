package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.Journey;
import org.roikit.attribution.ModelComparison;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;

class ReportCsvTest {

    private static final AttributionReport LINEAR = Attribution.of(AttributionModel.linear()).attribute(Examples.JOURNEYS);

    @Test
    void report_byChannel() {
        assertThat(ReportCsv.toCsv(LINEAR, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency",
                "linear,email,1.333333,120.00,EUR",
                "linear,(unattributed),1.000000,50.00,EUR",
                "linear,direct,0.333334,40.00,EUR",
                "linear,linkedin,0.333333,40.00,EUR",
                ""));
    }

    @Test
    void report_byCampaign() {
        assertThat(ReportCsv.toCsv(LINEAR, Dimension.CAMPAIGN)).isEqualTo(String.join("\n",
                "model,campaign,conversions,revenue,currency",
                "linear,webinar,1.333333,120.00,EUR",
                "linear,(unattributed),1.000000,50.00,EUR",
                "linear,(none),0.333334,40.00,EUR",
                "linear,q1-launch,0.333333,40.00,EUR",
                ""));
    }

    @Test
    void report_withCosts_roasAndRoiArePlainDecimals_emptyWhenUndefined() {
        // Without a period both linkedin costs count, 20.00 + 100.00: 40.00 on 120.00 is a ROAS of 1/3 and an
        // ROI of -2/3, to 34 significant digits.
        assertThat(ReportCsv.toCsv(LINEAR.withCosts(Examples.COSTS), Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency,cost,roas,roi",
                "linear,email,1.333333,120.00,EUR,30.00,4,3",
                "linear,(unattributed),1.000000,50.00,EUR,,,",
                "linear,direct,0.333334,40.00,EUR,0.00,,",
                "linear,linkedin,0.333333,40.00,EUR,120.00,0.3333333333333333333333333333333333,"
                        + "-0.6666666666666666666666666666666667",
                "linear,(unassigned),0.000000,0.00,EUR,25.00,0,-1",
                "linear,tiktok,0.000000,0.00,EUR,10.00,0,-1",
                ""));
    }

    @Test
    void comparison_rowsSortedByModelThenRevenueDescendingThenName() {
        ComparisonReport comparison = ModelComparison.of(AttributionModel.linear(), AttributionModel.firstTouch())
                .attribute(Examples.JOURNEYS);
        assertThat(ReportCsv.toCsv(comparison, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency",
                "first-touch,linkedin,1.000000,120.00,EUR",
                "first-touch,email,1.000000,80.00,EUR",
                "first-touch,(unattributed),1.000000,50.00,EUR",
                "first-touch,direct,0.000000,0.00,EUR",
                "linear,email,1.333333,120.00,EUR",
                "linear,(unattributed),1.000000,50.00,EUR",
                "linear,direct,0.333334,40.00,EUR",
                "linear,linkedin,0.333333,40.00,EUR",
                ""));
    }

    @Test
    void comparison_withCosts() {
        ComparisonReport comparison = ModelComparison.of(AttributionModel.firstTouch())
                .attribute(Examples.JOURNEYS).withCosts(Examples.COSTS);
        // linkedin: 120.00 on 20.00 + 100.00 (no period, so both costs count) breaks even: ROAS 1, ROI 0.
        // email: 80.00 on 30.00 is an ROI of 50 / 30, to 34 significant digits, and a ROAS of one more.
        assertThat(ReportCsv.toCsv(comparison, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency,cost,roas,roi",
                "first-touch,linkedin,1.000000,120.00,EUR,120.00,1,0",
                "first-touch,email,1.000000,80.00,EUR,30.00,2.666666666666666666666666666666667,"
                        + "1.666666666666666666666666666666667",
                "first-touch,(unattributed),1.000000,50.00,EUR,,,",
                "first-touch,(unassigned),0.000000,0.00,EUR,25.00,0,-1",
                "first-touch,direct,0.000000,0.00,EUR,0.00,,",
                "first-touch,tiktok,0.000000,0.00,EUR,10.00,0,-1",
                ""));
    }

    @Test
    void severalCurrencies_oneRowPerCurrency_jpyAndBhdAtTheirScale() {
        Journey yen = Journey.builder("y").touch(Instant.parse("2026-03-01T00:00:00Z"), "email")
                .conversion(Instant.parse("2026-03-02T00:00:00Z"), Money.of("1000", "JPY")).build();
        Journey dinar = Journey.builder("d").touch(Instant.parse("2026-03-01T00:00:00Z"), "email")
                .conversion(Instant.parse("2026-03-02T00:00:00Z"), Money.of("2.500", "BHD")).build();
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(List.of(yen, dinar));
        assertThat(ReportCsv.toCsv(report, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency",
                // currencies apart, by code (BHD before JPY); revenue is compared only within one
                "linear,email,1.000000,2.500,BHD",
                "linear,(unattributed),0.000000,0.000,BHD",
                "linear,email,1.000000,1000,JPY",
                "linear,(unattributed),0.000000,0,JPY",
                ""));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        Journey journey = Journey.builder("j").touch(Instant.parse("2026-03-01T00:00:00Z"), "say \"hi\", ok")
                .touch(Instant.parse("2026-03-01T00:00:00Z"), "two\nlines")
                .conversion(Instant.parse("2026-03-02T00:00:00Z"), Money.of("2.00", "EUR")).build();
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(List.of(journey));
        assertThat(ReportCsv.toCsv(report, Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency",
                "linear,\"say \"\"hi\"\", ok\",0.500000,1.00,EUR",
                "linear,\"two\nlines\",0.500000,1.00,EUR",
                "linear,(unattributed),0.000000,0.00,EUR",
                ""));
        assertThat(ReportCsv.field("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(ReportCsv.field("plain")).isEqualTo("plain");
    }

    @Test
    void emptyReport_isTheHeaderOnly() {
        AttributionReport empty = Attribution.of(AttributionModel.linear()).attribute(List.of());
        assertThat(ReportCsv.toCsv(empty, Dimension.CHANNEL)).isEqualTo("model,channel,conversions,revenue,currency\n");
        assertThat(ReportCsv.toCsv(empty.withCosts(Investment.of(Cost.of(CostCategory.TOOLS, Money.of("5.00", "EUR")))),
                Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "model,channel,conversions,revenue,currency,cost,roas,roi",
                "linear,(unassigned),0.000000,0.00,EUR,5.00,0,-1",
                "linear,(unattributed),0.000000,0.00,EUR,,,",
                ""));
    }

    @Test
    void write_appendsToAnyAppendable_andReportsIoFailures() {
        StringBuilder sb = new StringBuilder("#");
        ReportCsv.write(LINEAR, Dimension.CHANNEL, sb);
        assertThat(sb.toString()).isEqualTo("#" + ReportCsv.toCsv(LINEAR, Dimension.CHANNEL));
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ReportCsv.write(LINEAR, Dimension.CHANNEL, broken))
                .isInstanceOf(UncheckedIOException.class).hasMessage("java.io.IOException: disk full");
        assertThatThrownBy(() -> ReportCsv.toCsv((AttributionReport) null, Dimension.CHANNEL))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> ReportCsv.toCsv((ComparisonReport) null, Dimension.CHANNEL))
                .isInstanceOf(NullPointerException.class).hasMessage("comparison");
        assertThatThrownBy(() -> ReportCsv.toCsv(LINEAR, null))
                .isInstanceOf(NullPointerException.class).hasMessage("dimension");
        assertThatThrownBy(() -> ReportCsv.write(LINEAR, Dimension.CHANNEL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
    }
}
