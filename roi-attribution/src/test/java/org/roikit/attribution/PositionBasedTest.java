package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.daily;
import static org.roikit.attribution.Fixtures.eur;

import org.junit.jupiter.api.Test;

class PositionBasedTest implements AttributionModelContract {

    private static final Attribution U = Attribution.of(PositionBased.uShape());
    private static final Attribution J = Attribution.of(PositionBased.j());
    private static final Attribution INVERSE_J = Attribution.of(PositionBased.inverseJ());

    @Override
    public AttributionModel model() {
        return AttributionModel.positionBased();
    }

    @Test
    void credits_uShape_oneTwoThreeAndFiveTouches() {
        assertThat(amounts(U, daily("j", eur("100.00"), "a"))).containsExactly(eur("100.00"));
        assertThat(amounts(U, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("50.00"), eur("50.00"));
        assertThat(amounts(U, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("40.00"), eur("20.00"), eur("40.00"));
        // The middle 20.00 split three ways, 6.666... each: the cent left over goes to the earlier touches.
        assertThat(amounts(U, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("40.00"), eur("6.67"), eur("6.67"), eur("6.66"), eur("40.00"));
    }

    @Test
    void credits_jShape_twoTouchesReNormalised() {
        // 0.2 and 0.6 re-normalised: 0.25 and 0.75.
        assertThat(amounts(J, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("25.00"), eur("75.00"));
        assertThat(amounts(J, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("20.00"), eur("6.67"), eur("6.67"), eur("6.66"), eur("60.00"));
    }

    @Test
    void credits_inverseJ() {
        assertThat(amounts(INVERSE_J, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("75.00"), eur("25.00"));
        assertThat(amounts(INVERSE_J, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("60.00"), eur("20.00"), eur("20.00"));
    }

    @Test
    void credits_customWeightsAreRelative() {
        Attribution custom = Attribution.of(AttributionModel.positionBased(2, 1, 2));
        assertThat(amounts(custom, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("40.00"), eur("6.67"), eur("6.67"), eur("6.66"), eur("40.00"));
        Attribution noMiddle = Attribution.of(AttributionModel.positionBased(1, 0, 1));
        assertThat(amounts(noMiddle, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("50.00"), eur("0.00"), eur("50.00"));
    }

    @Test
    void weigh_exactWeights() {
        double[] w = new double[4];
        PositionBased.uShape().weigh(4, new double[4], new boolean[4], w);
        assertThat(w).containsExactly(0.4, 0.1, 0.1, 0.4);
        PositionBased.j().weigh(2, new double[2], new boolean[2], w);
        assertThat(w[0]).isEqualTo(0.25);
        assertThat(w[1]).isEqualTo(0.75);
    }

    @Test
    void weights_areChecked() {
        assertThatThrownBy(() -> AttributionModel.positionBased(-0.1, 0.2, 0.4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("first (-0.1) must be >= 0");
        assertThatThrownBy(() -> AttributionModel.positionBased(0.4, -1, 0.4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("middle (-1) must be >= 0");
        assertThatThrownBy(() -> AttributionModel.positionBased(0.4, 0.2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("last (NaN) must be a finite number");
        assertThatThrownBy(() -> AttributionModel.positionBased(Double.POSITIVE_INFINITY, 0.2, 0.4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("first (Infinity) must be a finite number");
        assertThatThrownBy(() -> AttributionModel.positionBased(0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights (0, 0, 0) must not all be zero");
        assertThatThrownBy(() -> AttributionModel.positionBased(0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first (0) and last (0) must not both be zero: a journey of two touches would have no weight");
    }

    @Test
    void namedSetsEqualityAndTextForm() {
        assertThat(AttributionModel.positionBased()).isEqualTo(PositionBased.uShape())
                .isEqualTo(new PositionBased(0.4, 0.2, 0.4)).hasSameHashCodeAs(new PositionBased(0.4, 0.2, 0.4));
        assertThat(PositionBased.j()).isEqualTo(AttributionModel.positionBased(0.2, 0.2, 0.6));
        assertThat(PositionBased.inverseJ()).isEqualTo(AttributionModel.positionBased(0.6, 0.2, 0.2));
        assertThat(AttributionModel.positionBased(-0.0, 1, 1)).isEqualTo(AttributionModel.positionBased(0, 1, 1));
        assertThat(AttributionModel.positionBased(2, 1, 2)).isNotEqualTo(PositionBased.uShape());
        assertThat(model().name()).isEqualTo("position-based");
        assertThat(PositionBased.uShape()).hasToString("position-based(0.4, 0.2, 0.4)");
        assertThat(PositionBased.j()).hasToString("position-based(0.2, 0.2, 0.6)");
        assertThat(AttributionModel.positionBased(2, 1, 0.00001)).hasToString("position-based(2, 1, 0.00001)");
        assertThat(AttributionModel.parse("position-based(2, 1, 0.00001)"))
                .isEqualTo(AttributionModel.positionBased(2, 1, 0.00001));
    }
}
