package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyProperties {

    private static final List<Currency> CURRENCIES = List.of(
            Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));

    private static Gen<Money> money() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(0, CURRENCIES.size() - 1),
                        (minor, c) -> Money.ofMinor(minor, CURRENCIES.get(c)));
    }

    private static Gen<List<Long>> weights() {
        return lists().of(longs().between(0, 1_000)).ofSizeBetween(1, 24)
                .assuming(ws -> ws.stream().anyMatch(w -> w > 0));
    }

    private static long[] toArray(List<Long> ws) {
        return ws.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void allocate_partsSumExactlyToTheWhole() {
        qt().forAll(money(), weights()).checkAssert((m, ws) -> {
            List<Money> parts = m.allocate(toArray(ws));
            assertThat(parts).hasSize(ws.size());
            assertThat(Money.total(m.currency(), parts)).isEqualTo(m);
        });
    }

    @Test
    void allocate_partsHaveTheSignOfTheWhole() {
        qt().forAll(money(), weights()).checkAssert((m, ws) -> {
            for (Money part : m.allocate(toArray(ws))) {
                assertThat(part.signum() == 0 || part.signum() == m.signum()).isTrue();
            }
        });
    }

    @Test
    void allocate_eachPartIsWithinOneMinorUnitOfItsExactShare() {
        qt().forAll(money(), weights()).checkAssert((m, ws) -> {
            List<Money> parts = m.allocate(toArray(ws));
            BigInteger total = BigInteger.valueOf(m.toMinorUnits());
            BigInteger sum = BigInteger.valueOf(ws.stream().mapToLong(Long::longValue).sum());
            for (int i = 0; i < parts.size(); i++) {
                // |part - total * w / sum| < 1  <=>  |part * sum - total * w| < sum
                BigInteger scaledPart = BigInteger.valueOf(parts.get(i).toMinorUnits()).multiply(sum);
                BigInteger scaledShare = total.multiply(BigInteger.valueOf(ws.get(i)));
                assertThat(scaledPart.subtract(scaledShare).abs()).isLessThan(sum);
            }
        });
    }

    @Test
    void allocate_zeroWeightsGetZero() {
        qt().forAll(money(), weights()).checkAssert((m, ws) -> {
            List<Money> parts = m.allocate(toArray(ws));
            for (int i = 0; i < ws.size(); i++) {
                if (ws.get(i) == 0) {
                    assertThat(parts.get(i).isZero()).isTrue();
                }
            }
        });
    }

    @Test
    void allocate_decimalWeightsAgreeWithScaledWholeWeights() {
        qt().forAll(money(), weights(), integers().between(0, 6)).checkAssert((m, ws, scale) -> {
            BigDecimal[] decimals = ws.stream().map(w -> BigDecimal.valueOf(w, scale)).toArray(BigDecimal[]::new);
            assertThat(m.allocate(decimals)).isEqualTo(m.allocate(toArray(ws)));
        });
    }

    @Test
    void allocate_negatedAmountGivesNegatedParts() {
        qt().forAll(money(), weights()).checkAssert((m, ws) -> {
            List<Money> parts = m.allocate(toArray(ws));
            List<Money> negated = m.negated().allocate(toArray(ws));
            for (int i = 0; i < parts.size(); i++) {
                assertThat(negated.get(i)).isEqualTo(parts.get(i).negated());
            }
        });
    }

    @Test
    void split_partsDifferByAtMostOneMinorUnit() {
        qt().forAll(money(), integers().between(1, 50)).checkAssert((m, n) -> {
            List<Money> parts = m.split(n);
            assertThat(Money.total(m.currency(), parts)).isEqualTo(m);
            long max = parts.stream().mapToLong(Money::toMinorUnits).max().orElseThrow();
            long min = parts.stream().mapToLong(Money::toMinorUnits).min().orElseThrow();
            assertThat(max - min).isBetween(0L, 1L);
        });
    }

    @Test
    void parse_readsBackToString() {
        qt().forAll(money()).checkAssert(m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
    }

    @Test
    void plusThenMinus_givesBackTheStart() {
        qt().forAll(money(), longs().between(-1_000_000_000L, 1_000_000_000L)).checkAssert((m, minor) -> {
            Money other = Money.ofMinor(minor, m.currency());
            assertThat(m.plus(other).minus(other)).isEqualTo(m);
            assertThat(m.plus(other)).isEqualTo(other.plus(m));
        });
    }

    @Test
    void allocate_largeAmountsAndWeightsTakeTheExactPathWithTheSameGuarantees() {
        // |amount| x sum(weights) overflows a long here, so the BigInteger apportionment runs.
        Gen<Long> bigMinor = longs().between(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
        Gen<List<Long>> bigWeights = lists().of(longs().between(0, Long.MAX_VALUE / 32)).ofSizeBetween(1, 16)
                .assuming(ws -> ws.stream().anyMatch(w -> w > 0));
        qt().forAll(bigMinor, bigWeights).checkAssert((minor, ws) -> {
            Money m = Money.ofMinor(minor, Currency.getInstance("EUR"));
            List<Money> parts = m.allocate(toArray(ws));
            assertThat(Money.total(m.currency(), parts)).isEqualTo(m);
            BigInteger total = BigInteger.valueOf(minor);
            BigInteger sum = ws.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
            for (int i = 0; i < parts.size(); i++) {
                BigInteger scaledPart = BigInteger.valueOf(parts.get(i).toMinorUnits()).multiply(sum);
                BigInteger scaledShare = total.multiply(BigInteger.valueOf(ws.get(i)));
                assertThat(scaledPart.subtract(scaledShare).abs()).isLessThan(sum);
                assertThat(parts.get(i).signum() == 0 || parts.get(i).signum() == m.signum()).isTrue();
            }
        });
    }
}
