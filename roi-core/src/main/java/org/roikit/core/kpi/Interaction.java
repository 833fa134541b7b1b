package org.roikit.core.kpi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of interaction with content that can count towards engagement.
 *
 * <p>Which interactions make up "engagement" differs between platforms and reports, so roikit
 * never assumes a set silently: every engagement KPI takes a {@code Set<Interaction>}, and the
 * overloads without one use {@link #defaultEngagement()} (likes, comments, shares and saves;
 * clicks excluded).
 */
public enum Interaction {

    /** Likes and other one-tap reactions, counted by {@link Measures#likes()}. */
    LIKES,
    /** Comments and replies, counted by {@link Measures#comments()}. */
    COMMENTS,
    /** Shares, reposts and retweets, counted by {@link Measures#shares()}. */
    SHARES,
    /** Saves and bookmarks, counted by {@link Measures#saves()}. */
    SAVES,
    /** Link clicks, counted by {@link Measures#clicks()}. */
    CLICKS;

    // An unmodifiable EnumSet keeps the documented iteration order (declaration order).
    private static final Set<Interaction> DEFAULT_ENGAGEMENT =
            Collections.unmodifiableSet(EnumSet.of(LIKES, COMMENTS, SHARES, SAVES));

    /**
     * Returns the default engagement set: {@link #LIKES}, {@link #COMMENTS}, {@link #SHARES} and
     * {@link #SAVES}.
     *
     * <p>{@link #CLICKS} is left out because a click is a step towards traffic and conversion rather
     * than a reaction to the content, and because it already has its own rate, the CTR; pass
     * {@code EnumSet.allOf(Interaction.class)} to count clicks as engagement too.
     *
     * @return the unmodifiable default set, iterating in declaration order
     */
    public static Set<Interaction> defaultEngagement() {
        return DEFAULT_ENGAGEMENT;
    }
}
