/**
 * Campaign tracking: UTM parameters and click ids read from URLs, tagged URLs written back, and
 * channel grouping of traffic into channel groups such as Paid Social or Organic Search.
 *
 * <pre>{@code
 * TaggedUrl link = TaggedUrl.builder("https://example.com/launch")
 *         .source("linkedin").medium("paid_social").campaign("q1 launch / EU")
 *         .build();
 * UtmParameters utm = UtmParameters.fromUrl(link.url());
 * utm.campaign();                                   // Optional[q1 launch / EU]
 * ChannelGrouping.defaultRules().classify(utm);     // Paid Social
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.roikit.core.tracking.UtmParameters} reads a URL's query: raw values as written
 *       (percent-decoded) and normalised ones (stripped, lower case) for matching; malformed
 *       URLs throw {@link java.lang.IllegalArgumentException} naming the URL, the parameter and
 *       the index.</li>
 *   <li>{@link org.roikit.core.tracking.TaggedUrl} writes UTM parameters onto a URL, encoded so
 *       that they read back unchanged.</li>
 *   <li>{@link org.roikit.core.tracking.ChannelGrouping} classifies a
 *       {@link org.roikit.core.tracking.TrafficSource} (source, medium, campaign) with ordered,
 *       case-insensitive rules; the first match wins. The GA4-style default rules are versioned
 *       and can be extended or replaced; every change carries a new version label.</li>
 * </ul>
 *
 * <p>No method returns null; optional values are {@link java.util.Optional}. All types are
 * immutable and thread-safe, except {@link org.roikit.core.tracking.TaggedUrl.Builder}.
 */
package org.roikit.core.tracking;
