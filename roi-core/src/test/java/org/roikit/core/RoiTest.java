package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoiTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** 5000.00 returned on 1600.00: profit 3400.00, ROI 3400/1600 = 2.125, ROAS 5000/1600 = 3.125. */
    private static final Roi WORKED = Roi.of(eur("5000.00"), eur("1600.00"));

    @Test
    void workedExample_amounts() {
        assertThat(WORKED.returned()).isEqualTo(eur("5000.00"));
        assertThat(WORKED.invested()).isEqualTo(eur("1600.00"));
        assertThat(WORKED.profit()).isEqualTo(eur("3400.00"));
        assertThat(WORKED.breakEvenReturn()).isEqualTo(eur("1600.00"));
    }

    @Test
    void workedExample_ratios() {
        assertThat(WORKED.ratio()).isEqualTo(Ratio.ofDecimal("2.125"));
        assertThat(WORKED.ratio().form()).isEqualTo(Ratio.Form.PERCENT);
        assertThat(WORKED.percent()).isEqualTo(new BigDecimal("212.5"));
        assertThat(WORKED.roas()).isEqualTo(Ratio.ofDecimal("3.125").withForm(Ratio.Form.MULTIPLE));
        assertThat(WORKED.returnPerUnitInvested())
                .isEqualTo(Ratio.ofDecimal("2.125").withForm(Ratio.Form.NUMBER));
        assertThat(WORKED.returnPerUnitInvested()).hasToString("2.13");
    }

    @Test
    void workedExample_breaksEvenAndIsProfitable() {
        assertThat(WORKED.breaksEven()).isTrue();
        assertThat(WORKED.isProfitable()).isTrue();
    }

    @Test
    void workedExample_toString() {
        assertThat(WORKED).hasToString("ROI 212.50% (return EUR 5000.00, investment EUR 1600.00,"
                + " profit EUR 3400.00, ROAS 3.13x)");
    }

    @Test
    void negativeRoi_isOrdinary() {
        Roi loss = Roi.of(eur("800.00"), eur("1600.00"));

        assertThat(loss.profit()).isEqualTo(eur("-800.00"));
        assertThat(loss.ratio()).isEqualTo(Ratio.ofDecimal("-0.5"));
        assertThat(loss.percent()).isEqualTo(new BigDecimal("-50"));
        assertThat(loss.roas()).isEqualTo(Ratio.ofDecimal("0.5").withForm(Ratio.Form.MULTIPLE));
        assertThat(loss.returnPerUnitInvested())
                .isEqualTo(Ratio.ofDecimal("-0.5").withForm(Ratio.Form.NUMBER));
        assertThat(loss.breaksEven()).isFalse();
        assertThat(loss.isProfitable()).isFalse();
        assertThat(loss).hasToString("ROI -50.00% (return EUR 800.00, investment EUR 1600.00,"
                + " profit EUR -800.00, ROAS 0.50x)");
    }

    @Test
    void exactBreakEven_breaksEvenButIsNotProfitable() {
        Roi even = Roi.of(eur("1600.00"), eur("1600.00"));

        assertThat(even.profit()).isEqualTo(eur("0.00"));
        assertThat(even.percent()).isEqualTo(BigDecimal.ZERO);
        assertThat(even.roas()).isEqualTo(Ratio.ofDecimal("1").withForm(Ratio.Form.MULTIPLE));
        assertThat(even.breaksEven()).isTrue();
        assertThat(even.isProfitable()).isFalse();
        assertThat(even).hasToString("ROI 0.00% (return EUR 1600.00, investment EUR 1600.00,"
                + " profit EUR 0.00, ROAS 1.00x)");
    }

    @Test
    void zeroReturn_isMinusOneHundredPercent() {
        Roi nothing = Roi.of(eur("0.00"), eur("1600.00"));

        assertThat(nothing.profit()).isEqualTo(eur("-1600.00"));
        assertThat(nothing.ratio()).isEqualTo(Ratio.ofDecimal("-1"));
        assertThat(nothing.percent()).isEqualTo(new BigDecimal("-100"));
        assertThat(nothing.roas()).isEqualTo(Ratio.ofDecimal("0").withForm(Ratio.Form.MULTIPLE));
        assertThat(nothing.breaksEven()).isFalse();
        assertThat(nothing.isProfitable()).isFalse();
        assertThat(nothing).hasToString("ROI -100.00% (return EUR 0.00, investment EUR 1600.00,"
                + " profit EUR -1600.00, ROAS 0.00x)");
    }

    @Test
    void zeroInvestment_makesEveryRatioUndefined() {
        Roi free = Roi.of(eur("50.00"), eur("0.00"));

        assertThat(free.profit()).isEqualTo(eur("50.00"));
        assertThat(free.ratio()).isEqualTo(Ratio.undefined("zero investment"));
        assertThat(free.roas().reason()).contains("zero investment");
        assertThat(free.roas().form()).isEqualTo(Ratio.Form.MULTIPLE);
        assertThat(free.returnPerUnitInvested().reason()).contains("zero investment");
        assertThat(free.returnPerUnitInvested().form()).isEqualTo(Ratio.Form.NUMBER);
        assertThat(free.breakEvenReturn()).isEqualTo(eur("0.00"));
        assertThat(free.breaksEven()).isTrue();
        assertThat(free.isProfitable()).isTrue();
        assertThat(free).hasToString("ROI undefined: zero investment (return EUR 50.00,"
                + " investment EUR 0.00, profit EUR 50.00)");
    }

    @Test
    void zeroInvestment_percentThrowsNamingTheReason() {
        Roi free = Roi.of(eur("50.00"), eur("0.00"));

        assertThatThrownBy(free::percent)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ROI is undefined (zero investment)");
    }

    @Test
    void zeroReturnAndZeroInvestment_breaksEvenWithoutProfit() {
        Roi none = Roi.of(eur("0.00"), eur("0.00"));

        assertThat(none.breaksEven()).isTrue();
        assertThat(none.isProfitable()).isFalse();
        assertThat(none.ratio().isUndefined()).isTrue();
    }

    @Test
    void jpy_hasNoMinorUnits() {
        Roi yen = Roi.of(Money.of("5000", "JPY"), Money.of("1600", "JPY"));

        assertThat(yen.profit()).isEqualTo(Money.of("3400", "JPY"));
        assertThat(yen.percent()).isEqualTo(new BigDecimal("212.5"));
        assertThat(yen.roas().value()).isEqualTo(new BigDecimal("3.125"));
        assertThat(yen).hasToString("ROI 212.50% (return JPY 5000, investment JPY 1600,"
                + " profit JPY 3400, ROAS 3.13x)");
    }

    @Test
    void nonTerminatingRoi_isRoundedTo34DigitsAndRoasIsOneMore() {
        // 700 / 300 = 2.333...; 34 significant digits: one 2 and thirty-three 3s.
        Roi third = Roi.of(eur("1000.00"), eur("300.00"));

        assertThat(third.ratio().value()).isEqualTo(new BigDecimal("2.333333333333333333333333333333333"));
        assertThat(third.roas().value()).isEqualTo(new BigDecimal("3.333333333333333333333333333333333"));
        assertThat(third).hasToString("ROI 233.33% (return EUR 1000.00, investment EUR 300.00,"
                + " profit EUR 700.00, ROAS 3.33x)");
    }

    @Test
    void of_rejectsCurrencyMismatch() {
        assertThatThrownBy(() -> Roi.of(eur("5000.00"), Money.of("1600.00", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void of_rejectsNegativeReturn() {
        assertThatThrownBy(() -> Roi.of(eur("-0.01"), eur("1600.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("returned (EUR -0.01) must be >= 0");
    }

    @Test
    void of_rejectsNegativeInvestment() {
        assertThatThrownBy(() -> Roi.of(eur("5000.00"), eur("-1600.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invested (EUR -1600.00) must be >= 0");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> Roi.of(null, eur("1600.00")))
                .isInstanceOf(NullPointerException.class).hasMessage("returned");
        assertThatThrownBy(() -> Roi.of(eur("5000.00"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("invested");
    }

    @Test
    void equals_comparesReturnAndInvestment() {
        Roi same = Roi.of(eur("5000"), eur("1600"));

        assertThat(WORKED).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(WORKED).isNotEqualTo(Roi.of(eur("5000.01"), eur("1600.00")));
        assertThat(WORKED).isNotEqualTo(Roi.of(eur("5000.00"), eur("1600.01")));
        assertThat(WORKED).isNotEqualTo(Roi.of(eur("10000.00"), eur("3200.00")));
        assertThat(WORKED).isNotEqualTo(Roi.of(Money.of("5000", "JPY"), Money.of("1600", "JPY")));
        assertThat(WORKED).isNotEqualTo(null);
        assertThat(WORKED).isNotEqualTo("ROI");
    }
}
