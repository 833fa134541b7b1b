package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static final char G = '\u202F';

    @Test
    void number_groupsThousandsWithANarrowNoBreakSpace() {
        Format f = Format.number(0);
        assertThat(f.value(new BigDecimal("0"))).isEqualTo("0");
        assertThat(f.value(new BigDecimal("999"))).isEqualTo("999");
        assertThat(f.value(new BigDecimal("1000"))).isEqualTo("1" + G + "000");
        assertThat(f.value(new BigDecimal("1234567"))).isEqualTo("1" + G + "234" + G + "567");
        assertThat(f.value(new BigDecimal("-1234567"))).isEqualTo("-1" + G + "234" + G + "567");
        assertThat(f.value(new BigDecimal("2.5"))).isEqualTo("2");
        assertThat(f.value(new BigDecimal("1E+12"))).isEqualTo("1" + G + "000" + G + "000" + G + "000" + G + "000");
    }

    @Test
    void money_fixedDecimalsAndCodeInTheAxisTitle() {
        Format f = Format.money("EUR", 2);
        assertThat(f.value(new BigDecimal("12345.5"))).isEqualTo("12" + G + "345.50");
        assertThat(f.value(new BigDecimal("-0.004"))).isEqualTo("0.00");
        assertThat(f.value(new BigDecimal("-0.005"))).isEqualTo("0.00");
        assertThat(f.value(new BigDecimal("-0.015"))).isEqualTo("-0.02");
        assertThat(f.axisTitle("Revenue")).isEqualTo("Revenue (EUR)");
        assertThat(Format.number(0).axisTitle("Conversions")).isEqualTo("Conversions");
    }

    @Test
    void percent_takesFractions() {
        Format f = Format.percent(1);
        assertThat(f.value(new BigDecimal("0.125"))).isEqualTo("12.5%");
        assertThat(f.value(new BigDecimal("-1.5"))).isEqualTo("-150.0%");
        assertThat(f.value(new BigDecimal("12.3456"))).isEqualTo("1" + G + "234.6%");
        assertThat(f.axisTitle("ROI")).isEqualTo("ROI");
    }

    @Test
    void tick_hasTheDecimalsTheStepNeeds() {
        assertThat(Format.number(2).tick(new BigDecimal("100"), new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(Format.number(0).tick(new BigDecimal("7.5"), new BigDecimal("2.5"))).isEqualTo("7.5");
        assertThat(Format.money("EUR", 2).tick(new BigDecimal("20000"), new BigDecimal("5000"))).isEqualTo("20" + G + "000");
        assertThat(Format.percent(1).tick(new BigDecimal("0.05"), new BigDecimal("0.05"))).isEqualTo("5%");
        assertThat(Format.percent(0).tick(new BigDecimal("0.075"), new BigDecimal("0.025"))).isEqualTo("7.5%");
        assertThat(Format.percent(0).tick(new BigDecimal("-1"), new BigDecimal("0.5"))).isEqualTo("-100%");
    }

    @Test
    void factories_rejectBadArguments() {
        assertThatThrownBy(() -> Format.number(7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals (7) must be between 0 and 6");
        assertThatThrownBy(() -> Format.percent(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals (-1) must be between 0 and 6");
        assertThatThrownBy(() -> Format.money("eur", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("currency (\"eur\") must be three capital letters");
        assertThatThrownBy(() -> Format.money(null, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void toString_isShort() {
        assertThat(Format.money("EUR", 2)).hasToString("money(EUR, 2)");
        assertThat(Format.percent(1)).hasToString("percent(1)");
        assertThat(Format.number(0)).hasToString("number(0)");
    }
}
