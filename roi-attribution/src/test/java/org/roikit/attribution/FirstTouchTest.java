package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.daily;
import static org.roikit.attribution.Fixtures.eur;

import org.junit.jupiter.api.Test;

class FirstTouchTest implements AttributionModelContract {

    private static final Attribution ENGINE = Attribution.of(AttributionModel.firstTouch());

    @Override
    public AttributionModel model() {
        return AttributionModel.firstTouch();
    }

    @Test
    void weigh_givesEverythingToTheFirstTouch() {
        double[] w = new double[5];
        model().weigh(5, new double[5], new boolean[5], w);
        assertThat(w).containsExactly(1, 0, 0, 0, 0);
    }

    @Test
    void credits_oneTwoThreeAndFiveTouches() {
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a"))).containsExactly(eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("100.00"), eur("0.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("100.00"), eur("0.00"), eur("0.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("100.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"));
    }

    @Test
    void equalTimestamps_theTouchGivenFirstIsFirst() {
        Journey journey = Journey.builder("j").touch(Fixtures.day(0), "email").touch(Fixtures.day(0), "linkedin")
                .conversion(Fixtures.day(1), eur("10.00")).build();
        assertThat(ENGINE.credits(journey).get(0).touches().get(0).touchpoint().channel()).isEqualTo("email");
        assertThat(amounts(ENGINE, journey)).containsExactly(eur("10.00"), eur("0.00"));
    }

    @Test
    void firstTouch_isTheEarliestWithinTheLookback() {
        Journey journey = Journey.builder("j").touch(Fixtures.day(0), "email").touch(Fixtures.day(20), "linkedin")
                .conversion(Fixtures.day(100), eur("10.00")).build();
        assertThat(ENGINE.credits(journey).get(0).touches()).singleElement()
                .satisfies(t -> assertThat(t.touchpoint().channel()).isEqualTo("linkedin"));
    }

    @Test
    void factoryNameAndTextForm() {
        assertThat(AttributionModel.firstTouch()).isEqualTo(new FirstTouch()).hasSameHashCodeAs(new FirstTouch());
        assertThat(model().name()).isEqualTo("first-touch");
        assertThat(model()).hasToString("first-touch");
    }
}
