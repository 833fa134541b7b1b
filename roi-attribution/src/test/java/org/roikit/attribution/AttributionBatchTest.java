package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.attribution.Fixtures.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;

/** Attributing {@link JourneyBatch}es: on threads, on executors, mixed with journeys, and failures. */
class AttributionBatchTest {

    private static final Attribution LINEAR = Attribution.of(AttributionModel.linear());

    private static List<Journey> journeys(int count) {
        Random random = new Random(42);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            journeys.add(Fixtures.randomJourney(random, "j-" + i));
        }
        return journeys;
    }

    @Test
    void attribute_givesTheReportOfTheJourneys_onOneToFourThreadsAndOnAnExecutor() throws Exception {
        List<Journey> journeys = journeys(2000);
        JourneyBatch batch = JourneyBatch.of(journeys);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (AttributionModel model : AttributionModel.all()) {
                Attribution engine = Attribution.of(model);
                AttributionReport expected = engine.attribute(journeys);
                assertThat(engine.attribute(batch)).isEqualTo(expected);
                for (int threads = 1; threads <= 4; threads++) {
                    assertThat(engine.attribute(batch, threads)).isEqualTo(expected);
                }
                assertThat(engine.attribute(batch, pool, 4)).isEqualTo(expected);
                assertThat(engine.attribute(batch, pool, 1)).isEqualTo(expected);
            }
            ModelComparison all = ModelComparison.of(AttributionModel.all());
            ComparisonReport expected = all.attribute(journeys);
            assertThat(all.attribute(batch)).isEqualTo(expected);
            assertThat(all.attribute(batch, 3)).isEqualTo(expected);
            assertThat(all.attribute(batch, pool, 5)).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void moreThreadsThanJourneys_startOnlyAsManyAsNeeded() {
        List<Journey> journeys = journeys(3);
        AtomicInteger tasks = new AtomicInteger();
        AttributionReport report = LINEAR.attribute(JourneyBatch.of(journeys), task -> {
            tasks.incrementAndGet();
            task.run();
        }, 10);
        assertThat(report).isEqualTo(LINEAR.attribute(journeys));
        assertThat(tasks).hasValue(2);
        assertThat(LINEAR.attribute(JourneyBatch.of(journeys), 16)).isEqualTo(LINEAR.attribute(journeys));
    }

    @Test
    void accumulator_mixesBatchesAndJourneys() {
        List<Journey> journeys = journeys(300);
        Attribution.Accumulator accumulator = LINEAR.newAccumulator();
        accumulator.add(JourneyBatch.of(journeys.subList(0, 100)));
        journeys.subList(100, 200).forEach(accumulator::add);
        accumulator.add(JourneyBatch.of(journeys.subList(200, 250)), 2);
        accumulator.add(JourneyBatch.of(journeys.subList(250, 300)), Runnable::run, 3);
        assertThat(accumulator.finish()).isEqualTo(LINEAR.attribute(journeys));
        ModelComparison.Accumulator comparison = ModelComparison.of(AttributionModel.all()).newAccumulator();
        comparison.add(JourneyBatch.of(journeys.subList(0, 100)));
        comparison.add(JourneyBatch.of(journeys.subList(100, 200)), 3);
        comparison.add(JourneyBatch.of(journeys.subList(200, 300)), Runnable::run, 2);
        assertThat(comparison.finish()).isEqualTo(ModelComparison.of(AttributionModel.all()).attribute(journeys));
    }

    @Test
    void rejectedRange_isReportedAfterTheOthers_andAddsNothing() {
        List<Journey> journeys = journeys(100);
        AtomicInteger ran = new AtomicInteger();
        Attribution.Accumulator accumulator = LINEAR.newAccumulator();
        assertThatThrownBy(() -> accumulator.add(JourneyBatch.of(journeys), task -> {
            if (ran.incrementAndGet() > 1) {
                throw new RejectedExecutionException("full");
            }
            task.run();
        }, 4)).isInstanceOf(RejectedExecutionException.class).hasMessage("full");
        assertThat(accumulator.finish()).isEqualTo(LINEAR.attribute(List.of()));
        accumulator.add(JourneyBatch.of(journeys), 4);
        assertThat(accumulator.finish()).isEqualTo(LINEAR.attribute(journeys));
    }

    @Test
    void overflowInOneRange_throws_addsNothing_andLeavesTheAccumulatorUsable() {
        long half = 1L << 62;
        List<Journey> journeys = new ArrayList<>(journeys(50));
        journeys.add(Journey.builder("big").touch(day(0), "email").conversion(day(1), Money.ofMinor(half, "EUR"))
                .conversion(day(2), Money.ofMinor(half, "EUR")).build());
        journeys.addAll(journeys(50));
        JourneyBatch batch = JourneyBatch.of(journeys);
        assertThatThrownBy(() -> LINEAR.attribute(journeys)).isInstanceOf(ArithmeticException.class);
        List<Journey> normal = journeys(80);
        for (int threads = 1; threads <= 3; threads++) {
            Attribution.Accumulator accumulator = LINEAR.newAccumulator();
            int t = threads;
            assertThatThrownBy(() -> accumulator.add(batch, t)).isInstanceOf(ArithmeticException.class);
            assertThat(accumulator.add(JourneyBatch.of(normal), t).finish()).isEqualTo(LINEAR.attribute(normal));
        }
    }

    @Test
    void batchMethods_rejectBadArguments() {
        JourneyBatch batch = JourneyBatch.of(Fixtures.example());
        Attribution.Accumulator a = LINEAR.newAccumulator();
        assertThatThrownBy(() -> LINEAR.attribute((JourneyBatch) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("batch");
        assertThatThrownBy(() -> LINEAR.attribute(null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("batch");
        assertThatThrownBy(() -> LINEAR.attribute(batch, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (0) must be >= 1");
        assertThatThrownBy(() -> LINEAR.attribute(batch, Runnable::run, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts (0) must be >= 1");
        assertThatThrownBy(() -> LINEAR.attribute(batch, null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThatThrownBy(() -> a.add((JourneyBatch) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("batch");
        assertThatThrownBy(() -> a.add(batch, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (-1) must be >= 1");
        ModelComparison comparison = ModelComparison.of(AttributionModel.linear());
        ModelComparison.Accumulator c = comparison.newAccumulator();
        assertThatThrownBy(() -> comparison.attribute((JourneyBatch) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("batch");
        assertThatThrownBy(() -> comparison.attribute(batch, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (0) must be >= 1");
        assertThatThrownBy(() -> comparison.attribute(batch, Runnable::run, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parts (-3) must be >= 1");
        assertThatThrownBy(() -> c.add((JourneyBatch) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("batch");
        assertThatThrownBy(() -> c.add(batch, null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThat(a.add(batch).finish()).isEqualTo(LINEAR.attribute(Fixtures.example()));
    }

    @Test
    void split_givesContiguousRangesOfAboutEqualTouchpoints() {
        JourneyBatch batch = JourneyBatch.of(journeys(1000));
        int[] bounds = Ledger.split(batch, 4);
        assertThat(bounds[0]).isZero();
        assertThat(bounds[4]).isEqualTo(1000);
        for (int i = 0; i < 4; i++) {
            assertThat(bounds[i + 1]).isGreaterThanOrEqualTo(bounds[i]);
            int touches = batch.touchStart[bounds[i + 1]] - batch.touchStart[bounds[i]];
            assertThat(touches).isBetween(batch.touchpointCount() / 4 - 10, batch.touchpointCount() / 4 + 10);
        }
        JourneyBatch.Builder b = JourneyBatch.builder();
        for (int i = 0; i < 10; i++) {
            b.startJourney();
        }
        assertThat(Ledger.split(b.build(), 3)).containsExactly(0, 3, 6, 10);
    }
}
