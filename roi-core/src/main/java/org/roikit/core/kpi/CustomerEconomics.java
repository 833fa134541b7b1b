package org.roikit.core.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.internal.Checks;

/**
 * Customer lifetime value, LTV:CAC, CAC payback and the savings of serving customers on social
 * media, as static functions.
 *
 * <p>Each method gives its formula and the result when a denominator is zero: an undefined
 * {@link Ratio} whose reason says which quantity was zero. Money per customer is a
 * {@link Ratio.Form#MONEY} ratio rather than {@link Money} because these products and quotients
 * generally need more decimal places than the currency holds; round with
 * {@link Ratio#toMoney(java.math.RoundingMode)} when an amount is needed.
 *
 * <p>The methods are stateless and thread-safe.
 */
public final class CustomerEconomics {

    private CustomerEconomics() {
    }

    /**
     * Returns the simple customer lifetime value: averageOrderValue x purchasesPerPeriod x
     * periods, as money per customer.
     *
     * <p>The result is a ratio rather than {@link Money} because the factors are decimals: an
     * average order of EUR 45.99 bought 1.5 times a month for 7 months is EUR 482.8950, which EUR
     * cannot hold without rounding. It is always defined, and exact to the 34 significant digits
     * every roikit quotient carries.
     *
     * @param averageOrderValue the average revenue per purchase, at least zero
     * @param purchasesPerPeriod the average number of purchases per customer per period, at least
     *     zero
     * @param periods the expected customer lifetime in periods, at least zero
     * @return the lifetime value per customer, in the currency of {@code averageOrderValue}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public static Ratio ltv(Money averageOrderValue, BigDecimal purchasesPerPeriod, BigDecimal periods) {
        Measures.nonNegative(averageOrderValue, "averageOrderValue");
        Checks.nonNegative(purchasesPerPeriod, "purchasesPerPeriod");
        Checks.nonNegative(periods, "periods");
        BigDecimal factor = purchasesPerPeriod.multiply(periods);
        return perUnit(averageOrderValue, factor, BigDecimal.ONE, "periods");
    }

    /**
     * Returns the customer lifetime value from churn: revenuePerPeriod x grossMargin /
     * churnRatePerPeriod, as money per customer. With a constant churn rate c, a customer stays
     * 1 / c periods on average, so this is the gross profit per period times the expected lifetime.
     *
     * @param revenuePerPeriod the average revenue per customer per period, at least zero
     * @param grossMargin the gross margin as a fraction, between 0 and 1
     * @param churnRatePerPeriod the fraction of customers lost per period, between 0 and 1
     * @return the lifetime value per customer, in the currency of {@code revenuePerPeriod};
     *     undefined with the reason {@code "0 churn"} when the churn rate is zero (customers who
     *     never leave have no finite lifetime value)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code revenuePerPeriod} is negative, or
     *     {@code grossMargin} or {@code churnRatePerPeriod} is outside [0, 1]
     */
    public static Ratio ltvFromChurn(Money revenuePerPeriod, BigDecimal grossMargin,
            BigDecimal churnRatePerPeriod) {
        Measures.nonNegative(revenuePerPeriod, "revenuePerPeriod");
        Checks.unitInterval(grossMargin, "grossMargin");
        Checks.unitInterval(churnRatePerPeriod, "churnRatePerPeriod");
        return perUnit(revenuePerPeriod, grossMargin, churnRatePerPeriod, "churn");
    }

    /**
     * Returns the ratio of lifetime value to customer acquisition cost: ltv / cac, as a multiple;
     * 3.00x means a customer is worth three times what it cost to acquire.
     *
     * @param ltv the lifetime value per customer, such as from {@link #ltv} or
     *     {@link #ltvFromChurn}; money per unit
     * @param cac the acquisition cost per customer, such as {@link Kpis#cac()}; money per unit, in
     *     the currency of {@code ltv}
     * @return the multiple; undefined when {@code ltv} or {@code cac} is, with their reasons
     *     prefixed {@code "ltv: "} and {@code "cac: "} and joined by {@code "; "} (such as
     *     {@code "cac: 0 customers"}), or with the reason {@code "zero cac"} when the CAC is zero
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ltv} or {@code cac} is not money per unit
     * @throws CurrencyMismatchException if their currencies differ
     */
    public static Ratio ltvToCac(Ratio ltv, Ratio cac) {
        Currency ltvCurrency = moneyCurrency(ltv, "ltv");
        Currency cacCurrency = moneyCurrency(cac, "cac");
        if (!ltvCurrency.equals(cacCurrency)) {
            throw new CurrencyMismatchException(ltvCurrency, cacCurrency);
        }
        if (ltv.isUndefined() || cac.isUndefined()) {
            String ltvReason = ltv.reason().map(r -> "ltv: " + r).orElse("");
            String cacReason = cac.reason().map(r -> "cac: " + r).orElse("");
            String separator = ltvReason.isEmpty() || cacReason.isEmpty() ? "" : "; ";
            return Ratio.undefined(ltvReason + separator + cacReason).withForm(Ratio.Form.MULTIPLE);
        }
        if (cac.value().signum() == 0) {
            return Ratio.undefined("zero cac").withForm(Ratio.Form.MULTIPLE);
        }
        return Ratio.of(ltv.value(), cac.value(), "cac").withForm(Ratio.Form.MULTIPLE);
    }

    /**
     * Returns the months it takes to earn back the cost of acquiring a customer:
     * cac / (monthlyRevenuePerCustomer x grossMargin), as a plain number of months.
     *
     * @param cac the acquisition cost per customer, at least zero
     * @param monthlyRevenuePerCustomer the average revenue per customer per month, at least zero,
     *     in the currency of {@code cac}
     * @param grossMargin the gross margin as a fraction, between 0 and 1
     * @return the payback period in months; undefined with the reason
     *     {@code "zero monthly gross profit per customer"} when the monthly revenue or the margin
     *     is zero
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code cac} or {@code monthlyRevenuePerCustomer} is
     *     negative, or {@code grossMargin} is outside [0, 1]
     * @throws CurrencyMismatchException if the two amounts have different currencies
     */
    public static Ratio cacPaybackMonths(Money cac, Money monthlyRevenuePerCustomer, BigDecimal grossMargin) {
        Measures.nonNegative(cac, "cac");
        Measures.nonNegative(monthlyRevenuePerCustomer, "monthlyRevenuePerCustomer");
        Checks.unitInterval(grossMargin, "grossMargin");
        if (!cac.currency().equals(monthlyRevenuePerCustomer.currency())) {
            throw new CurrencyMismatchException(cac.currency(), monthlyRevenuePerCustomer.currency());
        }
        BigDecimal monthlyProfit = monthlyRevenuePerCustomer.amount().multiply(grossMargin);
        if (monthlyProfit.signum() == 0) {
            return Ratio.undefined("zero monthly gross profit per customer").withForm(Ratio.Form.NUMBER);
        }
        return Ratio.of(cac.amount(), monthlyProfit, "monthly gross profit").withForm(Ratio.Form.NUMBER);
    }

    /**
     * Returns the cost saved by handling customer contacts on social media instead of in a call
     * centre: contactsHandledOnSocial x (costPerCallCentreContact - costPerSocialContact), exactly.
     *
     * <p>The result is negative when a social contact costs more than a call-centre contact: then
     * moving contacts to social media loses money, and the sign says so.
     *
     * @param contactsHandledOnSocial the contacts handled on social media, at least zero
     * @param costPerCallCentreContact the cost of one call-centre contact, at least zero
     * @param costPerSocialContact the cost of one social-media contact, at least zero, in the
     *     currency of {@code costPerCallCentreContact}
     * @return the savings, negative for a loss
     * @throws NullPointerException if a cost is null
     * @throws IllegalArgumentException if an argument is negative
     * @throws CurrencyMismatchException if the two costs have different currencies
     */
    public static Money serviceCostSavings(long contactsHandledOnSocial, Money costPerCallCentreContact,
            Money costPerSocialContact) {
        Checks.nonNegative(contactsHandledOnSocial, "contactsHandledOnSocial");
        Measures.nonNegative(costPerCallCentreContact, "costPerCallCentreContact");
        Measures.nonNegative(costPerSocialContact, "costPerSocialContact");
        return costPerCallCentreContact.minus(costPerSocialContact).multipliedBy(contactsHandledOnSocial);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Returns {@code amount x factor / divisor} as an exact money-per-unit ratio, undefined with the
     * reason {@code "0 " + divisorName} when {@code divisor} is zero. Money cannot hold the product
     * at more decimals than its currency, so the factor's decimal places move to the divisor:
     * {@code amount x unscaled(factor) / (divisor x 10^scale(factor))}.
     */
    private static Ratio perUnit(Money amount, BigDecimal factor, BigDecimal divisor, String divisorName) {
        BigDecimal f = factor.signum() == 0 ? BigDecimal.ZERO : factor.stripTrailingZeros();
        int scale = Math.max(f.scale(), 0);
        BigInteger unscaled = f.setScale(scale).unscaledValue();
        Money scaledUp = amount.multipliedBy(new BigDecimal(unscaled));
        return Ratio.perUnit(scaledUp, divisor.scaleByPowerOfTen(scale), divisorName);
    }

    private static Currency moneyCurrency(Ratio ratio, String name) {
        Objects.requireNonNull(ratio, name);
        return ratio.currency().orElseThrow(() -> new IllegalArgumentException(
                name + " (" + ratio + ") must be money per unit, such as EUR 120.00 per customer"));
    }
}
