package org.roikit.benchmarks;

import java.util.List;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;

/**
 * roikit's object path, for comparison with the batch path: the generated journeys as
 * {@link Journey} objects held in memory (about 0.5 GB at 10^6 journeys), and the engine.
 */
final class RoikitObjects {

    final List<Journey> journeys;
    final Attribution engine;
    final long touchpoints;

    RoikitObjects(JourneyBatch generated, String model) {
        this.journeys = generated.toJourneys();
        this.engine = Attribution.of(AttributionModel.parse(model));
        this.touchpoints = generated.touchpoints();
    }
}
