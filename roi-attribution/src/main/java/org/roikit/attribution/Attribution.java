package org.roikit.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.roikit.attribution.internal.Checks;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * The attribution engine for one model: credits the conversions of customer journeys to their
 * touches, channels and campaigns, exact to the minor unit.
 *
 * <pre>{@code
 * Attribution linear = Attribution.of(AttributionModel.linear());
 * AttributionReport report = linear.attribute(journeys);           // per channel and campaign
 * List<ConversionCredit> credits = linear.credits(journey);        // per touch, for inspection
 * }</pre>
 *
 * <p><b>Eligible touches.</b> For each conversion, the eligible touches are those of the same
 * journey at or before the conversion instant and within the lookback window, both bounds
 * inclusive; touches serve every conversion in their window or only the next one, and
 * consecutive repeats of a channel may be collapsed (see {@link AttributionSettings}). Touches and
 * conversions are taken in time order, equal instants in input order ({@link Journey}). A
 * conversion with no eligible touch goes to the unattributed bucket, counted and valued. Each
 * {@link Journey} is attributed on its own: give all of a customer's touches and conversions in
 * one journey.
 *
 * <p><b>Exact money.</b> The model's weights are real-valued shares. Per conversion,
 * {@link #credits(Journey)} turns them into amounts in minor units by largest remainder over the
 * real-valued credits (computed exactly from the double weights), ties to the earlier touch, so
 * the amounts sum exactly to the conversion value. Reports instead add up each channel's and
 * campaign's real-valued credit exactly (in 128-bit fixed point, independent of order) and round
 * the totals once, by largest remainder over the channels, so that channels plus unattributed sum
 * exactly to the converted value in each currency; see {@link AttributionReport}. The two
 * roundings can differ by a minor unit per channel; both are exact in total.
 *
 * <p><b>Scale.</b> {@link #attribute(Iterable)} streams the journeys once. For parallel or
 * distributed work, give each worker its own {@link #newAccumulator()}, {@link Accumulator#add}
 * its share of the journeys and {@link Accumulator#merge} the accumulators in any order: the
 * report is the same, to the last digit, for any chunking, order and thread count. Memory is
 * bounded by the number of channels, campaigns and currencies, not journeys. Attributing a
 * journey allocates nothing once the accumulator's buffers have grown.
 *
 * <p><b>Batches.</b> For speed, give journeys as a {@link JourneyBatch}, held in primitive
 * columns ({@link JourneyBatch#of(Iterable)}, {@link JourneyBatch#builder()}, or the batch
 * readers of {@link org.roikit.attribution.io.JourneyCsv}): {@link #attribute(JourneyBatch)}
 * gives the same report as for the same journeys as objects, several times faster.
 * {@link #attribute(JourneyBatch, int)} splits a batch into contiguous ranges of journeys on
 * threads started for the call, and {@link #attribute(JourneyBatch, Executor, int)} on an
 * executor you give; the library keeps no threads or pools of its own, and the report is
 * identical for any number of threads.
 * <pre>{@code
 * try (CsvReader<JourneyBatch> batches = JourneyCsv.openSortedBatches(touchpoints, conversions)) {
 *     Attribution.Accumulator accumulator = linear.newAccumulator();
 *     while (batches.hasNext()) {
 *         accumulator.add(batches.next(), 2);                     // two threads per batch
 *     }
 *     AttributionReport report = accumulator.finish();
 * }
 * }</pre>
 *
 * <p>Two engines are equal when their models and settings are equal.
 *
 * <p>Instances are immutable and thread-safe; accumulators are not.
 */
public final class Attribution {

    private final AttributionModel model;
    private final AttributionSettings settings;

    private Attribution(AttributionModel model, AttributionSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * Returns the engine for {@code model} with {@linkplain AttributionSettings#defaults() default
     * settings}.
     *
     * @param model the model
     * @return the engine
     * @throws NullPointerException if {@code model} is null
     */
    public static Attribution of(AttributionModel model) {
        return new Attribution(Objects.requireNonNull(model, "model"), AttributionSettings.defaults());
    }

    /**
     * Returns a copy with the given settings.
     *
     * @param newSettings the settings
     * @return the copy
     * @throws NullPointerException if {@code newSettings} is null
     */
    public Attribution withSettings(AttributionSettings newSettings) {
        return new Attribution(model, Objects.requireNonNull(newSettings, "newSettings"));
    }

    /**
     * Returns the model.
     *
     * @return the model
     */
    public AttributionModel model() {
        return model;
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public AttributionSettings settings() {
        return settings;
    }

    /**
     * Returns the report over {@code journeys}, read once in iteration order.
     *
     * @param journeys the journeys, one per customer
     * @return the report
     * @throws NullPointerException if {@code journeys} or a journey is null
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public AttributionReport attribute(Iterable<Journey> journeys) {
        return newAccumulator().addAll(journeys).finish();
    }

    /**
     * Returns the report over the journeys of {@code batch}, attributed on the calling thread: the
     * same report, to the last digit, as {@link #attribute(Iterable)} gives for the same
     * journeys.
     *
     * @param batch the journeys in columns
     * @return the report
     * @throws NullPointerException if {@code batch} is null
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public AttributionReport attribute(JourneyBatch batch) {
        return newAccumulator().add(batch).finish();
    }

    /**
     * Returns the report over the journeys of {@code batch}, attributed by {@code threads}
     * threads: the calling thread and {@code threads - 1} threads started for this call and done
     * when it returns. The batch is split into as many contiguous ranges of journeys, of about
     * equal numbers of touchpoints; each thread sums its range exactly, and the sums are added in
     * range order, so the report is identical to the one of {@link #attribute(JourneyBatch)}.
     *
     * @param batch the journeys in columns
     * @param threads how many threads to use, at least 1; more than the batch has journeys are
     *     not started
     * @return the report
     * @throws NullPointerException if {@code batch} is null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public AttributionReport attribute(JourneyBatch batch, int threads) {
        return newAccumulator().add(batch, threads).finish();
    }

    /**
     * Returns the report over the journeys of {@code batch}, attributed in {@code parts}
     * contiguous ranges: the first on the calling thread, the others as tasks on
     * {@code executor}; the call returns when all are done. The report is identical to the one
     * of {@link #attribute(JourneyBatch)}.
     *
     * @param batch the journeys in columns
     * @param executor where the ranges after the first run; never a pool of the library's own
     * @param parts how many ranges to split the batch into, at least 1
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code parts} is less than 1
     * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses a
     *     range (after the ranges it took are done)
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public AttributionReport attribute(JourneyBatch batch, Executor executor, int parts) {
        return newAccumulator().add(batch, executor, parts).finish();
    }

    /**
     * Returns a new, empty accumulator for this engine.
     *
     * @return the accumulator
     */
    public Accumulator newAccumulator() {
        return new Accumulator(new Ledger(List.of(model), settings));
    }

    /**
     * Returns how each conversion of {@code journey} is shared among its eligible touches, in the
     * order of the journey's conversions; conversions outside the report period are left out.
     * Each touch gets {@code weight x value} rounded to minor units by largest remainder, ties to
     * the earlier touch, so the amounts sum exactly to the conversion value: a 100.00 conversion
     * over five touches under {@code position-based(0.4, 0.2, 0.4)} gives 40.00, 6.67, 6.67, 6.66
     * and 40.00.
     *
     * @param journey the journey
     * @return an unmodifiable list, one entry per conversion in the period
     * @throws NullPointerException if {@code journey} is null
     */
    public List<ConversionCredit> credits(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        Eligibility eligibility = new Eligibility(settings);
        eligibility.begin(journey);
        List<Touchpoint> touches = journey.touchpoints();
        int size = Math.max(1, touches.size());
        double[] weights = new double[size];
        boolean[] direct = new boolean[size];
        List<ConversionCredit> result = new ArrayList<>();
        for (Conversion conversion : journey.conversions()) {
            if (!eligibility.next(conversion)) {
                continue;
            }
            int n = eligibility.count;
            if (n == 0) {
                result.add(new ConversionCredit(conversion, List.of()));
                continue;
            }
            for (int e = 0; e < n; e++) {
                direct[e] = model instanceof LastNonDirect lnd
                        && lnd.isDirect(touches.get(eligibility.touch[e]).channel());
            }
            model.weigh(n, eligibility.ages, direct, weights);
            List<BigDecimal> exact = new ArrayList<>(n);
            for (int e = 0; e < n; e++) {
                exact.add(new BigDecimal(weights[e]));
            }
            List<Money> amounts = conversion.value().allocate(exact);
            List<TouchCredit> credits = new ArrayList<>(n);
            for (int e = 0; e < n; e++) {
                credits.add(new TouchCredit(touches.get(eligibility.touch[e]), weights[e], amounts.get(e)));
            }
            result.add(new ConversionCredit(conversion, credits));
        }
        return List.copyOf(result);
    }

    /**
     * Returns whether {@code obj} is an engine with the same model and settings.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Attribution other && model.equals(other.model) && settings.equals(other.settings);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(model, settings);
    }

    /**
     * Returns the engine for reading, such as
     * {@code Attribution[linear; lookback P90D, serve every conversion, repeats kept, all dates]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "Attribution[" + model + "; " + settings + "]";
    }

    /**
     * A mergeable, mutable accumulation of journeys for one engine: add journeys, merge other
     * accumulators of an equal engine, and finish into a report, in any order and as often as
     * needed. This is the zero / add / merge / finish shape of Spark's {@code Aggregator},
     * Flink's {@code AggregateFunction} and Beam's {@code CombineFn}.
     *
     * <p>Not thread-safe: use one accumulator per thread and merge them.
     */
    public static final class Accumulator {

        private final Ledger ledger;

        private Accumulator(Ledger ledger) {
            this.ledger = ledger;
        }

        /**
         * Attributes {@code journey} into this accumulator.
         *
         * @param journey the journey
         * @return this accumulator
         * @throws NullPointerException if {@code journey} is null
         * @throws ArithmeticException if a count or a currency's total value overflows a
         *     {@code long} (in minor units)
         */
        public Accumulator add(Journey journey) {
            ledger.add(Objects.requireNonNull(journey, "journey"));
            return this;
        }

        /**
         * Attributes every journey of {@code batch} into this accumulator, on the calling thread.
         *
         * @param batch the journeys in columns
         * @return this accumulator
         * @throws NullPointerException if {@code batch} is null
         * @throws ArithmeticException if a count or a currency's total value overflows a
         *     {@code long} (in minor units)
         */
        public Accumulator add(JourneyBatch batch) {
            ledger.add(Objects.requireNonNull(batch, "batch"));
            return this;
        }

        /**
         * Attributes every journey of {@code batch} into this accumulator with {@code threads}
         * threads, as {@link Attribution#attribute(JourneyBatch, int)} does.
         *
         * @param batch the journeys in columns
         * @param threads how many threads to use, at least 1
         * @return this accumulator
         * @throws NullPointerException if {@code batch} is null
         * @throws IllegalArgumentException if {@code threads} is less than 1
         * @throws ArithmeticException if a count or a currency's total value overflows a
         *     {@code long} (in minor units)
         */
        public Accumulator add(JourneyBatch batch, int threads) {
            Objects.requireNonNull(batch, "batch");
            ledger.add(batch, Checks.positive(threads, "threads"), null);
            return this;
        }

        /**
         * Attributes every journey of {@code batch} into this accumulator in {@code parts}
         * ranges, the first on the calling thread and the others on {@code executor}, as
         * {@link Attribution#attribute(JourneyBatch, Executor, int)} does.
         *
         * @param batch the journeys in columns
         * @param executor where the ranges after the first run
         * @param parts how many ranges to split the batch into, at least 1
         * @return this accumulator
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code parts} is less than 1
         * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses a
         *     range (after the ranges it took are done; nothing is then added)
         * @throws ArithmeticException if a count or a currency's total value overflows a
         *     {@code long} (in minor units)
         */
        public Accumulator add(JourneyBatch batch, Executor executor, int parts) {
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(executor, "executor");
            ledger.add(batch, Checks.positive(parts, "parts"), executor);
            return this;
        }

        /**
         * Attributes every journey of {@code journeys} into this accumulator.
         *
         * @param journeys the journeys
         * @return this accumulator
         * @throws NullPointerException if {@code journeys} or a journey is null
         * @throws ArithmeticException if a count or a currency's total value overflows a
         *     {@code long} (in minor units)
         */
        public Accumulator addAll(Iterable<Journey> journeys) {
            Objects.requireNonNull(journeys, "journeys");
            for (Journey journey : journeys) {
                add(journey);
            }
            return this;
        }

        /**
         * Adds everything {@code other} has accumulated to this accumulator; {@code other} is
         * left as it was.
         *
         * @param other an accumulator of an equal engine
         * @return this accumulator
         * @throws NullPointerException if {@code other} is null
         * @throws IllegalArgumentException if {@code other} is this accumulator or belongs to an
         *     engine with another model or settings
         * @throws ArithmeticException if a count or total overflows a {@code long}
         */
        public Accumulator merge(Accumulator other) {
            ledger.merge(Objects.requireNonNull(other, "other").ledger);
            return this;
        }

        /**
         * Returns the report of everything accumulated so far; the accumulator can go on.
         *
         * @return the report
         */
        public AttributionReport finish() {
            return ledger.report(0);
        }
    }
}
