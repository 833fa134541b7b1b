package org.roikit.attribution.internal;

import java.time.Duration;

/** Text and number forms of durations. */
public final class Durations {

    private static final long SECONDS_PER_DAY = 86_400;

    private Durations() {
    }

    /**
     * Returns the ISO-8601 form of {@code d} that a person would write: {@code P7D} for whole days
     * (where {@link Duration#toString()} gives {@code PT168H}), otherwise {@link Duration#toString()}.
     * {@link Duration#parse(CharSequence)} reads both back.
     */
    public static String format(Duration d) {
        if (d.getNano() == 0 && d.getSeconds() % SECONDS_PER_DAY == 0 && d.getSeconds() != 0) {
            return "P" + d.getSeconds() / SECONDS_PER_DAY + "D";
        }
        return d.toString();
    }

    /** Returns {@code d} in seconds, with its nanoseconds as the fraction. */
    public static double toSeconds(Duration d) {
        return d.getSeconds() + d.getNano() * 1e-9;
    }
}
