package org.roikit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

class LeadLagTest {

    /**
     * Returns a monthly count series with one value per month from {@code firstMonth} of 2026 on;
     * a null value leaves that month without data.
     */
    private static MetricSeries<BigDecimal> monthly(String name, int firstMonth, Integer... values) {
        MetricSeries.CountBuilder builder = MetricSeries.counts(name);
        LocalDate month = LocalDate.of(2026, firstMonth, 1);
        for (Integer value : values) {
            if (value != null) {
                builder.add(month, value);
            }
            month = month.plusMonths(1);
        }
        return builder.build().rollUp(Granularity.MONTH);
    }

    // ---------------------------------------------------------------- pearson

    @Test
    void pearson_ofAPerfectLinearRelationIsExactlyOne() {
        // leads = 2 x clicks + 1
        Correlation c = LeadLag.pearson(monthly("clicks", 1, 1, 2, 3, 4, 5), monthly("leads", 1, 3, 5, 7, 9, 11), 0);
        assertThat(c.coefficient().value()).isEqualTo(new BigDecimal("1"));
        assertThat(c.coefficient().form()).isEqualTo(Ratio.Form.NUMBER);
        assertThat(c.isDefined()).isTrue();
        assertThat(c.pairs()).isEqualTo(5);
        assertThat(c.skippedPairs()).isZero();
        assertThat(c.lag()).isZero();
        assertThat(c.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(c.leading()).isEqualTo("clicks");
        assertThat(c.lagging()).isEqualTo("leads");
        assertThat(c).hasToString("clicks -> leads, lag 0 MONTH: r = 1.00, 5 pairs, 0 skipped");
    }

    @Test
    void pearson_ofAPerfectInverseRelationIsExactlyMinusOne() {
        // leads = 11 - 2 x clicks
        Correlation c = LeadLag.pearson(monthly("clicks", 1, 1, 2, 3, 4, 5), monthly("leads", 1, 9, 7, 5, 3, 1), 0);
        assertThat(c.coefficient().value()).isEqualTo(new BigDecimal("-1"));
        assertThat(c).hasToString("clicks -> leads, lag 0 MONTH: r = -1.00, 5 pairs, 0 skipped");
    }

    @Test
    void pearson_handComputedValues() {
        // x 1,2,3 and y 1,3,2: n Sxy - Sx Sy = 3 x 13 - 36 = 3; n Sxx - Sx^2 = 6; n Syy - Sy^2 = 6;
        // r = 3 / sqrt(36) = 0.5.
        assertThat(LeadLag.pearson(monthly("x", 1, 1, 2, 3), monthly("y", 1, 1, 3, 2), 0).coefficient().value())
                .isEqualTo(new BigDecimal("0.5"));
        // x 1,2,3,4 and y 1,3,2,4: 4 x 29 - 100 = 16; 120 - 100 = 20 on both sides; r = 16 / 20.
        assertThat(LeadLag.pearson(monthly("x", 1, 1, 2, 3, 4), monthly("y", 1, 1, 3, 2, 4), 0).coefficient().value())
                .isEqualTo(new BigDecimal("0.8"));
        // x 1,2,3 and y 1,2,4: 3 x 17 - 42 = 9; 6; 63 - 49 = 14; r = 9 / sqrt(84), to 34 digits.
        assertThat(LeadLag.pearson(monthly("x", 1, 1, 2, 3), monthly("y", 1, 1, 2, 4), 0).coefficient().value())
                .isEqualTo(new BigDecimal("0.9819805060619657156974386843702875"));
    }

    @Test
    void pearson_pairsLeadingPeriodsWithLaterLaggingPeriods() {
        // leads in March to May copy clicks in January to March.
        MetricSeries<BigDecimal> clicks = monthly("clicks", 1, 1, 2, 3);
        MetricSeries<BigDecimal> leads = monthly("leads", 3, 1, 2, 3);
        Correlation atTwo = LeadLag.pearson(clicks, leads, 2);
        assertThat(atTwo.coefficient().value()).isEqualTo(new BigDecimal("1"));
        assertThat(atTwo.pairs()).isEqualTo(3);
        // At lag 0 only March overlaps.
        Correlation atZero = LeadLag.pearson(clicks, leads, 0);
        assertThat(atZero.pairs()).isEqualTo(1);
        assertThat(atZero.coefficient().reason()).contains("1 aligned pair with data, at least 3 needed");
        // A negative lag pairs the other way round.
        assertThat(LeadLag.pearson(leads, clicks, -2).coefficient().value()).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void pearson_skipsAndCountsPairsWithoutData() {
        // February has no clicks; the other pairs lie on leads = 2 x clicks.
        Correlation c = LeadLag.pearson(monthly("clicks", 1, 1, null, 3, 4), monthly("leads", 1, 2, 5, 6, 8), 0);
        assertThat(c.pairs()).isEqualTo(3);
        assertThat(c.skippedPairs()).isEqualTo(1);
        assertThat(c.coefficient().value()).isEqualTo(new BigDecimal("1"));
        assertThat(c).hasToString("clicks -> leads, lag 0 MONTH: r = 1.00, 3 pairs, 1 skipped");
    }

    @Test
    void pearson_skipsUndefinedRates() {
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(LocalDate.of(2026, 1, 1), 10, 1000)
                .add(LocalDate.of(2026, 2, 1), 0, 0)
                .add(LocalDate.of(2026, 3, 1), 30, 1000)
                .add(LocalDate.of(2026, 4, 1), 40, 1000)
                .build()
                .rollUp(Granularity.MONTH);
        // leads = 100 x rate: 1, 3, 4 for 1%, 3%, 4%.
        Correlation c = LeadLag.pearson(rate, monthly("leads", 1, 1, 99, 3, 4), 0);
        assertThat(c.pairs()).isEqualTo(3);
        assertThat(c.skippedPairs()).isEqualTo(1);
        assertThat(c.coefficient().value()).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void pearson_comparesCountsWithMoney() {
        MetricSeries<Money> revenue = MetricSeries.money("revenue", Currency.getInstance("EUR"))
                .add(LocalDate.of(2026, 1, 1), Money.of("10.00", "EUR"))
                .add(LocalDate.of(2026, 2, 1), Money.of("20.00", "EUR"))
                .add(LocalDate.of(2026, 3, 1), Money.of("30.00", "EUR"))
                .build()
                .rollUp(Granularity.MONTH);
        assertThat(LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), revenue, 0).coefficient().value())
                .isEqualTo(new BigDecimal("1"));
    }

    @Test
    void pearson_withTooFewPairsIsUndefined() {
        Correlation two = LeadLag.pearson(monthly("clicks", 1, 1, 2), monthly("leads", 1, 3, 5), 0);
        assertThat(two.isDefined()).isFalse();
        assertThat(two.coefficient()).isEqualTo(
                Ratio.undefined("2 aligned pairs with data, at least 3 needed").withForm(Ratio.Form.NUMBER));
        assertThat(two.pairs()).isEqualTo(2);
        assertThat(two).hasToString("clicks -> leads, lag 0 MONTH: r undefined (2 aligned pairs with data,"
                + " at least 3 needed), 2 pairs, 0 skipped");
        Correlation none = LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 6, 3, 5, 7), 0);
        assertThat(none.coefficient().reason()).contains("0 aligned pairs with data, at least 3 needed");
        assertThat(none.pairs()).isZero();
        Correlation empty = LeadLag.pearson(MetricSeries.counts("clicks").build(), MetricSeries.counts("leads").build(), 0);
        assertThat(empty.coefficient().reason()).contains("0 aligned pairs with data, at least 3 needed");
        // Three aligned periods, but one without data, leave two pairs.
        Correlation skipped = LeadLag.pearson(monthly("clicks", 1, 1, null, 3), monthly("leads", 1, 1, 2, 3), 0);
        assertThat(skipped.coefficient().reason()).contains("2 aligned pairs with data, at least 3 needed");
        assertThat(skipped.skippedPairs()).isEqualTo(1);
    }

    @Test
    void pearson_withoutVariationIsUndefined() {
        assertThat(LeadLag.pearson(monthly("clicks", 1, 5, 5, 5), monthly("leads", 1, 1, 2, 3), 0).coefficient().reason())
                .contains("clicks does not vary over the 3 aligned pairs");
        assertThat(LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 4, 4, 4), 0).coefficient().reason())
                .contains("leads does not vary over the 3 aligned pairs");
    }

    @Test
    void pearson_rejectsSeriesOfDifferentGranularity() {
        MetricSeries<BigDecimal> daily = MetricSeries.counts("leads").add(LocalDate.of(2026, 1, 1), 1).build();
        assertThatThrownBy(() -> LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), daily, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lagging granularity (DAY for leads) must equal leading granularity (MONTH for clicks);"
                        + " roll one up first");
        assertThatThrownBy(() -> LeadLag.pearson(null, daily, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("leading");
        assertThatThrownBy(() -> LeadLag.pearson(daily, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("lagging");
    }

    @Test
    void correlation_equalsAndHashCode() {
        Correlation a = LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 3, 2), 0);
        Correlation b = LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 3, 2), 0);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 3, 2), 1));
        assertThat(a).isNotEqualTo(LeadLag.pearson(monthly("taps", 1, 1, 2, 3), monthly("leads", 1, 1, 3, 2), 0));
        assertThat(a).isNotEqualTo(LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 2, 3), 0));
        assertThat(a).isNotEqualTo("r = 0.5");
    }

    // ---------------------------------------------------------------- strongest lag

    @Test
    void strongestLag_findsALaggedCopy() {
        // leads from March to August copy clicks from January to June.
        MetricSeries<BigDecimal> clicks = monthly("clicks", 1, 5, 1, 4, 2, 8, 3);
        MetricSeries<BigDecimal> leads = monthly("leads", 3, 5, 1, 4, 2, 8, 3);
        Correlation strongest = LeadLag.strongestLag(clicks, leads, 0, 3).orElseThrow();
        assertThat(strongest.lag()).isEqualTo(2);
        assertThat(strongest.coefficient().value()).isEqualTo(new BigDecimal("1"));
        assertThat(strongest.pairs()).isEqualTo(6);
        assertThat(strongest).hasToString("clicks -> leads, lag 2 MONTH: r = 1.00, 6 pairs, 0 skipped");
        List<Correlation> all = LeadLag.correlations(clicks, leads, 0, 3);
        assertThat(all).extracting(Correlation::lag).containsExactly(0, 1, 2, 3);
        assertThat(all).extracting(Correlation::pairs).containsExactly(4, 5, 6, 5);
        assertThat(LeadLag.strongestLag(leads, clicks, -3, 0).orElseThrow().lag()).isEqualTo(-2);
    }

    @Test
    void strongestLag_breaksTiesTowardsTheSmallerLag() {
        // At lag 0 and lag 1 leads rise in step with clicks (r = 1 both); lag -1 has two pairs only.
        MetricSeries<BigDecimal> clicks = monthly("clicks", 1, 1, 2, 3);
        MetricSeries<BigDecimal> leads = monthly("leads", 1, 1, 2, 3, 4);
        assertThat(LeadLag.pearson(clicks, leads, 1).coefficient().value()).isEqualTo(new BigDecimal("1"));
        assertThat(LeadLag.strongestLag(clicks, leads, -1, 1).orElseThrow().lag()).isZero();
    }

    @Test
    void strongestLag_prefersTheLargestAbsoluteValue() {
        // At lag 0 r = -1; at lag 1 the pairs (1,2), (2,1), (3,3) give r = 0.5.
        MetricSeries<BigDecimal> clicks = monthly("clicks", 1, 1, 2, 3);
        MetricSeries<BigDecimal> leads = monthly("leads", 1, 3, 2, 1, 3);
        assertThat(LeadLag.pearson(clicks, leads, 1).coefficient().value()).isEqualTo(new BigDecimal("0.5"));
        Correlation strongest = LeadLag.strongestLag(clicks, leads, 0, 1).orElseThrow();
        assertThat(strongest.lag()).isZero();
        assertThat(strongest.coefficient().value()).isEqualTo(new BigDecimal("-1"));
    }

    @Test
    void strongestLag_isEmptyWhenNoLagHasADefinedCorrelation() {
        assertThat(LeadLag.strongestLag(monthly("clicks", 1, 1, 2), monthly("leads", 1, 1, 2), 0, 2)).isEmpty();
    }

    @Test
    void strongestLag_rejectsAnEmptyLagRange() {
        assertThatThrownBy(() -> LeadLag.strongestLag(monthly("clicks", 1, 1), monthly("leads", 1, 1), 3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLag (1) must be >= minLag (3)");
        assertThatThrownBy(() -> LeadLag.correlations(monthly("clicks", 1, 1), monthly("leads", 1, 1), 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLag (-1) must be >= minLag (0)");
    }

    @Test
    void correlations_withHugeLagsHaveNoPairsInsteadOfOverflowingDates() {
        List<Correlation> far = LeadLag.correlations(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 2, 3),
                Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        assertThat(far).extracting(Correlation::pairs).containsExactly(0, 0);
        assertThat(LeadLag.pearson(monthly("clicks", 1, 1, 2, 3), monthly("leads", 1, 1, 2, 3), Integer.MIN_VALUE)
                .pairs()).isZero();
    }

    // ---------------------------------------------------------------- elasticity

    @Test
    void elasticity_tenPercentMoreClicksWithFivePercentMoreLeadsIsOneHalf() {
        // Clicks 1000 -> 1100 (+10%), leads 100 -> 105 (+5%); February does not enter.
        Ratio e = LeadLag.elasticity(monthly("clicks", 1, 1000, 1050, 1100), monthly("leads", 1, 100, 90, 105), 0);
        assertThat(e.value()).isEqualTo(new BigDecimal("0.5"));
        assertThat(e.form()).isEqualTo(Ratio.Form.NUMBER);
        assertThat(e).hasToString("0.50");
    }

    @Test
    void elasticity_atALagUsesTheShiftedLaggingPeriods() {
        // Clicks January to March pair with leads February to April: 100 -> 105.
        Ratio e = LeadLag.elasticity(monthly("clicks", 1, 1000, 1050, 1100), monthly("leads", 1, 7, 100, 50, 105), 1);
        assertThat(e.value()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void elasticity_canBeNegative() {
        // Clicks +10%, leads 100 -> 95 (-5%).
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 1100), monthly("leads", 1, 100, 95), 0).value())
                .isEqualTo(new BigDecimal("-0.5"));
    }

    @Test
    void elasticity_ofRatesAndMoneyUsesTheirValues() {
        // Engagement rate 2% -> 4% (+100%) with leads 100 -> 150 (+50%).
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(LocalDate.of(2026, 1, 1), 20, 1000)
                .add(LocalDate.of(2026, 2, 1), 30, 1000)
                .add(LocalDate.of(2026, 3, 1), 80, 2000)
                .build()
                .rollUp(Granularity.MONTH);
        assertThat(LeadLag.elasticity(rate, monthly("leads", 1, 100, 120, 150), 0).value())
                .isEqualTo(new BigDecimal("0.5"));
        // Clicks +20% with revenue EUR 1000.00 -> 1100.00 (+10%).
        MetricSeries<Money> revenue = MetricSeries.money("revenue", Currency.getInstance("EUR"))
                .add(LocalDate.of(2026, 1, 1), Money.of("1000.00", "EUR"))
                .add(LocalDate.of(2026, 2, 1), Money.of("1100.00", "EUR"))
                .build()
                .rollUp(Granularity.MONTH);
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 1200), revenue, 0).value())
                .isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void elasticity_isUndefinedWithAReason() {
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 900, 1000), monthly("leads", 1, 100, 90, 105), 0))
                .isEqualTo(Ratio.undefined("clicks did not change between 2026-01 and 2026-03")
                        .withForm(Ratio.Form.NUMBER));
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 0, 900, 1000), monthly("leads", 1, 100, 90, 105), 0)
                .reason()).contains("clicks was 0 in 2026-01");
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 900, 1100), monthly("leads", 1, 0, 90, 105), 0)
                .reason()).contains("leads was 0 in 2026-01");
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 1100), monthly("leads", 2, 100, 105), 0)
                .reason()).contains("1 aligned period, at least 2 needed");
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 1100), monthly("leads", 5, 100, 105), 0)
                .reason()).contains("0 aligned periods, at least 2 needed");
    }

    @Test
    void elasticity_isUndefinedWhenAnEndpointHasNoUsableValue() {
        // Leads start in December, but January, the first aligned period, has none.
        MetricSeries<BigDecimal> leads = MetricSeries.counts("leads")
                .add(LocalDate.of(2025, 12, 1), 5)
                .add(LocalDate.of(2026, 2, 1), 90)
                .add(LocalDate.of(2026, 3, 1), 105)
                .build()
                .rollUp(Granularity.MONTH);
        assertThat(LeadLag.elasticity(monthly("clicks", 1, 1000, 1050, 1100), leads, 0).reason())
                .contains("no data for leads in 2026-01");
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(LocalDate.of(2026, 1, 1), 0, 0)
                .add(LocalDate.of(2026, 2, 1), 30, 1000)
                .build()
                .rollUp(Granularity.MONTH);
        assertThat(LeadLag.elasticity(rate, monthly("leads", 1, 100, 150), 0).reason())
                .contains("engagement rate undefined in 2026-01 (0 impressions)");
    }

    @Test
    void elasticity_rejectsSeriesOfDifferentGranularity() {
        MetricSeries<BigDecimal> quarterly = monthly("leads", 1, 1, 2, 3, 4).rollUp(Granularity.QUARTER);
        assertThatThrownBy(() -> LeadLag.elasticity(monthly("clicks", 1, 1, 2), quarterly, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lagging granularity (QUARTER for leads) must equal leading granularity (MONTH for clicks);"
                        + " roll one up first");
    }
}
