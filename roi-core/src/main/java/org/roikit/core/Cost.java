package org.roikit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.roikit.core.internal.Checks;
import org.roikit.core.internal.Decimals;

/**
 * One cost of a marketing effort: what it paid for, how much, and optionally on which channel,
 * for which campaign, under which label, and on which date.
 *
 * <p>{@code Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR"))} is a tool subscription;
 * {@code Cost.ofTime(new BigDecimal("10"), Money.of("150.00", "EUR"))} is ten hours of personnel
 * time at EUR 150.00 an hour, EUR 1500.00. The {@code with*} methods attach a channel, campaign
 * label or date: {@code cost.withChannel("linkedin").withCampaign("q4-launch")}.
 *
 * <p>The date is the day the cost was incurred (for a cost that covers a period, such as a monthly
 * subscription, the first day of that period). Reports over a period count dated costs whose date
 * falls inside it and undated costs always; see {@link Investment#within(LocalDate, LocalDate)}.
 *
 * <p>The amount is never negative; refunds and credits are not costs. Channel, campaign and label
 * are kept as given apart from surrounding whitespace, which is stripped, and must not be blank.
 * Two costs are equal when all six components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param category what the cost paid for
 * @param amount how much, at least zero
 * @param channel the channel the cost belongs to, such as {@code "linkedin"}, if any
 * @param campaign the campaign the cost belongs to, such as {@code "q4-launch"}, if any
 * @param label a free-text description, such as {@code "Canva Pro, October"}, if any
 * @param date the day the cost was incurred, if known
 */
public record Cost(
        CostCategory category,
        Money amount,
        Optional<String> channel,
        Optional<String> campaign,
        Optional<String> label,
        Optional<LocalDate> date) {

    /**
     * Creates a cost, stripping surrounding whitespace from channel, campaign and label.
     *
     * @param category what the cost paid for
     * @param amount how much, at least zero
     * @param channel the channel, if any; not blank when present
     * @param campaign the campaign, if any; not blank when present
     * @param label a free-text description, if any; not blank when present
     * @param date the day the cost was incurred, if known
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is negative or a present channel,
     *     campaign or label is blank
     */
    public Cost {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount (" + amount + ") must be >= 0");
        }
        channel = stripped(channel, "channel");
        campaign = stripped(campaign, "campaign");
        label = stripped(label, "label");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns a cost of {@code amount} in {@code category}, with no channel, campaign or label.
     *
     * @param category what the cost paid for
     * @param amount how much, at least zero
     * @return the cost
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public static Cost of(CostCategory category, Money amount) {
        return new Cost(category, amount, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a {@link CostCategory#PERSONNEL} cost of {@code hours x hourlyRate}, which must be
     * exact at the currency's scale: 10 h at EUR 150.00 is EUR 1500.00, and 0.25 h at EUR 150.00 is
     * EUR 37.50, but 0.3333 h at EUR 150.00 (EUR 49.995) is an error. No label is set: the cost
     * keeps the amount, not how it was reckoned.
     *
     * @param hours the hours worked, at least zero
     * @param hourlyRate the cost of one hour, at least zero
     * @return the personnel cost, with no channel, campaign or label
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code hours} or {@code hourlyRate} is negative
     * @throws ArithmeticException if the product has more decimal places than the currency allows;
     *     use {@link #ofTime(BigDecimal, Money, RoundingMode)} to round it
     */
    public static Cost ofTime(BigDecimal hours, Money hourlyRate) {
        checkTime(hours, hourlyRate);
        BigDecimal product = hours.multiply(hourlyRate.amount());
        int scale = hourlyRate.amount().scale();
        if (Decimals.normalise(product).scale() > scale) {
            String code = hourlyRate.currency().getCurrencyCode();
            throw new ArithmeticException("hours (" + hours.toPlainString() + ") x hourlyRate ("
                    + hourlyRate + ") = " + code + " " + Decimals.normalise(product).toPlainString()
                    + ", which has more decimal places than " + code + " allows (" + scale
                    + "); pass a RoundingMode");
        }
        return of(CostCategory.PERSONNEL,
                Money.of(product, hourlyRate.currency(), RoundingMode.UNNECESSARY));
    }

    /**
     * Returns a {@link CostCategory#PERSONNEL} cost of {@code hours x hourlyRate}, rounded to the
     * currency's scale with {@code rounding}: 0.3333 h at EUR 150.00 is EUR 50.00 rounded
     * {@link RoundingMode#HALF_UP} and EUR 49.99 rounded {@link RoundingMode#DOWN}. No label is
     * set.
     *
     * @param hours the hours worked, at least zero
     * @param hourlyRate the cost of one hour, at least zero
     * @param rounding how to round the product to the currency's scale
     * @return the personnel cost, with no channel, campaign or label
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code hours} or {@code hourlyRate} is negative
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     product needs rounding
     */
    public static Cost ofTime(BigDecimal hours, Money hourlyRate, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            // The exact factory explains the failure better than BigDecimal's "Rounding necessary".
            return ofTime(hours, hourlyRate);
        }
        checkTime(hours, hourlyRate);
        return of(CostCategory.PERSONNEL, hourlyRate.multipliedBy(hours, rounding));
    }

    /**
     * Returns a copy of this cost on {@code newChannel}.
     *
     * @param newChannel the channel, such as {@code "linkedin"}; surrounding whitespace is stripped
     * @return the copy
     * @throws NullPointerException if {@code newChannel} is null
     * @throws IllegalArgumentException if {@code newChannel} is blank
     */
    public Cost withChannel(String newChannel) {
        Objects.requireNonNull(newChannel, "newChannel");
        return new Cost(category, amount, Optional.of(newChannel), campaign, label, date);
    }

    /**
     * Returns a copy of this cost for {@code newCampaign}.
     *
     * @param newCampaign the campaign, such as {@code "q4-launch"}; surrounding whitespace is
     *     stripped
     * @return the copy
     * @throws NullPointerException if {@code newCampaign} is null
     * @throws IllegalArgumentException if {@code newCampaign} is blank
     */
    public Cost withCampaign(String newCampaign) {
        Objects.requireNonNull(newCampaign, "newCampaign");
        return new Cost(category, amount, channel, Optional.of(newCampaign), label, date);
    }

    /**
     * Returns a copy of this cost with the description {@code newLabel}.
     *
     * @param newLabel a free-text description; surrounding whitespace is stripped
     * @return the copy
     * @throws NullPointerException if {@code newLabel} is null
     * @throws IllegalArgumentException if {@code newLabel} is blank
     */
    public Cost withLabel(String newLabel) {
        Objects.requireNonNull(newLabel, "newLabel");
        return new Cost(category, amount, channel, campaign, Optional.of(newLabel), date);
    }

    /**
     * Returns a copy of this cost incurred on {@code newDate}.
     *
     * @param newDate the day the cost was incurred
     * @return the copy
     * @throws NullPointerException if {@code newDate} is null
     */
    public Cost withDate(LocalDate newDate) {
        Objects.requireNonNull(newDate, "newDate");
        return new Cost(category, amount, channel, campaign, label, Optional.of(newDate));
    }

    /**
     * Returns the category and amount, followed by whichever of channel, campaign and quoted
     * label and date are present: {@code TOOLS EUR 100.00} or
     * {@code PERSONNEL EUR 1500.00 (channel linkedin, campaign q4-launch, "10 h x EUR 150.00", 2026-03-02)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringJoiner details = new StringJoiner(", ", " (", ")").setEmptyValue("");
        channel.ifPresent(c -> details.add("channel " + c));
        campaign.ifPresent(c -> details.add("campaign " + c));
        label.ifPresent(l -> details.add("\"" + l + "\""));
        date.ifPresent(d -> details.add(d.toString()));
        return category.name() + " " + amount + details;
    }

    private static void checkTime(BigDecimal hours, Money hourlyRate) {
        Checks.nonNegative(hours, "hours");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (hourlyRate.isNegative()) {
            throw new IllegalArgumentException("hourlyRate (" + hourlyRate + ") must be >= 0");
        }
    }

    private static Optional<String> stripped(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        return value.map(v -> Checks.nonBlank(v, name).strip());
    }
}
