package org.roikit.core.tracking;

import java.util.Objects;

/**
 * One rule of a {@link ChannelGrouping}: traffic that meets the condition belongs to the group,
 * unless an earlier rule matched first.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param group the channel group the rule assigns
 * @param condition when the rule applies
 */
public record ChannelRule(ChannelGroup group, Condition condition) {

    /**
     * Creates a rule.
     *
     * @param group the channel group the rule assigns
     * @param condition when the rule applies
     * @throws NullPointerException if an argument is null
     */
    public ChannelRule {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * Returns a rule that assigns {@code group} when {@code condition} holds.
     *
     * @param group the channel group
     * @param condition when the rule applies
     * @return the rule
     * @throws NullPointerException if an argument is null
     */
    public static ChannelRule of(ChannelGroup group, Condition condition) {
        return new ChannelRule(group, condition);
    }

    /**
     * Returns the rule as text: {@code Email: medium = "email"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return group + ": " + condition;
    }
}
