package org.roikit.core;

import java.time.Instant;
import java.util.Objects;
import org.roikit.core.internal.Checks;

/**
 * A conversion: something of value that a customer did at an instant, such as a sale or a signup.
 *
 * <p>The type is free text, compared exactly as given (case-sensitive, not trimmed), so that each
 * business can name its own conversion types. {@link #LEAD}, {@link #MQL}, {@link #SALE} and
 * {@link #SIGNUP} are the common ones, in lower case.
 *
 * <p>The value is zero or more: a signup may be worth {@code EUR 0.00}, a refund is not a
 * conversion. Two conversions are equal when all four components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the conversion's identifier, such as an order id; not blank
 * @param instant when the conversion happened
 * @param value what the conversion is worth, at least zero
 * @param type what kind of conversion it is, such as {@link #SALE}; not blank
 */
public record Conversion(String id, Instant instant, Money value, String type) {

    /** The type of a conversion that produced a lead: {@code "lead"}. */
    public static final String LEAD = "lead";

    /** The type of a conversion that produced a marketing-qualified lead: {@code "mql"}. */
    public static final String MQL = "mql";

    /** The type of a conversion that is a sale: {@code "sale"}. */
    public static final String SALE = "sale";

    /** The type of a conversion that is a signup: {@code "signup"}. */
    public static final String SIGNUP = "signup";

    /**
     * Creates a conversion after checking every component.
     *
     * @param id the conversion's identifier; not blank
     * @param instant when the conversion happened
     * @param value what the conversion is worth, at least zero
     * @param type what kind of conversion it is; not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code id} or {@code type} is blank or {@code value} is
     *     negative
     */
    public Conversion {
        Checks.nonBlank(id, "id");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("value (" + value + ") must be >= 0");
        }
        Checks.nonBlank(type, "type");
    }

    /**
     * Returns a conversion with the given components:
     * {@code Conversion.of("o-17", Instant.parse("2026-03-01T10:00:00Z"), Money.of("120.00", "EUR"),
     * Conversion.SALE)}.
     *
     * @param id the conversion's identifier, such as an order id; not blank
     * @param instant when the conversion happened
     * @param value what the conversion is worth, at least zero
     * @param type what kind of conversion it is, such as {@link #SALE}; free text, not blank
     * @return the conversion
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} or {@code type} is blank or {@code value} is
     *     negative
     */
    public static Conversion of(String id, Instant instant, Money value, String type) {
        return new Conversion(id, instant, value, type);
    }

    /**
     * Returns the conversion for reading: {@code Conversion[o-17 sale EUR 120.00 at
     * 2026-03-01T10:00:00Z]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "Conversion[" + id + " " + type + " " + value + " at " + instant + "]";
    }
}
