package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FunnelTest {

    /** 10 downloads, 20% become MQLs, 25% of those become customers. */
    private static final Funnel WORKED = Funnel.start("download", new BigDecimal("10"))
            .then("mql", new BigDecimal("0.20"))
            .then("customer", new BigDecimal("0.25"));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    // ---------------------------------------------------------------- worked example

    @Test
    void workedExample_expectsHalfACustomerWorthFiveThousand() {
        assertThat(WORKED.expected("download")).isEqualTo(dec("10"));
        assertThat(WORKED.expected("mql")).isEqualTo(dec("2"));
        assertThat(WORKED.expected("customer")).isEqualTo(dec("0.5"));
        assertThat(WORKED.valueOf(Money.of("10000.00", "EUR"))).isEqualTo(Money.of("5000.00", "EUR"));
    }

    @Test
    void workedExample_hasRatesDropOffsAndOverallRate() {
        assertThat(WORKED.rate("mql")).isEqualTo(Ratio.ofDecimal("0.2"));
        assertThat(WORKED.rate("customer")).isEqualTo(Ratio.ofDecimal("0.25"));
        assertThat(WORKED.dropOff("mql")).isEqualTo(Ratio.ofDecimal("0.8"));
        assertThat(WORKED.dropOff("customer")).isEqualTo(Ratio.ofDecimal("0.75"));
        assertThat(WORKED.overallRate()).isEqualTo(Ratio.ofDecimal("0.05"));
    }

    // ---------------------------------------------------------------- start

    @Test
    void start_longAndDecimalAgree() {
        assertThat(Funnel.start("visits", 1000)).isEqualTo(Funnel.start("visits", dec("1000.00")));
    }

    @Test
    void start_makesOneStageWithUndefinedFirstRate() {
        Funnel f = Funnel.start("visits", dec("1000.00"));

        assertThat(f.stages()).containsExactly(
                new FunnelStage("visits", dec("1000"), Ratio.undefined("first stage")));
        assertThat(f.first()).isSameAs(f.last());
        assertThat(f.expected("visits")).isEqualTo(dec("1000"));
        assertThat(f.rate("visits").reason()).contains("first stage");
    }

    @Test
    void start_acceptsZero() {
        assertThat(Funnel.start("visits", 0).expected("visits")).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void start_rejectsNegativeCount() {
        assertThatThrownBy(() -> Funnel.start("visits", -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of stage \"visits\" (-3) must be >= 0");
        assertThatThrownBy(() -> Funnel.start("visits", dec("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of stage \"visits\" (-0.5) must be >= 0");
    }

    @Test
    void start_rejectsBlankOrNullStage() {
        assertThatThrownBy(() -> Funnel.start("  ", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\"  \") must not be blank");
        assertThatThrownBy(() -> Funnel.start(null, 10))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    @Test
    void start_rejectsNullCount() {
        assertThatThrownBy(() -> Funnel.start("visits", (BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("count");
    }

    // ---------------------------------------------------------------- then (rates)

    @Test
    void then_multipliesExactlyAndDropsTrailingZeros() {
        Funnel f = Funnel.start("a", 7).then("b", dec("0.30")).then("c", dec("0.10"));

        assertThat(f.expected("b")).isEqualTo(dec("2.1"));
        assertThat(f.expected("c")).isEqualTo(dec("0.21"));
    }

    @Test
    void then_acceptsRatesZeroAndOne() {
        Funnel f = Funnel.start("a", 10).then("b", BigDecimal.ONE).then("c", BigDecimal.ZERO);

        assertThat(f.expected("b")).isEqualTo(dec("10"));
        assertThat(f.expected("c")).isEqualTo(BigDecimal.ZERO);
        assertThat(f.rate("c")).isEqualTo(Ratio.ofDecimal("0"));
    }

    @Test
    void then_afterAnEmptyStageHasAnUndefinedRateLikeThenCount() {
        Funnel byRate = Funnel.start("visits", 0).then("signup", dec("0.5"));
        Funnel byCount = Funnel.start("visits", 0).thenCount("signup", 0);

        assertThat(byRate.expected("signup")).isEqualTo(BigDecimal.ZERO);
        assertThat(byRate.rate("signup")).hasToString("undefined (0 visits)");
        assertThat(byRate).isEqualTo(byCount);
        assertThat(Funnel.start("a", 10).then("b", BigDecimal.ZERO).then("c", dec("0.3")).rate("c"))
                .isEqualTo(Ratio.undefined("0 b"));
    }

    @Test
    void then_rejectsRateAboveOne() {
        Funnel f = Funnel.start("download", 10);

        assertThatThrownBy(() -> f.then("mql", dec("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (1.5) must be between 0 and 1");
    }

    @Test
    void then_rejectsNegativeRate() {
        Funnel f = Funnel.start("download", 10);

        assertThatThrownBy(() -> f.then("mql", dec("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (-0.01) must be between 0 and 1");
    }

    @Test
    void then_rejectsNullRate() {
        Funnel f = Funnel.start("download", 10);

        assertThatThrownBy(() -> f.then("mql", (BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("rate");
        assertThatThrownBy(() -> f.then("mql", (Ratio) null))
                .isInstanceOf(NullPointerException.class).hasMessage("rate");
    }

    @Test
    void thenRatio_usesTheValueInAnyForm() {
        Funnel byPercent = Funnel.start("download", 10)
                .then("mql", Ratio.ofPercent("20"))
                .then("customer", Ratio.ofDecimal("0.25").withForm(Ratio.Form.MULTIPLE));

        assertThat(byPercent).isEqualTo(WORKED);
        assertThat(byPercent.rate("customer").form()).isEqualTo(Ratio.Form.PERCENT);
    }

    @Test
    void thenRatio_rejectsUndefinedRate() {
        Funnel f = Funnel.start("download", 10);

        assertThatThrownBy(() -> f.then("mql", Ratio.undefined("0 clicks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (undefined (0 clicks)) must be defined");
    }

    @Test
    void thenRatio_rejectsMoneyPerUnit() {
        Funnel f = Funnel.start("download", 10);
        Ratio cpc = Ratio.perUnit(Money.of("1.00", "EUR"), 4, "clicks");

        assertThatThrownBy(() -> f.then("mql", Ratio.perUnit(Money.of("1.00", "EUR"), 0, "clicks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (undefined (0 clicks)) must be a plain ratio,"
                        + " not money per unit");
        assertThatThrownBy(() -> f.then("mql", cpc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (EUR 0.25) must be a plain ratio, not money per unit");
    }

    @Test
    void thenRatio_rejectsRateAboveOne() {
        Funnel f = Funnel.start("download", 10);

        assertThatThrownBy(() -> f.then("mql", Ratio.ofPercent("150")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of stage \"mql\" (1.5) must be between 0 and 1");
    }

    // ---------------------------------------------------------------- thenCount (observed)

    @Test
    void thenCount_keepsCountAndComputesRate() {
        Funnel f = Funnel.start("visits", 1000).thenCount("signups", 30).thenCount("paid", dec("6.0"));

        assertThat(f.expected("signups")).isEqualTo(dec("30"));
        assertThat(f.expected("paid")).isEqualTo(dec("6"));
        assertThat(f.rate("signups")).isEqualTo(Ratio.ofDecimal("0.03"));
        assertThat(f.rate("paid")).isEqualTo(Ratio.ofDecimal("0.2"));
        assertThat(f.overallRate()).isEqualTo(Ratio.ofDecimal("0.006"));
    }

    @Test
    void thenCount_roundsNonTerminatingRateTo34Digits() {
        Funnel f = Funnel.start("visits", 3).thenCount("signups", 1);

        assertThat(f.rate("signups").value()).isEqualTo(dec("0.3333333333333333333333333333333333"));
    }

    @Test
    void thenCount_acceptsEqualToPrevious() {
        Funnel f = Funnel.start("visits", 5).thenCount("signups", 5);

        assertThat(f.rate("signups")).isEqualTo(Ratio.ofDecimal("1"));
        assertThat(f.dropOff("signups")).isEqualTo(Ratio.ofDecimal("0"));
    }

    @Test
    void thenCount_afterZeroHasUndefinedRateNamingPreviousStage() {
        Funnel f = Funnel.start("downloads", 0).thenCount("mql", 0);

        assertThat(f.rate("mql")).isEqualTo(Ratio.undefined("0 downloads"));
        assertThat(f.dropOff("mql")).isEqualTo(Ratio.undefined("0 downloads"));
        assertThat(f.overallRate()).isEqualTo(Ratio.undefined("0 downloads"));
    }

    @Test
    void thenCount_rejectsMoreThanPreviousStage() {
        Funnel f = Funnel.start("downloads", 10);

        assertThatThrownBy(() -> f.thenCount("mql", 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of stage \"mql\" (12) must be <= count of previous stage"
                        + " \"downloads\" (10)");
        assertThatThrownBy(() -> WORKED.thenCount("renewal", dec("0.50001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of stage \"renewal\" (0.50001) must be <= count of previous stage"
                        + " \"customer\" (0.5)");
    }

    @Test
    void thenCount_rejectsNegativeCount() {
        Funnel f = Funnel.start("downloads", 10);

        assertThatThrownBy(() -> f.thenCount("mql", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of stage \"mql\" (-1) must be >= 0");
    }

    @Test
    void thenCount_rejectsNullCount() {
        Funnel f = Funnel.start("downloads", 10);

        assertThatThrownBy(() -> f.thenCount("mql", null))
                .isInstanceOf(NullPointerException.class).hasMessage("count");
    }

    @Test
    void ratesAndCounts_mix() {
        Funnel f = Funnel.start("visits", 1000)
                .thenCount("signups", 200)
                .then("trials", dec("0.25"))
                .thenCount("paid", 10);

        assertThat(f.expected("trials")).isEqualTo(dec("50"));
        assertThat(f.rate("paid")).isEqualTo(Ratio.ofDecimal("0.2"));
        assertThat(f.overallRate()).isEqualTo(Ratio.ofDecimal("0.01"));
    }

    // ---------------------------------------------------------------- stage names

    @Test
    void stageNames_rejectBlank() {
        Funnel f = Funnel.start("downloads", 10);

        assertThatThrownBy(() -> f.then("", dec("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\"\") must not be blank");
        assertThatThrownBy(() -> f.thenCount(" ", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\" \") must not be blank");
        assertThatThrownBy(() -> f.then(null, dec("0.5")))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    @Test
    void stageNames_rejectDuplicates() {
        assertThatThrownBy(() -> WORKED.then("mql", dec("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\"mql\") must be unique, but the funnel already has it:"
                        + " [download, mql, customer]");
        assertThatThrownBy(() -> WORKED.thenCount("download", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\"download\") must be unique, but the funnel already has it:"
                        + " [download, mql, customer]");
        assertThatThrownBy(() -> WORKED.then("customer", Ratio.ofDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage (\"customer\") must be unique, but the funnel already has it:"
                        + " [download, mql, customer]");
    }

    @Test
    void stageNames_areCaseSensitive() {
        Funnel f = Funnel.start("mql", 10).thenCount("MQL", 5);

        assertThat(f.expected("MQL")).isEqualTo(dec("5"));
    }

    // ---------------------------------------------------------------- queries

    @Test
    void stages_areInOrderAndUnmodifiable() {
        assertThat(WORKED.stages()).containsExactly(
                new FunnelStage("download", dec("10"), Ratio.undefined("first stage")),
                new FunnelStage("mql", dec("2"), Ratio.ofDecimal("0.2")),
                new FunnelStage("customer", dec("0.5"), Ratio.ofDecimal("0.25")));
        assertThatThrownBy(() -> WORKED.stages().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void then_leavesTheOriginalUnchanged() {
        Funnel start = Funnel.start("download", 10);
        Funnel longer = start.then("mql", dec("0.2"));

        assertThat(start.stages()).hasSize(1);
        assertThat(longer.stages()).hasSize(2);
    }

    @Test
    void stage_findsByName() {
        assertThat(WORKED.stage("mql")).isEqualTo(new FunnelStage("mql", dec("2"), Ratio.ofDecimal("0.2")));
        assertThat(WORKED.first().name()).isEqualTo("download");
        assertThat(WORKED.last().name()).isEqualTo("customer");
    }

    @Test
    void queries_rejectUnknownStageListingKnownOnes() {
        String message = "stage (\"sale\") is not in the funnel; its stages are [download, mql, customer]";

        assertThatThrownBy(() -> WORKED.stage("sale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.expected("sale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.rate("sale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.dropOff("sale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.rateBetween("sale", "mql"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.rateBetween("mql", "sale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.valueOf("sale", Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.valueOf("sale", Money.of("1.00", "EUR"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void queries_rejectNullStage() {
        assertThatThrownBy(() -> WORKED.stage(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
        assertThatThrownBy(() -> WORKED.rateBetween("mql", null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    @Test
    void rate_ofFirstStageIsUndefined() {
        assertThat(WORKED.rate("download")).isEqualTo(Ratio.undefined("first stage"));
        assertThat(WORKED.dropOff("download")).isEqualTo(Ratio.undefined("first stage"));
    }

    @Test
    void rateBetween_dividesLaterCountByEarlier() {
        assertThat(WORKED.rateBetween("download", "customer")).isEqualTo(Ratio.ofDecimal("0.05"));
        assertThat(WORKED.rateBetween("download", "mql")).isEqualTo(Ratio.ofDecimal("0.2"));
        assertThat(WORKED.rateBetween("mql", "customer")).isEqualTo(Ratio.ofDecimal("0.25"));
        assertThat(WORKED.rateBetween("mql", "mql")).isEqualTo(Ratio.ofDecimal("1"));
    }

    @Test
    void rateBetween_fromZeroIsUndefinedNamingFromStage() {
        Funnel f = Funnel.start("visits", 10).thenCount("signups", 0).then("paid", dec("0.5"));

        assertThat(f.rateBetween("signups", "paid")).isEqualTo(Ratio.undefined("0 signups"));
        assertThat(f.rateBetween("visits", "paid")).isEqualTo(Ratio.ofDecimal("0"));
    }

    @Test
    void rateBetween_rejectsBackwards() {
        assertThatThrownBy(() -> WORKED.rateBetween("customer", "mql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from (\"customer\", stage 3) must not come after to (\"mql\", stage 2)");
    }

    @Test
    void overallRate_ofOneStageIsOneOrUndefined() {
        assertThat(Funnel.start("visits", 7).overallRate()).isEqualTo(Ratio.ofDecimal("1"));
        assertThat(Funnel.start("visits", 0).overallRate()).isEqualTo(Ratio.undefined("0 visits"));
    }

    // ---------------------------------------------------------------- value

    @Test
    void valueOf_withRoundingRoundsTheLastStage() {
        Money cent = Money.of("0.01", "EUR");

        assertThat(WORKED.valueOf(cent, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01", "EUR"));
        assertThat(WORKED.valueOf(cent, RoundingMode.DOWN)).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(WORKED.valueOf(Money.of("10000.00", "EUR"), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("5000.00", "EUR"));
    }

    @Test
    void valueOf_exactThrowsWhenRoundingIsNeeded() {
        assertThatThrownBy(() -> WORKED.valueOf(Money.of("0.01", "EUR")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("value of stage \"customer\" (0.5 x EUR 0.01 = 0.005) has more decimal"
                        + " places than EUR allows (2); pass a RoundingMode");
        assertThatThrownBy(() -> WORKED.valueOf(Money.of("999", "JPY")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("value of stage \"customer\" (0.5 x JPY 999 = 499.5) has more decimal"
                        + " places than JPY allows (0); pass a RoundingMode");
    }

    @Test
    void valueOf_roundingUnnecessaryThrowsWhenRoundingIsNeeded() {
        assertThatThrownBy(() -> WORKED.valueOf(Money.of("0.01", "EUR"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void valueOf_inJpyRoundsToWholeYen() {
        assertThat(WORKED.valueOf(Money.of("999", "JPY"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("500", "JPY"));
        assertThat(WORKED.valueOf(Money.of("999", "JPY"), RoundingMode.HALF_DOWN))
                .isEqualTo(Money.of("499", "JPY"));
        assertThat(WORKED.valueOf(Money.of("1000", "JPY"))).isEqualTo(Money.of("500", "JPY"));
    }

    @Test
    void valueOf_anyStage() {
        assertThat(WORKED.valueOf("mql", Money.of("150.00", "EUR"))).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(WORKED.valueOf("download", Money.of("0.333", "BHD"))).isEqualTo(Money.of("3.330", "BHD"));
        assertThat(WORKED.valueOf("customer", Money.of("0.05", "EUR"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("0.03", "EUR"));
        assertThat(WORKED.valueOf("customer", Money.of("0.05", "EUR"), RoundingMode.FLOOR))
                .isEqualTo(Money.of("0.02", "EUR"));
    }

    @Test
    void valueOf_stageExactThrowsNamingTheStage() {
        assertThatThrownBy(() -> WORKED.valueOf("customer", Money.of("0.05", "EUR")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("value of stage \"customer\" (0.5 x EUR 0.05 = 0.025) has more decimal"
                        + " places than EUR allows (2); pass a RoundingMode");
    }

    @Test
    void valueOf_ofZeroCountIsZero() {
        Funnel f = Funnel.start("visits", 10).then("paid", BigDecimal.ZERO);

        assertThat(f.valueOf(Money.of("99.99", "EUR"))).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void valueOf_rejectsNegativeUnitValue() {
        String message = "unitValue (EUR -1.00) must be >= 0";
        Money minusOne = Money.of("-1.00", "EUR");

        assertThatThrownBy(() -> WORKED.valueOf(minusOne))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.valueOf(minusOne, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.valueOf("mql", minusOne))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> WORKED.valueOf("mql", minusOne, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void valueOf_rejectsNulls() {
        Money one = Money.of("1.00", "EUR");

        assertThatThrownBy(() -> WORKED.valueOf(null))
                .isInstanceOf(NullPointerException.class).hasMessage("unitValue");
        assertThatThrownBy(() -> WORKED.valueOf(null, RoundingMode.HALF_UP))
                .isInstanceOf(NullPointerException.class).hasMessage("unitValue");
        assertThatThrownBy(() -> WORKED.valueOf(one, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rounding");
        assertThatThrownBy(() -> WORKED.valueOf("mql", one, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rounding");
        assertThatThrownBy(() -> WORKED.valueOf(null, one, RoundingMode.HALF_UP))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equals_doesNotCareWhetherStagesCameFromRatesOrCounts() {
        Funnel byCounts = Funnel.start("download", 10).thenCount("mql", 2).thenCount("customer", dec("0.50"));

        assertThat(byCounts).isEqualTo(WORKED).hasSameHashCodeAs(WORKED);
    }

    @Test
    void equals_comparesEveryStageInOrder() {
        assertThat(WORKED).isNotEqualTo(Funnel.start("download", 10).then("mql", dec("0.2")));
        assertThat(WORKED).isNotEqualTo(Funnel.start("download", 10).then("mql", dec("0.2"))
                .then("buyer", dec("0.25")));
        assertThat(WORKED).isNotEqualTo(Funnel.start("download", 20).then("mql", dec("0.1"))
                .then("customer", dec("0.25")));
        assertThat(WORKED).isNotEqualTo(null);
        assertThat(WORKED).isNotEqualTo("Funnel");
    }

    @Test
    void toString_isAnAlignedTable() {
        assertThat(WORKED).hasToString("Funnel\n"
                + "  download  10\n"
                + "  mql        2    20.00%\n"
                + "  customer   0.5  25.00%\n"
                + "  overall          5.00%");
    }

    @Test
    void toString_alignsCountsOnTheDecimalPoint() {
        Funnel f = Funnel.start("visits", 1200).then("signups", dec("0.125")).thenCount("paid", 3);

        assertThat(f).hasToString("Funnel\n"
                + "  visits   1200\n"
                + "  signups   150  12.50%\n"
                + "  paid        3   2.00%\n"
                + "  overall         0.25%");
    }

    @Test
    void toString_showsUndefinedRates() {
        Funnel f = Funnel.start("visits", 0).thenCount("signups", 0);

        assertThat(f).hasToString("Funnel\n"
                + "  visits   0\n"
                + "  signups  0  undefined (0 visits)\n"
                + "  overall     undefined (0 visits)");
    }

    @Test
    void toString_ofOneStage() {
        assertThat(Funnel.start("visits", 5)).hasToString("Funnel\n"
                + "  visits   5\n"
                + "  overall     100.00%");
    }
}
