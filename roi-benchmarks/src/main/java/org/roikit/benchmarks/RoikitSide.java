package org.roikit.benchmarks;

import java.util.List;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;

/**
 * roikit's side of the race, built once per trial: the batch as {@link Journey} objects held in
 * memory (so that the benchmark measures attribution, not building journeys), the engine, a
 * long-lived accumulator for the steady-state measurement, and the two halves for two threads.
 * Only the public API is used, so the benchmarks keep working when the engine's internals change.
 */
final class RoikitSide {

    final List<Journey> journeys;
    final List<Journey> firstHalf;
    final List<Journey> secondHalf;
    final Attribution engine;
    final Attribution.Accumulator steady;
    final long touchpoints;

    RoikitSide(JourneyBatch batch, String model) {
        this.journeys = batch.toJourneys();
        this.firstHalf = journeys.subList(0, journeys.size() / 2);
        this.secondHalf = journeys.subList(journeys.size() / 2, journeys.size());
        this.engine = Attribution.of(AttributionModel.parse(model));
        this.touchpoints = batch.touchpoints();
        // Two passes grow every buffer of the accumulator, so later passes run in steady state.
        this.steady = engine.newAccumulator().addAll(journeys).addAll(journeys);
    }
}
