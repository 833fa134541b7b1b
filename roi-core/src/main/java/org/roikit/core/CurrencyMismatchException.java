package org.roikit.core;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts in two different currencies.
 *
 * <p>roikit never converts between currencies: amounts in different currencies are kept apart
 * (see {@link Investment#byCurrency()}) and mixing them is an error that names both.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The currency of the left-hand operand. */
    private final Currency expected;
    /** The currency of the right-hand operand. */
    private final Currency actual;

    /**
     * Creates an exception for an operation that combined {@code expected} with {@code actual}.
     *
     * @param expected the currency of the left-hand operand
     * @param actual the currency of the right-hand operand
     * @throws NullPointerException if either is null
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: " + Objects.requireNonNull(expected, "expected").getCurrencyCode()
                + " and " + Objects.requireNonNull(actual, "actual").getCurrencyCode()
                + " cannot be combined");
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the currency of the left-hand operand.
     *
     * @return the first currency, never null
     */
    public Currency expected() {
        return expected;
    }

    /**
     * Returns the currency of the right-hand operand.
     *
     * @return the second currency, never null
     */
    public Currency actual() {
        return actual;
    }
}
