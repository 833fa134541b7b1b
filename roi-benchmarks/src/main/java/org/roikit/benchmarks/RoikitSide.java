package org.roikit.benchmarks;

import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;

/**
 * roikit's side of the race on the batch path, built once per trial: the generated journeys as
 * an {@link org.roikit.attribution.JourneyBatch} of primitive columns (so that the benchmark
 * measures attribution, not building the batch), the engine, and a long-lived accumulator for
 * the steady-state measurement. Only the public API is used, so the benchmarks keep working when
 * the engine's internals change.
 */
final class RoikitSide {

    final org.roikit.attribution.JourneyBatch batch;
    final Attribution engine;
    final Attribution.Accumulator steady;
    final long touchpoints;

    RoikitSide(JourneyBatch generated, String model) {
        this.batch = generated.toColumns();
        this.engine = Attribution.of(AttributionModel.parse(model));
        this.touchpoints = generated.touchpoints();
        // Two passes grow every buffer of the accumulator, so later passes run in steady state.
        this.steady = engine.newAccumulator().add(batch).add(batch);
    }
}
