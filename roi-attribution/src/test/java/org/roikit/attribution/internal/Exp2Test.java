package org.roikit.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class Exp2Test {

    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void ofNonPositive_isExactAtIntegersAndSixtyFourths() {
        for (int k = 0; k <= 1074; k++) {
            assertThat(Exp2.ofNonPositive(-k)).isEqualTo(Math.scalb(1.0, -k));
        }
        assertThat(Exp2.ofNonPositive(-0.0)).isEqualTo(1.0);
        assertThat(Exp2.ofNonPositive(-0.5)).isEqualTo(StrictMath.pow(2, -0.5));
        assertThat(Exp2.ofNonPositive(-3.25)).isEqualTo(StrictMath.pow(2, -0.25) / 8);
        assertThat(Exp2.ofNonPositive(-1075)).isEqualTo(0.0);
        assertThat(Exp2.ofNonPositive(-1e300)).isEqualTo(0.0);
        assertThat(Exp2.ofNonPositive(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    }

    @Test
    void ofNonPositive_isWithinTwoUlpsOfStrictMathPow() {
        qt().withExamples(20_000).forAll(doubles().between(-30, 0)).checkAssert(y ->
                assertThat(ulps(Exp2.ofNonPositive(y), StrictMath.pow(2, y))).isLessThanOrEqualTo(2));
        qt().withExamples(5_000).forAll(doubles().between(-1074, 0)).checkAssert(y ->
                assertThat(ulps(Exp2.ofNonPositive(y), StrictMath.pow(2, y))).isLessThanOrEqualTo(2));
    }

    @Test
    void ofNonPositive_rejectsPositiveAndNaN() {
        assertThatThrownBy(() -> Exp2.ofNonPositive(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("y (0.5) must be <= 0");
        assertThatThrownBy(() -> Exp2.ofNonPositive(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("y (NaN) must be <= 0");
    }
}
