package org.roikit.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class Fixed128Test {

    private static BigInteger sum(double... terms) {
        long[] hi = new long[1];
        long[] lo = new long[1];
        for (double d : terms) {
            Fixed128.add(hi, lo, 0, d);
        }
        return Fixed128.toBigInteger(hi[0], lo[0]);
    }

    @Test
    void add_convertsExactlyInUnitsOfTwoToTheMinus64() {
        assertThat(sum(1.0)).isEqualTo(BigInteger.ONE.shiftLeft(64));
        assertThat(sum(0.5)).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(sum(0x1p-64)).isEqualTo(BigInteger.ONE);
        assertThat(sum(0x1p-65)).isEqualTo(BigInteger.ZERO);
        assertThat(sum(Double.MIN_VALUE)).isEqualTo(BigInteger.ZERO);
        assertThat(sum(0.0, -0.0)).isEqualTo(BigInteger.ZERO);
        assertThat(sum(3.0e15)).isEqualTo(BigInteger.valueOf(3_000_000_000_000_000L).shiftLeft(64));
        assertThat(sum(0x1p62)).isEqualTo(BigInteger.ONE.shiftLeft(126));
        // 0.1 as a double is 3602879701896397 / 2^55: 2^64 times that, truncated.
        assertThat(sum(0.1)).isEqualTo(new BigDecimal(0.1).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64)))
                .toBigInteger());
    }

    @Test
    void add_carriesFromTheLowWord() {
        assertThat(sum(0.75, 0.75)).isEqualTo(BigInteger.valueOf(3).shiftLeft(63));
    }

    @Test
    void add_isIndependentOfOrder() {
        assertThat(sum(0.1, 1e10, 0.3, 1e-9)).isEqualTo(sum(1e-9, 0.3, 0.1, 1e10));
    }

    @Test
    void add_rejectsNegativeNonFiniteAndTooLarge() {
        long[] hi = new long[1];
        long[] lo = new long[1];
        assertThatThrownBy(() -> Fixed128.add(hi, lo, 0, -1.0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add -1.0 to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.add(hi, lo, 0, Double.NaN)).isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add NaN to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.add(hi, lo, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add Infinity to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.add(hi, lo, 0, 0x1p63)).isInstanceOf(ArithmeticException.class)
                .hasMessage("9.223372036854776E18 does not fit in a 128-bit fixed-point sum");
    }

    @Test
    void add_overflowOfTheHighWordThrows() {
        long[] hi = {Long.MAX_VALUE};
        long[] lo = {-1};
        assertThatThrownBy(() -> Fixed128.add(hi, lo, 0, 0x1p-64)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void split_givesTheWordsOfHighAndLow() {
        double[] values = {0.0, -0.0, Double.MIN_VALUE, 0x1p-64, 0x1p-65, 0.1, 0.5, 1.0, 1.5, 3.0e15, 0x1p62, 0x1p63 - 1024,
            0x1.fffffffffffffp62, 123456.789, 1.0 / 3};
        long[] words = new long[4];
        for (double d : values) {
            Fixed128.split(d, words, 2);
            assertThat(words[2]).as("low of %s", d).isEqualTo(Fixed128.low(d));
            assertThat(words[3]).as("high of %s", d).isEqualTo(Fixed128.high(d));
            assertThat(Fixed128.toBigInteger(words[3], words[2])).isEqualTo(sum(d));
        }
        assertThat(Fixed128.high(1.0)).isEqualTo(1);
        assertThat(Fixed128.low(1.0)).isZero();
        assertThat(Fixed128.low(0.5)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void split_agreesWithAddOnRandomDoubles() {
        org.quicktheories.QuickTheory.qt().withExamples(2000)
                .forAll(org.quicktheories.generators.SourceDSL.longs().between(0, 0x7fefffffffffffffL))
                .checkAssert(bits -> {
                    double d = Double.longBitsToDouble(bits);
                    long[] words = new long[2];
                    if (d >= 0x1p63) {
                        assertThatThrownBy(() -> Fixed128.split(d, words, 0)).isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    Fixed128.split(d, words, 0);
                    assertThat(Fixed128.toBigInteger(words[1], words[0])).isEqualTo(sum(d));
                });
    }

    @Test
    void split_rejectsWhatAddRejects() {
        long[] words = new long[2];
        assertThatThrownBy(() -> Fixed128.split(-1.0, words, 0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add -1.0 to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.split(Double.NaN, words, 0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add NaN to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.split(Double.POSITIVE_INFINITY, words, 0))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("cannot add Infinity to a non-negative fixed-point sum");
        assertThatThrownBy(() -> Fixed128.split(0x1p63, words, 0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("9.223372036854776E18 does not fit in a 128-bit fixed-point sum");
    }
}
