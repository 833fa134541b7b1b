package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionModelTest {

    @Test
    void all_isOneOfEachKindWithDefaults_inCommandLineOrder() {
        assertThat(AttributionModel.all()).containsExactly(new LastTouch(), new FirstTouch(), new Linear(),
                new TimeDecay(Duration.ofDays(7)), new PositionBased(0.4, 0.2, 0.4),
                new LastNonDirect(Set.of("direct", "(direct)")));
        assertThat(AttributionModel.all()).extracting(AttributionModel::name).containsExactly("last-touch",
                "first-touch", "linear", "time-decay", "position-based", "last-non-direct");
    }

    @Test
    void parse_bareNamesGiveTheDefaults() {
        for (AttributionModel model : AttributionModel.all()) {
            assertThat(AttributionModel.parse(model.name())).isEqualTo(model);
        }
        assertThat(AttributionModel.parse("  linear ")).isEqualTo(AttributionModel.linear());
    }

    @Test
    void parse_readsParameters() {
        assertThat(AttributionModel.parse("time-decay(P14D)")).isEqualTo(AttributionModel.timeDecay(Duration.ofDays(14)));
        assertThat(AttributionModel.parse("position-based(0.2,0.2,0.6)")).isEqualTo(PositionBased.j());
        assertThat(AttributionModel.parse("last-non-direct((direct), direct)")).isEqualTo(AttributionModel.lastNonDirect());
    }

    @Test
    void parse_rejectsUnknownNamesAndMalformedParameters() {
        assertThatThrownBy(() -> AttributionModel.parse("shapley"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (\"shapley\") is not one of last-touch, first-touch, linear, time-decay, "
                        + "position-based, last-non-direct");
        assertThatThrownBy(() -> AttributionModel.parse("Linear"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("model (\"Linear\") is not one of");
        assertThatThrownBy(() -> AttributionModel.parse("linear(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("model (\"linear(1)\") takes no parameters");
        assertThatThrownBy(() -> AttributionModel.parse("last-touch()"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("model (\"last-touch()\") takes no parameters");
        assertThatThrownBy(() -> AttributionModel.parse("first-touch(x)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("model (\"first-touch(x)\") takes no parameters");
        assertThatThrownBy(() -> AttributionModel.parse("time-decay(P7D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (\"time-decay(P7D\") must close its parameters with ')'");
        assertThatThrownBy(() -> AttributionModel.parse("time-decay(P7D, P1D)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (\"time-decay(P7D, P1D)\") takes one half-life, such as time-decay(P7D)");
        assertThatThrownBy(() -> AttributionModel.parse("time-decay(7 days)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("halfLife (\"7 days\") is not an ISO-8601 duration such as P7D or PT12H");
        assertThatThrownBy(() -> AttributionModel.parse("time-decay(PT0S)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("halfLife (PT0S) must be positive");
        assertThatThrownBy(() -> AttributionModel.parse("position-based(0.4, 0.6)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (\"position-based(0.4, 0.6)\") takes three weights, first, middle and last,"
                        + " such as position-based(0.4, 0.2, 0.4)");
        assertThatThrownBy(() -> AttributionModel.parse("position-based(0.4, x, 0.4)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("middle (\"x\") is not a decimal number");
        assertThatThrownBy(() -> AttributionModel.parse("position-based(0.4, 1d, 0.4)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("middle (\"1d\") is not a decimal number");
        assertThatThrownBy(() -> AttributionModel.parse("position-based(0, 0, 0)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights (0, 0, 0) must not all be zero");
        assertThatThrownBy(() -> AttributionModel.parse("last-non-direct()"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("direct channel (\"\") must not be blank");
        assertThatThrownBy(() -> AttributionModel.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void factories_returnTheNamedKinds() {
        assertThat(AttributionModel.lastTouch()).isSameAs(AttributionModel.lastTouch());
        assertThat(AttributionModel.timeDecay().halfLife()).isEqualTo(Duration.ofDays(7));
        assertThat(AttributionModel.timeDecay(Duration.ofHours(6)).halfLife()).isEqualTo(Duration.ofHours(6));
        assertThat(AttributionModel.positionBased(0.3, 0.3, 0.4).middle()).isEqualTo(0.3);
        assertThat(AttributionModel.lastNonDirect().direct()).containsExactly("(direct)", "direct");
    }
}
