package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FunnelProperties {

    /** Rates in [0, 1] with up to four decimals. */
    private static Gen<BigDecimal> rates() {
        return integers().between(0, 10_000).map(n -> BigDecimal.valueOf(n, 4));
    }

    /** Start counts with up to two decimals. */
    private static Gen<BigDecimal> counts() {
        return longs().between(0, 100_000_000L).map(n -> BigDecimal.valueOf(n, 2));
    }

    /** The exact value as the funnel holds it: no trailing zeros, scale at least zero. */
    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Funnel byRates(BigDecimal start, List<BigDecimal> rates) {
        Funnel f = Funnel.start("s0", start);
        for (int k = 0; k < rates.size(); k++) {
            f = f.then("s" + (k + 1), rates.get(k));
        }
        return f;
    }

    @Test
    void expectedCountIsStartTimesProductOfRates() {
        qt().forAll(counts(), lists().of(rates()).ofSizeBetween(0, 6)).checkAssert((start, rates) -> {
            Funnel f = byRates(start, rates);
            BigDecimal product = start;
            for (int k = 0; k < rates.size(); k++) {
                product = product.multiply(rates.get(k));
                BigDecimal expected = f.expected("s" + (k + 1));

                assertThat(expected).isEqualTo(withoutTrailingZeros(product));
            }
            assertThat(f.stages()).hasSize(rates.size() + 1);
        });
    }

    @Test
    void funnelFromRatesEqualsFunnelFromItsCounts() {
        Gen<BigDecimal> anyRates = integers().between(0, 10_000).map(n -> BigDecimal.valueOf(n, 4));
        qt().forAll(longs().between(0, 100_000_000L), lists().of(anyRates).ofSizeBetween(0, 6))
                .checkAssert((start, rates) -> {
                    Funnel fromRates = byRates(BigDecimal.valueOf(start), rates);
                    Funnel fromCounts = Funnel.start("s0", start);
                    for (int k = 1; k < fromRates.stages().size(); k++) {
                        fromCounts = fromCounts.thenCount("s" + k, fromRates.expected("s" + k));
                    }

                    assertThat(fromCounts).isEqualTo(fromRates).hasSameHashCodeAs(fromRates);
                    assertThat(fromCounts).hasToString(fromRates.toString());
                });
    }

    @Test
    void rateAndDropOffSumToOne() {
        qt().forAll(counts(), lists().of(rates()).ofSizeBetween(1, 6)).checkAssert((start, rates) -> {
            Funnel f = byRates(start, rates);
            for (int k = 1; k <= rates.size(); k++) {
                Ratio rate = f.rate("s" + k);
                Ratio dropOff = f.dropOff("s" + k);
                if (f.expected("s" + (k - 1)).signum() == 0) {
                    // 0 / 0: the rate given to then() cannot be observed after an empty stage
                    assertThat(rate.reason()).contains("0 s" + (k - 1));
                    assertThat(dropOff.isUndefined()).isTrue();
                    continue;
                }
                assertThat(rate.value()).isEqualByComparingTo(rates.get(k - 1));
                assertThat(rate.value().add(dropOff.value())).isEqualByComparingTo("1");
            }
        });
    }

    @Test
    void observedCountsNeverIncreaseAndOverallRateIsRateBetweenEnds() {
        qt().forAll(longs().between(0, 1_000_000L), lists().of(rates()).ofSizeBetween(0, 6))
                .checkAssert((start, fractions) -> {
                    Funnel f = Funnel.start("s0", start);
                    long previous = start;
                    for (int k = 0; k < fractions.size(); k++) {
                        long count = BigDecimal.valueOf(previous).multiply(fractions.get(k))
                                .setScale(0, RoundingMode.DOWN).longValueExact();
                        f = f.thenCount("s" + (k + 1), count);
                        previous = count;
                    }
                    String lastName = "s" + fractions.size();

                    assertThat(f.overallRate()).isEqualTo(f.rateBetween("s0", lastName));
                    assertThat(f.expected(lastName)).isEqualByComparingTo(BigDecimal.valueOf(previous));
                    for (int k = 1; k < f.stages().size(); k++) {
                        assertThat(f.stages().get(k).count()).isLessThanOrEqualTo(f.stages().get(k - 1).count());
                    }
                    if (start > 0) {
                        assertThat(f.overallRate().value())
                                .isEqualByComparingTo(BigDecimal.valueOf(previous)
                                        .divide(BigDecimal.valueOf(start), MathContext.DECIMAL128));
                    }
                });
    }

    @Test
    void roundedValueIsWithinHalfAMinorUnitAndEqualsExactValueWhenExact() {
        qt().forAll(counts(), lists().of(rates()).ofSizeBetween(0, 4), longs().between(0, 10_000_000L))
                .checkAssert((start, rates, cents) -> {
                    Funnel f = byRates(start, rates);
                    Money unit = Money.ofMinor(cents, "EUR");
                    BigDecimal exact = f.last().count().multiply(unit.amount());
                    Money rounded = f.valueOf(unit, RoundingMode.HALF_EVEN);

                    assertThat(rounded.amount().subtract(exact).abs())
                            .isLessThanOrEqualTo(new BigDecimal("0.005"));
                    if (exact.stripTrailingZeros().scale() <= 2) {
                        assertThat(f.valueOf(unit)).isEqualTo(rounded);
                        assertThat(f.valueOf(unit).amount()).isEqualByComparingTo(exact);
                    }
                });
    }
}
