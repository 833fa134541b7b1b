package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void of_longs_isTheExactQuotient() {
        Ratio ctr = Ratio.of(30, 1000, "impressions");
        assertThat(ctr.isDefined()).isTrue();
        assertThat(ctr.isUndefined()).isFalse();
        assertThat(ctr.value()).isEqualTo(new BigDecimal("0.03"));
        assertThat(ctr.percent()).isEqualTo(new BigDecimal("3"));
        assertThat(ctr.form()).isEqualTo(Ratio.Form.PERCENT);
        assertThat(ctr.reason()).isEmpty();
        assertThat(ctr.currency()).isEmpty();
        assertThat(ctr).hasToString("3.00%");
    }

    @Test
    void of_nonTerminatingQuotientIsRoundedTo34Digits() {
        Ratio third = Ratio.of(1, 3, "things");
        assertThat(third.value()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(Ratio.of(2, 3, "things").value()).isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
        assertThat(third).hasToString("33.33%");
    }

    @Test
    void of_zeroDenominatorIsUndefinedWithAReason() {
        Ratio ctr = Ratio.of(0, 0, "impressions");
        assertThat(ctr.isDefined()).isFalse();
        assertThat(ctr.isUndefined()).isTrue();
        assertThat(ctr.reason()).contains("0 impressions");
        assertThat(ctr.toOptional()).isEmpty();
        assertThat(ctr.orElse(BigDecimal.ZERO)).isEqualTo(BigDecimal.ZERO);
        assertThat(ctr.orElse(null)).isNull();
        assertThat(ctr).hasToString("undefined (0 impressions)");
        assertThatThrownBy(ctr::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined (0 impressions)");
        assertThatThrownBy(ctr::percent)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined (0 impressions)");
    }

    @Test
    void of_decimals_normalisesTrailingZeros() {
        Ratio roi = Ratio.of(new BigDecimal("3400.00"), new BigDecimal("1600.00"), "investment");
        assertThat(roi.value()).isEqualTo(new BigDecimal("2.125"));
        assertThat(roi.percent()).isEqualTo(new BigDecimal("212.5"));
        assertThat(roi).hasToString("212.50%");
        assertThat(Ratio.of(new BigDecimal("200"), new BigDecimal("2"), "x").value()).isEqualTo(new BigDecimal("100"));
        assertThat(Ratio.of(new BigDecimal("-1"), new BigDecimal("4"), "x").value()).isEqualTo(new BigDecimal("-0.25"));
        assertThat(Ratio.of(BigDecimal.ZERO, new BigDecimal("4"), "x").value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void of_money_needsOneCurrency() {
        Ratio roi = Ratio.of(Money.of("3400.00", "EUR"), Money.of("1600.00", "EUR"), "investment");
        assertThat(roi.value()).isEqualTo(new BigDecimal("2.125"));
        assertThat(Ratio.of(Money.of("1.00", "EUR"), Money.zero(EUR), "investment"))
                .hasToString("undefined (zero investment)");
        assertThatThrownBy(() -> Ratio.of(Money.of("1.00", "EUR"), Money.of("1.00", "USD"), "investment"))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void perUnit_isMoneyPerUnit() {
        Ratio cpc = Ratio.perUnit(Money.of("5.00", "EUR"), 12, "clicks");
        assertThat(cpc.form()).isEqualTo(Ratio.Form.MONEY);
        assertThat(cpc.currency()).contains(EUR);
        assertThat(cpc.value()).isEqualTo(new BigDecimal("0.4166666666666666666666666666666667"));
        assertThat(cpc).hasToString("EUR 0.4167");
        assertThat(cpc.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.42", "EUR"));
        assertThat(Ratio.perUnit(Money.of("5.00", "EUR"), 10, "clicks")).hasToString("EUR 0.50");
        assertThat(Ratio.perUnit(Money.of("500.00", "EUR"), 5, "clicks")).hasToString("EUR 100.00");
        assertThat(Ratio.perUnit(Money.of("1000", "JPY"), 3, "clicks")).hasToString("JPY 333.33");
        Ratio undefined = Ratio.perUnit(Money.of("5.00", "EUR"), BigDecimal.ZERO, "clicks");
        assertThat(undefined).hasToString("undefined (0 clicks)");
        assertThat(undefined.currency()).contains(EUR);
    }

    @Test
    void perUnit_rejectsNegativeUnits() {
        assertThatThrownBy(() -> Ratio.perUnit(Money.of("5.00", "EUR"), -1, "clicks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clicks (-1) must be >= 0");
    }

    @Test
    void toMoney_needsADefinedMoneyRatio() {
        assertThatThrownBy(() -> Ratio.of(1, 2, "x").toMoney(RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio 50.00% is not an amount of money per unit");
        assertThatThrownBy(() -> Ratio.perUnit(Money.of("1.00", "EUR"), 0, "clicks").toMoney(RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined (0 clicks)");
    }

    @Test
    void ofDecimalAndOfPercent() {
        assertThat(Ratio.ofDecimal("0.2")).isEqualTo(Ratio.ofPercent("20"));
        assertThat(Ratio.ofDecimal(new BigDecimal("0.200")).value()).isEqualTo(new BigDecimal("0.2"));
        assertThat(Ratio.ofPercent(new BigDecimal("212.5")).value()).isEqualTo(new BigDecimal("2.125"));
        assertThat(Ratio.ofPercent("2")).hasToString("2.00%");
        assertThat(Ratio.ofPercent("100").value()).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> Ratio.ofPercent("two"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent (\"two\") is not a decimal number");
        assertThatThrownBy(() -> Ratio.ofDecimal("2%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value (\"2%\") is not a decimal number");
    }

    @Test
    void undefined_carriesTheReason() {
        assertThat(Ratio.undefined("no data")).hasToString("undefined (no data)");
        assertThatThrownBy(() -> Ratio.undefined(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason (\" \") must not be blank");
        assertThatThrownBy(() -> Ratio.undefined(null))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void withForm_changesOnlyTheTextForm() {
        Ratio roas = Ratio.of(new BigDecimal("5000"), new BigDecimal("1600"), "investment")
                .withForm(Ratio.Form.MULTIPLE);
        assertThat(roas).hasToString("3.13x");
        assertThat(roas.value()).isEqualTo(new BigDecimal("3.125"));
        assertThat(roas.withForm(Ratio.Form.NUMBER)).hasToString("3.13");
        assertThat(roas.withForm(Ratio.Form.PERCENT)).hasToString("312.50%");
        assertThat(roas.withForm(Ratio.Form.MULTIPLE)).isSameAs(roas);
        assertThat(Ratio.of(1, 0, "x").withForm(Ratio.Form.NUMBER)).hasToString("undefined (0 x)");
    }

    @Test
    void withForm_keepsMoneyRatiosAsMoney() {
        assertThatThrownBy(() -> Ratio.of(1, 2, "x").withForm(Ratio.Form.MONEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("form (MONEY) needs a currency: build money ratios with Ratio.perUnit");
        assertThatThrownBy(() -> Ratio.perUnit(Money.of("1.00", "EUR"), 2, "clicks").withForm(Ratio.Form.NUMBER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio EUR 0.50 is money per unit and keeps its form");
    }

    @Test
    void toString_roundsHalfUpForReading() {
        assertThat(Ratio.ofDecimal("0.02125")).hasToString("2.13%");
        assertThat(Ratio.ofDecimal("-0.5")).hasToString("-50.00%");
        assertThat(Ratio.ofDecimal("2.5").withForm(Ratio.Form.NUMBER)).hasToString("2.50");
        assertThat(Ratio.ofDecimal("1E+3").withForm(Ratio.Form.NUMBER)).hasToString("1000.00");
    }

    @Test
    void equals_comparesFormValueAndReason() {
        assertThat(Ratio.of(1, 4, "x")).isEqualTo(Ratio.ofDecimal("0.250")).hasSameHashCodeAs(Ratio.ofDecimal("0.25"));
        assertThat(Ratio.of(1, 4, "x")).isNotEqualTo(Ratio.of(1, 4, "x").withForm(Ratio.Form.NUMBER));
        assertThat(Ratio.of(1, 0, "clicks")).isEqualTo(Ratio.undefined("0 clicks"));
        assertThat(Ratio.of(1, 0, "clicks")).isNotEqualTo(Ratio.of(1, 0, "impressions"));
        assertThat(Ratio.perUnit(Money.of("1.00", "EUR"), 4, "clicks"))
                .isNotEqualTo(Ratio.perUnit(Money.of("1.00", "USD"), 4, "clicks"));
        assertThat(Ratio.of(1, 4, "x")).isNotEqualTo(Optional.of(BigDecimal.ONE));
    }

    @Test
    void factories_rejectNullAndBlankNames() {
        assertThatThrownBy(() -> Ratio.of(null, BigDecimal.ONE, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("numerator");
        assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("denominator");
        assertThatThrownBy(() -> Ratio.of(1, 2, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominatorName (\"\") must not be blank");
        assertThatThrownBy(() -> Ratio.perUnit(null, 1, "clicks"))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Ratio.perUnit(Money.of("1.00", "EUR"), null, "clicks"))
                .isInstanceOf(NullPointerException.class).hasMessage("units");
        assertThatThrownBy(() -> Ratio.perUnit(Money.of("1.00", "EUR"), 1, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unitName (\" \") must not be blank");
        assertThatThrownBy(() -> Ratio.ofDecimal((BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> Ratio.ofPercent((BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("percent");
        assertThatThrownBy(() -> Ratio.of(1, 2, "x").withForm(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newForm");
    }
}
