package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.roikit.attribution.Fixtures.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

class AttributionReportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Attribution LINEAR = Attribution.of(AttributionModel.linear());
    private static final AttributionReport REPORT = LINEAR.attribute(Fixtures.example());
    private static final AttributionReport WITH_COSTS = REPORT.withCosts(Fixtures.exampleCosts());
    /** The days of the example's conversions, given as a report period. */
    private static final AttributionSettings EXAMPLE_DAYS = AttributionSettings.defaults()
            .withPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"));

    @Test
    void rows_byChannel() {
        // j1 120.00 over linkedin, email, direct: 40.00 each; j2 80.00 to email. Conversions 1/3 each for j1:
        // the millionth left over goes to the name that sorts first, direct.
        assertThat(REPORT.byChannel())
                .extracting(AttributionRow::name, AttributionRow::conversions, AttributionRow::revenue, AttributionRow::share)
                .containsExactly(
                        tuple("email", new BigDecimal("1.333333"), eur("120.00"), Ratio.ofDecimal("0.48")),
                        tuple("direct", new BigDecimal("0.333334"), eur("40.00"), Ratio.ofDecimal("0.16")),
                        tuple("linkedin", new BigDecimal("0.333333"), eur("40.00"), Ratio.ofDecimal("0.16")));
        assertThat(REPORT.rows(Dimension.CHANNEL)).isSameAs(REPORT.byChannel());
        assertThat(REPORT.byChannel()).allSatisfy(row -> {
            assertThat(row.currency()).isEqualTo(EUR);
            assertThat(row.cost()).isEmpty();
            assertThat(row.roas()).isEqualTo(Ratio.undefined("no cost"));
            assertThat(row.roi()).isEqualTo(Ratio.undefined("no cost"));
            assertThat(row.cpa()).isEqualTo(Ratio.undefined("no cost"));
        });
    }

    @Test
    void rows_byCampaign_touchesWithoutACampaignCountUnderNone() {
        assertThat(REPORT.byCampaign())
                .extracting(AttributionRow::name, AttributionRow::conversions, AttributionRow::revenue)
                .containsExactly(
                        tuple("webinar", new BigDecimal("1.333333"), eur("120.00")),
                        tuple("(none)", new BigDecimal("0.333334"), eur("40.00")),
                        tuple("q1-launch", new BigDecimal("0.333333"), eur("40.00")));
        assertThat(REPORT.rows(Dimension.CAMPAIGN)).isSameAs(REPORT.byCampaign());
        assertThat(AttributionReport.NO_CAMPAIGN).isEqualTo("(none)");
    }

    @Test
    void totals_andTheUnattributedBucket() {
        AttributionTotals t = REPORT.totals(EUR);
        assertThat(REPORT.totals()).containsExactly(t);
        assertThat(t.currency()).isEqualTo(EUR);
        assertThat(t.conversions()).isEqualTo(3);
        assertThat(t.revenue()).isEqualTo(eur("250.00"));
        assertThat(t.unattributedConversions()).isEqualTo(1);
        assertThat(t.unattributedRevenue()).isEqualTo(eur("50.00"));
        assertThat(t.excludedConversions()).isZero();
        assertThat(t.excludedRevenue()).isEqualTo(eur("0.00"));
        assertThat(t.cost()).isEmpty();
        assertThat(t.roas()).isEqualTo(Ratio.undefined("no cost"));
        assertThat(t).hasToString("EUR 250.00 from 3 conversions (1 unattributed, EUR 50.00)");
        assertThat(t.unattributed()).isEqualTo(new AttributionRow("(unattributed)", EUR, BigDecimal.ONE, eur("50.00"),
                Ratio.ofDecimal("0.2"), Optional.empty(), Ratio.undefined("no cost"), Ratio.undefined("no cost"),
                Ratio.undefined("no cost")));
        assertThat(REPORT.model()).isEqualTo(AttributionModel.linear());
        assertThat(REPORT.settings()).isEqualTo(AttributionSettings.defaults());
        assertThat(REPORT.from()).contains(LocalDate.parse("2026-03-02"));
        assertThat(REPORT.to()).contains(LocalDate.parse("2026-03-04"));
        assertThat(REPORT.currencies()).containsExactly(EUR);
        assertThat(REPORT.hasCosts()).isFalse();
        assertThat(REPORT.costs()).isEmpty();
    }

    @Test
    void totals_ofACurrencyNotInTheReport_areZero() {
        Currency usd = Currency.getInstance("USD");
        AttributionTotals t = REPORT.totals(usd);
        assertThat(t.conversions()).isZero();
        assertThat(t.revenue()).isEqualTo(Money.zero(usd));
        assertThat(t.cost()).isEmpty();
        assertThat(WITH_COSTS.totals(usd).cost()).contains(Money.zero(usd));
        assertThatThrownBy(() -> REPORT.totals(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void withCosts_byChannel_costRoasRoiAndCpa() {
        // Without a period every cost counts: linkedin's is 20.00 + 100.00 = 120.00 for 40.00 of revenue,
        // a ROAS of 1/3 and an ROI of -80 / 120 = -2/3, both rounded half-even to 34 significant digits.
        assertThat(WITH_COSTS.byChannel())
                .extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::cost, AttributionRow::roas,
                        AttributionRow::roi)
                .containsExactly(
                        tuple("email", eur("120.00"), Optional.of(eur("30.00")),
                                Ratio.ofDecimal("4").withForm(Ratio.Form.MULTIPLE), Ratio.ofDecimal("3")),
                        tuple("direct", eur("40.00"), Optional.of(eur("0.00")),
                                Ratio.undefined("zero investment").withForm(Ratio.Form.MULTIPLE),
                                Ratio.undefined("zero investment")),
                        tuple("linkedin", eur("40.00"), Optional.of(eur("120.00")),
                                Ratio.ofDecimal("0.3333333333333333333333333333333333").withForm(Ratio.Form.MULTIPLE),
                                Ratio.ofDecimal("-0.6666666666666666666666666666666667")),
                        tuple("(unassigned)", eur("0.00"), Optional.of(eur("25.00")),
                                Ratio.ofDecimal("0").withForm(Ratio.Form.MULTIPLE), Ratio.ofDecimal("-1")),
                        tuple("tiktok", eur("0.00"), Optional.of(eur("10.00")),
                                Ratio.ofDecimal("0").withForm(Ratio.Form.MULTIPLE), Ratio.ofDecimal("-1")));
        List<AttributionRow> rows = WITH_COSTS.byChannel();
        // CPA: cost over attributed conversions, which are rounded to millionths: 30 / 1.333333.
        assertThat(rows.get(0).cpa()).isEqualTo(Ratio.perUnit(eur("30.00"), new BigDecimal("1.333333"),
                "attributed conversions"));
        assertThat(rows.get(1).cpa()).isEqualTo(Ratio.perUnit(eur("0.00"), new BigDecimal("0.333334"),
                "attributed conversions"));
        assertThat(rows.get(3).cpa()).isEqualTo(Ratio.perUnit(eur("25.00"), BigDecimal.ZERO, "attributed conversions"));
        assertThat(rows.get(3).cpa().reason()).contains("0 attributed conversions");
        assertThat(rows.get(3).share()).isEqualTo(Ratio.ofDecimal("0"));
    }

    @Test
    void withCosts_byCampaign_costsWithoutACampaignAreUnassigned() {
        // Without a campaign: linkedin's 100.00 of 2026-02-01 (its channel has a row, its campaign none),
        // tiktok's 10.00 and the tools' 25.00, so 135.00. (none) holds direct's touches and has no cost.
        assertThat(WITH_COSTS.byCampaign())
                .extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::cost)
                .containsExactly(
                        tuple("webinar", eur("120.00"), Optional.of(eur("30.00"))),
                        tuple("(none)", eur("40.00"), Optional.of(eur("0.00"))),
                        tuple("q1-launch", eur("40.00"), Optional.of(eur("20.00"))),
                        tuple("(unassigned)", eur("0.00"), Optional.of(eur("135.00"))));
    }

    @Test
    void withCosts_totals_andTheCostsOfThePeriod() {
        AttributionReport report = LINEAR.withSettings(EXAMPLE_DAYS).attribute(Fixtures.example())
                .withCosts(Fixtures.exampleCosts());
        AttributionTotals t = report.totals(EUR);
        // 20.00 + 30.00 + 10.00 + 25.00: the linkedin cost of 2026-02-01 is outside 2026-03-02..2026-03-04.
        assertThat(t.cost()).contains(eur("85.00"));
        assertThat(t.roas().value()).isEqualByComparingTo("2.941176470588235294117647058823529");
        assertThat(t.roi().value()).isEqualByComparingTo("1.941176470588235294117647058823529");
        assertThat(t.cpa()).isEqualTo(Ratio.perUnit(eur("85.00"), 3, "conversions"));
        assertThat(t).hasToString("EUR 250.00 from 3 conversions (1 unattributed, EUR 50.00);"
                + " cost EUR 85.00, ROAS 2.94x, ROI 194.12%");
        assertThat(report.costs()).hasValueSatisfying(i -> assertThat(i.total()).isEqualTo(eur("85.00")));
        assertThat(report.hasCosts()).isTrue();
        assertThat(report.withCosts(Investment.empty()).totals(EUR).cost()).contains(eur("0.00"));
    }

    @Test
    void withCosts_aReportPeriodMatchesDatedCostsInIt() {
        Attribution march = LINEAR.withSettings(AttributionSettings.defaults()
                .withPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31")));
        AttributionReport report = march.attribute(Fixtures.example()).withCosts(Fixtures.exampleCosts());
        assertThat(report.totals(EUR).cost()).contains(eur("185.00"));
        assertThat(report.byChannel()).filteredOn(r -> r.name().equals("linkedin"))
                .singleElement().satisfies(r -> assertThat(r.cost()).contains(eur("120.00")));
    }

    @Test
    void withCosts_withoutPeriod_aCostDatedBeforeTheFirstConversionCounts() {
        // A monthly linkedin cost dated on the 1st, the day before the first conversion (2026-03-02).
        Investment monthly = Investment.of(Cost.of(CostCategory.AD_SPEND, eur("20.00")).withChannel("linkedin")
                .withDate(LocalDate.parse("2026-03-01")));
        AttributionReport report = REPORT.withCosts(monthly);
        assertThat(report.totals(EUR).cost()).contains(eur("20.00"));
        assertThat(report.byChannel()).filteredOn(r -> r.name().equals("linkedin"))
                .singleElement().satisfies(r -> assertThat(r.cost()).contains(eur("20.00")));
        // The report's days are still those of the conversions, for information.
        assertThat(report.from()).contains(LocalDate.parse("2026-03-02"));
        assertThat(report.to()).contains(LocalDate.parse("2026-03-04"));
        // Given those days as the period, the cost is outside it.
        AttributionReport inPeriod = LINEAR.withSettings(EXAMPLE_DAYS).attribute(Fixtures.example()).withCosts(monthly);
        assertThat(inPeriod.totals(EUR).cost()).contains(eur("0.00"));
    }

    @Test
    void withCosts_withoutPeriodOrConversions_everyCostCounts() {
        // 20.00 + 100.00 + 30.00 + 10.00 + 25.00, dated or not; linkedin's two costs make 120.00.
        AttributionReport empty = LINEAR.attribute(List.of()).withCosts(Fixtures.exampleCosts());
        assertThat(empty.currencies()).containsExactly(EUR);
        assertThat(empty.from()).isEmpty();
        assertThat(empty.totals(EUR).cost()).contains(eur("185.00"));
        assertThat(empty.byChannel()).extracting(AttributionRow::name, AttributionRow::cost)
                .containsExactly(
                        tuple("(unassigned)", Optional.of(eur("25.00"))),
                        tuple("email", Optional.of(eur("30.00"))),
                        tuple("linkedin", Optional.of(eur("120.00"))),
                        tuple("tiktok", Optional.of(eur("10.00"))));
    }

    @Test
    void withCosts_costsInAnotherCurrencyGetTheirOwnRowsAndTotals() {
        Currency usd = Currency.getInstance("USD");
        AttributionReport report = REPORT.withCosts(Investment.of(
                Cost.of(CostCategory.AD_SPEND, Money.of("9.00", "USD")).withChannel("email")));
        assertThat(report.currencies()).containsExactly(EUR, usd);
        assertThat(report.byChannel()).filteredOn(r -> r.currency().equals(usd)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("email");
            assertThat(r.revenue()).isEqualTo(Money.zero(usd));
            assertThat(r.share()).isEqualTo(Ratio.undefined("zero revenue"));
        });
        assertThat(report.totals(EUR).cost()).contains(eur("0.00"));
        assertThat(report.totals(usd).cost()).contains(Money.of("9.00", "USD"));
        assertThatThrownBy(() -> REPORT.withCosts(null)).isInstanceOf(NullPointerException.class).hasMessage("investment");
    }

    @Test
    void equality() {
        assertThat(REPORT).isEqualTo(LINEAR.attribute(Fixtures.example()))
                .hasSameHashCodeAs(LINEAR.attribute(Fixtures.example()))
                .isNotEqualTo(WITH_COSTS)
                .isNotEqualTo(Attribution.of(AttributionModel.firstTouch()).attribute(Fixtures.example()));
        assertThat(WITH_COSTS).isEqualTo(REPORT.withCosts(Fixtures.exampleCosts()));
    }

    @Test
    void toString_isTheChannelTable() {
        assertThat(REPORT).hasToString(String.join("\n",
                "linear by channel; lookback P90D, serve every conversion, repeats kept; conversions 2026-03-02..2026-03-04",
                "EUR 250.00 from 3 conversions (1 unattributed, EUR 50.00)",
                "  channel         conversions  revenue    share",
                "  email              1.333333   120.00   48.00%",
                "  direct             0.333334    40.00   16.00%",
                "  linkedin           0.333333    40.00   16.00%",
                "  (unattributed)     1.000000    50.00   20.00%",
                "  total              3.000000   250.00  100.00%"));
    }

    @Test
    void toTable_withCostsByCampaign() {
        // Costs 20.00 + 100.00 + 30.00 + 10.00 + 25.00 = 185.00, of which 135.00 without a campaign.
        // Total: ROAS 250 / 185 = 1.351..., ROI 65 / 185 = 35.135...%, CPA 185 / 3 = 61.666...
        assertThat(WITH_COSTS.toTable(Dimension.CAMPAIGN)).isEqualTo(String.join("\n",
                "linear by campaign; lookback P90D, serve every conversion, repeats kept; conversions 2026-03-02..2026-03-04,"
                        + " costs of any date",
                "EUR 250.00 from 3 conversions (1 unattributed, EUR 50.00); cost EUR 185.00, ROAS 1.35x, ROI 35.14%",
                "  campaign        conversions  revenue    share    cost   ROAS       ROI    CPA",
                "  webinar            1.333333   120.00   48.00%   30.00  4.00x   300.00%  22.50",
                "  (none)             0.333334    40.00   16.00%    0.00      -         -   0.00",
                "  q1-launch          0.333333    40.00   16.00%   20.00  2.00x   100.00%  60.00",
                "  (unassigned)       0.000000     0.00    0.00%  135.00  0.00x  -100.00%      -",
                "  (unattributed)     1.000000    50.00   20.00%       -      -         -      -",
                "  total              3.000000   250.00  100.00%  185.00  1.35x    35.14%  61.67"));
    }

    @Test
    void toTable_emptyReport() {
        assertThat(LINEAR.attribute(List.of())).hasToString(String.join("\n",
                "linear by channel; lookback P90D, serve every conversion, repeats kept; no conversions",
                "(no conversions)"));
        assertThatThrownBy(() -> REPORT.toTable(null)).isInstanceOf(NullPointerException.class).hasMessage("dimension");
        assertThatThrownBy(() -> REPORT.rows(null)).isInstanceOf(NullPointerException.class).hasMessage("dimension");
    }

    @Test
    void toTable_showsExcludedConversions() {
        Attribution day2 = LINEAR.withSettings(AttributionSettings.defaults()
                .withPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")));
        assertThat(day2.attribute(Fixtures.example()).totals(EUR))
                .hasToString("EUR 80.00 from 1 conversion (0 unattributed, EUR 0.00); 2 excluded, EUR 170.00");
    }

    @Test
    void row_checksItsComponents() {
        Ratio none = Ratio.undefined("no cost");
        Ratio share = Ratio.ofDecimal("0.5");
        assertThatThrownBy(() -> new AttributionRow(" ", EUR, BigDecimal.ONE, eur("1.00"), share, Optional.empty(),
                none, none, none)).isInstanceOf(IllegalArgumentException.class).hasMessage("name (\" \") must not be blank");
        assertThatThrownBy(() -> new AttributionRow("a", EUR, new BigDecimal("-0.5"), eur("1.00"), share,
                Optional.empty(), none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversions (-0.5) must be >= 0");
        assertThatThrownBy(() -> new AttributionRow("a", EUR, BigDecimal.ONE, Money.of("1.00", "USD"), share,
                Optional.empty(), none, none, none))
                .isInstanceOf(org.roikit.core.CurrencyMismatchException.class);
        assertThatThrownBy(() -> new AttributionRow("a", EUR, BigDecimal.ONE, eur("-1.00"), share,
                Optional.empty(), none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenue (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> new AttributionRow("a", EUR, BigDecimal.ONE, eur("1.00"), share,
                Optional.of(eur("-2.00")), none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost (EUR -2.00) must be >= 0");
        assertThatThrownBy(() -> new AttributionRow("a", EUR, BigDecimal.ONE, eur("1.00"), null,
                Optional.empty(), none, none, none)).isInstanceOf(NullPointerException.class).hasMessage("share");
        AttributionRow row = new AttributionRow("a", EUR, new BigDecimal("1.500000"), eur("1.00"), share,
                Optional.empty(), none, none, none);
        assertThat(row.conversions()).isEqualTo(new BigDecimal("1.5"));
        assertThat(row).isEqualTo(new AttributionRow("a", EUR, new BigDecimal("1.5"), eur("1.00"), share,
                Optional.empty(), none, none, none));
        assertThat(row).hasToString("a EUR 1.00 (1.5 conversions, 50.00%)");
        // linkedin: 40.00 on 120.00 (no period: both its costs count) is a ROAS of 1/3 and an ROI of -2/3;
        // CPA 120 / 0.333333 = 360.00036..., shown to two decimals beyond the cent.
        assertThat(WITH_COSTS.byChannel().get(2)).hasToString("linkedin EUR 40.00 (0.333333 conversions, 16.00%;"
                + " cost EUR 120.00, ROAS 0.33x, ROI -66.67%, CPA EUR 360.0004)");
    }

    @Test
    void totals_checkTheirComponents() {
        Ratio none = Ratio.undefined("no cost");
        Money zero = eur("0.00");
        assertThatThrownBy(() -> new AttributionTotals(EUR, 1, eur("1.00"), 2, zero, 0, zero, Optional.empty(),
                none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unattributedConversions (2) must be <= conversions (1)");
        assertThatThrownBy(() -> new AttributionTotals(EUR, 1, eur("1.00"), 1, eur("2.00"), 0, zero, Optional.empty(),
                none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unattributedRevenue (EUR 2.00) must be <= revenue (EUR 1.00)");
        assertThatThrownBy(() -> new AttributionTotals(EUR, -1, zero, 0, zero, 0, zero, Optional.empty(),
                none, none, none)).isInstanceOf(IllegalArgumentException.class).hasMessage("conversions (-1) must be >= 0");
        assertThatThrownBy(() -> new AttributionTotals(EUR, 0, zero, 0, zero, -1, zero, Optional.empty(),
                none, none, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("excludedConversions (-1) must be >= 0");
        assertThatThrownBy(() -> new AttributionTotals(EUR, 0, zero, 0, zero, 0, Money.of("0.00", "USD"),
                Optional.empty(), none, none, none)).isInstanceOf(org.roikit.core.CurrencyMismatchException.class);
        assertThatThrownBy(() -> new AttributionTotals(EUR, 0, zero, 0, zero, 0, zero, Optional.of(eur("-1.00")),
                none, none, none)).isInstanceOf(IllegalArgumentException.class).hasMessage("cost (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> new AttributionTotals(EUR, 0, null, 0, zero, 0, zero, Optional.empty(),
                none, none, none)).isInstanceOf(NullPointerException.class).hasMessage("revenue");
    }
}
