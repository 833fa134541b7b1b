package org.roikit.attribution;

import java.time.LocalDate;
import java.util.List;
import org.roikit.attribution.internal.Durations;
import org.roikit.attribution.internal.Exp2;
import org.roikit.attribution.internal.Fixed128;

/**
 * The hot path: attributes a range of journeys of a {@link JourneyBatch} into {@link BatchSums},
 * under one or several models, with the same eligibility rules, weights and fixed-point sums as
 * {@link Ledger#add(Journey)} and {@link Eligibility}, so that the sums, and the reports rounded
 * from them, are identical.
 *
 * <p>Per conversion it finds the eligible touches with two pointers that only move forward (in
 * constant time when every touch of the journey so far is in the window), then adds, per
 * eligible touch, the weight and {@code weight x value} as 128-bit fixed-point numbers to the
 * touch's (channel, campaign) key, and counts the touch. A single model without collapsed repeats
 * has a credit loop of its own that converts each distinct weight of a conversion to fixed point
 * once (once per conversion for linear, first-touch, last-touch and last-non-direct, up to three
 * times for position-based), with the weights computed exactly as the model's
 * {@link AttributionModel#weigh} computes them; time decay computes its weights inline with the
 * operations of {@link TimeDecay#weigh}, in the same order; several models and collapsed repeats
 * go through a general loop around {@code weigh}. The common case (whole seconds everywhere,
 * touches serving every conversion, no report period) has a leaner loop of its own. Everything lives in reused
 * buffers: a journey allocates nothing once they have grown to the longest journey. Not
 * thread-safe: one kernel per thread.
 */
final class BatchKernel {

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    private static final long SECONDS_PER_DAY = 86_400;

    private static final int GENERIC = 0;
    private static final int LAST = 1;
    private static final int FIRST = 2;
    private static final int LINEAR = 3;
    private static final int POSITION = 4;
    private static final int NON_DIRECT = 5;
    private static final int DECAY = 6;

    /** The words per key of one model: the touch count, money low and high, weight low and high. */
    private static final int STRIDE = 5;

    /** Linear weights below this many touches are converted to fixed point once, up front. */
    private static final int LINEAR_WEIGHTS = 64;
    /** {@code 1.0 / n}, the same correctly rounded quotient, per n below {@link #LINEAR_WEIGHTS}. */
    private static final double[] LINEAR_WEIGHT = new double[LINEAR_WEIGHTS];
    /** The low word of {@code 1.0 / n} in fixed point, per n below {@link #LINEAR_WEIGHTS}. */
    private static final long[] LINEAR_WEIGHT_LO = new long[LINEAR_WEIGHTS];

    static {
        for (int n = 1; n < LINEAR_WEIGHTS; n++) {
            LINEAR_WEIGHT[n] = 1.0 / n;
            LINEAR_WEIGHT_LO[n] = Fixed128.low(1.0 / n);
        }
    }

    private final AttributionModel[] models;
    /** The single-model credit loop to use, or {@link #GENERIC}. */
    private final int kind;
    private final long lookbackSeconds;
    private final int lookbackNanos;
    private final boolean reset;
    private final boolean collapse;
    private final boolean period;
    private final long periodFrom;
    private final long periodTo;
    private final boolean needAges;
    private final boolean needDirect;

    private final double pairFirst;
    private final double firstShare;
    private final double middleShare;
    private final double lastShare;
    /** The half-life in seconds, as {@link TimeDecay#weigh} computes it, for a single time-decay model. */
    private final double halfLifeSeconds;

    /** Scratch for fixed-point words: money low and high, weight low and high. */
    private final long[] fix = new long[4];
    private int[] eligible = new int[16];
    private double[] ages = new double[16];
    private boolean[] direct = new boolean[16];
    private double[] weights = new double[16];
    /** Per model, the direct flag of each channel id of the batch, for last-non-direct models. */
    private final boolean[][] directOf;
    /** The direct flag of each key of the batch, for a single last-non-direct model. */
    private boolean[] keyDirect = new boolean[0];
    private String[] directNames;
    private int directChannels = -1;
    private int directKeys = -1;

    BatchKernel(List<AttributionModel> models, AttributionSettings settings) {
        this.models = models.toArray(new AttributionModel[0]);
        this.lookbackSeconds = settings.lookback().getSeconds();
        this.lookbackNanos = settings.lookback().getNano();
        this.reset = settings.policy() == ConversionPolicy.RESET_AFTER_CONVERSION;
        this.collapse = settings.collapseRepeats();
        this.period = settings.from().isPresent();
        this.periodFrom = settings.from().map(LocalDate::toEpochDay).orElse(0L) * SECONDS_PER_DAY;
        this.periodTo = settings.to().map(d -> d.toEpochDay() + 1).orElse(0L) * SECONDS_PER_DAY;
        boolean ages = false;
        boolean lnd = false;
        for (AttributionModel m : this.models) {
            ages |= m instanceof TimeDecay;
            lnd |= m instanceof LastNonDirect;
        }
        this.needAges = ages;
        this.needDirect = lnd;
        this.directOf = new boolean[this.models.length][];
        AttributionModel only = this.models.length == 1 && !collapse ? this.models[0] : null;
        if (only instanceof LastTouch) {
            kind = LAST;
        } else if (only instanceof FirstTouch) {
            kind = FIRST;
        } else if (only instanceof Linear) {
            kind = LINEAR;
        } else if (only instanceof PositionBased) {
            kind = POSITION;
        } else if (only instanceof LastNonDirect) {
            kind = NON_DIRECT;
        } else if (only instanceof TimeDecay) {
            kind = DECAY;
        } else {
            kind = GENERIC;
        }
        if (only instanceof PositionBased p) {
            pairFirst = p.pairFirst();
            firstShare = p.firstShare();
            middleShare = p.middleShare();
            lastShare = p.lastShare();
        } else {
            pairFirst = 0;
            firstShare = 0;
            middleShare = 0;
            lastShare = 0;
        }
        halfLifeSeconds = only instanceof TimeDecay d ? Durations.toSeconds(d.halfLife()) : 0;
    }

    /** Attributes journeys {@code [from, to)} of {@code batch} into {@code sums}. */
    void run(JourneyBatch batch, int from, int to, BatchSums sums) {
        sums.ensure(batch.currencies.length, batch.keyCount);
        if (needDirect) {
            directFlags(batch);
        }
        if (batch.touchNano == null && batch.conversionNano == null && lookbackNanos == 0 && !reset && !period) {
            runWholeSeconds(batch, from, to, sums);
        } else {
            runGeneral(batch, from, to, sums);
        }
    }

    /**
     * Does what {@link #run} does, for the common case with fewer branches: whole seconds
     * everywhere (no nanoseconds in the batch or the lookback), touches serving every conversion,
     * no report period.
     */
    private void runWholeSeconds(JourneyBatch batch, int from, int to, BatchSums sums) {
        int[] touchStart = batch.touchStart;
        int[] conversionStart = batch.conversionStart;
        long[] touchSecond = batch.touchSecond;
        int[] touchKey = batch.touchKey;
        long[] conversionSecond = batch.conversionSecond;
        long[] conversionMinor = batch.conversionMinor;
        int[] conversionCurrency = batch.conversionCurrency;
        long[] counts = sums.counts;
        long[] fixed = fix;
        long lookback = lookbackSeconds;
        long minSecond = sums.minSecond;
        long maxSecond = sums.maxSecond;
        int c1 = conversionStart[from];
        for (int j = from; j < to; j++) {
            int c = c1;
            c1 = conversionStart[j + 1];
            if (c == c1) {
                continue;
            }
            int t1 = touchStart[j + 1];
            int lo = touchStart[j];
            int hi = lo;
            for (; c < c1; c++) {
                long cs = conversionSecond[c];
                if (hi < t1) {
                    if (touchSecond[t1 - 1] <= cs) {
                        hi = t1;
                    } else {
                        while (touchSecond[hi] <= cs) {
                            hi++;
                        }
                    }
                }
                long ls = cs - lookback;
                if (ls > cs) {
                    // The window reaches past the earliest representable second: every earlier touch is in it.
                    ls = Long.MIN_VALUE;
                }
                while (lo < hi && touchSecond[lo] < ls) {
                    lo++;
                }
                int currency = conversionCurrency[c];
                int base = currency * BatchSums.COUNTS;
                long minor = conversionMinor[c];
                minSecond = Math.min(minSecond, cs);
                maxSecond = Math.max(maxSecond, cs);
                counts[base + BatchSums.CONVERSIONS_AT]++;
                counts[base + BatchSums.VALUE_AT] = Math.addExact(counts[base + BatchSums.VALUE_AT], minor);
                if (lo == hi) {
                    counts[base + BatchSums.UNATTRIBUTED_AT]++;
                    counts[base + BatchSums.UNATTRIBUTED_VALUE_AT] =
                            Math.addExact(counts[base + BatchSums.UNATTRIBUTED_VALUE_AT], minor);
                    continue;
                }
                long[] acc = sums.keyWords(currency);
                switch (kind) {
                    case LINEAR -> linear(acc, touchKey, lo, hi, minor, fixed, sums, currency);
                    case LAST -> single(acc, touchKey, lo, hi, hi - 1, minor, fixed, sums, currency);
                    case FIRST -> single(acc, touchKey, lo, hi, lo, minor, fixed, sums, currency);
                    case NON_DIRECT -> single(acc, touchKey, lo, hi, lastNonDirect(touchKey, keyDirect, lo, hi), minor,
                            fixed, sums, currency);
                    case POSITION -> position(acc, touchKey, lo, hi, minor, sums, currency);
                    case DECAY -> decay(acc, touchKey, touchSecond, null, lo, hi, cs, 0, minor, sums, currency);
                    default -> generic(batch, sums, c, lo, hi);
                }
            }
        }
        sums.minSecond = minSecond;
        sums.maxSecond = maxSecond;
    }

    /** Does what {@link #run} does, for any batch and settings. */
    private void runGeneral(JourneyBatch batch, int from, int to, BatchSums sums) {
        int[] touchStart = batch.touchStart;
        int[] conversionStart = batch.conversionStart;
        long[] touchSecond = batch.touchSecond;
        int[] touchNano = batch.touchNano;
        int[] touchKey = batch.touchKey;
        long[] conversionSecond = batch.conversionSecond;
        int[] conversionNano = batch.conversionNano;
        long[] conversionMinor = batch.conversionMinor;
        int[] conversionCurrency = batch.conversionCurrency;
        long[] counts = sums.counts;
        long[] fixed = fix;
        long minSecond = sums.minSecond;
        long maxSecond = sums.maxSecond;
        int c1 = conversionStart[from];
        for (int j = from; j < to; j++) {
            int c = c1;
            c1 = conversionStart[j + 1];
            if (c == c1) {
                continue;
            }
            int t1 = touchStart[j + 1];
            int lo = touchStart[j];
            int hi = lo;
            int unconsumed = lo;
            for (; c < c1; c++) {
                long cs = conversionSecond[c];
                int cn = conversionNano == null ? 0 : conversionNano[c];
                if (hi < t1) {
                    if (touchNano == null) {
                        if (touchSecond[t1 - 1] <= cs) {
                            hi = t1;
                        } else {
                            while (touchSecond[hi] <= cs) {
                                hi++;
                            }
                        }
                    } else if (touchSecond[t1 - 1] < cs || touchSecond[t1 - 1] == cs && touchNano[t1 - 1] <= cn) {
                        hi = t1;
                    } else {
                        while (touchSecond[hi] < cs || touchSecond[hi] == cs && touchNano[hi] <= cn) {
                            hi++;
                        }
                    }
                }
                if (lo < hi) {
                    long ls = cs - lookbackSeconds;
                    int ln = cn - lookbackNanos;
                    if (ln < 0) {
                        ln += NANOS_PER_SECOND;
                        ls--;
                    }
                    if (ls > cs) {
                        ls = Long.MIN_VALUE;
                        ln = 0;
                    }
                    if (touchNano == null) {
                        while (lo < hi && (touchSecond[lo] < ls || touchSecond[lo] == ls && ln > 0)) {
                            lo++;
                        }
                    } else {
                        while (lo < hi && (touchSecond[lo] < ls || touchSecond[lo] == ls && touchNano[lo] < ln)) {
                            lo++;
                        }
                    }
                }
                int first = lo;
                if (reset) {
                    // The conversion consumes its touches even when it is outside the period.
                    first = Math.max(lo, unconsumed);
                    unconsumed = hi;
                }
                int currency = conversionCurrency[c];
                int base = currency * BatchSums.COUNTS;
                long minor = conversionMinor[c];
                if (period && (cs < periodFrom || cs >= periodTo)) {
                    counts[base + BatchSums.EXCLUDED_AT]++;
                    counts[base + BatchSums.EXCLUDED_VALUE_AT] =
                            Math.addExact(counts[base + BatchSums.EXCLUDED_VALUE_AT], minor);
                    continue;
                }
                minSecond = Math.min(minSecond, cs);
                maxSecond = Math.max(maxSecond, cs);
                counts[base + BatchSums.CONVERSIONS_AT]++;
                counts[base + BatchSums.VALUE_AT] = Math.addExact(counts[base + BatchSums.VALUE_AT], minor);
                if (first == hi) {
                    counts[base + BatchSums.UNATTRIBUTED_AT]++;
                    counts[base + BatchSums.UNATTRIBUTED_VALUE_AT] =
                            Math.addExact(counts[base + BatchSums.UNATTRIBUTED_VALUE_AT], minor);
                    continue;
                }
                long[] acc = sums.keyWords(currency);
                switch (kind) {
                    case LINEAR -> linear(acc, touchKey, first, hi, minor, fixed, sums, currency);
                    case LAST -> single(acc, touchKey, first, hi, hi - 1, minor, fixed, sums, currency);
                    case FIRST -> single(acc, touchKey, first, hi, first, minor, fixed, sums, currency);
                    case NON_DIRECT -> single(acc, touchKey, first, hi, lastNonDirect(touchKey, keyDirect, first, hi),
                            minor, fixed, sums, currency);
                    case POSITION -> position(acc, touchKey, first, hi, minor, sums, currency);
                    case DECAY -> decay(acc, touchKey, touchSecond, touchNano, first, hi, cs, cn, minor, sums, currency);
                    default -> generic(batch, sums, c, first, hi);
                }
            }
        }
        sums.minSecond = minSecond;
        sums.maxSecond = maxSecond;
    }

    /** Adds the 128-bit number {@code (high, low)} to words {@code i} (low) and {@code i + 1} (high). */
    private static void add(long[] acc, int i, long high, long low) {
        long before = acc[i];
        long sum = before + low;
        acc[i] = sum;
        acc[i + 1] += high + (((before & low) | ((before | low) & ~sum)) >>> 63);
    }

    /** Counts a touch on {@code key}, listing the key on its first touch. */
    private static void count(long[] acc, int key, BatchSums sums, int currency) {
        if (acc[key * STRIDE]++ == 0) {
            sums.list(currency, key);
        }
    }

    /** Linear over touches {@code [first, hi)}: {@code 1.0 / n} each, as {@link Linear#weigh} writes it. */
    private static void linear(long[] acc, int[] touchKey, int first, int hi, long minor, long[] fixed,
            BatchSums sums, int currency) {
        int n = hi - first;
        double w;
        long weightLo;
        long weightHi;
        if (n < LINEAR_WEIGHTS) {
            w = LINEAR_WEIGHT[n];
            weightLo = LINEAR_WEIGHT_LO[n];
            weightHi = n == 1 ? 1 : 0;
        } else {
            w = 1.0 / n;
            Fixed128.split(w, fixed, 2);
            weightLo = fixed[2];
            weightHi = fixed[3];
        }
        Fixed128.split(w * minor, fixed, 0);
        long moneyLo = fixed[0];
        long moneyHi = fixed[1];
        for (int t = first; t < hi; t++) {
            int key = touchKey[t];
            count(acc, key, sums, currency);
            int base = key * STRIDE;
            add(acc, base + 1, moneyHi, moneyLo);
            add(acc, base + 3, weightHi, weightLo);
        }
    }

    /**
     * Everything to touch {@code chosen} of {@code [first, hi)}, weight exactly 1 and money the
     * whole value; the other touches are counted with no credit.
     */
    private static void single(long[] acc, int[] touchKey, int first, int hi, int chosen, long minor, long[] fixed,
            BatchSums sums, int currency) {
        for (int t = first; t < hi; t++) {
            count(acc, touchKey[t], sums, currency);
        }
        Fixed128.split(1.0 * minor, fixed, 0);
        int base = touchKey[chosen] * STRIDE;
        add(acc, base + 1, fixed[1], fixed[0]);
        acc[base + 4]++;
    }

    /** Returns the last touch of {@code [first, hi)} whose channel is not direct, or else the last one. */
    private static int lastNonDirect(int[] touchKey, boolean[] keyDirect, int first, int hi) {
        for (int t = hi - 1; t >= first; t--) {
            if (!keyDirect[touchKey[t]]) {
                return t;
            }
        }
        return hi - 1;
    }

    /** Position-based over touches {@code [first, hi)}, with the shares {@link PositionBased#weigh} writes. */
    private void position(long[] acc, int[] touchKey, int first, int hi, long minor, BatchSums sums, int currency) {
        for (int t = first; t < hi; t++) {
            count(acc, touchKey[t], sums, currency);
        }
        int n = hi - first;
        double total = minor;
        if (n == 1) {
            credit(acc, touchKey[first] * STRIDE, 1.0, total);
        } else if (n == 2) {
            double w0 = pairFirst;
            credit(acc, touchKey[first] * STRIDE, w0, total);
            credit(acc, touchKey[first + 1] * STRIDE, 1 - w0, total);
        } else {
            double middle = middleShare / (n - 2);
            if (middle != 0) {
                fix(middle, total);
                long moneyLo = fix[0];
                long moneyHi = fix[1];
                long weightLo = fix[2];
                long weightHi = fix[3];
                for (int t = first + 1; t < hi - 1; t++) {
                    int base = touchKey[t] * STRIDE;
                    add(acc, base + 1, moneyHi, moneyLo);
                    add(acc, base + 3, weightHi, weightLo);
                }
            }
            credit(acc, touchKey[first] * STRIDE, firstShare, total);
            credit(acc, touchKey[hi - 1] * STRIDE, lastShare, total);
        }
    }

    /**
     * Time decay over touches {@code [first, hi)} of a conversion at {@code (cs, cn)}: the ages
     * as the object path measures them, and the weights {@link TimeDecay#weigh} writes, by the
     * same operations in the same order (the youngest age, {@code -(age - youngest) / halfLife},
     * {@link Exp2#ofNonPositive}, the sum in touch order, each power divided by the sum), inlined
     * here so that a conversion costs no call, no argument checks and no pass over the weights
     * of its own. A lone touch weighs {@code 2^0 / 2^0}, exactly 1.
     */
    private void decay(long[] acc, int[] touchKey, long[] touchSecond, int[] touchNano, int first, int hi, long cs,
            int cn, long minor, BatchSums sums, int currency) {
        int n = hi - first;
        long[] fixed = fix;
        double total = minor;
        if (n == 1) {
            int key = touchKey[first];
            count(acc, key, sums, currency);
            Fixed128.split(total, fixed, 0);
            int base = key * STRIDE;
            add(acc, base + 1, fixed[1], fixed[0]);
            acc[base + 4]++;
            return;
        }
        if (ages.length < n) {
            grow(n);
        }
        for (int t = first; t < hi; t++) {
            count(acc, touchKey[t], sums, currency);
        }
        double h = halfLifeSeconds;
        double[] w = weights;
        double sum = 0;
        if (touchNano == null && cn == 0) {
            // Converting seconds to double never reverses their order, so the last touch is the youngest.
            double youngest = (double) (cs - touchSecond[hi - 1]);
            for (int e = 0; e < n; e++) {
                double p = Exp2.ofNonPositive(-((double) (cs - touchSecond[first + e]) - youngest) / h);
                w[e] = p;
                sum += p;
            }
        } else {
            double[] a = ages;
            double youngest = Double.POSITIVE_INFINITY;
            for (int e = 0; e < n; e++) {
                int t = first + e;
                int tn = touchNano == null ? 0 : touchNano[t];
                double age = (double) (cs - touchSecond[t]) + (cn - tn) * 1e-9;
                a[e] = age;
                youngest = Math.min(youngest, age);
            }
            for (int e = 0; e < n; e++) {
                double p = Exp2.ofNonPositive(-(a[e] - youngest) / h);
                w[e] = p;
                sum += p;
            }
        }
        for (int e = 0; e < n; e++) {
            double we = w[e] / sum;
            if (we != 0) {
                Fixed128.split(we * total, fixed, 0);
                Fixed128.split(we, fixed, 2);
                int base = touchKey[first + e] * STRIDE;
                add(acc, base + 1, fixed[1], fixed[0]);
                add(acc, base + 3, fixed[3], fixed[2]);
            }
        }
    }

    private void grow(int size) {
        int capacity = Math.max(size, eligible.length * 2);
        eligible = new int[capacity];
        ages = new double[capacity];
        direct = new boolean[capacity];
        weights = new double[capacity];
    }

    /** Sets {@link #fix} to money {@code w x total} (words 0 and 1) and weight {@code w} (words 2 and 3). */
    private void fix(double w, double total) {
        Fixed128.split(w * total, fix, 0);
        Fixed128.split(w, fix, 2);
    }

    /** Adds weight {@code w} and money {@code w x total} to the key at {@code base}; nothing for a zero weight. */
    private void credit(long[] acc, int base, double w, double total) {
        if (w == 0) {
            return;
        }
        fix(w, total);
        add(acc, base + 1, fix[1], fix[0]);
        add(acc, base + 3, fix[3], fix[2]);
    }

    /**
     * Credits conversion {@code c} over touches {@code [first, hi)} through
     * {@link AttributionModel#weigh}: any models, collapsed repeats or not.
     */
    private void generic(JourneyBatch batch, BatchSums sums, int c, int first, int hi) {
        int[] touchKey = batch.touchKey;
        int[] keyChannel = batch.keyChannel;
        int currency = batch.conversionCurrency[c];
        if (eligible.length < hi - first) {
            grow(hi - first);
        }
        int n = 0;
        int previous = -1;
        for (int t = first; t < hi; t++) {
            int channel = keyChannel[touchKey[t]];
            if (!collapse || channel != previous) {
                eligible[n++] = t;
                previous = channel;
            }
        }
        long[] acc = sums.keyWords(currency);
        int stride = sums.stride;
        for (int e = 0; e < n; e++) {
            int key = touchKey[eligible[e]];
            if (acc[key * stride]++ == 0) {
                sums.list(currency, key);
            }
        }
        if (needAges) {
            long cs = batch.conversionSecond[c];
            int cn = batch.conversionNano == null ? 0 : batch.conversionNano[c];
            long[] touchSecond = batch.touchSecond;
            int[] touchNano = batch.touchNano;
            for (int e = 0; e < n; e++) {
                int t = eligible[e];
                int tn = touchNano == null ? 0 : touchNano[t];
                ages[e] = (double) (cs - touchSecond[t]) + (cn - tn) * 1e-9;
            }
        }
        double total = batch.conversionMinor[c];
        for (int k = 0; k < models.length; k++) {
            boolean[] directOfChannel = directOf[k];
            if (directOfChannel != null) {
                for (int e = 0; e < n; e++) {
                    direct[e] = directOfChannel[keyChannel[touchKey[eligible[e]]]];
                }
            }
            models[k].weigh(n, ages, direct, weights);
            double previousWeight = 0;
            fix[0] = 0;
            fix[1] = 0;
            fix[2] = 0;
            fix[3] = 0;
            for (int e = 0; e < n; e++) {
                double w = weights[e];
                if (w != previousWeight) {
                    fix(w, total);
                    previousWeight = w;
                }
                if (w != 0) {
                    int base = touchKey[eligible[e]] * stride + 1 + 4 * k;
                    add(acc, base, fix[1], fix[0]);
                    add(acc, base + 2, fix[3], fix[2]);
                }
            }
        }
    }

    /** Computes, per last-non-direct model, whether each channel (and key) of the batch is direct. */
    private void directFlags(JourneyBatch batch) {
        if (batch.channelNames != directNames || batch.channelCount != directChannels) {
            for (int k = 0; k < models.length; k++) {
                if (models[k] instanceof LastNonDirect lnd) {
                    boolean[] flags = new boolean[batch.channelCount];
                    for (int ch = 0; ch < flags.length; ch++) {
                        flags[ch] = lnd.isDirect(batch.channelNames[ch]);
                    }
                    directOf[k] = flags;
                }
            }
            directNames = batch.channelNames;
            directChannels = batch.channelCount;
            directKeys = -1;
        }
        if (kind == NON_DIRECT && batch.keyCount != directKeys) {
            keyDirect = new boolean[batch.keyCount];
            for (int key = 0; key < batch.keyCount; key++) {
                keyDirect[key] = directOf[0][batch.keyChannel[key]];
            }
            directKeys = batch.keyCount;
        }
    }
}
