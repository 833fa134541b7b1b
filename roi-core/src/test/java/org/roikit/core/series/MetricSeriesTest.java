package org.roikit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.core.series.Granularity.DAY;
import static org.roikit.core.series.Granularity.ISO_WEEK;
import static org.roikit.core.series.Granularity.MONTH;
import static org.roikit.core.series.Granularity.QUARTER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

class MetricSeriesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static CalendarPeriod p(String text) {
        return CalendarPeriod.parse(text);
    }

    /** 120 clicks on 5 January (two points), 80 on 20 January, none in February, 300 on 10 March. */
    private static MetricSeries<BigDecimal> clicks() {
        return MetricSeries.counts("clicks")
                .add(date(2026, 1, 5), 100)
                .add(date(2026, 1, 5), 20)
                .add(date(2026, 1, 20), 80)
                .add(date(2026, 3, 10), 300)
                .build();
    }

    /**
     * January 20/1000 (2%), February 40/1000 (4%), March 0/0 (undefined), no April, May 5/100 (5%).
     */
    private static MetricSeries<Ratio> engagementRate() {
        return MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(date(2026, 1, 5), 2, 100)
                .add(date(2026, 1, 6), 18, 900)
                .add(date(2026, 2, 2), 12, 300)
                .add(date(2026, 2, 3), 28, 700)
                .add(date(2026, 3, 1), 0, 0)
                .add(date(2026, 5, 4), 5, 100)
                .build();
    }

    /** EUR 10.00 on Monday 30 March, 30.00 on 31 March, 10.00 on 1 April: one ISO week, two months. */
    private static MetricSeries<Money> spend() {
        return MetricSeries.money("spend", EUR)
                .add(date(2026, 3, 30), Money.of("10.00", "EUR"))
                .add(date(2026, 3, 31), Money.of("30.00", "EUR"))
                .add(date(2026, 4, 1), Money.of("10", "EUR"))
                .build();
    }

    // ---------------------------------------------------------------- building

    @Test
    void counts_pointsOnTheSameDayAddUp() {
        MetricSeries<BigDecimal> clicks = clicks();
        assertThat(clicks.name()).isEqualTo("clicks");
        assertThat(clicks.kind()).isEqualTo(MetricSeries.Kind.COUNT);
        assertThat(clicks.granularity()).isEqualTo(DAY);
        assertThat(clicks.currency()).isEmpty();
        assertThat(clicks.isEmpty()).isFalse();
        assertThat(clicks.value(p("2026-01-05"))).contains(new BigDecimal("120"));
        assertThat(clicks.point(p("2026-01-05")).observedDays()).isEqualTo(1);
        assertThat(clicks.first()).contains(p("2026-01-05"));
        assertThat(clicks.last()).contains(p("2026-03-10"));
        assertThat(clicks.total()).isEqualTo(new BigDecimal("500"));
    }

    @Test
    void counts_acceptDecimalsAndNormaliseThem() {
        MetricSeries<BigDecimal> leads = MetricSeries.counts("leads")
                .add(date(2026, 1, 5), new BigDecimal("0.50"))
                .add(date(2026, 1, 5), new BigDecimal("0.5"))
                .add(date(2026, 1, 6), new BigDecimal("0.25"))
                .build();
        assertThat(leads.value(p("2026-01-05"))).contains(new BigDecimal("1"));
        assertThat(leads.total()).isEqualTo(new BigDecimal("1.25"));
        assertThat(leads.rollUp(MONTH).value(p("2026-01"))).contains(new BigDecimal("1.25"));
    }

    @Test
    void counts_rejectNegativeCountsWithNamedMessages() {
        MetricSeries.CountBuilder builder = MetricSeries.counts("clicks");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clicks on 2026-03-14 (-3) must be >= 0");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clicks on 2026-03-14 (-0.5) must be >= 0");
        assertThatThrownBy(() -> builder.add(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), null))
                .isInstanceOf(NullPointerException.class).hasMessage("count");
        assertThat(builder.build().isEmpty()).isTrue();
    }

    @Test
    void factories_rejectBlankNames() {
        assertThatThrownBy(() -> MetricSeries.counts(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\" \") must not be blank");
        assertThatThrownBy(() -> MetricSeries.counts(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> MetricSeries.money("", EUR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\"\") must not be blank");
        assertThatThrownBy(() -> MetricSeries.money("spend", null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> MetricSeries.rate("", "engagements", "impressions"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\"\") must not be blank");
        assertThatThrownBy(() -> MetricSeries.rate("er", " ", "impressions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numeratorName (\" \") must not be blank");
        assertThatThrownBy(() -> MetricSeries.rate("er", "engagements", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominatorName (\"\") must not be blank");
        assertThatThrownBy(() -> MetricSeries.rate("er", "engagements", null))
                .isInstanceOf(NullPointerException.class).hasMessage("denominatorName");
    }

    @Test
    void money_rejectsCurrenciesWithoutMinorUnit() {
        assertThatThrownBy(() -> MetricSeries.money("spend", Currency.getInstance("XXX")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency (XXX) must have a minor unit defined by ISO 4217");
    }

    @Test
    void money_rejectsOtherCurrenciesAndNegativeAmounts() {
        MetricSeries.MoneyBuilder builder = MetricSeries.money("spend", EUR);
        assertThatThrownBy(() -> builder.add(date(2026, 3, 30), Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 30), Money.of("-1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spend on 2026-03-30 (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> builder.add(null, Money.of("1.00", "EUR")))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 30), null))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
    }

    @Test
    void rate_rejectsNegativePartsWithTheirNames() {
        MetricSeries.RateBuilder builder = MetricSeries.rate("engagement rate", "engagements", "impressions");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), -1, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engagements on 2026-03-14 (-1) must be >= 0");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), 1, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impressions on 2026-03-14 (-5) must be >= 0");
        assertThatThrownBy(() -> builder.add(null, 1, 5))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("numerator");
        assertThatThrownBy(() -> builder.add(date(2026, 3, 14), BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("denominator");
    }

    @Test
    void rate_acceptsDecimalParts() {
        MetricSeries<Ratio> rate = MetricSeries.rate("conversion rate", "conversions", "clicks")
                .add(date(2026, 1, 5), new BigDecimal("0.5"), new BigDecimal("10"))
                .build();
        assertThat(rate.value(p("2026-01-05"))).contains(Ratio.ofDecimal("0.05"));
    }

    @Test
    void builder_keepsGoingAfterBuildWithoutChangingWhatItBuilt() {
        MetricSeries.CountBuilder builder = MetricSeries.counts("clicks").add(date(2026, 1, 5), 1);
        MetricSeries<BigDecimal> first = builder.build();
        MetricSeries<BigDecimal> second = builder.add(date(2026, 1, 5), 2).build();
        assertThat(first.value(p("2026-01-05"))).contains(new BigDecimal("1"));
        assertThat(second.value(p("2026-01-05"))).contains(new BigDecimal("3"));
    }

    // ---------------------------------------------------------------- periods and points

    @Test
    void periods_runFromFirstToLastWithMissingDaysExplicit() {
        MetricSeries<BigDecimal> clicks = MetricSeries.counts("clicks")
                .add(date(2026, 1, 5), 120)
                .add(date(2026, 1, 7), 0)
                .build();
        assertThat(clicks.periods()).containsExactly(p("2026-01-05"), p("2026-01-06"), p("2026-01-07"));
        List<MetricSeries.Point<BigDecimal>> points = clicks.points();
        assertThat(points).hasSize(3);
        assertThat(points.get(0).value()).contains(new BigDecimal("120"));
        assertThat(points.get(1).isMissing()).isTrue();
        assertThat(points.get(1).value()).isEmpty();
        assertThat(points.get(1).observedDays()).isZero();
        // A measured zero is a value, not a missing day.
        assertThat(points.get(2).isMissing()).isFalse();
        assertThat(points.get(2).value()).contains(BigDecimal.ZERO);
    }

    @Test
    void point_outsideTheRangeIsMissing() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThat(monthly.point(p("2025-12")).isMissing()).isTrue();
        assertThat(monthly.value(p("2027-01"))).isEmpty();
    }

    @Test
    void point_rejectsPeriodsOfAnotherGranularity() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThatThrownBy(() -> monthly.value(p("2026-Q1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period (2026-Q1) must be a MONTH period, like the series clicks");
        assertThatThrownBy(() -> monthly.point(null))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
    }

    @Test
    void point_toStringEqualsAndCompleteness() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        MetricSeries.Point<BigDecimal> january = monthly.point(p("2026-01"));
        assertThat(january).hasToString("2026-01: 200 (2/31 days)");
        assertThat(january.period()).isEqualTo(p("2026-01"));
        assertThat(january.observedDays()).isEqualTo(2);
        assertThat(january.isComplete()).isFalse();
        assertThat(monthly.point(p("2026-02"))).hasToString("2026-02: missing");
        assertThat(clicks().point(p("2026-01-05"))).hasToString("2026-01-05: 120");
        assertThat(clicks().point(p("2026-01-05")).isComplete()).isTrue();
        assertThat(january).isEqualTo(clicks().rollUp(MONTH).point(p("2026-01")))
                .hasSameHashCodeAs(clicks().rollUp(MONTH).point(p("2026-01")));
        assertThat(january).isNotEqualTo(monthly.point(p("2026-03")));
        assertThat(monthly.point(p("2026-02"))).isEqualTo(monthly.point(p("2026-02")));
        assertThat(january).isNotEqualTo("2026-01");
    }

    @Test
    void point_ofAFullyMeasuredMonthIsComplete() {
        MetricSeries.CountBuilder builder = MetricSeries.counts("followers gained");
        for (int day = 1; day <= 28; day++) {
            builder.add(date(2026, 2, day), 1);
        }
        MetricSeries.Point<BigDecimal> february = builder.build().rollUp(MONTH).point(p("2026-02"));
        assertThat(february.observedDays()).isEqualTo(28);
        assertThat(february.isComplete()).isTrue();
        assertThat(february.value()).contains(new BigDecimal("28"));
    }

    // ---------------------------------------------------------------- roll-up

    @Test
    void rollUp_sumsCountsIntoMonthsAndQuarters() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThat(monthly.granularity()).isEqualTo(MONTH);
        assertThat(monthly.periods()).containsExactly(p("2026-01"), p("2026-02"), p("2026-03"));
        assertThat(monthly.value(p("2026-01"))).contains(new BigDecimal("200"));
        assertThat(monthly.value(p("2026-02"))).isEmpty();
        assertThat(monthly.value(p("2026-03"))).contains(new BigDecimal("300"));
        MetricSeries<BigDecimal> quarterly = monthly.rollUp(QUARTER);
        assertThat(quarterly.periods()).containsExactly(p("2026-Q1"));
        assertThat(quarterly.value(p("2026-Q1"))).contains(new BigDecimal("500"));
        assertThat(quarterly.point(p("2026-Q1")).observedDays()).isEqualTo(3);
        assertThat(quarterly).isEqualTo(clicks().rollUp(QUARTER));
    }

    @Test
    void rollUp_sumsMoneyIntoWeeksAndMonths() {
        MetricSeries<Money> spend = spend();
        assertThat(spend.kind()).isEqualTo(MetricSeries.Kind.MONEY);
        assertThat(spend.currency()).contains(EUR);
        MetricSeries<Money> weekly = spend.rollUp(ISO_WEEK);
        assertThat(weekly.periods()).containsExactly(p("2026-W14"));
        assertThat(weekly.value(p("2026-W14"))).contains(Money.of("50.00", "EUR"));
        assertThat(weekly.point(p("2026-W14")).observedDays()).isEqualTo(3);
        MetricSeries<Money> monthly = spend.rollUp(MONTH);
        assertThat(monthly.value(p("2026-03"))).contains(Money.of("40.00", "EUR"));
        assertThat(monthly.value(p("2026-04"))).contains(Money.of("10.00", "EUR"));
        assertThat(monthly.total()).isEqualTo(Money.of("50.00", "EUR"));
    }

    @Test
    void rollUp_ofRatesIsTheRatioOfSumsNotTheAverageOfRatios() {
        // 2/100 = 2% and 12/300 = 4% average to 3%, but the month had 14 engagements on 400 impressions.
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(date(2026, 1, 5), 2, 100)
                .add(date(2026, 1, 6), 12, 300)
                .build();
        Ratio january = rate.rollUp(MONTH).value(p("2026-01")).orElseThrow();
        assertThat(january.value()).isEqualTo(new BigDecimal("0.035"));
        assertThat(january.value()).isNotEqualTo(new BigDecimal("0.03"));
        assertThat(january).hasToString("3.50%");
    }

    @Test
    void rollUp_ofRatesWithUnequalDenominators() {
        // 1/100 = 1% and 30/1000 = 3%: the month is 31/1100 = 2.8181...%, not the 2% average.
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(date(2026, 1, 5), 1, 100)
                .add(date(2026, 1, 6), 30, 1000)
                .build();
        Ratio january = rate.rollUp(MONTH).value(p("2026-01")).orElseThrow();
        assertThat(january.value()).isEqualTo(new BigDecimal("0.02818181818181818181818181818181818"));
        assertThat(january).hasToString("2.82%");
    }

    @Test
    void rollUp_ofRatesWithZeroDenominatorIsUndefined() {
        MetricSeries<Ratio> monthly = engagementRate().rollUp(MONTH);
        assertThat(monthly.kind()).isEqualTo(MetricSeries.Kind.RATE);
        assertThat(monthly.value(p("2026-01"))).contains(Ratio.ofDecimal("0.02"));
        assertThat(monthly.value(p("2026-02"))).contains(Ratio.ofDecimal("0.04"));
        Ratio march = monthly.value(p("2026-03")).orElseThrow();
        assertThat(march.isUndefined()).isTrue();
        assertThat(march.reason()).contains("0 impressions");
        assertThat(monthly.value(p("2026-04"))).isEmpty();
        assertThat(monthly.value(p("2026-05"))).contains(Ratio.ofDecimal("0.05"));
        // 65 engagements on 2100 impressions over the whole series.
        assertThat(monthly.total().value()).isEqualTo(new BigDecimal("0.03095238095238095238095238095238095"));
        assertThat(monthly.rollUp(QUARTER).value(p("2026-Q1"))).contains(Ratio.ofDecimal("0.03"));
    }

    @Test
    void rollUp_toTheSameGranularityIsTheSameSeries() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThat(monthly.rollUp(MONTH)).isSameAs(monthly);
    }

    @Test
    void rollUp_rejectsGranularitiesThatDoNotNest() {
        MetricSeries<BigDecimal> weekly = clicks().rollUp(ISO_WEEK);
        assertThatThrownBy(() -> weekly.rollUp(MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coarser (MONTH) must be one of [ISO_WEEK]: ISO_WEEK periods do not nest in MONTH periods");
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThatThrownBy(() -> monthly.rollUp(ISO_WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coarser (ISO_WEEK) must be one of [MONTH, QUARTER]: MONTH periods do not nest in"
                        + " ISO_WEEK periods");
        assertThatThrownBy(() -> monthly.rollUp(DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coarser (DAY) must be one of [MONTH, QUARTER]: MONTH periods do not nest in DAY periods");
        assertThatThrownBy(() -> monthly.rollUp(null))
                .isInstanceOf(NullPointerException.class).hasMessage("coarser");
    }

    // ---------------------------------------------------------------- change

    @Test
    void change_ofARateFrom2To4PercentIsPlus100PercentAndPlus2Points() {
        Change change = engagementRate().rollUp(MONTH).change(p("2026-01"), p("2026-02"));
        assertThat(change.from()).isEqualTo(p("2026-01"));
        assertThat(change.to()).isEqualTo(p("2026-02"));
        assertThat(change.relative().value()).isEqualTo(new BigDecimal("1"));
        assertThat(change.relative().form()).isEqualTo(Ratio.Form.PERCENT);
        assertThat(change.percentagePoints().value()).isEqualTo(new BigDecimal("2"));
        assertThat(change.percentagePoints().form()).isEqualTo(Ratio.Form.NUMBER);
        assertThat(change.difference()).contains(new BigDecimal("0.02"));
        assertThat(change).hasToString("2026-01 -> 2026-02: +100.00%, +2.00 pp");
    }

    @Test
    void change_ofARateDownwards() {
        // 4% in February to 5% in May and back: 5% -> 4% is -20% and -1 pp.
        Change change = engagementRate().rollUp(MONTH).change(p("2026-05"), p("2026-02"));
        assertThat(change.relative().value()).isEqualTo(new BigDecimal("-0.2"));
        assertThat(change.percentagePoints().value()).isEqualTo(new BigDecimal("-1"));
        assertThat(change.difference()).contains(new BigDecimal("-0.01"));
        assertThat(change).hasToString("2026-05 -> 2026-02: -20.00%, -1.00 pp");
    }

    @Test
    void change_ofARateFromZeroHasPointsButNoRelativeChange() {
        MetricSeries<Ratio> rate = MetricSeries.rate("engagement rate", "engagements", "impressions")
                .add(date(2026, 1, 5), 0, 500)
                .add(date(2026, 2, 5), 10, 500)
                .build()
                .rollUp(MONTH);
        Change change = rate.change(p("2026-01"), p("2026-02"));
        assertThat(change.relative().isUndefined()).isTrue();
        assertThat(change.relative().reason()).contains("engagement rate was 0 in 2026-01");
        assertThat(change.percentagePoints().value()).isEqualTo(new BigDecimal("2"));
        assertThat(change.difference()).contains(new BigDecimal("0.02"));
        assertThat(change).hasToString("2026-01 -> 2026-02: undefined, +2.00 pp");
    }

    @Test
    void change_isUndefinedWithAReasonWhenASideIsMissingOrUndefined() {
        MetricSeries<Ratio> monthly = engagementRate().rollUp(MONTH);
        Change toUndefined = monthly.change(p("2026-02"), p("2026-03"));
        assertThat(toUndefined.relative()).isEqualTo(
                Ratio.undefined("engagement rate undefined in 2026-03 (0 impressions)"));
        assertThat(toUndefined.percentagePoints()).isEqualTo(
                Ratio.undefined("engagement rate undefined in 2026-03 (0 impressions)").withForm(Ratio.Form.NUMBER));
        assertThat(toUndefined.difference()).isEmpty();
        assertThat(toUndefined).hasToString(
                "2026-02 -> 2026-03: undefined (engagement rate undefined in 2026-03 (0 impressions))");
        assertThat(monthly.change(p("2026-03"), p("2026-05")).relative().reason())
                .contains("engagement rate undefined in 2026-03 (0 impressions)");
        assertThat(monthly.change(p("2026-04"), p("2026-05")).relative().reason()).contains("no data for 2026-04");
        assertThat(monthly.change(p("2026-05"), p("2026-04")).percentagePoints().reason())
                .contains("no data for 2026-04");
    }

    @Test
    void change_ofCountsHasARelativeChangeAndADifferenceButNoPoints() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        Change change = monthly.change(p("2026-01"), p("2026-03"));
        assertThat(change.relative().value()).isEqualTo(new BigDecimal("0.5"));
        assertThat(change.difference()).contains(new BigDecimal("100"));
        assertThat(change.percentagePoints()).isEqualTo(
                Ratio.undefined("clicks is not a rate").withForm(Ratio.Form.NUMBER));
        assertThat(change).hasToString("2026-01 -> 2026-03: +50.00% (+100)");
        Change missing = monthly.change(p("2026-01"), p("2026-02"));
        assertThat(missing.relative().reason()).contains("no data for 2026-02");
        assertThat(missing.percentagePoints().reason()).contains("clicks is not a rate");
        assertThat(missing.difference()).isEmpty();
        assertThat(missing).hasToString("2026-01 -> 2026-02: undefined (no data for 2026-02)");
        assertThat(monthly.change(p("2025-12"), p("2026-01")).relative().reason()).contains("no data for 2025-12");
    }

    @Test
    void change_fromZeroCountIsUndefined() {
        MetricSeries<BigDecimal> leads = MetricSeries.counts("leads")
                .add(date(2026, 1, 5), 0)
                .add(date(2026, 1, 6), 4)
                .build();
        Change change = leads.change(p("2026-01-05"), p("2026-01-06"));
        assertThat(change.relative().reason()).contains("leads was 0 in 2026-01-05");
        assertThat(change.difference()).contains(new BigDecimal("4"));
        assertThat(change).hasToString("2026-01-05 -> 2026-01-06: undefined (+4)");
    }

    @Test
    void change_ofMoneyInTheCurrencyUnit() {
        Change change = spend().rollUp(MONTH).change(p("2026-03"), p("2026-04"));
        assertThat(change.relative().value()).isEqualTo(new BigDecimal("-0.75"));
        assertThat(change.difference()).contains(new BigDecimal("-30"));
        assertThat(change).hasToString("2026-03 -> 2026-04: -75.00% (-30)");
        Change none = spend().rollUp(MONTH).change(p("2026-03"), p("2026-03"));
        assertThat(none.relative().value()).isEqualTo(BigDecimal.ZERO);
        assertThat(none).hasToString("2026-03 -> 2026-03: 0.00% (0)");
    }

    @Test
    void change_rejectsPeriodsOfAnotherGranularity() {
        MetricSeries<BigDecimal> monthly = clicks().rollUp(MONTH);
        assertThatThrownBy(() -> monthly.change(p("2026-Q1"), p("2026-02")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from (2026-Q1) must be a MONTH period, like the series clicks");
        assertThatThrownBy(() -> monthly.change(p("2026-01"), p("2026-02-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to (2026-02-01) must be a MONTH period, like the series clicks");
        assertThatThrownBy(() -> monthly.change(null, p("2026-02")))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> monthly.change(p("2026-01"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }

    @Test
    void changes_areQuarterOverQuarterForAQuarterlySeries() {
        MetricSeries<BigDecimal> leads = MetricSeries.counts("leads")
                .add(date(2026, 2, 1), 40)
                .add(date(2026, 5, 1), 50)
                .add(date(2026, 8, 1), 40)
                .build()
                .rollUp(QUARTER);
        List<Change> changes = leads.changes();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).relative()).isEqualTo(Ratio.ofPercent("25"));
        assertThat(changes.get(1).relative()).isEqualTo(Ratio.ofPercent("-20"));
        assertThat(changes.get(0)).hasToString("2026-Q1 -> 2026-Q2: +25.00% (+10)");
        assertThat(changes.get(1)).hasToString("2026-Q2 -> 2026-Q3: -20.00% (-10)");
    }

    @Test
    void changes_includeThoseAroundMissingPeriods() {
        List<Change> changes = engagementRate().rollUp(MONTH).changes();
        assertThat(changes).extracting(c -> c.from().toString() + ">" + c.to())
                .containsExactly("2026-01>2026-02", "2026-02>2026-03", "2026-03>2026-04", "2026-04>2026-05");
        assertThat(changes.get(0).relative()).isEqualTo(Ratio.ofDecimal("1"));
        assertThat(changes.get(3).relative().reason()).contains("no data for 2026-04");
    }

    @Test
    void change_equalsAndHashCode() {
        MetricSeries<Ratio> monthly = engagementRate().rollUp(MONTH);
        Change a = monthly.change(p("2026-01"), p("2026-02"));
        Change b = engagementRate().rollUp(MONTH).change(p("2026-01"), p("2026-02"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(monthly.change(p("2026-02"), p("2026-01")));
        assertThat(a).isNotEqualTo(monthly.change(p("2026-01"), p("2026-05")));
        assertThat(a).isNotEqualTo("2026-01 -> 2026-02");
    }

    // ---------------------------------------------------------------- empty series

    @Test
    void emptySeries_hasNoPeriodsAndAZeroOrUndefinedTotal() {
        MetricSeries<BigDecimal> clicks = MetricSeries.counts("clicks").build();
        assertThat(clicks.isEmpty()).isTrue();
        assertThat(clicks.first()).isEmpty();
        assertThat(clicks.last()).isEmpty();
        assertThat(clicks.periods()).isEmpty();
        assertThat(clicks.points()).isEmpty();
        assertThat(clicks.changes()).isEmpty();
        assertThat(clicks.total()).isEqualTo(BigDecimal.ZERO);
        assertThat(clicks.rollUp(MONTH).isEmpty()).isTrue();
        assertThat(clicks).hasToString("clicks (count) by DAY\n(no data)");
        assertThat(MetricSeries.money("spend", EUR).build().total()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(MetricSeries.rate("er", "engagements", "impressions").build().total())
                .isEqualTo(Ratio.undefined("0 impressions"));
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equalsAndHashCode_compareNameKindGranularityAndValues() {
        assertThat(clicks()).isEqualTo(clicks()).hasSameHashCodeAs(clicks());
        assertThat(clicks().rollUp(MONTH)).isEqualTo(clicks().rollUp(MONTH));
        assertThat(clicks()).isNotEqualTo(clicks().rollUp(MONTH));
        MetricSeries<BigDecimal> renamed = MetricSeries.counts("taps")
                .add(date(2026, 1, 5), 120).add(date(2026, 1, 20), 80).add(date(2026, 3, 10), 300).build();
        assertThat(clicks()).isNotEqualTo(renamed);
        MetricSeries<BigDecimal> otherValue = MetricSeries.counts("clicks")
                .add(date(2026, 1, 5), 121).add(date(2026, 1, 20), 80).add(date(2026, 3, 10), 300).build();
        assertThat(clicks()).isNotEqualTo(otherValue);
        assertThat(MetricSeries.money("spend", EUR).build())
                .isNotEqualTo(MetricSeries.money("spend", Currency.getInstance("USD")).build());
        assertThat(MetricSeries.rate("er", "engagements", "impressions").build())
                .isNotEqualTo(MetricSeries.rate("er", "engagements", "reach").build())
                .isEqualTo(MetricSeries.rate("er", "engagements", "impressions").build());
        assertThat(clicks()).isNotEqualTo("clicks");
    }

    @Test
    void toString_ofADailyCountSeries() {
        MetricSeries<BigDecimal> clicks = MetricSeries.counts("clicks")
                .add(date(2026, 1, 5), 100)
                .add(date(2026, 1, 5), 20)
                .add(date(2026, 1, 7), 60)
                .build();
        assertThat(clicks).hasToString(String.join("\n",
                "clicks (count) by DAY",
                "period      value    change",
                "2026-01-05  120",
                "2026-01-06  missing  undefined",
                "2026-01-07  60       undefined"));
    }

    @Test
    void toString_ofAMonthlyCountSeries() {
        assertThat(clicks().rollUp(MONTH)).hasToString(String.join("\n",
                "clicks (count) by MONTH",
                "period   value    days  change",
                "2026-01  200      2/31",
                "2026-02  missing  0/28  undefined",
                "2026-03  300      1/31  undefined"));
    }

    @Test
    void toString_ofAMonthlyMoneySeries() {
        assertThat(spend().rollUp(MONTH)).hasToString(String.join("\n",
                "spend (EUR) by MONTH",
                "period   value      days  change",
                "2026-03  EUR 40.00  2/31",
                "2026-04  EUR 10.00  1/30  -75.00%"));
    }

    @Test
    void toString_ofAMonthlyRateSeriesShowsPercentagePoints() {
        assertThat(engagementRate().rollUp(MONTH)).hasToString(String.join("\n",
                "engagement rate (engagements / impressions) by MONTH",
                "period   value                      days  change     pp",
                "2026-01  2.00%                      2/31",
                "2026-02  4.00%                      2/28  +100.00%   +2.00 pp",
                "2026-03  undefined (0 impressions)  1/31  undefined  undefined",
                "2026-04  missing                    0/30  undefined  undefined",
                "2026-05  5.00%                      1/31  undefined  undefined"));
    }

    @Test
    void value_isEmptyOnlyForMissingPeriods() {
        MetricSeries<Ratio> monthly = engagementRate().rollUp(MONTH);
        assertThat(monthly.value(p("2026-03"))).isEqualTo(Optional.of(Ratio.undefined("0 impressions")));
        assertThat(monthly.value(p("2026-04"))).isEqualTo(Optional.empty());
    }
}
