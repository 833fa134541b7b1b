package org.roikit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

class MetricSeriesProperties {

    private static final LocalDate ORIGIN = LocalDate.of(2025, 11, 15);
    private static final Currency EUR = Currency.getInstance("EUR");

    /** A daily point: a day within two years of {@link #ORIGIN}, a numerator and a denominator. */
    private static final class Daily {
        final LocalDate date;
        final long numerator;
        final long denominator;

        Daily(int offset, long numerator, long denominator) {
            this.date = ORIGIN.plusDays(offset);
            this.numerator = numerator;
            this.denominator = denominator;
        }

        @Override
        public String toString() {
            return date + ":" + numerator + "/" + denominator;
        }
    }

    private static Gen<List<Daily>> points() {
        Gen<Daily> daily = integers().between(0, 730)
                .zip(longs().between(0, 1_000_000), longs().between(0, 3), (day, n, d) ->
                        // A denominator of 0 on about a quarter of the days makes undefined rates.
                        new Daily(day, n, d == 0 ? 0 : n + d * 1000));
        return lists().of(daily).ofSizeBetween(0, 80);
    }

    private static MetricSeries<BigDecimal> counts(List<Daily> points) {
        MetricSeries.CountBuilder builder = MetricSeries.counts("clicks");
        points.forEach(p -> builder.add(p.date, p.numerator));
        return builder.build();
    }

    private static MetricSeries<Money> money(List<Daily> points) {
        MetricSeries.MoneyBuilder builder = MetricSeries.money("spend", EUR);
        points.forEach(p -> builder.add(p.date, Money.ofMinor(p.numerator, EUR)));
        return builder.build();
    }

    private static MetricSeries<Ratio> rates(List<Daily> points) {
        MetricSeries.RateBuilder builder = MetricSeries.rate("engagement rate", "engagements", "impressions");
        points.forEach(p -> builder.add(p.date, p.numerator, p.denominator));
        return builder.build();
    }

    @Test
    void rollUp_monthsThenQuartersEqualsQuartersDirectly() {
        qt().forAll(points()).checkAssert(points -> {
            assertThat(counts(points).rollUp(Granularity.MONTH).rollUp(Granularity.QUARTER))
                    .isEqualTo(counts(points).rollUp(Granularity.QUARTER));
            assertThat(money(points).rollUp(Granularity.MONTH).rollUp(Granularity.QUARTER))
                    .isEqualTo(money(points).rollUp(Granularity.QUARTER));
            assertThat(rates(points).rollUp(Granularity.MONTH).rollUp(Granularity.QUARTER))
                    .isEqualTo(rates(points).rollUp(Granularity.QUARTER));
        });
    }

    @Test
    void rollUp_preservesTheTotal() {
        qt().forAll(points()).checkAssert(points -> {
            long sum = points.stream().mapToLong(p -> p.numerator).sum();
            long denominators = points.stream().mapToLong(p -> p.denominator).sum();
            Ratio rate = denominators == 0
                    ? Ratio.undefined("0 impressions")
                    : Ratio.of(sum, denominators, "impressions");
            for (Granularity g : Granularity.values()) {
                assertThat(counts(points).rollUp(g).total()).isEqualTo(BigDecimal.valueOf(sum));
                assertThat(money(points).rollUp(g).total()).isEqualTo(Money.ofMinor(sum, EUR));
                assertThat(rates(points).rollUp(g).total()).isEqualTo(rate);
            }
        });
    }

    @Test
    void points_sumToTheTotalAndCountEachObservedDayOnce() {
        qt().forAll(points()).checkAssert(points -> {
            Set<LocalDate> days = new HashSet<>();
            points.forEach(p -> days.add(p.date));
            for (Granularity g : Granularity.values()) {
                MetricSeries<BigDecimal> series = counts(points).rollUp(g);
                BigDecimal sum = BigDecimal.ZERO;
                int observed = 0;
                for (MetricSeries.Point<BigDecimal> point : series.points()) {
                    sum = sum.add(point.value().orElse(BigDecimal.ZERO));
                    observed += point.observedDays();
                    assertThat(point.isMissing()).isEqualTo(point.observedDays() == 0);
                }
                assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(
                        points.stream().mapToLong(p -> p.numerator).sum()));
                assertThat(observed).isEqualTo(days.size());
            }
        });
    }

    @Test
    void periods_areConsecutiveFromFirstToLast() {
        qt().forAll(points()).checkAssert(points -> {
            for (Granularity g : Granularity.values()) {
                MetricSeries<BigDecimal> series = counts(points).rollUp(g);
                List<CalendarPeriod> periods = series.periods();
                assertThat(series.changes()).hasSize(Math.max(0, periods.size() - 1));
                for (int i = 1; i < periods.size(); i++) {
                    assertThat(periods.get(i)).isEqualTo(periods.get(i - 1).next());
                }
                if (!periods.isEmpty()) {
                    assertThat(series.first()).contains(periods.get(0));
                    assertThat(series.last()).contains(periods.get(periods.size() - 1));
                }
            }
        });
    }
}
