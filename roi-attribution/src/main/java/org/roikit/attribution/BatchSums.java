package org.roikit.attribution;

import java.util.Arrays;

/**
 * What {@link BatchKernel} accumulates over a range of journeys of {@link JourneyBatch}es, in
 * primitive arrays indexed by the batch's currency and (channel, campaign) key ids, until a
 * {@link Ledger} absorbs it by name and it is cleared for the next range.
 *
 * <p>Per currency: six counts (see the {@code *_AT} offsets) and, per key, {@link #stride} words
 * in one array, so that a touch's sums share a cache line: the number of eligible touches, then
 * per model four words, the money credited and the conversions credited, each as a 128-bit
 * fixed-point number in units of 2^-64 (low word first; see
 * {@link org.roikit.attribution.internal.Fixed128}). The high words are added without overflow
 * checks: every sum is below 2^64, so a high word that reads negative means the sum reached 2^63,
 * which {@link #checkHighWords(int)} reports. Keys that got a touch are listed, so clearing costs
 * what was used, not the size of the key space. Not thread-safe.
 */
final class BatchSums {

    static final int CONVERSIONS_AT = 0;
    static final int VALUE_AT = 1;
    static final int UNATTRIBUTED_AT = 2;
    static final int UNATTRIBUTED_VALUE_AT = 3;
    static final int EXCLUDED_AT = 4;
    static final int EXCLUDED_VALUE_AT = 5;
    static final int COUNTS = 6;

    final int models;
    /** Words per key: the touch count, then four per model. */
    final int stride;
    int currencies;
    int keys;
    long[] counts = new long[0];
    /** Per currency, {@link #stride} words per key; null until the currency has a touch. */
    long[][] sums = new long[0][];
    /** Per currency, the keys with a touch, in order of first touch. */
    int[][] touched = new int[0][];
    int[] touchedCount = new int[0];
    long minSecond = Long.MAX_VALUE;
    long maxSecond = Long.MIN_VALUE;

    BatchSums(int models) {
        this.models = models;
        this.stride = 1 + 4 * models;
    }

    /** Makes room for {@code currencyCount} currencies and {@code keyCount} keys, keeping what is held. */
    void ensure(int currencyCount, int keyCount) {
        if (currencyCount > currencies) {
            counts = Arrays.copyOf(counts, currencyCount * COUNTS);
            sums = Arrays.copyOf(sums, currencyCount);
            touched = Arrays.copyOf(touched, currencyCount);
            touchedCount = Arrays.copyOf(touchedCount, currencyCount);
            currencies = currencyCount;
        }
        if (keyCount > keys) {
            for (int c = 0; c < currencies; c++) {
                if (sums[c] != null) {
                    sums[c] = Arrays.copyOf(sums[c], Math.multiplyExact(keyCount, stride));
                }
            }
            keys = keyCount;
        }
    }

    /** Returns the per-key words of currency {@code c}, making them if needed. */
    long[] keyWords(int c) {
        long[] words = sums[c];
        if (words == null) {
            words = new long[Math.multiplyExact(keys, stride)];
            sums[c] = words;
            touched[c] = new int[16];
        }
        return words;
    }

    /** Lists {@code key} as touched in currency {@code c}; called on its first touch. */
    void list(int c, int key) {
        int n = touchedCount[c];
        if (n == touched[c].length) {
            touched[c] = Arrays.copyOf(touched[c], n * 2);
        }
        touched[c][n] = key;
        touchedCount[c] = n + 1;
    }

    /** Returns whether currency {@code c} had a conversion, reported or excluded. */
    boolean isUsed(int c) {
        return counts[c * COUNTS + CONVERSIONS_AT] != 0 || counts[c * COUNTS + EXCLUDED_AT] != 0;
    }

    /**
     * Throws if a high word of currency {@code c} overflowed.
     *
     * @throws ArithmeticException if a sum reached 2^63
     */
    void checkHighWords(int c) {
        long[] s = sums[c];
        if (s == null) {
            return;
        }
        for (int i = 0; i < touchedCount[c]; i++) {
            int base = touched[c][i] * stride + 1;
            for (int w = base; w < base + 4 * models; w += 2) {
                if (s[w + 1] < 0) {
                    throw new ArithmeticException("a credited sum in minor units overflows a long");
                }
            }
        }
    }

    /** Clears everything, at a cost proportional to the keys touched. */
    void clear() {
        Arrays.fill(counts, 0);
        for (int c = 0; c < currencies; c++) {
            for (int i = 0; i < touchedCount[c]; i++) {
                int base = touched[c][i] * stride;
                Arrays.fill(sums[c], base, base + stride, 0);
            }
            touchedCount[c] = 0;
        }
        minSecond = Long.MAX_VALUE;
        maxSecond = Long.MIN_VALUE;
    }
}
