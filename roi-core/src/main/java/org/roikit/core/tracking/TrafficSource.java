package org.roikit.core.tracking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The source, medium and campaign of a visit, normalised for channel grouping.
 *
 * <p>Each component is stripped of leading and trailing white space and lower-cased with
 * {@link java.util.Locale#ROOT}; a blank component becomes {@value #NOT_SET}, as Google Analytics
 * reports it. So {@code TrafficSource.of(" Google", "CPC")} equals
 * {@code TrafficSource.of("google", "cpc", "")}, and reads {@code google / cpc}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source where the visit came from, such as {@code google}, {@code facebook.com} or
 *     {@code (direct)}
 * @param medium how it came, such as {@code cpc}, {@code referral} or {@code (none)}
 * @param campaign the campaign name, or {@value #NOT_SET}
 */
public record TrafficSource(String source, String medium, String campaign) {

    /** The value of a component that is missing: {@value}. */
    public static final String NOT_SET = "(not set)";

    /**
     * Creates the traffic source with normalised components.
     *
     * @param source where the visit came from
     * @param medium how it came
     * @param campaign the campaign name; blank for none
     * @throws NullPointerException if an argument is null
     */
    public TrafficSource {
        source = normalise(source, "source");
        medium = normalise(medium, "medium");
        campaign = normalise(campaign, "campaign");
    }

    /**
     * Returns the traffic source with the given source, medium and campaign, normalised.
     *
     * @param source where the visit came from, such as {@code "google"}
     * @param medium how it came, such as {@code "cpc"}
     * @param campaign the campaign name; blank for none
     * @return the traffic source
     * @throws NullPointerException if an argument is null
     */
    public static TrafficSource of(String source, String medium, String campaign) {
        return new TrafficSource(source, medium, campaign);
    }

    /**
     * Returns the traffic source with the given source and medium and no campaign.
     *
     * @param source where the visit came from, such as {@code "facebook.com"}
     * @param medium how it came, such as {@code "referral"}
     * @return the traffic source, with campaign {@value #NOT_SET}
     * @throws NullPointerException if an argument is null
     */
    public static TrafficSource of(String source, String medium) {
        return new TrafficSource(source, medium, NOT_SET);
    }

    /**
     * Returns {@code (direct) / (none)}: a visit with no campaign tags and no referrer.
     *
     * @return the direct traffic source
     */
    public static TrafficSource direct() {
        return new TrafficSource("(direct)", "(none)", NOT_SET);
    }

    /**
     * Returns the traffic source a tagged URL stands for.
     *
     * <ol>
     *   <li>If {@code utm_source} or {@code utm_medium} has a value, their normalised values, with
     *       {@value #NOT_SET} for the one that is missing.</li>
     *   <li>Otherwise, if a click id is present, the source and medium it implies (see
     *       {@link ClickId}): {@code gclid} gives {@code google / cpc}. With several click ids the
     *       first in the order of {@link ClickId}'s constants counts.</li>
     *   <li>Otherwise {@code (direct) / (none)}: a URL says nothing about its referrer, so when the
     *       referrer is known, classify its source and medium instead.</li>
     * </ol>
     * In every case the campaign is the normalised {@code utm_campaign}, or {@value #NOT_SET}.
     *
     * <p>Explicit UTM values come before click ids because they are what the link's author wrote
     * and can check; Google Analytics with a linked Google Ads account prefers the Google Ads data
     * for {@code gclid} clicks.
     *
     * @param parameters the parameters of a URL
     * @return the traffic source
     * @throws NullPointerException if {@code parameters} is null
     */
    public static TrafficSource from(UtmParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        String campaign = parameters.normalised(UtmParameter.CAMPAIGN).orElse(NOT_SET);
        Optional<String> source = parameters.normalised(UtmParameter.SOURCE);
        Optional<String> medium = parameters.normalised(UtmParameter.MEDIUM);
        if (source.isPresent() || medium.isPresent()) {
            return new TrafficSource(source.orElse(NOT_SET), medium.orElse(NOT_SET), campaign);
        }
        Set<ClickId> clickIds = parameters.clickIds();
        if (!clickIds.isEmpty()) {
            return clickIds.iterator().next().impliedTraffic().withCampaign(campaign);
        }
        return direct().withCampaign(campaign);
    }

    /**
     * Returns a copy with another campaign.
     *
     * @param newCampaign the campaign name; blank for none
     * @return the traffic source with the new campaign
     * @throws NullPointerException if {@code newCampaign} is null
     */
    public TrafficSource withCampaign(String newCampaign) {
        return new TrafficSource(source, medium, newCampaign);
    }

    /**
     * Returns whether the campaign is set.
     *
     * @return true unless the campaign is {@value #NOT_SET}
     */
    public boolean isCampaignSet() {
        return !campaign.equals(NOT_SET);
    }

    private static String normalise(String value, String name) {
        Objects.requireNonNull(value, name);
        return value.isBlank() ? NOT_SET : UtmParameters.normalise(value);
    }

    /**
     * Returns {@code source / medium}, followed by the quoted campaign when it is set:
     * {@code google / cpc, campaign "spring sale"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return source + " / " + medium + (isCampaignSet() ? ", campaign \"" + campaign + "\"" : "");
    }
}
