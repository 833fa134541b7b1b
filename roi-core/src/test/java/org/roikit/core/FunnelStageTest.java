package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FunnelStageTest {

    @Test
    void constructor_keepsComponents() {
        FunnelStage s = new FunnelStage("mql", new BigDecimal("2"), Ratio.ofDecimal("0.2"));

        assertThat(s.name()).isEqualTo("mql");
        assertThat(s.count()).isEqualTo(new BigDecimal("2"));
        assertThat(s.rate()).isEqualTo(Ratio.ofDecimal("0.2"));
    }

    @Test
    void constructor_dropsTrailingZerosFromCount() {
        assertThat(new FunnelStage("a", new BigDecimal("0.500"), Ratio.ofDecimal("0.5")).count())
                .isEqualTo(new BigDecimal("0.5"));
        assertThat(new FunnelStage("a", new BigDecimal("1E+2"), Ratio.ofDecimal("0.5")).count())
                .isEqualTo(new BigDecimal("100"));
        assertThat(new FunnelStage("a", new BigDecimal("0.00"), Ratio.ofDecimal("0")).count())
                .isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void constructor_putsRateInPercentForm() {
        FunnelStage s = new FunnelStage("a", BigDecimal.ONE,
                Ratio.ofDecimal("0.25").withForm(Ratio.Form.MULTIPLE));

        assertThat(s.rate().form()).isEqualTo(Ratio.Form.PERCENT);
        assertThat(s.rate()).isEqualTo(Ratio.ofDecimal("0.25"));
    }

    @Test
    void constructor_acceptsUndefinedRateAndBounds() {
        assertThat(new FunnelStage("a", BigDecimal.TEN, Ratio.undefined("first stage")).rate())
                .isEqualTo(Ratio.undefined("first stage"));
        assertThat(new FunnelStage("a", BigDecimal.ZERO, Ratio.ofDecimal("0")).rate().value())
                .isEqualTo(BigDecimal.ZERO);
        assertThat(new FunnelStage("a", BigDecimal.ONE, Ratio.ofDecimal("1")).rate().value())
                .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void constructor_rejectsBlankName() {
        assertThatThrownBy(() -> new FunnelStage(" ", BigDecimal.ONE, Ratio.ofDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name (\" \") must not be blank");
    }

    @Test
    void constructor_rejectsNegativeCount() {
        assertThatThrownBy(() -> new FunnelStage("a", new BigDecimal("-1.5"), Ratio.ofDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count (-1.5) must be >= 0");
    }

    @Test
    void constructor_rejectsRateOutsideZeroToOne() {
        assertThatThrownBy(() -> new FunnelStage("a", BigDecimal.ONE, Ratio.ofDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate (1.5) must be between 0 and 1");
        assertThatThrownBy(() -> new FunnelStage("a", BigDecimal.ONE, Ratio.ofDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate (-0.1) must be between 0 and 1");
    }

    @Test
    void constructor_rejectsMoneyPerUnitRate() {
        Ratio cpc = Ratio.perUnit(Money.of("1.00", "EUR"), 2, "clicks");

        assertThatThrownBy(() -> new FunnelStage("a", BigDecimal.ONE, cpc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate (EUR 0.50) must be a plain ratio, not money per unit");
    }

    @Test
    void constructor_rejectsNulls() {
        assertThatThrownBy(() -> new FunnelStage(null, BigDecimal.ONE, Ratio.ofDecimal("0.5")))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new FunnelStage("a", null, Ratio.ofDecimal("0.5")))
                .isInstanceOf(NullPointerException.class).hasMessage("count");
        assertThatThrownBy(() -> new FunnelStage("a", BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rate");
    }

    @Test
    void equals_ignoresTrailingZerosAndRateForm() {
        FunnelStage a = new FunnelStage("a", new BigDecimal("0.50"), Ratio.ofDecimal("0.25"));
        FunnelStage b = new FunnelStage("a", new BigDecimal("0.5"),
                Ratio.ofDecimal("0.250").withForm(Ratio.Form.NUMBER));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new FunnelStage("b", new BigDecimal("0.5"), Ratio.ofDecimal("0.25")));
        assertThat(a).isNotEqualTo(new FunnelStage("a", new BigDecimal("0.6"), Ratio.ofDecimal("0.25")));
        assertThat(a).isNotEqualTo(new FunnelStage("a", new BigDecimal("0.5"), Ratio.ofDecimal("0.3")));
    }

    @Test
    void toString_readsNameCountAndRate() {
        assertThat(new FunnelStage("mql", new BigDecimal("2.0"), Ratio.ofDecimal("0.2")))
                .hasToString("FunnelStage[mql 2 20.00%]");
        assertThat(new FunnelStage("download", BigDecimal.TEN, Ratio.undefined("first stage")))
                .hasToString("FunnelStage[download 10 undefined (first stage)]");
    }
}
