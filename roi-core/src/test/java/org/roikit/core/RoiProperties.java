package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RoiProperties {

    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "BHD");

    private static Gen<String> currencies() {
        return integers().between(0, CURRENCIES.size() - 1).map(CURRENCIES::get);
    }

    private static Gen<Long> minorUnits() {
        return longs().between(0, 1_000_000_000_000L);
    }

    @Test
    void profitPlusInvestedIsReturned() {
        qt().forAll(minorUnits(), minorUnits(), currencies()).checkAssert((r, i, c) -> {
            Roi roi = Roi.of(Money.ofMinor(r, c), Money.ofMinor(i, c));

            assertThat(roi.profit().plus(roi.invested())).isEqualTo(roi.returned());
            assertThat(roi.profit().toMinorUnits()).isEqualTo(r - i);
        });
    }

    @Test
    void roasIsTheQuotientOfReturnAndInvestment() {
        qt().forAll(minorUnits(), longs().between(1, 1_000_000_000_000L), currencies())
                .checkAssert((r, i, c) -> {
                    Roi roi = Roi.of(Money.ofMinor(r, c), Money.ofMinor(i, c));

                    assertThat(roi.roas().value())
                            .isEqualByComparingTo(BigDecimal.valueOf(r).divide(BigDecimal.valueOf(i), MathContext.DECIMAL128));
                    assertThat(roi.roas().value().precision()).isLessThanOrEqualTo(34);
                    // R/I - (R-I)/I = 1, up to the rounding of each quotient in its 34th digit
                    BigDecimal gap = roi.roas().value().subtract(roi.ratio().value()).subtract(BigDecimal.ONE).abs();
                    BigDecimal ulps = roi.roas().value().ulp().add(roi.ratio().value().ulp());
                    assertThat(gap).isLessThanOrEqualTo(ulps);
                    assertThat(roi.returnPerUnitInvested().value()).isEqualTo(roi.ratio().value());
                    assertThat(roi.percent()).isEqualByComparingTo(roi.ratio().value().movePointRight(2));
                });
    }

    @Test
    void ratioTimesInvestmentIsProfitToWithin34Digits() {
        qt().forAll(minorUnits(), longs().between(1, 1_000_000_000_000L)).checkAssert((r, i) -> {
            Roi roi = Roi.of(Money.ofMinor(r, "EUR"), Money.ofMinor(i, "EUR"));
            BigDecimal profit = BigDecimal.valueOf(r - i);
            BigDecimal error = roi.ratio().value().multiply(BigDecimal.valueOf(i)).subtract(profit).abs();

            assertThat(error).isLessThanOrEqualTo(profit.abs().movePointLeft(33));
        });
    }

    @Test
    void signsAgree() {
        qt().forAll(minorUnits(), minorUnits()).checkAssert((r, i) -> {
            Roi roi = Roi.of(Money.ofMinor(r, "EUR"), Money.ofMinor(i, "EUR"));

            assertThat(roi.breaksEven()).isEqualTo(r >= i);
            assertThat(roi.isProfitable()).isEqualTo(r > i);
            assertThat(roi.breakEvenReturn()).isEqualTo(roi.invested());
            if (i > 0) {
                assertThat(roi.ratio().value().signum()).isEqualTo(Long.signum(r - i));
                assertThat(roi.roas().value().signum()).isEqualTo(Long.signum(r));
            }
        });
    }

    @Test
    void zeroInvestmentIsUndefinedForAnyReturn() {
        qt().forAll(minorUnits(), currencies()).checkAssert((r, c) -> {
            Roi roi = Roi.of(Money.ofMinor(r, c), Money.zero(c));

            assertThat(roi.ratio()).isEqualTo(Ratio.undefined("zero investment"));
            assertThat(roi.roas().isUndefined()).isTrue();
            assertThat(roi.returnPerUnitInvested().isUndefined()).isTrue();
            assertThatThrownBy(roi::percent).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void scalingBothAmountsKeepsTheRatios() {
        qt().forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000_000L),
                longs().between(1, 1000)).checkAssert((r, i, k) -> {
                    Roi roi = Roi.of(Money.ofMinor(r, "EUR"), Money.ofMinor(i, "EUR"));
                    Roi scaled = Roi.of(Money.ofMinor(r * k, "EUR"), Money.ofMinor(i * k, "EUR"));

                    assertThat(scaled.ratio()).isEqualTo(roi.ratio());
                    assertThat(scaled.roas()).isEqualTo(roi.roas());
                });
    }
}
