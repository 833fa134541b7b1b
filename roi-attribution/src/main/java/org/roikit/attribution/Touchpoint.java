package org.roikit.attribution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact of a customer with a marketing channel: a click, a view, an email open.
 *
 * <p>The channel, campaign and type are kept exactly as given (no trimming or case folding), so
 * results group by the exact text; normalise them before building touchpoints if your sources
 * disagree on spelling. Only the "direct" set of last-non-direct model is matched
 * case-insensitively. The names the reports give their own rows, {@code (unattributed)},
 * {@code (unassigned)} and {@code (none)}, are refused as channel or campaign.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param journeyId the journey (customer) the touch belongs to, not blank
 * @param instant when the touch happened
 * @param channel the channel, such as {@code "linkedin"}, not blank
 * @param campaign the campaign, if known; not blank when present
 * @param type the kind of touch, such as {@code "click"} or {@code "view"}, if known; not blank when present
 */
public record Touchpoint(String journeyId, Instant instant, String channel, Optional<String> campaign,
        Optional<String> type) {

    /**
     * Checks the components.
     *
     * @param journeyId the journey id, not blank
     * @param instant when the touch happened
     * @param channel the channel, not blank
     * @param campaign the campaign, if known
     * @param type the kind of touch, if known
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the journey id, channel, or a present campaign or type is
     *     blank, or the channel or campaign is a name the reports use for their own rows
     *     ({@code (unattributed)}, {@code (unassigned)}, {@code (none)})
     */
    public Touchpoint {
        requireText(journeyId, "journeyId");
        Objects.requireNonNull(instant, "instant");
        requireText(channel, "channel");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(type, "type");
        campaign.ifPresent(c -> requireText(c, "campaign"));
        type.ifPresent(t -> requireText(t, "type"));
        requireUnreserved(channel, "channel");
        campaign.ifPresent(c -> requireUnreserved(c, "campaign"));
    }

    /**
     * Returns a touchpoint without campaign or type.
     *
     * @param journeyId the journey id, not blank
     * @param instant when the touch happened
     * @param channel the channel, not blank
     * @return the touchpoint
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the journey id or channel is blank
     */
    public static Touchpoint of(String journeyId, Instant instant, String channel) {
        return new Touchpoint(journeyId, instant, channel, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a touchpoint with a campaign and no type.
     *
     * @param journeyId the journey id, not blank
     * @param instant when the touch happened
     * @param channel the channel, not blank
     * @param campaign the campaign, not blank
     * @return the touchpoint
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text argument is blank
     */
    public static Touchpoint of(String journeyId, Instant instant, String channel, String campaign) {
        return new Touchpoint(journeyId, instant, channel,
                Optional.of(Objects.requireNonNull(campaign, "campaign")), Optional.empty());
    }

    /**
     * Returns a copy with the given campaign.
     *
     * @param newCampaign the campaign, not blank
     * @return the copy
     * @throws NullPointerException if {@code newCampaign} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Touchpoint withCampaign(String newCampaign) {
        return new Touchpoint(journeyId, instant, channel,
                Optional.of(Objects.requireNonNull(newCampaign, "newCampaign")), type);
    }

    /**
     * Returns a copy with the given type.
     *
     * @param newType the type, not blank
     * @return the copy
     * @throws NullPointerException if {@code newType} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Touchpoint withType(String newType) {
        return new Touchpoint(journeyId, instant, channel, campaign,
                Optional.of(Objects.requireNonNull(newType, "newType")));
    }

    /**
     * Returns the touch for reading, such as {@code j-1 2026-03-01T10:00:00Z linkedin/q1-launch (click)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return journeyId + " " + instant + " " + channel + campaign.map(c -> "/" + c).orElse("")
                + type.map(t -> " (" + t + ")").orElse("");
    }

    private static void requireUnreserved(String value, String name) {
        if (value.equals(AttributionReport.UNATTRIBUTED) || value.equals(AttributionReport.UNASSIGNED)
                || value.equals(AttributionReport.NO_CAMPAIGN)) {
            throw new IllegalArgumentException(name + " (\"" + value
                    + "\") is a name reserved for the report's own rows");
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " (\"" + value + "\") must not be blank");
        }
    }
}
