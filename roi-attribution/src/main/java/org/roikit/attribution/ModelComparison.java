package org.roikit.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.roikit.attribution.internal.Checks;

/**
 * The attribution engine for several models side by side: every model credits the same journeys,
 * with the same settings, in one pass. This is the "first touch versus multi-touch" view.
 *
 * <pre>{@code
 * ComparisonReport comparison = ModelComparison.of(AttributionModel.all()).attribute(journeys);
 * }</pre>
 *
 * <p>Each model's report is exactly the report {@link Attribution} gives for that model alone;
 * see there for eligibility, exactness, accumulators and threading.
 *
 * <p>Two engines are equal when their models, in order, and settings are equal.
 *
 * <p>Instances are immutable and thread-safe; accumulators are not.
 */
public final class ModelComparison {

    private final List<AttributionModel> models;
    private final AttributionSettings settings;

    private ModelComparison(List<AttributionModel> models, AttributionSettings settings) {
        this.models = models;
        this.settings = settings;
    }

    /**
     * Returns the comparison of {@code models}, in that order, with default settings.
     *
     * @param models the models, at least one, no two equal
     * @return the engine
     * @throws NullPointerException if {@code models} or a model is null
     * @throws IllegalArgumentException if there are no models or two are equal
     */
    public static ModelComparison of(AttributionModel... models) {
        return of(Arrays.asList(Objects.requireNonNull(models, "models")));
    }

    /**
     * Returns the comparison of {@code models}, in that order, with default settings.
     *
     * @param models the models, at least one, no two equal
     * @return the engine
     * @throws NullPointerException if {@code models} or a model is null
     * @throws IllegalArgumentException if there are no models or two are equal
     */
    public static ModelComparison of(List<AttributionModel> models) {
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models ([]) must name at least one model");
        }
        Set<AttributionModel> seen = new HashSet<>();
        List<AttributionModel> copy = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            AttributionModel model = Objects.requireNonNull(models.get(i), "models[" + i + "]");
            if (!seen.add(model)) {
                throw new IllegalArgumentException("models[" + i + "] (" + model + ") appears twice");
            }
            copy.add(model);
        }
        return new ModelComparison(List.copyOf(copy), AttributionSettings.defaults());
    }

    /**
     * Returns a copy with the given settings.
     *
     * @param newSettings the settings
     * @return the copy
     * @throws NullPointerException if {@code newSettings} is null
     */
    public ModelComparison withSettings(AttributionSettings newSettings) {
        return new ModelComparison(models, Objects.requireNonNull(newSettings, "newSettings"));
    }

    /**
     * Returns the models, in order.
     *
     * @return an unmodifiable list
     */
    public List<AttributionModel> models() {
        return models;
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
     * Returns the comparison over {@code journeys}, read once in iteration order.
     *
     * @param journeys the journeys, one per customer
     * @return one report per model
     * @throws NullPointerException if {@code journeys} or a journey is null
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public ComparisonReport attribute(Iterable<Journey> journeys) {
        return newAccumulator().addAll(journeys).finish();
    }

    /**
     * Returns the comparison over the journeys of {@code batch}, attributed on the calling
     * thread: the same as {@link #attribute(Iterable)} gives for the same journeys.
     *
     * @param batch the journeys in columns
     * @return one report per model
     * @throws NullPointerException if {@code batch} is null
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public ComparisonReport attribute(JourneyBatch batch) {
        return newAccumulator().add(batch).finish();
    }

    /**
     * Returns the comparison over the journeys of {@code batch}, attributed by {@code threads}
     * threads as {@link Attribution#attribute(JourneyBatch, int)} does; identical to the one of
     * {@link #attribute(JourneyBatch)}.
     *
     * @param batch the journeys in columns
     * @param threads how many threads to use, at least 1
     * @return one report per model
     * @throws NullPointerException if {@code batch} is null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public ComparisonReport attribute(JourneyBatch batch, int threads) {
        return newAccumulator().add(batch, threads).finish();
    }

    /**
     * Returns the comparison over the journeys of {@code batch}, attributed in {@code parts}
     * ranges on the calling thread and {@code executor}, as
     * {@link Attribution#attribute(JourneyBatch, Executor, int)} does; identical to the one of
     * {@link #attribute(JourneyBatch)}.
     *
     * @param batch the journeys in columns
     * @param executor where the ranges after the first run
     * @param parts how many ranges to split the batch into, at least 1
     * @return one report per model
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code parts} is less than 1
     * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses a
     *     range (after the ranges it took are done)
     * @throws ArithmeticException if a count or a currency's total value overflows a {@code long}
     *     (in minor units)
     */
    public ComparisonReport attribute(JourneyBatch batch, Executor executor, int parts) {
        return newAccumulator().add(batch, executor, parts).finish();
    }

    /**
     * Returns a new, empty accumulator for this engine.
     *
     * @return the accumulator
     */
    public Accumulator newAccumulator() {
        return new Accumulator(new Ledger(models, settings));
    }

    /**
     * Returns whether {@code obj} is a comparison of the same models, in order, with the same
     * settings.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ModelComparison other && models.equals(other.models) && settings.equals(other.settings);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(models, settings);
    }

    /**
     * Returns the engine for reading, such as
     * {@code ModelComparison[first-touch, linear; lookback P90D, serve every conversion, repeats kept, all dates]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ModelComparison[");
        for (int i = 0; i < models.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(models.get(i));
        }
        return sb.append("; ").append(settings).append(']').toString();
    }

    /**
     * A mergeable, mutable accumulation of journeys for one comparison; see
     * {@link Attribution.Accumulator}.
     *
     * <p>Not thread-safe: use one accumulator per thread and merge them.
     */
    public static final class Accumulator {

        private final Ledger ledger;
        private final int models;

        private Accumulator(Ledger ledger) {
            this.ledger = ledger;
            this.models = ledger.modelCount();
        }

        /**
         * Attributes {@code journey} into this accumulator under every model.
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
         * Attributes every journey of {@code batch} into this accumulator under every model, on
         * the calling thread.
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
         * Attributes every journey of {@code batch} into this accumulator under every model with
         * {@code threads} threads, as {@link Attribution#attribute(JourneyBatch, int)} does.
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
         * Attributes every journey of {@code batch} into this accumulator under every model in
         * {@code parts} ranges, the first on the calling thread and the others on
         * {@code executor}, as {@link Attribution#attribute(JourneyBatch, Executor, int)} does.
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
         * Attributes every journey of {@code journeys} into this accumulator under every model.
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
         *     engine with other models or settings
         * @throws ArithmeticException if a count or total overflows a {@code long}
         */
        public Accumulator merge(Accumulator other) {
            ledger.merge(Objects.requireNonNull(other, "other").ledger);
            return this;
        }

        /**
         * Returns the comparison of everything accumulated so far; the accumulator can go on.
         *
         * @return one report per model
         */
        public ComparisonReport finish() {
            List<AttributionReport> reports = new ArrayList<>(models);
            for (int k = 0; k < models; k++) {
                reports.add(ledger.report(k));
            }
            return new ComparisonReport(reports);
        }
    }
}
