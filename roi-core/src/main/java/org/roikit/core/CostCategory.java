package org.roikit.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a {@link Cost} paid for: ad spend, tools, content creation, personnel time, agency or other.
 *
 * <p>Each category has a constant name such as {@code AD_SPEND} and a lower-case label such as
 * {@code "ad spend"}; {@link #parse(String)} reads either, as a CSV column might hold them.
 */
public enum CostCategory {

    /** Paid media: ads, boosted posts, sponsored placements; labelled {@code "ad spend"}. */
    AD_SPEND("ad spend"),
    /** Software and subscriptions: schedulers, analytics, design tools; labelled {@code "tools"}. */
    TOOLS("tools"),
    /** Producing posts, videos, images and copy; labelled {@code "content creation"}. */
    CONTENT("content creation"),
    /** Time of the team's own people, usually hours x an hourly rate; labelled {@code "personnel time"}. */
    PERSONNEL("personnel time"),
    /** Fees of external agencies and freelancers; labelled {@code "agency"}. */
    AGENCY("agency"),
    /** Anything else; labelled {@code "other"}. */
    OTHER("other");

    /** Both spellings of every category, in the normal form of {@link #key(String)}. */
    private static final Map<String, CostCategory> BY_KEY;

    /** The accepted spellings, for error messages. */
    private static final String ACCEPTED;

    static {
        Map<String, CostCategory> byKey = new HashMap<>();
        StringJoiner names = new StringJoiner(", ");
        StringJoiner labels = new StringJoiner(", ");
        for (CostCategory category : values()) {
            byKey.put(key(category.name()), category);
            byKey.put(key(category.label), category);
            names.add(category.name());
            labels.add(category.label);
        }
        BY_KEY = Map.copyOf(byKey);
        ACCEPTED = names + " or a label: " + labels;
    }

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    /**
     * Returns the lower-case label for reports, such as {@code "personnel time"} for
     * {@link #PERSONNEL}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the category with the given constant name or label, ignoring case, surrounding
     * whitespace, and whether words are separated by {@code _}, {@code -} or a space:
     * {@code "AD_SPEND"}, {@code "ad_spend"}, {@code "Ad Spend"} and {@code "ad-spend"} all give
     * {@link #AD_SPEND}; {@code "personnel"} and {@code "Personnel time"} give {@link #PERSONNEL}.
     *
     * @param text the name or label
     * @return the category
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is neither a name nor a label; the message
     *     gives the value and lists the accepted names and labels
     */
    public static CostCategory parse(String text) {
        Objects.requireNonNull(text, "text");
        CostCategory category = BY_KEY.get(key(text));
        if (category == null) {
            throw new IllegalArgumentException("cost category (\"" + text + "\") must be one of "
                    + ACCEPTED + " (case and the separators _, - and space do not matter)");
        }
        return category;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
