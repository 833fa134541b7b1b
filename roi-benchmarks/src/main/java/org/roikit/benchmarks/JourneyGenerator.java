package org.roikit.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates customer journeys for the attribution benchmarks, the same journeys for every engine:
 * a {@link JourneyBatch} of primitive columns from which roikit's batches and {@code Journey}
 * objects, the DuckDB rows and the CSV files are all derived.
 *
 * <p>The shape, fixed so that every figure in BENCHMARKS.md is reproducible from its seed:
 * <ul>
 *   <li>{@link #CHANNELS}: ten channels drawn with fixed popularity weights (paid search most,
 *       affiliate least); {@code direct} is one of them, so last-non-direct has work to do.</li>
 *   <li>Length: geometric on 1, 2, 3, ... with mean 4 ({@link #geometric}), or the same for every
 *       journey ({@link #fixedLength}, for the journey-length sweep).</li>
 *   <li>Time: each journey starts at a uniform second of 2026; touches follow each other after
 *       1 minute to 8 hours (uniform, whole seconds), so instants within a journey are strictly
 *       increasing (no ties to break) and even a 256-touch journey spans under 90 days, the
 *       default lookback: every touch before a conversion is eligible.</li>
 *   <li>Conversions: 30% of journeys convert once, 0 to 24 hours (whole seconds) after their last
 *       touch, for a uniform EUR 5.00 to 500.00 (whole cents).</li>
 * </ul>
 *
 * <p>The generator draws from one {@link SplittableRandom} in journey order, so a seed and a size
 * always give the same batch, and a larger batch starts with a smaller one's journeys only for
 * the same length mode.
 */
public final class JourneyGenerator {

    /** The ten channels, in the order of their ids in a batch. */
    public static final List<String> CHANNELS = List.of("paid_search", "organic_search", "direct", "email",
            "facebook", "instagram", "linkedin", "display", "referral", "affiliate");

    /** The mean journey length of {@link #geometric(long, int)}. */
    public static final double MEAN_LENGTH = 4.0;

    /** The share of journeys that convert. */
    public static final double CONVERSION_RATE = 0.30;

    private static final int[] POPULARITY = {18, 15, 14, 12, 10, 9, 7, 6, 5, 4};
    private static final long YEAR_START = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private static final long YEAR_SECONDS = 365L * 86_400;
    private static final long MIN_GAP = 60;
    private static final long MAX_GAP = 8 * 3_600;
    private static final long MAX_CONVERSION_DELAY = 86_400;
    private static final long MIN_CENTS = 500;
    private static final long MAX_CENTS = 50_000;

    private JourneyGenerator() {
    }

    /**
     * Returns {@code journeys} journeys of geometric length with mean {@value #MEAN_LENGTH}.
     *
     * @param seed the random seed
     * @param journeys the number of journeys, at least 1
     * @return the batch
     * @throws IllegalArgumentException if {@code journeys} is less than 1
     */
    public static JourneyBatch geometric(long seed, int journeys) {
        return generate(seed, journeys, 0);
    }

    /**
     * Returns {@code journeys} journeys of exactly {@code length} touches each.
     *
     * @param seed the random seed
     * @param journeys the number of journeys, at least 1
     * @param length the touches per journey, at least 1
     * @return the batch
     * @throws IllegalArgumentException if {@code journeys} or {@code length} is less than 1
     */
    public static JourneyBatch fixedLength(long seed, int journeys, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length (" + length + ") must be >= 1");
        }
        return generate(seed, journeys, length);
    }

    private static JourneyBatch generate(long seed, int journeys, int fixedLength) {
        if (journeys < 1) {
            throw new IllegalArgumentException("journeys (" + journeys + ") must be >= 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] lengths = new int[journeys];
        long total = 0;
        for (int j = 0; j < journeys; j++) {
            lengths[j] = fixedLength > 0 ? fixedLength : geometricLength(random);
            total += lengths[j];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("touchpoints (" + total + ") must fit in one array");
        }
        int[] touchStart = new int[journeys + 1];
        long[] touchSeconds = new long[(int) total];
        byte[] channel = new byte[(int) total];
        long[] conversionSeconds = new long[journeys];
        long[] valueCents = new long[journeys];
        int[] popularity = cumulative(POPULARITY);
        int t = 0;
        for (int j = 0; j < journeys; j++) {
            touchStart[j] = t;
            long at = YEAR_START + random.nextLong(YEAR_SECONDS);
            for (int i = 0; i < lengths[j]; i++) {
                if (i > 0) {
                    at += random.nextLong(MIN_GAP, MAX_GAP + 1);
                }
                touchSeconds[t] = at;
                channel[t] = (byte) pick(popularity, random.nextInt(popularity[popularity.length - 1]));
                t++;
            }
            if (random.nextDouble() < CONVERSION_RATE) {
                conversionSeconds[j] = at + random.nextLong(MAX_CONVERSION_DELAY + 1);
                valueCents[j] = random.nextLong(MIN_CENTS, MAX_CENTS + 1);
            } else {
                conversionSeconds[j] = JourneyBatch.NOT_CONVERTED;
            }
        }
        touchStart[journeys] = t;
        return new JourneyBatch(touchStart, touchSeconds, channel, conversionSeconds, valueCents);
    }

    /** Inverse-transform sampling of the geometric distribution on 1, 2, ... with mean 4. */
    private static int geometricLength(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
        return 1 + (int) Math.floor(Math.log(u) / Math.log(1.0 - 1.0 / MEAN_LENGTH));
    }

    private static int[] cumulative(int[] weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int pick(int[] cumulative, int draw) {
        int i = 0;
        while (draw >= cumulative[i]) {
            i++;
        }
        return i;
    }
}
