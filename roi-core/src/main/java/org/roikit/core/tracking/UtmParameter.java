package org.roikit.core.tracking;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The seven UTM parameters that tag a campaign link, in the order {@link TaggedUrl} writes them.
 *
 * <p>Google Analytics reads {@code utm_source}, {@code utm_medium} and {@code utm_campaign} to
 * decide the channel; the others describe the link further.
 */
public enum UtmParameter {
    /** {@code utm_source}: who sent the visit, such as {@code google}, {@code linkedin} or {@code newsletter}. */
    SOURCE("utm_source"),
    /** {@code utm_medium}: how it was sent, such as {@code cpc}, {@code paid_social} or {@code email}. */
    MEDIUM("utm_medium"),
    /** {@code utm_campaign}: the campaign name, such as {@code q1 launch}. */
    CAMPAIGN("utm_campaign"),
    /** {@code utm_id}: the campaign id, which joins the visit to imported cost data. */
    ID("utm_id"),
    /** {@code utm_term}: the paid search keyword. */
    TERM("utm_term"),
    /** {@code utm_content}: which link or ad variant was clicked. */
    CONTENT("utm_content"),
    /** {@code utm_source_platform}: the buying platform, such as {@code Search Ads 360}. */
    SOURCE_PLATFORM("utm_source_platform");

    private final String parameterName;

    UtmParameter(String parameterName) {
        this.parameterName = parameterName;
    }

    /**
     * Returns the query parameter name in lower case, such as {@code "utm_source"}.
     *
     * @return the parameter name
     */
    public String parameterName() {
        return parameterName;
    }

    /**
     * Returns the UTM parameter with the given query parameter name, compared without regard to
     * case: {@code "UTM_Source"} is {@link #SOURCE}.
     *
     * @param name a query parameter name, already percent-decoded
     * @return the parameter, or empty if the name is not one of the seven
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<UtmParameter> ofParameterName(String name) {
        String lower = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        for (UtmParameter parameter : values()) {
            if (parameter.parameterName.equals(lower)) {
                return Optional.of(parameter);
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
