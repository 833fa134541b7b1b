package org.roikit.attribution;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One contact of a customer with a marketing channel: a click, a view, an email open.
 *
 * <p>The channel, campaign and type are kept exactly as given (no trimming or case folding), so
 * results group by the exact text; normalise them before building touchpoints if your sources
 * disagree on spelling. Only the "direct" set of last-non-direct model is matched
 * case-insensitively. The names the reports give their own rows, {@code (unattributed)},
 * {@code (unassigned)} and {@code (none)}, are refused as channel or campaign.
 *
 * <p><b>Attributes.</b> A touch may carry free-form attributes, such as
 * {@code content_type = webinar} or {@code segment = smb}: the columns of a touchpoint CSV beyond
 * the contract columns ({@link #CONTRACT_COLUMNS}) become attributes named by their header, and
 * reports break figures down by them. Keys and values are kept exactly as given; an absent
 * attribute is simply not in the map (there are no empty values).
 *
 * <p>Two touchpoints are equal when all components, attributes included, are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param journeyId the journey (customer) the touch belongs to, not blank
 * @param instant when the touch happened
 * @param channel the channel, such as {@code "linkedin"}, not blank
 * @param campaign the campaign, if known; not blank when present
 * @param type the kind of touch, such as {@code "click"} or {@code "view"}, if known; not blank when present
 * @param attributes the touch's attributes by name, sorted by name, unmodifiable; keys not blank
 *     and none of the contract columns, values not blank
 */
public record Touchpoint(String journeyId, Instant instant, String channel, Optional<String> campaign,
        Optional<String> type, SortedMap<String, String> attributes) {

    /**
     * The contract columns of a touchpoint CSV, which no attribute may be named after:
     * {@code journey_id}, {@code timestamp}, {@code channel}, {@code campaign}, {@code type}.
     */
    public static final List<String> CONTRACT_COLUMNS = List.of("journey_id", "timestamp", "channel", "campaign",
            "type");

    private static final SortedMap<String, String> NO_ATTRIBUTES = Collections.unmodifiableSortedMap(new TreeMap<>());

    /**
     * Checks the components.
     *
     * @param journeyId the journey id, not blank
     * @param instant when the touch happened
     * @param channel the channel, not blank
     * @param campaign the campaign, if known
     * @param type the kind of touch, if known
     * @param attributes the attributes by name; copied
     * @throws NullPointerException if a component, attribute key or attribute value is null
     * @throws IllegalArgumentException if the journey id, channel, or a present campaign or type is
     *     blank, the channel or campaign is a name the reports use for their own rows
     *     ({@code (unattributed)}, {@code (unassigned)}, {@code (none)}), or an attribute key is
     *     blank or a contract column, or an attribute value is blank
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
        attributes = copyOf(attributes);
    }

    /**
     * Creates a touchpoint without attributes.
     *
     * @param journeyId the journey id, not blank
     * @param instant when the touch happened
     * @param channel the channel, not blank
     * @param campaign the campaign, if known
     * @param type the kind of touch, if known
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the journey id, channel, or a present campaign or type is
     *     blank, or the channel or campaign is a name the reports use for their own rows
     */
    public Touchpoint(String journeyId, Instant instant, String channel, Optional<String> campaign,
            Optional<String> type) {
        this(journeyId, instant, channel, campaign, type, NO_ATTRIBUTES);
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
                Optional.of(Objects.requireNonNull(newCampaign, "newCampaign")), type, attributes);
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
                Optional.of(Objects.requireNonNull(newType, "newType")), attributes);
    }

    /**
     * Returns the value of the attribute {@code key}.
     *
     * @param key the attribute name
     * @return the value, empty when the touch does not carry the attribute
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns a copy with the attribute {@code key} set to {@code value}, replacing any value it had.
     *
     * @param key the attribute name, not blank and not a contract column
     * @param value the value, not blank
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code key} is blank or a contract column, or
     *     {@code value} is blank
     */
    public Touchpoint withAttribute(String key, String value) {
        SortedMap<String, String> copy = new TreeMap<>(attributes);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Touchpoint(journeyId, instant, channel, campaign, type, copy);
    }

    /**
     * Returns the touch for reading, such as {@code j-1 2026-03-01T10:00:00Z linkedin/q1-launch (click)}
     * or, with attributes, {@code j-1 2026-03-01T10:00:00Z linkedin/q1-launch (click) {segment=smb}}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return journeyId + " " + instant + " " + channel + campaign.map(c -> "/" + c).orElse("")
                + type.map(t -> " (" + t + ")").orElse("") + (attributes.isEmpty() ? "" : " " + attributes);
    }

    private static SortedMap<String, String> copyOf(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.isEmpty()) {
            return NO_ATTRIBUTES;
        }
        SortedMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String key = e.getKey();
            requireText(key, "attribute key");
            if (CONTRACT_COLUMNS.contains(key)) {
                throw new IllegalArgumentException("attribute key (\"" + key
                        + "\") must not be a contract column (" + String.join(", ", CONTRACT_COLUMNS) + ")");
            }
            requireText(e.getValue(), "attribute " + key);
            copy.put(key, e.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
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
