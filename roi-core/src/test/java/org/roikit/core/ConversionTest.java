package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Money EUR_120 = Money.of("120.00", "EUR");

    @Test
    void of_keepsEveryComponent() {
        Conversion c = Conversion.of("o-17", AT, EUR_120, Conversion.SALE);

        assertThat(c.id()).isEqualTo("o-17");
        assertThat(c.instant()).isEqualTo(AT);
        assertThat(c.value()).isEqualTo(Money.of("120.00", "EUR"));
        assertThat(c.type()).isEqualTo("sale");
    }

    @Test
    void of_isTheConstructor() {
        assertThat(Conversion.of("o-17", AT, EUR_120, Conversion.SALE))
                .isEqualTo(new Conversion("o-17", AT, EUR_120, "sale"));
    }

    @Test
    void typeConstants_areLowerCaseNames() {
        assertThat(Conversion.LEAD).isEqualTo("lead");
        assertThat(Conversion.MQL).isEqualTo("mql");
        assertThat(Conversion.SALE).isEqualTo("sale");
        assertThat(Conversion.SIGNUP).isEqualTo("signup");
    }

    @Test
    void type_isFreeTextComparedExactly() {
        Conversion trial = Conversion.of("t-1", AT, Money.zero("EUR"), "Trial Start");
        Conversion upper = Conversion.of("o-17", AT, EUR_120, "SALE");

        assertThat(trial.type()).isEqualTo("Trial Start");
        assertThat(upper).isNotEqualTo(Conversion.of("o-17", AT, EUR_120, Conversion.SALE));
    }

    @Test
    void value_mayBeZero() {
        assertThat(Conversion.of("s-1", AT, Money.zero("EUR"), Conversion.SIGNUP).value())
                .isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void of_rejectsNegativeValue() {
        assertThatThrownBy(() -> Conversion.of("o-17", AT, Money.of("-0.01", "EUR"), Conversion.SALE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value (EUR -0.01) must be >= 0");
    }

    @Test
    void of_rejectsBlankId() {
        assertThatThrownBy(() -> Conversion.of(" ", AT, EUR_120, Conversion.SALE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id (\" \") must not be blank");
    }

    @Test
    void of_rejectsBlankType() {
        assertThatThrownBy(() -> Conversion.of("o-17", AT, EUR_120, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type (\"\") must not be blank");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> Conversion.of(null, AT, EUR_120, Conversion.SALE))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> Conversion.of("o-17", null, EUR_120, Conversion.SALE))
                .isInstanceOf(NullPointerException.class).hasMessage("instant");
        assertThatThrownBy(() -> Conversion.of("o-17", AT, null, Conversion.SALE))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> Conversion.of("o-17", AT, EUR_120, null))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
    }

    @Test
    void equals_comparesAllComponents() {
        Conversion c = Conversion.of("o-17", AT, EUR_120, Conversion.SALE);

        assertThat(c).isEqualTo(Conversion.of("o-17", AT, Money.of("120", "EUR"), "sale"))
                .hasSameHashCodeAs(Conversion.of("o-17", AT, Money.of("120", "EUR"), "sale"));
        assertThat(c).isNotEqualTo(Conversion.of("o-18", AT, EUR_120, Conversion.SALE));
        assertThat(c).isNotEqualTo(Conversion.of("o-17", AT.plusSeconds(1), EUR_120, Conversion.SALE));
        assertThat(c).isNotEqualTo(Conversion.of("o-17", AT, Money.of("120.01", "EUR"), Conversion.SALE));
        assertThat(c).isNotEqualTo(Conversion.of("o-17", AT, Money.of("120.00", "USD"), Conversion.SALE));
        assertThat(c).isNotEqualTo(Conversion.of("o-17", AT, EUR_120, Conversion.LEAD));
    }

    @Test
    void toString_readsIdTypeValueAndInstant() {
        assertThat(Conversion.of("o-17", AT, EUR_120, Conversion.SALE))
                .hasToString("Conversion[o-17 sale EUR 120.00 at 2026-03-01T10:00:00Z]");
        assertThat(Conversion.of("s-3", AT, Money.zero("JPY"), Conversion.SIGNUP))
                .hasToString("Conversion[s-3 signup JPY 0 at 2026-03-01T10:00:00Z]");
    }
}
