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
import org.roikit.attribution.AttributionReport;

/**
 * How attribution cost grows with journey length: every journey of a batch has exactly
 * {@code length} touches (1, 4, 32, 256; {@link JourneyGenerator#fixedLength}), and the batch holds
 * about {@code touchpoints} touches in all ({@code touchpoints / length} journeys), so the data
 * occupy the same memory at every length and only the shape changes. Linear cost in the length
 * shows as flat touchpoints per second across lengths.
 *
 * <p>{@code roikit} is the batch path on one thread, {@code roikitObjects} the object path, and
 * {@code duckdb} the model's query with {@code threads = 2}; scores, counters, heap and the DuckDB
 * check as in {@link AttributionBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JourneyLengthBenchmark {

    /** The generated journeys and the model, from the parameters. */
    @State(Scope.Benchmark)
    public static class Batch {

        /** Touches in every journey. */
        @Param({"1", "4", "32", "256"})
        public int length;

        /** Touchpoints in the batch (rounded down to a multiple of {@code length}). */
        @Param({"1048576"})
        public int touchpoints;

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
            batch = JourneyGenerator.fixedLength(seed, Math.max(1, touchpoints / length), length);
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
