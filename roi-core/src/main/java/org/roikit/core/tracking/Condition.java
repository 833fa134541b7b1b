package org.roikit.core.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.roikit.core.internal.Checks;

/**
 * A test on the source, medium and campaign of a {@link TrafficSource}: the "when" of a
 * {@link ChannelRule}.
 *
 * <p>Conditions are values: they compare by content and read as text, such as
 * {@code source in SOCIAL sites and medium contains "cp"}. Matching ignores case: the traffic
 * source is lower-cased and so are the texts given here, and regular expressions match without
 * regard to case. Build them with the factories ({@link #oneOf(Field, String...)},
 * {@link #contains(Field, String)}, {@link #sourceIn(SourceCategory)}, ...) and combine them with
 * {@link #and(Condition)}, {@link #or(Condition)} and {@link #not(Condition)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Condition permits Condition.OneOf, Condition.Contains, Condition.StartsWith,
        Condition.EndsWith, Condition.Matches, Condition.SourceIn, Condition.AllOf, Condition.AnyOf,
        Condition.Not {

    /** The component of a {@link TrafficSource} that a condition looks at. */
    enum Field {
        /** The source, such as {@code google}. */
        SOURCE,
        /** The medium, such as {@code cpc}. */
        MEDIUM,
        /** The campaign name. */
        CAMPAIGN;

        /**
         * Returns this field's value in {@code traffic}.
         *
         * @param traffic the traffic source
         * @return the normalised value
         * @throws NullPointerException if {@code traffic} is null
         */
        public String valueIn(TrafficSource traffic) {
            switch (this) {
                case SOURCE:
                    return traffic.source();
                case MEDIUM:
                    return traffic.medium();
                default:
                    return traffic.campaign();
            }
        }

        /**
         * Returns the field name in lower case, such as {@code medium}.
         *
         * @return the name
         */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns a condition that holds when {@code field} equals one of {@code values}.
     *
     * @param field the field to test
     * @param values the accepted values; stripped and lower-cased
     * @return the condition, such as {@code medium in ("display", "banner")}
     * @throws NullPointerException if an argument or value is null
     * @throws IllegalArgumentException if there are no values or a value is blank
     */
    static Condition oneOf(Field field, String... values) {
        return new OneOf(field, new LinkedHashSet<>(List.of(Objects.requireNonNull(values, "values"))));
    }

    /**
     * Returns a condition that holds when {@code field} contains {@code text}.
     *
     * @param field the field to test
     * @param text the text to look for; lower-cased
     * @return the condition, such as {@code campaign contains "cross-network"}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code text} is empty
     */
    static Condition contains(Field field, String text) {
        return new Contains(field, text);
    }

    /**
     * Returns a condition that holds when {@code field} starts with {@code prefix}.
     *
     * @param field the field to test
     * @param prefix the prefix; lower-cased
     * @return the condition, such as {@code medium starts with "paid"}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code prefix} is empty
     */
    static Condition startsWith(Field field, String prefix) {
        return new StartsWith(field, prefix);
    }

    /**
     * Returns a condition that holds when {@code field} ends with {@code suffix}.
     *
     * @param field the field to test
     * @param suffix the suffix; lower-cased
     * @return the condition, such as {@code medium ends with "push"}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code suffix} is empty
     */
    static Condition endsWith(Field field, String suffix) {
        return new EndsWith(field, suffix);
    }

    /**
     * Returns a condition that holds when the whole of {@code field} matches {@code regex}, without
     * regard to case and with {@code '.'} matching any character; use {@code ".*x.*"} to look for
     * {@code x} anywhere.
     *
     * @param field the field to test
     * @param regex a {@link Pattern} regular expression
     * @return the condition, such as {@code campaign matches "spring.*"}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code regex} is not a valid regular expression
     */
    static Condition matches(Field field, String regex) {
        Objects.requireNonNull(regex, "regex");
        try {
            return new Matches(field, Pattern.compile(regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("regex (\"" + regex + "\") is not a valid regular expression: "
                    + e.getDescription() + " at index " + e.getIndex(), e);
        }
    }

    /**
     * Returns a condition that holds when the source is in the grouping's list for
     * {@code category}; see {@link ChannelGrouping#sources(SourceCategory)}.
     *
     * @param category the source category
     * @return the condition, such as {@code source in SOCIAL sites}
     * @throws NullPointerException if {@code category} is null
     */
    static Condition sourceIn(SourceCategory category) {
        return new SourceIn(category);
    }

    /**
     * Returns a condition that holds when all of {@code conditions} hold.
     *
     * @param conditions the conditions, at least one
     * @return the condition
     * @throws NullPointerException if an argument or condition is null
     * @throws IllegalArgumentException if there are no conditions
     */
    static Condition allOf(Condition... conditions) {
        return new AllOf(List.of(Objects.requireNonNull(conditions, "conditions")));
    }

    /**
     * Returns a condition that holds when any of {@code conditions} holds.
     *
     * @param conditions the conditions, at least one
     * @return the condition
     * @throws NullPointerException if an argument or condition is null
     * @throws IllegalArgumentException if there are no conditions
     */
    static Condition anyOf(Condition... conditions) {
        return new AnyOf(List.of(Objects.requireNonNull(conditions, "conditions")));
    }

    /**
     * Returns a condition that holds when {@code condition} does not.
     *
     * @param condition the condition to negate
     * @return the negation
     * @throws NullPointerException if {@code condition} is null
     */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /**
     * Returns a condition that holds when this one and {@code other} hold.
     *
     * @param other the other condition
     * @return the conjunction
     * @throws NullPointerException if {@code other} is null
     */
    default Condition and(Condition other) {
        return allOf(this, other);
    }

    /**
     * Returns a condition that holds when this one or {@code other} holds.
     *
     * @param other the other condition
     * @return the disjunction
     * @throws NullPointerException if {@code other} is null
     */
    default Condition or(Condition other) {
        return anyOf(this, other);
    }

    // ---------------------------------------------------------------- the kinds of condition

    /**
     * The field equals one of the values.
     *
     * @param field the field to test
     * @param values the accepted values, stripped and lower-cased, in the order given
     */
    record OneOf(Field field, Set<String> values) implements Condition {

        /**
         * Creates the condition, normalising the values.
         *
         * @param field the field to test
         * @param values the accepted values
         * @throws NullPointerException if an argument or value is null
         * @throws IllegalArgumentException if there are no values or a value is blank
         */
        public OneOf {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(values, "values");
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values must not be empty");
            }
            Set<String> normalised = new LinkedHashSet<>();
            for (String value : values) {
                normalised.add(UtmParameters.normalise(Checks.nonBlank(value, "value")));
            }
            values = Collections.unmodifiableSet(normalised);
        }

        /**
         * Returns the condition as text: {@code source = "(direct)"} or
         * {@code medium in ("display", "banner")}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            if (values.size() == 1) {
                return field + " = " + quote(values.iterator().next());
            }
            StringJoiner joiner = new StringJoiner(", ", field + " in (", ")");
            values.forEach(value -> joiner.add(quote(value)));
            return joiner.toString();
        }
    }

    /**
     * The field contains the text.
     *
     * @param field the field to test
     * @param text the text, lower-cased
     */
    record Contains(Field field, String text) implements Condition {

        /**
         * Creates the condition, lower-casing the text.
         *
         * @param field the field to test
         * @param text the text to look for
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code text} is empty
         */
        public Contains {
            Objects.requireNonNull(field, "field");
            text = lowerNonEmpty(text, "text");
        }

        /**
         * Returns the condition as text: {@code campaign contains "cross-network"}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return field + " contains " + quote(text);
        }
    }

    /**
     * The field starts with the prefix.
     *
     * @param field the field to test
     * @param prefix the prefix, lower-cased
     */
    record StartsWith(Field field, String prefix) implements Condition {

        /**
         * Creates the condition, lower-casing the prefix.
         *
         * @param field the field to test
         * @param prefix the prefix
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code prefix} is empty
         */
        public StartsWith {
            Objects.requireNonNull(field, "field");
            prefix = lowerNonEmpty(prefix, "prefix");
        }

        /**
         * Returns the condition as text: {@code medium starts with "paid"}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return field + " starts with " + quote(prefix);
        }
    }

    /**
     * The field ends with the suffix.
     *
     * @param field the field to test
     * @param suffix the suffix, lower-cased
     */
    record EndsWith(Field field, String suffix) implements Condition {

        /**
         * Creates the condition, lower-casing the suffix.
         *
         * @param field the field to test
         * @param suffix the suffix
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code suffix} is empty
         */
        public EndsWith {
            Objects.requireNonNull(field, "field");
            suffix = lowerNonEmpty(suffix, "suffix");
        }

        /**
         * Returns the condition as text: {@code medium ends with "push"}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return field + " ends with " + quote(suffix);
        }
    }

    /**
     * The whole field matches the pattern. Two conditions are equal when their fields, pattern
     * texts and flags are equal.
     *
     * @param field the field to test
     * @param pattern the pattern; {@link Condition#matches(Field, String)} compiles it to ignore
     *     case and to let {@code '.'} match any character
     */
    record Matches(Field field, Pattern pattern) implements Condition {

        /**
         * Creates the condition.
         *
         * @param field the field to test
         * @param pattern the pattern, used as given
         * @throws NullPointerException if an argument is null
         */
        public Matches {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
        }

        /**
         * Returns whether {@code obj} tests the same field with the same pattern text and flags.
         *
         * @param obj the object to compare with
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Matches other && field == other.field
                    && pattern.pattern().equals(other.pattern.pattern()) && pattern.flags() == other.pattern.flags();
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(field, pattern.pattern(), pattern.flags());
        }

        /**
         * Returns the condition as text: {@code campaign matches "spring.*"}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return field + " matches " + quote(pattern.pattern());
        }
    }

    /**
     * The source is in the grouping's list of sites for the category: it equals an entry, or is
     * an entry preceded by {@code "www."}.
     *
     * @param category the source category
     */
    record SourceIn(SourceCategory category) implements Condition {

        /**
         * Creates the condition.
         *
         * @param category the source category
         * @throws NullPointerException if {@code category} is null
         */
        public SourceIn {
            Objects.requireNonNull(category, "category");
        }

        /**
         * Returns the condition as text: {@code source in SOCIAL sites}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return "source in " + category + " sites";
        }
    }

    /**
     * All the conditions hold.
     *
     * @param conditions the conditions, at least one
     */
    record AllOf(List<Condition> conditions) implements Condition {

        /**
         * Creates the condition.
         *
         * @param conditions the conditions
         * @throws NullPointerException if the list or a condition is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AllOf {
            conditions = nonEmptyCopy(conditions);
        }

        /**
         * Returns the conditions joined by {@code and}, nested ones in parentheses.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return join(conditions, " and ");
        }
    }

    /**
     * At least one of the conditions holds.
     *
     * @param conditions the conditions, at least one
     */
    record AnyOf(List<Condition> conditions) implements Condition {

        /**
         * Creates the condition.
         *
         * @param conditions the conditions
         * @throws NullPointerException if the list or a condition is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AnyOf {
            conditions = nonEmptyCopy(conditions);
        }

        /**
         * Returns the conditions joined by {@code or}, nested ones in parentheses.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return join(conditions, " or ");
        }
    }

    /**
     * The condition does not hold.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {

        /**
         * Creates the condition.
         *
         * @param condition the negated condition
         * @throws NullPointerException if {@code condition} is null
         */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        /**
         * Returns the condition as text: {@code not (medium = "cpc")}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return "not (" + condition + ")";
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String lowerNonEmpty(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<Condition> nonEmptyCopy(List<Condition> conditions) {
        Objects.requireNonNull(conditions, "conditions");
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("conditions must not be empty");
        }
        return List.copyOf(conditions);
    }

    private static String join(List<Condition> conditions, String separator) {
        List<String> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            boolean nested = condition instanceof AllOf || condition instanceof AnyOf;
            parts.add(nested ? "(" + condition + ")" : condition.toString());
        }
        return String.join(separator, parts);
    }
}
