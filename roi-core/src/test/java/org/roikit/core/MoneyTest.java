package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // ---------------------------------------------------------------- factories and scale

    @Test
    void of_holdsAmountAtTheCurrencyScale() {
        assertThat(Money.of("1600", "EUR").amount()).isEqualTo(new BigDecimal("1600.00"));
        assertThat(Money.of("1600.5", "EUR").amount()).isEqualTo(new BigDecimal("1600.50"));
        assertThat(Money.of("500", "JPY").amount()).isEqualTo(new BigDecimal("500"));
        assertThat(Money.of("1.5", "BHD").amount()).isEqualTo(new BigDecimal("1.500"));
        assertThat(Money.of("1.5", "BHD").currency()).isEqualTo(BHD);
    }

    @Test
    void of_acceptsTrailingZerosBeyondTheScale() {
        assertThat(Money.of("12.5000", "EUR")).isEqualTo(eur("12.50"));
        assertThat(Money.of(new BigDecimal("7.000"), JPY)).isEqualTo(Money.of("7", "JPY"));
        assertThat(Money.of(new BigDecimal("1E+3"), EUR).amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void of_rejectsScaleFinerThanTheCurrency() {
        assertThatThrownBy(() -> Money.of("1.234", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (1.234) has 3 decimal places but EUR allows at most 2;"
                        + " round it explicitly with a RoundingMode");
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.5"), JPY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (0.5) has 1 decimal places but JPY allows at most 0;"
                        + " round it explicitly with a RoundingMode");
    }

    @Test
    void of_withRounding_roundsToTheCurrencyScale() {
        assertThat(Money.of(new BigDecimal("1.235"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("1.24"));
        assertThat(Money.of(new BigDecimal("1.225"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("1.22"));
        assertThat(Money.of(new BigDecimal("0.5"), JPY, RoundingMode.DOWN)).isEqualTo(Money.of("0", "JPY"));
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.235"), EUR, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void of_rejectsUnknownCurrencyCode() {
        assertThatThrownBy(() -> Money.of("1", "EUX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency code (\"EUX\") is not an ISO 4217 code");
        assertThatThrownBy(() -> Money.of("1", "eur"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency code (\"eur\") is not an ISO 4217 code");
    }

    @Test
    void of_rejectsCurrencyWithoutMinorUnit() {
        assertThatThrownBy(() -> Money.of("1", "XAU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency XAU has no minor unit defined by ISO 4217, so it cannot hold money");
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XXX")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("currency XXX has no minor unit");
    }

    @Test
    void of_rejectsTextThatIsNotAPlainDecimal() {
        for (String bad : List.of("12,50", "", "-", ".5", "5.", "1e3", "1E+3", "+5", " 5", "5 ", "1.2.3", "--1", "٥")) {
            assertThatThrownBy(() -> Money.of(bad, EUR))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount (\"" + bad + "\") is not a plain decimal number such as 1600.00 or -12.5");
        }
        assertThatThrownBy(() -> Money.parse("EUR 1e999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (\"1e999999999\") is not a plain decimal number such as 1600.00 or -12.5");
        assertThat(Money.of("-0.5", EUR)).isEqualTo(Money.of("-0.50", "EUR"));
        assertThat(Money.of("007", EUR)).isEqualTo(Money.of("7.00", "EUR"));
    }

    @Test
    void factories_rejectNull() {
        assertThatThrownBy(() -> Money.of((String) null, "EUR"))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Money.of("1", (String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("currencyCode");
        assertThatThrownBy(() -> Money.of((BigDecimal) null, EUR))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, EUR, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rounding");
        assertThatThrownBy(() -> Money.ofMinor(1, (Currency) null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> Money.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void ofMinor_readsMinorUnits() {
        assertThat(Money.ofMinor(1050, EUR)).isEqualTo(eur("10.50"));
        assertThat(Money.ofMinor(1050, "JPY")).isEqualTo(Money.of("1050", "JPY"));
        assertThat(Money.ofMinor(-1, "BHD")).isEqualTo(Money.of("-0.001", "BHD"));
        assertThat(eur("10.50").toMinorUnits()).isEqualTo(1050L);
        assertThat(Money.ofMinor(Long.MAX_VALUE, EUR).toMinorUnits()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void toMinorUnits_throwsBeyondLong() {
        Money huge = Money.ofMinor(Long.MAX_VALUE, EUR).plus(eur("0.01"));
        assertThatThrownBy(huge::toMinorUnits).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void zero_isZeroAtTheCurrencyScale() {
        assertThat(Money.zero(EUR).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.zero("JPY").toString()).isEqualTo("JPY 0");
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }

    // ---------------------------------------------------------------- parse and toString

    @Test
    void toString_isCodeSpaceAmount() {
        assertThat(eur("1600").toString()).isEqualTo("EUR 1600.00");
        assertThat(Money.of("-12.5", "EUR").toString()).isEqualTo("EUR -12.50");
        assertThat(Money.of("500", "JPY").toString()).isEqualTo("JPY 500");
        assertThat(Money.of("0.001", "BHD").toString()).isEqualTo("BHD 0.001");
        assertThat(Money.of(new BigDecimal("1E+7"), EUR).toString()).isEqualTo("EUR 10000000.00");
    }

    @Test
    void parse_readsToString() {
        assertThat(Money.parse("EUR 1600.00")).isEqualTo(eur("1600.00"));
        assertThat(Money.parse("EUR -12.5")).isEqualTo(eur("-12.50"));
        assertThat(Money.parse("JPY 500")).isEqualTo(Money.of("500", "JPY"));
        for (Money m : List.of(eur("0.01"), eur("-99999.99"), Money.of("7", "JPY"), Money.of("1.234", "BHD"))) {
            assertThat(Money.parse(m.toString())).isEqualTo(m);
        }
    }

    @Test
    void parse_rejectsOtherForms() {
        for (String bad : List.of("EUR1600.00", "1600.00 EUR", "EUR  1600.00", "EUR 16 00", "EUR ", "EU 1", "")) {
            assertThatThrownBy(() -> Money.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text (\"" + bad + "\") is not money of the form \"EUR 1600.00\":"
                            + " a currency code, one space, an amount");
        }
        assertThatThrownBy(() -> Money.parse("EUR 1.234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("amount (1.234) has 3 decimal places");
        assertThatThrownBy(() -> Money.parse("ABC 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency code (\"ABC\") is not an ISO 4217 code");
    }

    // ---------------------------------------------------------------- arithmetic

    @Test
    void plusAndMinus_areExact() {
        assertThat(eur("1500.00").plus(eur("100.00"))).isEqualTo(eur("1600.00"));
        assertThat(eur("0.10").plus(eur("0.20"))).isEqualTo(eur("0.30"));
        assertThat(eur("5000.00").minus(eur("1600.00"))).isEqualTo(eur("3400.00"));
        assertThat(eur("1.00").minus(eur("2.50"))).isEqualTo(eur("-1.50"));
    }

    @Test
    void plus_rejectsOtherCurrency() {
        Money usd = Money.of("1.00", "USD");
        assertThatThrownBy(() -> eur("1.00").plus(usd))
                .isInstanceOf(CurrencyMismatchException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> eur("1.00").minus(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur("1.00").compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur("1.00").plus(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void currencyMismatchException_namesBothCurrencies() {
        CurrencyMismatchException e = new CurrencyMismatchException(EUR, JPY);
        assertThat(e.expected()).isEqualTo(EUR);
        assertThat(e.actual()).isEqualTo(JPY);
        assertThat(e).hasMessage("currency mismatch: EUR and JPY cannot be combined");
    }

    @Test
    void negatedAndAbs() {
        assertThat(eur("3.40").negated()).isEqualTo(eur("-3.40"));
        assertThat(eur("-3.40").abs()).isEqualTo(eur("3.40"));
        assertThat(eur("3.40").abs()).isEqualTo(eur("3.40"));
        assertThat(Money.zero(EUR).negated()).isEqualTo(Money.zero(EUR));
    }

    @Test
    void multipliedBy_long_isExact() {
        assertThat(eur("150.00").multipliedBy(10)).isEqualTo(eur("1500.00"));
        assertThat(eur("0.01").multipliedBy(-3)).isEqualTo(eur("-0.03"));
    }

    @Test
    void multipliedBy_decimal_isExactOrThrows() {
        assertThat(eur("10000.00").multipliedBy(new BigDecimal("0.5"))).isEqualTo(eur("5000.00"));
        assertThat(eur("150.00").multipliedBy(new BigDecimal("1.25"))).isEqualTo(eur("187.50"));
        assertThatThrownBy(() -> eur("0.01").multipliedBy(new BigDecimal("0.5")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("EUR 0.01 x 0.5 = 0.005 has more decimal places than EUR allows (2);"
                        + " pass a RoundingMode");
    }

    @Test
    void multipliedBy_withRounding_rounds() {
        assertThat(eur("0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(eur("0.01"));
        assertThat(eur("0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(eur("0.00"));
        assertThat(eur("100.00").multipliedBy(new BigDecimal("0.333"), RoundingMode.FLOOR)).isEqualTo(eur("33.30"));
    }

    @Test
    void dividedBy_roundsToTheCurrencyScale() {
        assertThat(eur("100.00").dividedBy(3, RoundingMode.HALF_EVEN)).isEqualTo(eur("33.33"));
        assertThat(eur("100.00").dividedBy(3, RoundingMode.CEILING)).isEqualTo(eur("33.34"));
        assertThat(eur("-1.00").dividedBy(new BigDecimal("8"), RoundingMode.HALF_EVEN)).isEqualTo(eur("-0.12"));
        assertThat(Money.of("1000", "JPY").dividedBy(7, RoundingMode.DOWN)).isEqualTo(Money.of("142", "JPY"));
    }

    @Test
    void dividedBy_rejectsZero() {
        assertThatThrownBy(() -> eur("1.00").dividedBy(0, RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor (0) must not be zero");
        assertThatThrownBy(() -> eur("1.00").dividedBy(new BigDecimal("0.00"), RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor (0.00) must not be zero");
    }

    @Test
    void total_sumsInOneCurrency() {
        assertThat(Money.total(EUR, List.of(eur("1.10"), eur("2.20"), eur("-0.30")))).isEqualTo(eur("3.00"));
        assertThat(Money.total(EUR, List.of())).isEqualTo(Money.zero(EUR));
        assertThatThrownBy(() -> Money.total(EUR, List.of(eur("1.00"), Money.of("1", "JPY"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and JPY cannot be combined");
    }

    // ---------------------------------------------------------------- comparison and equality

    @Test
    void comparisonsAndSigns() {
        assertThat(eur("2.00").isGreaterThan(eur("1.99"))).isTrue();
        assertThat(eur("2.00").isLessThan(eur("1.99"))).isFalse();
        assertThat(eur("-2.00").isLessThan(eur("0.00"))).isTrue();
        assertThat(eur("2.00").compareTo(eur("2"))).isZero();
        assertThat(eur("-0.01").isNegative()).isTrue();
        assertThat(eur("-0.01").signum()).isEqualTo(-1);
        assertThat(eur("0.01").isPositive()).isTrue();
        assertThat(eur("0.00").isPositive()).isFalse();
        assertThat(eur("0.00").isNegative()).isFalse();
        assertThat(eur("0.00").signum()).isZero();
    }

    @Test
    void equals_needsSameCurrencyAndAmount() {
        assertThat(eur("1.5")).isEqualTo(eur("1.50")).hasSameHashCodeAs(eur("1.50"));
        assertThat(eur("1.50")).isNotEqualTo(Money.of("1.50", "USD"));
        assertThat(eur("1.50")).isNotEqualTo(eur("1.51"));
        assertThat(eur("1.50")).isNotEqualTo("EUR 1.50");
    }

    // ---------------------------------------------------------------- allocation

    @Test
    void allocate_equalWeightsGiveLeftoverToEarlierParts() {
        assertThat(eur("100.00").allocate(1, 1, 1)).containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        assertThat(eur("0.02").allocate(1, 1, 1)).containsExactly(eur("0.01"), eur("0.01"), eur("0.00"));
    }

    @Test
    void allocate_largestRemainderWins() {
        // 1.00 by 1:2:3 -> 16.66.., 33.33.., 50: floors 16, 33, 50 leave 1 unit; remainders 4/6, 2/6, 0
        assertThat(eur("1.00").allocate(1, 2, 3)).containsExactly(eur("0.17"), eur("0.33"), eur("0.50"));
        // 0.05 by 0.4/0.2/0.4 -> 2, 1, 2 exactly
        assertThat(eur("0.05").allocate(new BigDecimal("0.4"), new BigDecimal("0.2"), new BigDecimal("0.4")))
                .containsExactly(eur("0.02"), eur("0.01"), eur("0.02"));
        // 0.10 by 0.4/0.2/0.4 -> 4, 2, 4
        assertThat(eur("0.10").allocate(List.of(new BigDecimal("0.4"), new BigDecimal("0.2"), new BigDecimal("0.4"))))
                .containsExactly(eur("0.04"), eur("0.02"), eur("0.04"));
    }

    @Test
    void allocate_zeroWeightGetsNothing() {
        assertThat(eur("0.03").allocate(0, 1, 0, 1)).containsExactly(eur("0.00"), eur("0.02"), eur("0.00"), eur("0.01"));
        assertThat(eur("10.00").allocate(0, 5)).containsExactly(eur("0.00"), eur("10.00"));
    }

    @Test
    void allocate_negativeAmountKeepsTheSign() {
        assertThat(eur("-100.00").allocate(1, 1, 1)).containsExactly(eur("-33.34"), eur("-33.33"), eur("-33.33"));
        assertThat(eur("-1.00").allocate(1, 2, 3)).containsExactly(eur("-0.17"), eur("-0.33"), eur("-0.50"));
    }

    @Test
    void allocate_worksInTheCurrencyMinorUnit() {
        assertThat(Money.of("100", "JPY").allocate(1, 1, 1))
                .containsExactly(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY"));
        assertThat(Money.of("0.010", "BHD").allocate(1, 2))
                .containsExactly(Money.of("0.003", "BHD"), Money.of("0.007", "BHD"));
    }

    @Test
    void allocate_handlesAmountsBeyondLongMinorUnits() {
        Money huge = Money.ofMinor(Long.MAX_VALUE, EUR).multipliedBy(10);
        List<Money> parts = huge.allocate(1, 1, 1);
        assertThat(Money.total(EUR, parts)).isEqualTo(huge);
        assertThat(parts.get(0).amount()).isEqualTo(new BigDecimal("307445734561825860.24"));
        assertThat(parts.get(1).amount()).isEqualTo(new BigDecimal("307445734561825860.23"));
        List<Money> decimal = huge.allocate(new BigDecimal("1"), new BigDecimal("2"));
        assertThat(Money.total(EUR, decimal)).isEqualTo(huge);
    }

    @Test
    void allocate_handlesWeightsWhoseProductOverflowsLong() {
        List<Money> parts = eur("100.00").allocate(Long.MAX_VALUE, Long.MAX_VALUE / 3);
        // exact shares: 75.00 and 25.00 (within rounding of the integer weights)
        assertThat(parts).containsExactly(eur("75.00"), eur("25.00"));
        assertThat(Money.ofMinor(Long.MIN_VALUE, EUR).allocate(1, 1))
                .containsExactly(Money.ofMinor(Long.MIN_VALUE / 2, EUR), Money.ofMinor(Long.MIN_VALUE / 2, EUR));
    }

    @Test
    void allocate_rejectsBadWeights() {
        assertThatThrownBy(() -> eur("1.00").allocate(new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must not be empty");
        assertThatThrownBy(() -> eur("1.00").allocate(new BigDecimal[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must not be empty");
        assertThatThrownBy(() -> eur("1.00").allocate(1, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights[1] (-2) must be >= 0");
        assertThatThrownBy(() -> eur("1.00").allocate(new BigDecimal("0.5"), new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights[1] (-0.1) must be >= 0");
        assertThatThrownBy(() -> eur("1.00").allocate(0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must not all be zero");
        assertThatThrownBy(() -> eur("1.00").allocate(BigDecimal.ZERO, new BigDecimal("0.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must not all be zero");
        assertThatThrownBy(() -> eur("1.00").allocate((long[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("weights");
        List<BigDecimal> withNull = new ArrayList<>();
        withNull.add(BigDecimal.ONE);
        withNull.add(null);
        assertThatThrownBy(() -> eur("1.00").allocate(withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("weights[1]");
    }

    @Test
    void allocate_resultIsUnmodifiable() {
        List<Money> parts = eur("1.00").allocate(1, 1);
        assertThatThrownBy(() -> parts.add(eur("1.00"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void split_dividesIntoEqualParts() {
        assertThat(eur("10.00").split(3)).containsExactly(eur("3.34"), eur("3.33"), eur("3.33"));
        assertThat(eur("10.00").split(1)).containsExactly(eur("10.00"));
        assertThat(eur("-0.05").split(2)).containsExactly(eur("-0.03"), eur("-0.02"));
        assertThatThrownBy(() -> eur("1.00").split(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parts (0) must be >= 1");
    }
}
