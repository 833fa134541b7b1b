package org.roikit.attribution;

/**
 * Whether a touch may earn credit for more than one conversion of its journey.
 */
public enum ConversionPolicy {

    /**
     * A touch serves every conversion whose lookback window it falls in, as in Google Analytics 4
     * and Adobe Analytics: a journey that converts twice credits its early touches twice. The
     * default.
     */
    SERVE_EVERY_CONVERSION,

    /**
     * A touch serves only the next conversion at or after it: each conversion resets the
     * journey, and the next conversion is credited only to touches strictly after it (and within
     * its own lookback window). Of two conversions at the same instant, the second has no
     * eligible touch.
     */
    RESET_AFTER_CONVERSION
}
