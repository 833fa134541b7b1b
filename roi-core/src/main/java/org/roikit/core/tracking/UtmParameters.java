package org.roikit.core.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.roikit.core.internal.Checks;

/**
 * The UTM parameters and click ids of one URL, with their raw values and values normalised for
 * matching.
 *
 * <p>{@code UtmParameters.fromUrl("https://example.com/?utm_source=LinkedIn&utm_medium=paid_social")}
 * has the source {@code "LinkedIn"}, normalised {@code "linkedin"}. The rules:
 * <ul>
 *   <li><b>What is read.</b> The query: the text after the first {@code '?'} and before the first
 *       {@code '#'}. The fragment is ignored, as browsers never send it and Google Analytics does
 *       not read it, so {@code https://example.com/#/page?utm_source=x} has no parameters.
 *       Parameters are separated by {@code '&'} ({@code ';'} is not a separator); empty pieces
 *       ({@code "a=1&&b=2"}) are skipped and a piece without {@code '='} has an empty value.</li>
 *   <li><b>Decoding.</b> Names and values are percent-decoded as UTF-8, with {@code '+'} read as a
 *       space, as HTML forms write queries. Literal non-ASCII characters are kept as they are.</li>
 *   <li><b>Names</b> are matched without regard to case: {@code UTM_Source} is
 *       {@code utm_source}, since hand-made links vary. Other parameters are ignored.</li>
 *   <li><b>Repeated parameters.</b> The first value wins: {@link #value(UtmParameter)} is the first
 *       value that is not blank, and {@link #allValues(UtmParameter)} keeps every raw value in URL
 *       order, so repeats can be seen and reported.</li>
 *   <li><b>Empty values.</b> A parameter whose value is empty or blank ({@code utm_term=} or
 *       {@code utm_term=%20}) counts as absent for {@link #value(UtmParameter)},
 *       {@link #normalised(UtmParameter)} and {@link #clickId(ClickId)}: it carries no information,
 *       and analytics tools report it as not set. It still appears in {@code allValues}.</li>
 *   <li><b>Raw and normalised values.</b> Raw values are decoded but otherwise untouched;
 *       normalised values are stripped of leading and trailing white space and lower-cased with
 *       {@link Locale#ROOT}, for matching such as channel grouping.</li>
 *   <li><b>URL forms.</b> {@link #fromUrl(String)} takes absolute URLs ({@code https://...}),
 *       scheme-relative ones ({@code //host/...}) and relative ones ({@code /landing?...},
 *       {@code landing.html?...}, {@code ?utm_source=...}). Text without {@code '?'} has no query:
 *       {@code "utm_source=x"} is a relative path. Use {@link #fromQuery(String)} for a bare query.</li>
 *   <li><b>Errors.</b> A URL is malformed if it holds a raw space or control character (anywhere
 *       before the fragment), has an empty host after {@code "scheme://"} or {@code "//"}, has
 *       {@code http:} or {@code https:} without {@code "//"}, or has a {@code ':'} in its first
 *       path segment without a valid scheme before it. Percent escapes are checked in every
 *       parameter name and in the values of UTM parameters and click ids, the parts that are read:
 *       an escape that is not {@code %} and two hex digits, or escapes that are not UTF-8, are
 *       malformed. Values of other parameters are not checked, so a broken third-party parameter
 *       does not make a campaign link unreadable. The {@link IllegalArgumentException} names the
 *       URL, the problem, its index (from 0, as {@link String#indexOf(int)}) and the parameter:
 *       {@code url ("https://x.com/?utm_source=a%zz") is malformed: bad percent escape "%zz" at
 *       index 27 in parameter utm_source}.</li>
 * </ul>
 *
 * <p>Two instances are equal when they hold the same raw values, in the same order, for each UTM
 * parameter and click id; parameter names are compared in lower case and other parameters do not
 * count.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UtmParameters {

    private final Map<UtmParameter, List<String>> utm;
    private final Map<ClickId, List<String>> clickIds;

    private UtmParameters(Map<UtmParameter, List<String>> utm, Map<ClickId, List<String>> clickIds) {
        this.utm = utm;
        this.clickIds = clickIds;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns the UTM parameters and click ids of a URL, following the rules in the class
     * description.
     *
     * @param url an absolute or relative URL, such as
     *     {@code "https://example.com/launch?utm_source=linkedin&utm_medium=paid_social"}
     * @return the parameters; none if the URL has no query
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is blank or malformed; the message names the
     *     URL, the problem, its index and the parameter
     */
    public static UtmParameters fromUrl(String url) {
        Checks.nonBlank(url, "url");
        return of(QueryCodec.splitUrl(url, "url"));
    }

    /**
     * Returns the UTM parameters and click ids of a bare query string, with or without a leading
     * {@code '?'}: {@code "utm_source=newsletter&utm_medium=email"}. A {@code '#'} and what follows
     * it are ignored, as in a URL.
     *
     * @param query the query
     * @return the parameters
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalArgumentException if {@code query} is blank, holds a raw space or control
     *     character, or has a malformed percent escape in a parameter that is read; the message
     *     names the query, the problem, its index and the parameter
     */
    public static UtmParameters fromQuery(String query) {
        Checks.nonBlank(query, "query");
        return of(QueryCodec.splitQuery(query, "query"));
    }

    static UtmParameters of(QueryCodec.Split split) {
        Map<UtmParameter, List<String>> utm = new EnumMap<>(UtmParameter.class);
        Map<ClickId, List<String>> clickIds = new EnumMap<>(ClickId.class);
        for (QueryCodec.Piece piece : split.pieces) {
            String name = split.decodeName(piece);
            Optional<UtmParameter> parameter = UtmParameter.ofParameterName(name);
            if (parameter.isPresent()) {
                utm.computeIfAbsent(parameter.get(), p -> new ArrayList<>()).add(split.decodeValue(piece));
            } else {
                Optional<ClickId> clickId = ClickId.ofParameterName(name);
                if (clickId.isPresent()) {
                    clickIds.computeIfAbsent(clickId.get(), c -> new ArrayList<>()).add(split.decodeValue(piece));
                }
            }
        }
        utm.replaceAll((p, values) -> List.copyOf(values));
        clickIds.replaceAll((c, values) -> List.copyOf(values));
        return new UtmParameters(Collections.unmodifiableMap(utm), Collections.unmodifiableMap(clickIds));
    }

    // ---------------------------------------------------------------- UTM parameters

    /**
     * Returns the raw value of {@code utm_source}, as {@link #value(UtmParameter)}.
     *
     * @return the source, such as {@code "LinkedIn"}, or empty if absent or blank
     */
    public Optional<String> source() {
        return value(UtmParameter.SOURCE);
    }

    /**
     * Returns the raw value of {@code utm_medium}, as {@link #value(UtmParameter)}.
     *
     * @return the medium, such as {@code "paid_social"}, or empty if absent or blank
     */
    public Optional<String> medium() {
        return value(UtmParameter.MEDIUM);
    }

    /**
     * Returns the raw value of {@code utm_campaign}, as {@link #value(UtmParameter)}.
     *
     * @return the campaign name, or empty if absent or blank
     */
    public Optional<String> campaign() {
        return value(UtmParameter.CAMPAIGN);
    }

    /**
     * Returns the raw value of {@code utm_id}, as {@link #value(UtmParameter)}.
     *
     * @return the campaign id, or empty if absent or blank
     */
    public Optional<String> id() {
        return value(UtmParameter.ID);
    }

    /**
     * Returns the raw value of {@code utm_term}, as {@link #value(UtmParameter)}.
     *
     * @return the search term, or empty if absent or blank
     */
    public Optional<String> term() {
        return value(UtmParameter.TERM);
    }

    /**
     * Returns the raw value of {@code utm_content}, as {@link #value(UtmParameter)}.
     *
     * @return the content, or empty if absent or blank
     */
    public Optional<String> content() {
        return value(UtmParameter.CONTENT);
    }

    /**
     * Returns the raw value of {@code utm_source_platform}, as {@link #value(UtmParameter)}.
     *
     * @return the source platform, or empty if absent or blank
     */
    public Optional<String> sourcePlatform() {
        return value(UtmParameter.SOURCE_PLATFORM);
    }

    /**
     * Returns the first value of {@code parameter} that is not blank, percent-decoded but
     * otherwise as written: {@code " Q1 Launch "} stays {@code " Q1 Launch "}.
     *
     * @param parameter the UTM parameter
     * @return the raw value, or empty if the parameter is absent or has only blank values
     * @throws NullPointerException if {@code parameter} is null
     */
    public Optional<String> value(UtmParameter parameter) {
        return firstNonBlank(allValues(parameter));
    }

    /**
     * Returns {@link #value(UtmParameter)} stripped of leading and trailing white space and in
     * lower case ({@link Locale#ROOT}): {@code " Q1 Launch "} becomes {@code "q1 launch"}.
     *
     * @param parameter the UTM parameter
     * @return the normalised value, or empty if the parameter is absent or has only blank values
     * @throws NullPointerException if {@code parameter} is null
     */
    public Optional<String> normalised(UtmParameter parameter) {
        return value(parameter).map(UtmParameters::normalise);
    }

    /**
     * Returns every value of {@code parameter} in URL order, blank ones included; more than one
     * means the parameter was repeated.
     *
     * @param parameter the UTM parameter
     * @return the raw values, empty if the parameter is absent
     * @throws NullPointerException if {@code parameter} is null
     */
    public List<String> allValues(UtmParameter parameter) {
        return utm.getOrDefault(Objects.requireNonNull(parameter, "parameter"), List.of());
    }

    // ---------------------------------------------------------------- click ids

    /**
     * Returns the first value of the click id that is not blank, such as the {@code gclid}.
     *
     * @param clickId the click id
     * @return the raw value, or empty if the click id is absent or has only blank values
     * @throws NullPointerException if {@code clickId} is null
     */
    public Optional<String> clickId(ClickId clickId) {
        return firstNonBlank(allValues(clickId));
    }

    /**
     * Returns every value of the click id in URL order, blank ones included.
     *
     * @param clickId the click id
     * @return the raw values, empty if the click id is absent
     * @throws NullPointerException if {@code clickId} is null
     */
    public List<String> allValues(ClickId clickId) {
        return clickIds.getOrDefault(Objects.requireNonNull(clickId, "clickId"), List.of());
    }

    /**
     * Returns the click ids that have a value that is not blank, in the order of {@link ClickId}'s
     * constants.
     *
     * @return the click ids present
     */
    public Set<ClickId> clickIds() {
        Set<ClickId> present = EnumSet.noneOf(ClickId.class);
        for (ClickId id : clickIds.keySet()) {
            if (clickId(id).isPresent()) {
                present.add(id);
            }
        }
        return Collections.unmodifiableSet(present);
    }

    /**
     * Returns whether any UTM parameter or click id has a value that is not blank.
     *
     * @return true if the URL is tagged
     */
    public boolean isTagged() {
        for (UtmParameter parameter : utm.keySet()) {
            if (value(parameter).isPresent()) {
                return true;
            }
        }
        return !clickIds().isEmpty();
    }

    static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> firstNonBlank(List<String> values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} holds the same raw values for each UTM parameter and click id.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof UtmParameters other && utm.equals(other.utm) && clickIds.equals(other.clickIds);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * utm.hashCode() + clickIds.hashCode();
    }

    /**
     * Returns the parameters for reading, raw values quoted and repeated ones as a list:
     * {@code UtmParameters[utm_source="linkedin", utm_medium="paid_social", gclid=["", "abc"]]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        utm.forEach((parameter, values) -> parts.add(parameter.parameterName() + "=" + quoted(values)));
        clickIds.forEach((id, values) -> parts.add(id.parameterName() + "=" + quoted(values)));
        return "UtmParameters" + parts;
    }

    private static String quoted(List<String> values) {
        if (values.size() == 1) {
            return "\"" + values.get(0) + "\"";
        }
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add("\"" + value + "\"");
        }
        return quoted.toString();
    }
}
