package org.roikit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the touchpoints that a benchmark went through, so that JMH reports touchpoints per
 * second next to the batches per second: the secondary result {@code ·touchpoints} (in ops/s,
 * where an op is one touchpoint: an operations counter, which JMH divides by the iteration's time
 * in throughput mode). Every touchpoint of the batch counts, also those of journeys that did
 * not convert (the engine skips them quickly; DuckDB's join drops them), the same for every
 * engine, so ratios of these rates are ratios of time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TouchpointCounter {

    /** The touchpoints processed in this iteration; read by JMH. */
    public long touchpoints;

    /** Starts each iteration from zero, as JMH asks of its counters. */
    @Setup(Level.Iteration)
    public void reset() {
        touchpoints = 0;
    }
}
