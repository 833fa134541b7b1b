package org.roikit.attribution.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Per-key sums of one currency for several models: for each key (an interned channel or
 * campaign id) and model, the real-valued money credited and the real-valued conversions
 * credited, as exact 128-bit fixed-point sums (see {@link Fixed128}), and, shared by all models,
 * the number of eligible touches seen.
 *
 * <p>Arrays grow with the keys seen and never shrink; adding allocates nothing once they have
 * grown. Not thread-safe.
 */
public final class KeySums {

    private final int models;
    private long[] touches = new long[8];
    private final long[][] moneyHi;
    private final long[][] moneyLo;
    private final long[][] weightHi;
    private final long[][] weightLo;

    /** Creates empty sums for {@code models} models. */
    public KeySums(int models) {
        this.models = models;
        moneyHi = new long[models][8];
        moneyLo = new long[models][8];
        weightHi = new long[models][8];
        weightLo = new long[models][8];
    }

    /** Counts one eligible touch on {@code key}. */
    public void touch(int key) {
        ensure(key);
        touches[key]++;
    }

    /**
     * Adds the credit of one touch under one model: {@code money} minor units and {@code weight}
     * conversions, both at least zero. The key must have been {@linkplain #touch(int) touched}.
     */
    public void add(int model, int key, double money, double weight) {
        Fixed128.add(moneyHi[model], moneyLo[model], key, money);
        Fixed128.add(weightHi[model], weightLo[model], key, weight);
    }

    /** Counts {@code count} eligible touches on {@code key}. */
    public void touch(int key, long count) {
        ensure(key);
        touches[key] = Math.addExact(touches[key], count);
    }

    /**
     * Adds the fixed-point sums of one key under one model, in units of 2^-64 (see
     * {@link Fixed128}): money {@code (moneyHigh, moneyLow)} and conversions {@code (weightHigh,
     * weightLow)}. The key must have been {@linkplain #touch(int, long) touched}.
     */
    public void add(int model, int key, long moneyHigh, long moneyLow, long weightHigh, long weightLow) {
        Fixed128.add(moneyHi[model], moneyLo[model], key, moneyHigh, moneyLow);
        Fixed128.add(weightHi[model], weightLo[model], key, weightHigh, weightLow);
    }

    /** Adds {@code other}'s sums, its key {@code k} going to key {@code keyMap[k]} here. */
    public void merge(KeySums other, int[] keyMap) {
        for (int k = 0; k < other.touches.length && k < keyMap.length; k++) {
            if (other.touches[k] == 0) {
                continue;
            }
            int key = keyMap[k];
            ensure(key);
            touches[key] = Math.addExact(touches[key], other.touches[k]);
            for (int m = 0; m < models; m++) {
                Fixed128.add(moneyHi[m], moneyLo[m], key, other.moneyHi[m][k], other.moneyLo[m][k]);
                Fixed128.add(weightHi[m], weightLo[m], key, other.weightHi[m][k], other.weightLo[m][k]);
            }
        }
    }

    /** Returns the number of eligible touches seen on {@code key}. */
    public long touches(int key) {
        return key < touches.length ? touches[key] : 0;
    }

    /** Returns the money credited to {@code key} under {@code model}, in units of 2^-64 minor units. */
    public BigInteger money(int model, int key) {
        return key < touches.length ? Fixed128.toBigInteger(moneyHi[model][key], moneyLo[model][key]) : BigInteger.ZERO;
    }

    /** Returns the conversions credited to {@code key} under {@code model}, in units of 2^-64. */
    public BigInteger weight(int model, int key) {
        return key < touches.length ? Fixed128.toBigInteger(weightHi[model][key], weightLo[model][key]) : BigInteger.ZERO;
    }

    private void ensure(int key) {
        if (key < touches.length) {
            return;
        }
        int capacity = Math.max(key + 1, touches.length * 2);
        touches = Arrays.copyOf(touches, capacity);
        for (int m = 0; m < models; m++) {
            moneyHi[m] = Arrays.copyOf(moneyHi[m], capacity);
            moneyLo[m] = Arrays.copyOf(moneyLo[m], capacity);
            weightHi[m] = Arrays.copyOf(weightHi[m], capacity);
            weightLo[m] = Arrays.copyOf(weightLo[m], capacity);
        }
    }
}
