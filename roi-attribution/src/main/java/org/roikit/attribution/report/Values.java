package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.roikit.attribution.internal.Checks;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;

/** Checks shared by the report's records. */
final class Values {

    private Values() {
    }

    static String nonBlank(String value, String name) {
        return Checks.nonBlank(value, name);
    }

    static long nonNegative(long value, String name) {
        return Checks.nonNegative(value, name);
    }

    static BigDecimal nonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " (" + value.toPlainString() + ") must be >= 0");
        }
        return Numbers.normalise(value);
    }

    static BigDecimal normalise(BigDecimal value) {
        return Numbers.normalise(value);
    }

    static void sameCurrency(Money amount, Currency currency) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
    }

    static void sameCurrency(org.roikit.core.Ratio ratio, Currency currency) {
        ratio.currency().ifPresent(c -> {
            if (!c.equals(currency)) {
                throw new CurrencyMismatchException(currency, c);
            }
        });
    }

    static void nonNegative(Money amount, Currency currency, String name) {
        sameCurrency(amount, currency);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " (" + amount + ") must be >= 0");
        }
    }
}
