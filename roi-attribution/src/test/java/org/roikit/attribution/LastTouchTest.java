package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.daily;
import static org.roikit.attribution.Fixtures.eur;

import org.junit.jupiter.api.Test;

class LastTouchTest implements AttributionModelContract {

    private static final Attribution ENGINE = Attribution.of(AttributionModel.lastTouch());

    @Override
    public AttributionModel model() {
        return AttributionModel.lastTouch();
    }

    @Test
    void weigh_givesEverythingToTheLastTouch() {
        double[] w = new double[5];
        model().weigh(5, new double[5], new boolean[5], w);
        assertThat(w).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void credits_oneTwoThreeAndFiveTouches() {
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a"))).containsExactly(eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("0.00"), eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("0.00"), eur("0.00"), eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("100.00"));
    }

    @Test
    void equalTimestamps_theTouchGivenLastIsLast() {
        Journey journey = Journey.builder("j").touch(Fixtures.day(0), "email").touch(Fixtures.day(0), "linkedin")
                .conversion(Fixtures.day(1), eur("10.00")).build();
        assertThat(ENGINE.credits(journey).get(0).touches().get(1).touchpoint().channel()).isEqualTo("linkedin");
        assertThat(amounts(ENGINE, journey)).containsExactly(eur("0.00"), eur("10.00"));
    }

    @Test
    void factoryNameAndTextForm() {
        assertThat(AttributionModel.lastTouch()).isEqualTo(new LastTouch()).hasSameHashCodeAs(new LastTouch());
        assertThat(model().name()).isEqualTo("last-touch");
        assertThat(model()).hasToString("last-touch");
    }
}
