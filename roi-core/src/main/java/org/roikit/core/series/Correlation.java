package org.roikit.core.series;

import java.util.Objects;
import org.roikit.core.Ratio;

/**
 * The Pearson correlation between a leading and a lagging {@link MetricSeries} at one lag, from
 * {@link LeadLag#pearson(MetricSeries, MetricSeries, int)}.
 *
 * <p>It keeps the coefficient r (undefined with a reason when it cannot be computed), the lag in
 * periods, how many aligned pairs went into it and how many aligned pairs were skipped because a
 * side had no data or an undefined rate.
 *
 * <p>Two correlations are equal when all of these, the series names and the granularity are
 * equal. Instances are immutable and thread-safe.
 */
public final class Correlation {

    private final String leading;
    private final String lagging;
    private final Granularity granularity;
    private final int lag;
    private final Ratio coefficient;
    private final int pairs;
    private final int skippedPairs;

    Correlation(String leading, String lagging, Granularity granularity, int lag, Ratio coefficient,
            int pairs, int skippedPairs) {
        this.leading = leading;
        this.lagging = lagging;
        this.granularity = granularity;
        this.lag = lag;
        this.coefficient = coefficient;
        this.pairs = pairs;
        this.skippedPairs = skippedPairs;
    }

    /**
     * Returns the name of the leading series.
     *
     * @return the leading metric's name
     */
    public String leading() {
        return leading;
    }

    /**
     * Returns the name of the lagging series.
     *
     * @return the lagging metric's name
     */
    public String lagging() {
        return lagging;
    }

    /**
     * Returns the granularity of both series, which is the unit of the lag.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * Returns the lag in periods: the leading value of period p was paired with the lagging value
     * of period p + lag.
     *
     * @return the lag
     */
    public int lag() {
        return lag;
    }

    /**
     * Returns the coefficient r, between -1 and 1, as a {@link Ratio.Form#NUMBER} ratio, or
     * undefined with the reason, such as {@code "2 aligned pairs with data, at least 3 needed"}.
     *
     * @return r
     */
    public Ratio coefficient() {
        return coefficient;
    }

    /**
     * Returns whether r is defined.
     *
     * @return true if the coefficient has a value
     */
    public boolean isDefined() {
        return coefficient.isDefined();
    }

    /**
     * Returns how many aligned pairs with data on both sides went into r.
     *
     * @return the number of pairs
     */
    public int pairs() {
        return pairs;
    }

    /**
     * Returns how many aligned pairs were left out because a side had no data or an undefined
     * rate.
     *
     * @return the number of skipped pairs
     */
    public int skippedPairs() {
        return skippedPairs;
    }

    /**
     * Returns whether {@code obj} is a correlation with the same series names, granularity, lag,
     * coefficient and pair counts.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Correlation other
                && leading.equals(other.leading)
                && lagging.equals(other.lagging)
                && granularity == other.granularity
                && lag == other.lag
                && coefficient.equals(other.coefficient)
                && pairs == other.pairs
                && skippedPairs == other.skippedPairs;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(leading, lagging, granularity, lag, coefficient, pairs, skippedPairs);
    }

    /**
     * Returns the correlation for reading, such as
     * {@code clicks -> leads, lag 1 MONTH: r = 0.98, 11 pairs, 1 skipped} or
     * {@code clicks -> leads, lag 1 MONTH: r undefined (2 aligned pairs with data, at least 3
     * needed), 2 pairs, 0 skipped}; r is shown with two decimals.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return leading + " -> " + lagging + ", lag " + lag + " " + granularity + ": r "
                + (coefficient.isDefined() ? "= " : "") + coefficient + ", " + pairs + " pairs, "
                + skippedPairs + " skipped";
    }
}
