package org.roikit.attribution;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.roikit.attribution.internal.Checks;

/**
 * The last-non-direct model: the whole conversion to the last eligible touch whose channel is
 * not direct, or, when every eligible touch is direct, to the last touch.
 *
 * <p>Direct channels are matched ignoring case ({@link String#equalsIgnoreCase(String)}); the
 * set is kept in lower case ({@link Locale#ROOT}) and sorted, so models that match alike are
 * equal. The default set is {@link #DEFAULT_DIRECT}.
 *
 * <p>Two models are equal when their direct sets are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param direct the channels that count as direct; not empty, none blank
 */
public record LastNonDirect(Set<String> direct) implements AttributionModel {

    /** The default direct channels: {@code direct} and {@code (direct)}, as Google Analytics writes it. */
    public static final Set<String> DEFAULT_DIRECT = Set.of("direct", "(direct)");

    /**
     * Checks the direct channels and keeps them in lower case, sorted.
     *
     * @param direct the channels that count as direct; not empty, none blank
     * @throws NullPointerException if {@code direct} or an element is null
     * @throws IllegalArgumentException if {@code direct} is empty or an element is blank
     */
    public LastNonDirect {
        Objects.requireNonNull(direct, "direct");
        if (direct.isEmpty()) {
            throw new IllegalArgumentException("direct ([]) must name at least one channel");
        }
        TreeSet<String> lower = new TreeSet<>();
        for (String channel : direct) {
            lower.add(Checks.nonBlank(channel, "direct channel").toLowerCase(Locale.ROOT));
        }
        direct = Collections.unmodifiableSortedSet(lower);
    }

    /**
     * Returns whether {@code channel} is direct, ignoring case.
     *
     * @param channel the channel
     * @return true if it is in the direct set
     * @throws NullPointerException if {@code channel} is null
     */
    public boolean isDirect(String channel) {
        Objects.requireNonNull(channel, "channel");
        for (String d : direct) {
            if (d.equalsIgnoreCase(channel)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns {@code "last-non-direct"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "last-non-direct";
    }

    /**
     * Writes 1 for the last touch whose direct flag is false, or for the last touch if all
     * are direct, and 0 for the others.
     *
     * @param n the number of eligible touches, at least 1
     * @param ages not read
     * @param directFlags for each touch, whether its channel is direct, as by {@link #isDirect(String)}
     * @param weights where the weights go
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code n} is less than 1 or an array is shorter than {@code n}
     */
    @Override
    public void weigh(int n, double[] ages, boolean[] directFlags, double[] weights) {
        Checks.weighing(n, ages, directFlags, weights);
        int chosen = n - 1;
        for (int i = n - 1; i >= 0; i--) {
            if (!directFlags[i]) {
                chosen = i;
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            weights[i] = i == chosen ? 1 : 0;
        }
    }

    /**
     * Returns the name and the direct channels, such as {@code last-non-direct((direct), direct)},
     * which {@link AttributionModel#parse(String)} reads back when no channel contains a comma.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name() + "(" + String.join(", ", direct) + ")";
    }
}
