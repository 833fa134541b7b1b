package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class JourneyConversionTest {

    private static final Conversion SALE = Conversion.of("o-17", Instant.parse("2026-03-01T10:00:00Z"),
            Money.of("120.00", "EUR"), Conversion.SALE);

    @Test
    void of_keepsBothComponents() {
        JourneyConversion c = JourneyConversion.of("j-1", SALE);
        assertThat(c.journeyId()).isEqualTo("j-1");
        assertThat(c.conversion()).isEqualTo(SALE);
        assertThat(c).isEqualTo(new JourneyConversion("j-1", SALE));
    }

    @Test
    void rejectsBlankOrNullParts() {
        assertThatThrownBy(() -> JourneyConversion.of(" ", SALE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journeyId (\" \") must not be blank");
        assertThatThrownBy(() -> JourneyConversion.of(null, SALE))
                .isInstanceOf(NullPointerException.class).hasMessage("journeyId");
        assertThatThrownBy(() -> JourneyConversion.of("j-1", null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversion");
    }

    @Test
    void equalsAndHashCode_compareBothComponents() {
        JourneyConversion a = JourneyConversion.of("j-1", SALE);
        assertThat(a).isEqualTo(JourneyConversion.of("j-1", SALE)).hasSameHashCodeAs(JourneyConversion.of("j-1", SALE));
        assertThat(a).isNotEqualTo(JourneyConversion.of("j-2", SALE));
        assertThat(a).isNotEqualTo(JourneyConversion.of("j-1", Conversion.of("o-18", SALE.instant(), SALE.value(),
                SALE.type())));
    }

    @Test
    void toString_showsJourneyAndConversion() {
        assertThat(JourneyConversion.of("j-1", SALE))
                .hasToString("j-1: Conversion[o-17 sale EUR 120.00 at 2026-03-01T10:00:00Z]");
    }
}
