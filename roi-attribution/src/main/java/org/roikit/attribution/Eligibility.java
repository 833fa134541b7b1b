package org.roikit.attribution;

import java.time.Instant;
import java.util.List;
import org.roikit.core.Conversion;

/**
 * Finds the eligible touches of each conversion of a journey, in reusable buffers.
 *
 * <p>Call {@link #begin(Journey)}, then {@link #next(Conversion)} for each of the journey's
 * conversions in time order. Both scan pointers only move forward, so a journey costs time linear
 * in its touches and conversions, and nothing is allocated once the buffers have grown to the
 * longest journey. Not thread-safe.
 */
final class Eligibility {

    private static final int NANOS_PER_SECOND = 1_000_000_000;

    private final AttributionSettings settings;
    private final long lookbackSeconds;
    private final int lookbackNanos;
    private final boolean reset;

    /** The indices, in the journey's touchpoints, of the eligible touches of the last conversion. */
    int[] touch = new int[16];
    /** Their ages in seconds at the last conversion. */
    double[] ages = new double[16];
    /** How many there are. */
    int count;

    private List<Touchpoint> touches;
    private int size;
    private int lo;
    private int hi;
    private int unconsumed;

    Eligibility(AttributionSettings settings) {
        this.settings = settings;
        this.lookbackSeconds = settings.lookback().getSeconds();
        this.lookbackNanos = settings.lookback().getNano();
        this.reset = settings.policy() == ConversionPolicy.RESET_AFTER_CONVERSION;
    }

    /** Starts on a journey. */
    void begin(Journey journey) {
        touches = journey.touchpoints();
        size = touches.size();
        lo = 0;
        hi = 0;
        unconsumed = 0;
        if (touch.length < size) {
            int capacity = Math.max(size, touch.length * 2);
            touch = new int[capacity];
            ages = new double[capacity];
        }
    }

    /**
     * Finds the eligible touches of the journey's next conversion into {@link #touch},
     * {@link #ages} and {@link #count}, and returns whether the conversion falls in the report
     * period. Under the reset policy the conversion consumes its touches either way.
     */
    boolean next(Conversion conversion) {
        Instant at = conversion.instant();
        long cs = at.getEpochSecond();
        int cn = at.getNano();
        while (hi < size && !isAfter(touches.get(hi).instant(), cs, cn)) {
            hi++;
        }
        long ls = cs - lookbackSeconds;
        int ln = cn - lookbackNanos;
        if (ln < 0) {
            ln += NANOS_PER_SECOND;
            ls--;
        }
        if (ls > cs) {
            // The window reaches past the earliest representable second: every earlier touch is in it.
            ls = Long.MIN_VALUE;
            ln = 0;
        }
        while (lo < hi && isBefore(touches.get(lo).instant(), ls, ln)) {
            lo++;
        }
        int first = reset ? Math.max(lo, unconsumed) : lo;
        if (reset) {
            unconsumed = hi;
        }
        if (!settings.inPeriod(cs)) {
            count = 0;
            return false;
        }
        int n = 0;
        boolean collapse = settings.collapseRepeats();
        for (int i = first; i < hi; i++) {
            Touchpoint t = touches.get(i);
            if (collapse && n > 0 && t.channel().equals(touches.get(touch[n - 1]).channel())) {
                continue;
            }
            Instant ti = t.instant();
            touch[n] = i;
            ages[n] = (double) (cs - ti.getEpochSecond()) + (cn - ti.getNano()) * 1e-9;
            n++;
        }
        count = n;
        return true;
    }

    private static boolean isAfter(Instant t, long seconds, int nanos) {
        long ts = t.getEpochSecond();
        return ts > seconds || (ts == seconds && t.getNano() > nanos);
    }

    private static boolean isBefore(Instant t, long seconds, int nanos) {
        long ts = t.getEpochSecond();
        return ts < seconds || (ts == seconds && t.getNano() < nanos);
    }
}
