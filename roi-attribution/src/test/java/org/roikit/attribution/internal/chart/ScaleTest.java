package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void of_positiveData_stepsOfTwentyFromZero() {
        // 87 / 5 = 17.4 -> 2 x 10: ticks 0, 20, ..., 100.
        Scale scale = Scale.of(12, 87, true, 0, 400, 5);
        assertThat(scale.step()).isEqualByComparingTo("20");
        assertThat(scale.lower()).isEqualByComparingTo("0");
        assertThat(scale.upper()).isEqualByComparingTo("100");
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "20", "40", "60", "80", "100");
        assertThat(scale.position(50)).isEqualTo(200.0);
        assertThat(scale.position(new BigDecimal("100"))).isEqualTo(400.0);
        assertThat(scale.zero()).isEqualTo(0.0);
    }

    @Test
    void of_negativeData_zeroLineInside() {
        // span 117 / 5 = 23.4 -> 2.5 x 10; ends -50 and 100; zero at 50 / 150 of 400.
        Scale scale = Scale.of(-30, 87, true, 0, 400, 5);
        assertThat(scale.step()).isEqualByComparingTo("25");
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("-50", "-25", "0", "25", "50", "75", "100");
        assertThat(scale.zero()).isCloseTo(133.333, within(0.001));
        assertThat(scale.position(-50)).isEqualTo(0.0);
    }

    @Test
    void of_allNegative_includesZeroAtTheTop() {
        Scale scale = Scale.of(-80, -20, true, 0, 100, 4);
        // 80 / 4 = 20 -> 2 x 10; ends -80 and 0.
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("-80", "-60", "-40", "-20", "0");
        assertThat(scale.zero()).isEqualTo(100.0);
    }

    @Test
    void of_stepOfTwoAndAHalf() {
        Scale scale = Scale.of(0, 10, true, 0, 100, 4);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "2.5", "5", "7.5", "10");
        assertThat(scale.position(7.5)).isEqualTo(75.0);
    }

    @Test
    void of_allZero_mapsZeroToOne() {
        Scale scale = Scale.of(0, 0, true, 0, 100, 5);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(scale.zero()).isEqualTo(0.0);
    }

    @Test
    void of_singlePoint_isWidenedToZero() {
        // [0, 7] / 5 = 1.4 -> 2: ends 0 and 8.
        Scale scale = Scale.of(7, 7, false, 0, 80, 5);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "2", "4", "6", "8");
        assertThat(scale.position(7)).isEqualTo(70.0);
    }

    @Test
    void of_withoutZero_keepsTheDataRange() {
        // 20 / 5 = 4 -> 5: ends 40 and 60.
        Scale scale = Scale.of(41, 59, false, 0, 100, 5);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("40", "45", "50", "55", "60");
        assertThat(scale.position(50)).isEqualTo(50.0);
    }

    @Test
    void of_hugeValues() {
        // 3.2e12 / 5 = 6.4e11 -> 1e12: ends 0 and 4e12.
        Scale scale = Scale.of(0, 3.2e12, true, 0, 400, 5);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "1000000000000", "2000000000000", "3000000000000", "4000000000000");
        assertThat(scale.position(3.2e12)).isCloseTo(320.0, within(1e-9));
    }

    @Test
    void of_tinyValues_exactDecimalTicks() {
        // 0.00037 / 5 = 7.4e-5 -> 1e-4: ends 0 and 0.0004.
        Scale scale = Scale.of(0, 0.00037, true, 0, 400, 5);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "0.0001", "0.0002", "0.0003", "0.0004");
        assertThat(Format.number(4).tick(scale.ticks().get(3), scale.step())).isEqualTo("0.0003");
    }

    @Test
    void of_decimalsThatDoublesGetWrong_stayExact() {
        // 0.3 / 3 = 0.09999999999999999 in doubles; the step must still be 0.1.
        Scale scale = Scale.of(0, 0.3, true, 0, 300, 3);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "0.1", "0.2", "0.3");
    }

    @Test
    void of_invertedPixels_forAYAxis() {
        Scale scale = Scale.of(0, 300, true, 298, 78, 5);
        assertThat(scale.position(300)).isEqualTo(78.0);
        assertThat(scale.position(0)).isEqualTo(298.0);
        assertThat(scale.position(150)).isEqualTo(188.0);
    }

    @Test
    void of_rejectsBadArguments() {
        assertThatThrownBy(() -> Scale.of(Double.NaN, 1, true, 0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("min (NaN) must be finite");
        assertThatThrownBy(() -> Scale.of(0, Double.POSITIVE_INFINITY, true, 0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("max (Infinity) must be finite");
        assertThatThrownBy(() -> Scale.of(0, 1, true, Double.NaN, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("from (NaN) must be finite");
        assertThatThrownBy(() -> Scale.of(0, 1, true, 0, Double.NaN, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to (NaN) must be finite");
        assertThatThrownBy(() -> Scale.of(2, 1, true, 0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("min (2.0) must be <= max (1.0)");
        assertThatThrownBy(() -> Scale.of(0, 1, true, 5, 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("from (5.0) must differ from to");
        assertThatThrownBy(() -> Scale.of(0, 1, true, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("intervals (0) must be between 1 and 20");
        assertThatThrownBy(() -> Scale.of(0, 1, true, 0, 1, 21))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("intervals (21) must be between 1 and 20");
        assertThatThrownBy(() -> Scale.of(-1e308, 1e308, true, 0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("range [-1.0E308, 1.0E308] is too wide");
        assertThatThrownBy(() -> Scale.of(0, 1.7e308, true, 0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("range [0.0, 1.7E308] is too wide");
    }

    @Test
    void toString_isShort() {
        assertThat(Scale.of(-30, 87, true, 0, 400, 5)).hasToString("Scale[-50, 100] step 25 -> [0.00, 400.00]");
    }
}
