package org.roikit.core.tracking;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The click ids that ad platforms append to landing-page URLs, with the platform each one marks
 * and the traffic source it implies when a URL has no {@code utm_source} and no {@code utm_medium}.
 *
 * <table>
 *   <caption>Click ids and what a URL with only the click id is taken to be</caption>
 *   <tr><th>parameter</th><th>platform</th><th>implied source / medium</th><th>default group</th></tr>
 *   <tr><td>gclid, gbraid, wbraid</td><td>Google Ads</td><td>google / cpc</td><td>Paid Search</td></tr>
 *   <tr><td>dclid</td><td>Campaign Manager 360 and Display &amp; Video 360</td><td>dfa / cpm</td>
 *       <td>Display</td></tr>
 *   <tr><td>msclkid</td><td>Microsoft Advertising</td><td>bing / cpc</td><td>Paid Search</td></tr>
 *   <tr><td>fbclid</td><td>Meta (Facebook, Instagram)</td><td>facebook.com / referral</td>
 *       <td>Organic Social</td></tr>
 *   <tr><td>li_fat_id</td><td>LinkedIn Ads</td><td>linkedin / cpc</td><td>Paid Social</td></tr>
 *   <tr><td>twclid</td><td>X Ads</td><td>twitter / cpc</td><td>Paid Social</td></tr>
 *   <tr><td>ttclid</td><td>TikTok Ads</td><td>tiktok / cpc</td><td>Paid Social</td></tr>
 * </table>
 *
 * <p>Why these: Google Analytics 4 reports an auto-tagged Google Ads click without UTM
 * parameters as {@code google / cpc} and an untagged Campaign Manager click as {@code dfa / cpm}.
 * With a linked Google Ads account it goes further and uses the ad network (Search, YouTube,
 * Display, Cross-network), which a URL does not carry; {@code google / cpc} is what the URL alone
 * supports. GA4 does not read the other platforms' ids, and shows such visits by their referrer.
 * roikit reads them instead, because each of {@code msclkid}, {@code li_fat_id}, {@code twclid} and
 * {@code ttclid} is added by its platform to ad clicks, so it marks paid traffic.
 * {@code fbclid} is the exception: Meta adds it to links clicked in posts and ads alike, so it shows
 * that the visit came from Facebook or Instagram but not that it was paid, and it implies
 * {@code facebook.com / referral}, which the default rules put in Organic Social, as GA4 does
 * with Facebook's referrer.
 */
public enum ClickId {
    /** {@code gclid}: Google Ads auto-tagging. */
    GCLID("gclid", "Google Ads", "google", "cpc"),
    /** {@code gbraid}: Google Ads, for clicks that lead to iOS apps. */
    GBRAID("gbraid", "Google Ads", "google", "cpc"),
    /** {@code wbraid}: Google Ads, for clicks from iOS apps to the web. */
    WBRAID("wbraid", "Google Ads", "google", "cpc"),
    /** {@code dclid}: Campaign Manager 360 and Display &amp; Video 360. */
    DCLID("dclid", "Campaign Manager 360 / Display & Video 360", "dfa", "cpm"),
    /** {@code msclkid}: Microsoft Advertising auto-tagging. */
    MSCLKID("msclkid", "Microsoft Advertising", "bing", "cpc"),
    /** {@code fbclid}: Meta (Facebook, Instagram), on organic and paid clicks alike. */
    FBCLID("fbclid", "Meta", "facebook.com", "referral"),
    /** {@code li_fat_id}: LinkedIn Ads first-party click tracking. */
    LI_FAT_ID("li_fat_id", "LinkedIn Ads", "linkedin", "cpc"),
    /** {@code twclid}: X Ads. */
    TWCLID("twclid", "X Ads", "twitter", "cpc"),
    /** {@code ttclid}: TikTok Ads. */
    TTCLID("ttclid", "TikTok Ads", "tiktok", "cpc");

    private final String parameterName;
    private final String platform;
    private final TrafficSource impliedTraffic;

    ClickId(String parameterName, String platform, String source, String medium) {
        this.parameterName = parameterName;
        this.platform = platform;
        this.impliedTraffic = TrafficSource.of(source, medium);
    }

    /**
     * Returns the query parameter name in lower case, such as {@code "gclid"}.
     *
     * @return the parameter name
     */
    public String parameterName() {
        return parameterName;
    }

    /**
     * Returns the ad platform that adds this click id, such as {@code "Google Ads"}.
     *
     * @return the platform name
     */
    public String platform() {
        return platform;
    }

    /**
     * Returns the traffic source a URL with this click id and no {@code utm_source} or
     * {@code utm_medium} is taken to come from, with campaign {@code (not set)}; see the table in
     * the class description.
     *
     * @return the implied source and medium, such as {@code google / cpc}
     */
    public TrafficSource impliedTraffic() {
        return impliedTraffic;
    }

    /**
     * Returns the click id with the given query parameter name, compared without regard to case.
     *
     * @param name a query parameter name, already percent-decoded
     * @return the click id, or empty if the name is not a known click id
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<ClickId> ofParameterName(String name) {
        String lower = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        for (ClickId id : values()) {
            if (id.parameterName.equals(lower)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the query parameter name, as {@link #parameterName()}.
     *
     * @return the parameter name
     */
    @Override
    public String toString() {
        return parameterName;
    }
}
