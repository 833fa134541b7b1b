package org.roikit.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionReport;

/**
 * The attribution race over generated journeys ({@link JourneyGenerator#geometric}: 10 channels,
 * geometric length with mean 4, 30% converted, EUR): each rule-based model, 10^3 to 10^6
 * journeys, roikit and DuckDB side by side in one run, on the same journeys.
 *
 * <ul>
 *   <li>{@code roikit}: {@code Attribution.of(model).attribute(batch)} on the batch path, one
 *       thread, the whole job from a new accumulator to the finished report; the
 *       {@link org.roikit.attribution.JourneyBatch} is built once per trial from the generated
 *       journeys.</li>
 *   <li>{@code roikitSteadyState}: the batch added to an accumulator that has already seen it
 *       twice (no report): what each journey costs once the buffers have grown, the figure behind
 *       "allocation per journey in steady state".</li>
 *   <li>{@code roikitTwoThreads}: {@code attribute(batch, 2)}, the calling thread and one thread
 *       started for the call, each on a contiguous half of the journeys.</li>
 *   <li>{@code roikitObjects}: {@code attribute(journeys)} over the same journeys as
 *       {@link org.roikit.attribution.Journey} objects, the object path, for comparison.</li>
 *   <li>{@code duckdb}: the model's SQL ({@link DuckDbAttribution#query}) over an in-memory DuckDB
 *       table of the same journeys, {@code threads = 2}; the setup checks that it gives roikit's
 *       per-channel figures.</li>
 * </ul>
 *
 * <p>The score is batches per second; {@code ·touchpoints} ({@link TouchpointCounter}) is
 * touchpoints per second. With {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per batch:
 * divided by {@code journeys}, bytes per journey. The object path holds its journeys as objects
 * (about 0.5 GB at 10^6), so each fork runs with {@code -Xms4g -Xmx4g}; the batch takes about
 * 50 MB at 10^6, and DuckDB's tables live outside the Java heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AttributionBenchmark {

    /** The generated journeys and the model, from the parameters. */
    @State(Scope.Benchmark)
    public static class Batch {

        /** Journeys in the batch. */
        @Param({"1000", "10000", "100000", "1000000"})
        public int journeys;

        /** The model, as {@code AttributionModel.parse} reads it. */
        @Param({"last-touch", "first-touch", "linear", "time-decay", "position-based", "last-non-direct"})
        public String model;

        /** Seed of the generator. */
        @Param({"42"})
        public long seed;

        JourneyBatch batch;

        /** Generates the journeys. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = JourneyGenerator.geometric(seed, journeys);
            System.out.println("batch: " + batch);
        }
    }

    /** roikit's batch and engine. */
    @State(Scope.Benchmark)
    public static class Roikit {

        RoikitSide side;

        /**
         * Builds the batch and the engine.
         *
         * @param batch the generated journeys
         */
        @Setup(Level.Trial)
        public void setUp(Batch batch) {
            side = new RoikitSide(batch.batch, batch.model);
        }
    }

    /** roikit's journeys as objects, and the engine. */
    @State(Scope.Benchmark)
    public static class ObjectPath {

        RoikitObjects side;

        /**
         * Builds the journeys and the engine.
         *
         * @param batch the generated journeys
         */
        @Setup(Level.Trial)
        public void setUp(Batch batch) {
            side = new RoikitObjects(batch.batch, batch.model);
        }
    }

    /** DuckDB with the same journeys. */
    @State(Scope.Benchmark)
    public static class DuckDb {

        DuckDbSide side;

        /**
         * Loads the journeys into DuckDB and checks its figures against roikit's.
         *
         * @param batch the batch
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp(Batch batch) throws SQLException {
            side = new DuckDbSide(batch.batch, batch.model);
        }

        /**
         * Closes the database.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            side.close();
        }
    }

    /**
     * Attributes the batch with roikit on the batch path, one thread.
     *
     * @param roikit the batch and engine
     * @param counter the touchpoint counter
     * @return the report
     */
    @Benchmark
    public AttributionReport roikit(Roikit roikit, TouchpointCounter counter) {
        counter.touchpoints += roikit.side.touchpoints;
        return roikit.side.engine.attribute(roikit.side.batch);
    }

    /**
     * Adds the batch to a long-lived accumulator: steady state, no report.
     *
     * @param roikit the batch and engine
     * @param counter the touchpoint counter
     * @return the accumulator
     */
    @Benchmark
    public Attribution.Accumulator roikitSteadyState(Roikit roikit, TouchpointCounter counter) {
        counter.touchpoints += roikit.side.touchpoints;
        return roikit.side.steady.add(roikit.side.batch);
    }

    /**
     * Attributes the batch with roikit on the batch path, two threads.
     *
     * @param roikit the batch and engine
     * @param counter the touchpoint counter
     * @return the report
     */
    @Benchmark
    public AttributionReport roikitTwoThreads(Roikit roikit, TouchpointCounter counter) {
        counter.touchpoints += roikit.side.touchpoints;
        return roikit.side.engine.attribute(roikit.side.batch, 2);
    }

    /**
     * Attributes the same journeys as objects with roikit, one thread: the object path.
     *
     * @param objects the journeys and engine
     * @param counter the touchpoint counter
     * @return the report
     */
    @Benchmark
    public AttributionReport roikitObjects(ObjectPath objects, TouchpointCounter counter) {
        counter.touchpoints += objects.side.touchpoints;
        return objects.side.engine.attribute(objects.side.journeys);
    }

    /**
     * Runs the model's query in DuckDB over the same journeys, two threads.
     *
     * @param duckdb the database
     * @param counter the touchpoint counter
     * @return the total revenue, so that every row is read
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public double duckdb(DuckDb duckdb, TouchpointCounter counter) throws SQLException {
        counter.touchpoints += duckdb.side.touchpoints;
        return duckdb.side.run();
    }
}
