package org.roikit.benchmarks;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.roikit.core.Money;

/**
 * Splitting an amount by weights with {@link Money#allocate(long...)} and
 * {@link Money#allocate(BigDecimal...)}: the exact-to-the-cent step behind every attribution.
 *
 * <p>Inputs live in non-final state fields built from a seed, so the JIT cannot fold them; results
 * are returned, so it cannot drop the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyAllocateBenchmark {

    /** Number of parts (touchpoints in a journey, channels in a report). */
    @Param({"2", "4", "32", "256"})
    public int parts;

    /** Seed for the generated amount and weights. */
    @Param({"42"})
    public long seed;

    private Money amount;
    private long[] longWeights;
    private BigDecimal[] decimalWeights;

    /** Builds the amount and the weights from {@link #seed}. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(seed);
        amount = Money.ofMinor(random.nextLong(1, 10_000_000), Currency.getInstance("EUR"));
        longWeights = new long[parts];
        decimalWeights = new BigDecimal[parts];
        for (int i = 0; i < parts; i++) {
            longWeights[i] = random.nextLong(1, 1_000);
            decimalWeights[i] = BigDecimal.valueOf(random.nextLong(1, 10_000), 4);
        }
    }

    /** Allocates by whole-number weights (the long fast path). */
    @Benchmark
    public List<Money> allocateLongWeights() {
        return amount.allocate(longWeights);
    }

    /** Allocates by decimal weights (the BigInteger path). */
    @Benchmark
    public List<Money> allocateDecimalWeights() {
        return amount.allocate(decimalWeights);
    }

    /** Splits into equal parts. */
    @Benchmark
    public List<Money> split() {
        return amount.split(parts);
    }
}
