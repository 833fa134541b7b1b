package org.roikit.core.tracking;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.roikit.core.internal.Checks;

/**
 * A campaign link: a URL with UTM parameters appended, built with {@link #builder(String)}.
 *
 * <pre>{@code
 * TaggedUrl url = TaggedUrl.builder("https://example.com/launch#pricing")
 *         .source("linkedin").medium("paid_social").campaign("q1 launch / EU")
 *         .build();
 * url.toString();
 * // https://example.com/launch?utm_source=linkedin&utm_medium=paid_social&utm_campaign=q1%20launch%20%2F%20EU#pricing
 * }</pre>
 *
 * <p>How the URL is written:
 * <ul>
 *   <li>The parameters are appended to the base URL's query, after any parameters it has, in the
 *       order of {@link UtmParameter}'s constants; a fragment ({@code #...}) stays at the end.</li>
 *   <li>Values are percent-encoded as UTF-8. Only the unreserved characters of RFC 3986
 *       ({@code A-Z a-z 0-9 - . _ ~}) stay as they are: a space is {@code %20}, {@code '+'} is
 *       {@code %2B}, and {@code & = # / ? %} and non-ASCII characters are escaped too, so every
 *       value reads back unchanged through {@link UtmParameters#fromUrl(String)}.</li>
 *   <li>Values are kept as given, case and surrounding spaces included; lower-case them yourself
 *       if your reports are case-sensitive.</li>
 * </ul>
 *
 * <p>Two tagged URLs are equal when their text is equal.
 *
 * <p>Instances are immutable and thread-safe; builders are neither.
 */
public final class TaggedUrl {

    private final String url;
    private final UtmParameters parameters;

    private TaggedUrl(String url, UtmParameters parameters) {
        this.url = url;
        this.parameters = parameters;
    }

    /**
     * Returns a builder that appends UTM parameters to {@code baseUrl}.
     *
     * @param baseUrl an absolute or relative URL, read as {@link UtmParameters#fromUrl(String)}
     *     reads it; it may have a query and a fragment but no UTM parameter
     * @return a new builder
     * @throws NullPointerException if {@code baseUrl} is null
     * @throws IllegalArgumentException if {@code baseUrl} is blank or malformed, or already has a
     *     UTM parameter: appending more would leave two values, and the old one would win
     */
    public static Builder builder(String baseUrl) {
        Checks.nonBlank(baseUrl, "baseUrl");
        UtmParameters existing = UtmParameters.of(QueryCodec.splitUrl(baseUrl, "baseUrl"));
        StringJoiner present = new StringJoiner(", ");
        for (UtmParameter parameter : UtmParameter.values()) {
            if (!existing.allValues(parameter).isEmpty()) {
                present.add(parameter.parameterName());
            }
        }
        if (present.length() > 0) {
            throw new IllegalArgumentException("baseUrl (\"" + baseUrl + "\") already has " + present
                    + "; tag a URL without UTM parameters");
        }
        return new Builder(baseUrl);
    }

    /**
     * Returns the tagged URL.
     *
     * @return the URL text
     */
    public String url() {
        return url;
    }

    /**
     * Returns the UTM parameters and click ids of the tagged URL, as
     * {@link UtmParameters#fromUrl(String)} reads them.
     *
     * @return the parameters
     */
    public UtmParameters parameters() {
        return parameters;
    }

    /**
     * Returns whether {@code obj} is a tagged URL with the same text.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaggedUrl other && url.equals(other.url);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return url.hashCode();
    }

    /**
     * Returns the tagged URL, as {@link #url()}.
     *
     * @return the URL text
     */
    @Override
    public String toString() {
        return url;
    }

    /**
     * Collects UTM values for a {@link TaggedUrl}. Setting a parameter again replaces its value.
     *
     * <p>{@link #build()} requires {@code utm_source} whenever any parameter is set: Google
     * Analytics' URL builder asks for it, and a campaign without a source cannot be told apart in
     * reports. {@code utm_medium} and {@code utm_campaign} are recommended but optional.
     *
     * <p>Builders are mutable and not thread-safe.
     */
    public static final class Builder {

        private final String baseUrl;
        private final Map<UtmParameter, String> values = new EnumMap<>(UtmParameter.class);

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * Returns this builder with {@code utm_source} set.
         *
         * @param source such as {@code "linkedin"}
         * @return this builder
         * @throws NullPointerException if {@code source} is null
         * @throws IllegalArgumentException if {@code source} is blank or has an unpaired surrogate
         */
        public Builder source(String source) {
            return parameter(UtmParameter.SOURCE, source);
        }

        /**
         * Returns this builder with {@code utm_medium} set.
         *
         * @param medium such as {@code "paid_social"}
         * @return this builder
         * @throws NullPointerException if {@code medium} is null
         * @throws IllegalArgumentException if {@code medium} is blank or has an unpaired surrogate
         */
        public Builder medium(String medium) {
            return parameter(UtmParameter.MEDIUM, medium);
        }

        /**
         * Returns this builder with {@code utm_campaign} set.
         *
         * @param campaign such as {@code "q1 launch / EU"}
         * @return this builder
         * @throws NullPointerException if {@code campaign} is null
         * @throws IllegalArgumentException if {@code campaign} is blank or has an unpaired surrogate
         */
        public Builder campaign(String campaign) {
            return parameter(UtmParameter.CAMPAIGN, campaign);
        }

        /**
         * Returns this builder with {@code utm_id} set.
         *
         * @param id the campaign id
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         * @throws IllegalArgumentException if {@code id} is blank or has an unpaired surrogate
         */
        public Builder id(String id) {
            return parameter(UtmParameter.ID, id);
        }

        /**
         * Returns this builder with {@code utm_term} set.
         *
         * @param term the paid search keyword
         * @return this builder
         * @throws NullPointerException if {@code term} is null
         * @throws IllegalArgumentException if {@code term} is blank or has an unpaired surrogate
         */
        public Builder term(String term) {
            return parameter(UtmParameter.TERM, term);
        }

        /**
         * Returns this builder with {@code utm_content} set.
         *
         * @param content the link or ad variant
         * @return this builder
         * @throws NullPointerException if {@code content} is null
         * @throws IllegalArgumentException if {@code content} is blank or has an unpaired surrogate
         */
        public Builder content(String content) {
            return parameter(UtmParameter.CONTENT, content);
        }

        /**
         * Returns this builder with {@code utm_source_platform} set.
         *
         * @param sourcePlatform the buying platform
         * @return this builder
         * @throws NullPointerException if {@code sourcePlatform} is null
         * @throws IllegalArgumentException if {@code sourcePlatform} is blank or has an unpaired
         *     surrogate
         */
        public Builder sourcePlatform(String sourcePlatform) {
            return parameter(UtmParameter.SOURCE_PLATFORM, sourcePlatform);
        }

        /**
         * Returns this builder with {@code parameter} set to {@code value}, replacing an earlier value.
         *
         * @param parameter the UTM parameter
         * @param value the raw value; blank values are rejected because
         *     {@link UtmParameters} reads them as absent
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code value} is blank or has an unpaired surrogate,
         *     which UTF-8 cannot encode
         */
        public Builder parameter(UtmParameter parameter, String value) {
            Objects.requireNonNull(parameter, "parameter");
            String name = parameter.parameterName();
            Checks.nonBlank(value, name);
            int surrogate = QueryCodec.unpairedSurrogate(value);
            if (surrogate >= 0) {
                throw new IllegalArgumentException(name + " has an unpaired surrogate ("
                        + QueryCodec.codePoint(value.charAt(surrogate)) + ") at index " + surrogate
                        + ", which UTF-8 cannot encode");
            }
            values.put(parameter, value);
            return this;
        }

        /**
         * Returns the tagged URL.
         *
         * @return the base URL with the UTM parameters appended
         * @throws IllegalStateException if no parameter is set, or {@code utm_source} is not set
         *     while others are
         */
        public TaggedUrl build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("no UTM parameter is set; set at least utm_source");
            }
            if (!values.containsKey(UtmParameter.SOURCE)) {
                throw new IllegalStateException("utm_source is required with "
                        + String.join(", ", values.keySet().stream().map(UtmParameter::parameterName).toList()));
            }
            int hash = baseUrl.indexOf('#');
            String beforeFragment = hash < 0 ? baseUrl : baseUrl.substring(0, hash);
            String fragment = hash < 0 ? "" : baseUrl.substring(hash);
            StringBuilder url = new StringBuilder(beforeFragment);
            if (beforeFragment.indexOf('?') < 0) {
                url.append('?');
            } else if (!beforeFragment.endsWith("?") && !beforeFragment.endsWith("&")) {
                url.append('&');
            }
            StringJoiner query = new StringJoiner("&");
            values.forEach((parameter, value) ->
                    query.add(parameter.parameterName() + "=" + QueryCodec.encode(value)));
            url.append(query).append(fragment);
            String text = url.toString();
            return new TaggedUrl(text, UtmParameters.fromUrl(text));
        }
    }
}
