package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.daily;
import static org.roikit.attribution.Fixtures.eur;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LastNonDirectTest implements AttributionModelContract {

    private static final Attribution ENGINE = Attribution.of(AttributionModel.lastNonDirect());

    @Override
    public AttributionModel model() {
        return AttributionModel.lastNonDirect();
    }

    @Test
    void weigh_skipsDirectTouchesFromTheEnd() {
        double[] w = new double[4];
        model().weigh(4, new double[4], new boolean[] {false, false, true, true}, w);
        assertThat(w).containsExactly(0, 1, 0, 0);
        model().weigh(3, new double[3], new boolean[] {true, true, true}, w);
        assertThat(w).containsExactly(0, 0, 1, 0);
    }

    @Test
    void credits_oneTwoThreeAndFiveTouches() {
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "direct"))).containsExactly(eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "email", "direct")))
                .containsExactly(eur("100.00"), eur("0.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "email", "linkedin", "(direct)")))
                .containsExactly(eur("0.00"), eur("100.00"), eur("0.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "email", "linkedin", "DIRECT", "(Direct)", "Direct")))
                .containsExactly(eur("0.00"), eur("100.00"), eur("0.00"), eur("0.00"), eur("0.00"));
    }

    @Test
    void credits_allDirect_fallBackToTheLastTouch() {
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "direct", "(direct)")))
                .containsExactly(eur("0.00"), eur("100.00"));
    }

    @Test
    void directSet_isConfigurableAndMatchedIgnoringCase() {
        LastNonDirect custom = AttributionModel.lastNonDirect(Set.of("None", "typed"));
        assertThat(custom.direct()).containsExactly("none", "typed");
        assertThat(custom.isDirect("NONE")).isTrue();
        assertThat(custom.isDirect("direct")).isFalse();
        assertThat(amounts(Attribution.of(custom), daily("j", eur("100.00"), "email", "direct", "none")))
                .containsExactly(eur("0.00"), eur("100.00"), eur("0.00"));
        assertThat(custom).isEqualTo(AttributionModel.lastNonDirect(Set.of("none", "TYPED")));
    }

    @Test
    void directSet_isChecked() {
        assertThatThrownBy(() -> AttributionModel.lastNonDirect(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("direct ([]) must name at least one channel");
        assertThatThrownBy(() -> AttributionModel.lastNonDirect(Set.of(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("direct channel (\" \") must not be blank");
        assertThatThrownBy(() -> AttributionModel.lastNonDirect(null))
                .isInstanceOf(NullPointerException.class).hasMessage("direct");
        assertThatThrownBy(() -> model().weigh(1, new double[1], null, new double[1]))
                .isInstanceOf(NullPointerException.class).hasMessage("direct");
        assertThatThrownBy(() -> AttributionModel.lastNonDirect().isDirect(null))
                .isInstanceOf(NullPointerException.class).hasMessage("channel");
    }

    @Test
    void defaultsEqualityAndTextForm() {
        assertThat(LastNonDirect.DEFAULT_DIRECT).containsExactlyInAnyOrder("direct", "(direct)");
        assertThat(model()).isEqualTo(new LastNonDirect(Set.of("(direct)", "Direct")))
                .hasSameHashCodeAs(new LastNonDirect(Set.of("(direct)", "direct")));
        assertThat(model().name()).isEqualTo("last-non-direct");
        assertThat(model()).hasToString("last-non-direct((direct), direct)");
        assertThat(AttributionModel.parse("last-non-direct(none, typed)"))
                .isEqualTo(AttributionModel.lastNonDirect(Set.of("typed", "none")));
    }
}
