package org.roikit.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static final BigInteger ONE = BigInteger.ONE.shiftLeft(64);

    /** Returns {@code units + fraction} in units of 2^-64, the fraction given in 64ths. */
    private static BigInteger fixed(long units, long sixtyFourths) {
        return BigInteger.valueOf(units).multiply(ONE).add(BigInteger.valueOf(sixtyFourths).shiftLeft(58));
    }

    private static BigInteger[] ints(long... values) {
        BigInteger[] result = new BigInteger[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = BigInteger.valueOf(values[i]);
        }
        return result;
    }

    @Test
    void round_givesLeftoverUnitsToTheLargestFractions() {
        // 1.5 + 0.25 + 1.25 = 3: floors 1, 0, 1; the unit left goes to 0.5.
        assertThat(LargestRemainder.round(new BigInteger[] {fixed(1, 32), fixed(0, 16), fixed(1, 16)},
                BigInteger.valueOf(3))).containsExactly(ints(2, 0, 1));
    }

    @Test
    void round_breaksTiesToTheLowerIndex() {
        assertThat(LargestRemainder.round(new BigInteger[] {fixed(0, 32), fixed(0, 32)}, BigInteger.ONE))
                .containsExactly(ints(1, 0));
    }

    @Test
    void round_valuesSlightlyAboveTheTarget_takeBackFromTheSmallestFractions() {
        // 1.0 + 2.0 + 1.5 floors to 4 against a target of 3: one unit comes back from the 1.0 (smallest
        // fraction, ties to the higher index: 2.0 has the same zero fraction, so 2.0 gives first).
        assertThat(LargestRemainder.round(new BigInteger[] {fixed(1, 0), fixed(2, 0), fixed(1, 32)},
                BigInteger.valueOf(3))).containsExactly(ints(1, 1, 1));
    }

    @Test
    void round_neverTakesBelowZero() {
        assertThat(LargestRemainder.round(new BigInteger[] {fixed(3, 0), fixed(0, 0)}, BigInteger.ONE))
                .containsExactly(ints(1, 0));
    }

    @Test
    void round_farBelowTheTarget_spreadsWholeUnitsFirst() {
        assertThat(LargestRemainder.round(new BigInteger[] {fixed(0, 8), fixed(0, 0)}, BigInteger.valueOf(5)))
                .containsExactly(ints(3, 2));
    }

    @Test
    void round_noValues() {
        assertThat(LargestRemainder.round(new BigInteger[0], BigInteger.ZERO)).isEmpty();
        assertThatThrownBy(() -> LargestRemainder.round(new BigInteger[0], BigInteger.ONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("no values to carry a total of 1");
    }
}
