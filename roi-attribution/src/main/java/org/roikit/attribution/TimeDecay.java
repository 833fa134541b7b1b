package org.roikit.attribution;

import java.time.Duration;
import java.util.Objects;
import org.roikit.attribution.internal.Checks;
import org.roikit.attribution.internal.Durations;
import org.roikit.attribution.internal.Exp2;

/**
 * The time-decay model: each eligible touch weighs {@code 2^(-age / halfLife)}, where its age is
 * the time from the touch to the conversion, and the weights are normalised to sum to 1. With a
 * half-life of 7 days, touches 14, 7 and 0 days before the conversion weigh 1/4, 1/2 and 1, so a
 * conversion of 70.00 is credited 10.00, 20.00 and 40.00.
 *
 * <p>Ages are measured to the nanosecond. The powers are computed relative to the youngest touch,
 * which keeps very old touches from making every weight underflow to zero, with plain
 * floating-point additions and multiplications (a table of {@code 2^(j/64)} and a short
 * polynomial), so the weights are the same on every platform; each power is within two units in
 * the last place of the true one, and exact when the age difference is a whole number of
 * half-lives.
 *
 * <p>Two models are equal when their half-lives are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param halfLife the age at which a touch weighs half as much as one at the conversion instant;
 *     positive
 */
public record TimeDecay(Duration halfLife) implements AttributionModel {

    /** The default half-life: 7 days. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    /**
     * Checks the half-life.
     *
     * @param halfLife the half-life, positive
     * @throws NullPointerException if {@code halfLife} is null
     * @throws IllegalArgumentException if {@code halfLife} is zero or negative
     */
    public TimeDecay {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("halfLife (" + halfLife + ") must be positive");
        }
    }

    /**
     * Returns {@code "time-decay"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "time-decay";
    }

    /**
     * Writes {@code 2^(-ages[i] / halfLife)} for every touch, normalised to sum to 1.
     *
     * @param n the number of eligible touches, at least 1
     * @param ages for each touch, the seconds from the touch to the conversion
     * @param direct not read
     * @param weights where the weights go
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code n} is less than 1 or an array is shorter than {@code n}
     */
    @Override
    public void weigh(int n, double[] ages, boolean[] direct, double[] weights) {
        Checks.weighing(n, ages, direct, weights);
        double h = Durations.toSeconds(halfLife);
        double youngest = ages[0];
        for (int i = 1; i < n; i++) {
            youngest = Math.min(youngest, ages[i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Exp2.ofNonPositive(-(ages[i] - youngest) / h);
            sum += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= sum;
        }
    }

    /**
     * Returns the name and the half-life, such as {@code time-decay(P7D)} or
     * {@code time-decay(PT12H)}, which {@link AttributionModel#parse(String)} reads back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name() + "(" + Durations.format(halfLife) + ")";
    }
}
