package org.roikit.core.tracking;

import java.util.List;
import org.roikit.core.internal.Checks;

/**
 * A channel group, such as {@link #PAID_SOCIAL} or a custom group like
 * {@code ChannelGroup.of("Partners")}.
 *
 * <p>The constants are the nineteen default channel groups of Google Analytics 4, with GA4's names
 * so that results line up with GA4 exports ({@link #MOBILE_PUSH} is "Mobile Push Notifications").
 * Custom groups are made with {@link #of(String)} and used in custom {@link ChannelRule}s. Two
 * groups are equal when their names are equal, case included: {@code ChannelGroup.of("Paid Social")}
 * equals {@link #PAID_SOCIAL}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the name shown in reports, not blank and without leading or trailing white space
 */
public record ChannelGroup(String name) {

    /** Direct: no referrer and no campaign tags, {@code (direct) / (none)}. */
    public static final ChannelGroup DIRECT = new ChannelGroup("Direct");
    /** Cross-network: ads shown across networks, such as Performance Max. */
    public static final ChannelGroup CROSS_NETWORK = new ChannelGroup("Cross-network");
    /** Paid Shopping: paid clicks from shopping sites or shopping campaigns. */
    public static final ChannelGroup PAID_SHOPPING = new ChannelGroup("Paid Shopping");
    /** Paid Search: paid clicks from search engines. */
    public static final ChannelGroup PAID_SEARCH = new ChannelGroup("Paid Search");
    /** Paid Social: paid clicks from social networks. */
    public static final ChannelGroup PAID_SOCIAL = new ChannelGroup("Paid Social");
    /** Paid Video: paid clicks from video sites. */
    public static final ChannelGroup PAID_VIDEO = new ChannelGroup("Paid Video");
    /** Display: display ads, such as banners. */
    public static final ChannelGroup DISPLAY = new ChannelGroup("Display");
    /** Paid Other: paid clicks from sites in no other list. */
    public static final ChannelGroup PAID_OTHER = new ChannelGroup("Paid Other");
    /** Organic Shopping: unpaid clicks from shopping sites or shopping campaigns. */
    public static final ChannelGroup ORGANIC_SHOPPING = new ChannelGroup("Organic Shopping");
    /** Organic Social: unpaid clicks from social networks. */
    public static final ChannelGroup ORGANIC_SOCIAL = new ChannelGroup("Organic Social");
    /** Organic Video: unpaid clicks from video sites. */
    public static final ChannelGroup ORGANIC_VIDEO = new ChannelGroup("Organic Video");
    /** Organic Search: unpaid search results. */
    public static final ChannelGroup ORGANIC_SEARCH = new ChannelGroup("Organic Search");
    /** Referral: links on other sites and apps. */
    public static final ChannelGroup REFERRAL = new ChannelGroup("Referral");
    /** Email: links in email. */
    public static final ChannelGroup EMAIL = new ChannelGroup("Email");
    /** Affiliates: links from affiliate partners. */
    public static final ChannelGroup AFFILIATES = new ChannelGroup("Affiliates");
    /** Audio: ads on audio platforms, such as podcasts. */
    public static final ChannelGroup AUDIO = new ChannelGroup("Audio");
    /** SMS: links in text messages. */
    public static final ChannelGroup SMS = new ChannelGroup("SMS");
    /** Mobile Push Notifications: links in push notifications. */
    public static final ChannelGroup MOBILE_PUSH = new ChannelGroup("Mobile Push Notifications");
    /** Unassigned: traffic that no rule matches. */
    public static final ChannelGroup UNASSIGNED = new ChannelGroup("Unassigned");

    private static final List<ChannelGroup> DEFAULTS = List.of(DIRECT, CROSS_NETWORK, PAID_SHOPPING,
            PAID_SEARCH, PAID_SOCIAL, PAID_VIDEO, DISPLAY, PAID_OTHER, ORGANIC_SHOPPING, ORGANIC_SOCIAL,
            ORGANIC_VIDEO, ORGANIC_SEARCH, REFERRAL, EMAIL, AFFILIATES, AUDIO, SMS, MOBILE_PUSH, UNASSIGNED);

    /**
     * Creates a channel group.
     *
     * @param name the name shown in reports
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or starts or ends with white space
     */
    public ChannelGroup {
        Checks.nonBlank(name, "name");
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException(
                    "name (\"" + name + "\") must not start or end with white space");
        }
    }

    /**
     * Returns the channel group with the given name, such as {@code of("Partners")}.
     *
     * @param name the name shown in reports
     * @return the channel group
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or starts or ends with white space
     */
    public static ChannelGroup of(String name) {
        return new ChannelGroup(name);
    }

    /**
     * Returns the nineteen default groups in the order of the default rules, ending with
     * {@link #UNASSIGNED}.
     *
     * @return the default groups
     */
    public static List<ChannelGroup> defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the name, such as {@code Paid Social}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
