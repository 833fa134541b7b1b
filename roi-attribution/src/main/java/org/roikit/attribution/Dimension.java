package org.roikit.attribution;

/**
 * What a report's rows are keyed by.
 */
public enum Dimension {

    /** One row per channel, such as {@code linkedin}. */
    CHANNEL("channel"),

    /**
     * One row per campaign, such as {@code q1-launch}; touches without a campaign are gathered
     * under {@link AttributionReport#NO_CAMPAIGN}.
     */
    CAMPAIGN("campaign");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /**
     * Returns the lower-case label used in tables, CSV headers and on the command line:
     * {@code channel} or {@code campaign}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
