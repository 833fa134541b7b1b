package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class JourneyTest {

    private static Instant day(int d) {
        return Instant.parse(String.format("2026-03-%02dT12:00:00Z", d));
    }

    @Test
    void of_sortsTouchesAndConversionsByTime_keepingInputOrderForTies() {
        Touchpoint late = Touchpoint.of("j", day(5), "email");
        Touchpoint tieFirst = Touchpoint.of("j", day(2), "linkedin");
        Touchpoint tieSecond = Touchpoint.of("j", day(2), "facebook");
        Touchpoint early = Touchpoint.of("j", day(1), "google-ads");
        Conversion second = Conversion.of("c2", day(9), Money.of("20.00", "EUR"), Conversion.SALE);
        Conversion first = Conversion.of("c1", day(6), Money.of("10.00", "EUR"), Conversion.LEAD);

        Journey journey = Journey.of("j", List.of(late, tieFirst, tieSecond, early), List.of(second, first));

        assertThat(journey.id()).isEqualTo("j");
        assertThat(journey.touchpoints()).containsExactly(early, tieFirst, tieSecond, late);
        assertThat(journey.conversions()).containsExactly(first, second);
        assertThat(journey.isConverted()).isTrue();
        assertThat(journey).hasToString("Journey[j: google-ads > linkedin > facebook > email => 2 conversions,"
                + " EUR 10.00, EUR 20.00]");
    }

    @Test
    void builder_collectsTouchesAndNumbersConversions() {
        Journey journey = Journey.builder("ada")
                .touch(day(3), "email")
                .touch(day(1), "linkedin", "q1-launch")
                .touch(Touchpoint.of("ada", day(2), "instagram"))
                .conversion(day(4), Money.of("300.00", "EUR"))
                .conversion(Conversion.of("x", day(5), Money.of("1.00", "EUR"), Conversion.SIGNUP))
                .conversion(day(6), Money.of("5.00", "EUR"))
                .build();

        assertThat(journey.touchpoints()).extracting(Touchpoint::channel)
                .containsExactly("linkedin", "instagram", "email");
        assertThat(journey.touchpoints().get(0).campaign()).contains("q1-launch");
        assertThat(journey.conversions()).extracting(Conversion::id).containsExactly("ada#1", "x", "ada#3");
        assertThat(journey.conversions().get(0).type()).isEqualTo(Conversion.SALE);
    }

    @Test
    void journeysWithoutTouchesOrConversions() {
        Journey touchless = Journey.builder("t").conversion(day(1), Money.of("5.00", "EUR")).build();
        assertThat(touchless).hasToString("Journey[t: no touches => 1 conversion, EUR 5.00]");
        Journey unconverted = Journey.builder("u").touch(day(1), "email").build();
        assertThat(unconverted.isConverted()).isFalse();
        assertThat(unconverted).hasToString("Journey[u: email => 0 conversions]");
    }

    @Test
    void listsAreUnmodifiableAndCopied() {
        List<Touchpoint> touches = new ArrayList<>(List.of(Touchpoint.of("j", day(1), "email")));
        Journey journey = Journey.of("j", touches, List.of());
        touches.add(Touchpoint.of("j", day(2), "linkedin"));
        assertThat(journey.touchpoints()).hasSize(1);
        assertThatThrownBy(() -> journey.touchpoints().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsComparesIdTouchesAndConversions() {
        Journey a = Journey.builder("j").touch(day(1), "email").conversion(day(2), Money.of("1.00", "EUR")).build();
        Journey same = Journey.builder("j").touch(day(1), "email").conversion(day(2), Money.of("1.00", "EUR")).build();
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(Journey.builder("k").touch(day(1), "email")
                .conversion(day(2), Money.of("1.00", "EUR")).build());
        assertThat(a).isNotEqualTo(Journey.builder("j").touch(day(1), "email").build());
    }

    @Test
    void rejectsTouchesOfAnotherJourney() {
        assertThatThrownBy(() -> Journey.of("j", List.of(Touchpoint.of("j", day(1), "email"),
                Touchpoint.of("k", day(2), "email")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touchpoints[1].journeyId (\"k\") must equal the journey id (\"j\")");
        assertThatThrownBy(() -> Journey.builder("j").touch(Touchpoint.of("k", day(1), "email")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touchpoint.journeyId (\"k\") must equal the journey id (\"j\")");
    }

    @Test
    void rejectsBlankIdsAndNulls() {
        assertThatThrownBy(() -> Journey.of(" ", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id (\" \") must not be blank");
        assertThatThrownBy(() -> Journey.builder(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id (\"\") must not be blank");
        assertThatThrownBy(() -> Journey.of("j", null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints");
        assertThatThrownBy(() -> Journey.of("j", List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversions");
        List<Touchpoint> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Journey.of("j", withNull, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints[0]");
        assertThatThrownBy(() -> Journey.builder("j").conversion(null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversion");
    }
}
