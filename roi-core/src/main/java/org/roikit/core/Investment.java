package org.roikit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What a marketing effort cost: an ordered list of {@link Cost}s, with their total and its
 * breakdown by category, channel and campaign.
 *
 * <pre>{@code
 * Investment investment = Investment.of(
 *         Cost.ofTime(new BigDecimal("10"), Money.of("150.00", "EUR")),
 *         Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR")));
 * investment.total();                                  // EUR 1600.00
 * investment.byCategory();                             // {TOOLS=EUR 100.00, PERSONNEL=EUR 1500.00}
 * investment.shareOf(CostCategory.PERSONNEL);          // 93.75%
 * }</pre>
 *
 * <p>Sums are exact. An investment may hold costs in several currencies, but roikit never converts
 * between them: {@link #total()} and every breakdown throw {@link CurrencyMismatchException} naming
 * the first two currencies met, and {@link #byCurrency()} splits the investment into one
 * investment per currency. An empty investment has no currency, so {@link #total()} throws while
 * {@link #total(Currency)} gives zero and the breakdowns are empty.
 *
 * <p>Two investments are equal when they hold equal costs in the same order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Investment {

    /**
     * The key {@code "(unassigned)"} under which {@link #byChannel()}, {@link #byCampaign()} and
     * their shares gather the costs that have no channel or no campaign. A cost whose channel or
     * campaign is literally {@code "(unassigned)"} is counted under the same key.
     */
    public static final String UNASSIGNED = "(unassigned)";

    private static final Investment EMPTY = new Investment(List.of());

    private final List<Cost> costs;
    private final Set<Currency> currencies;

    private Investment(List<Cost> costs) {
        this.costs = costs;
        Set<Currency> seen = new LinkedHashSet<>();
        for (Cost cost : costs) {
            seen.add(cost.amount().currency());
        }
        this.currencies = Collections.unmodifiableSet(seen);
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns an investment of the given costs, in the given order.
     *
     * @param costs the costs; none gives the empty investment
     * @return the investment
     * @throws NullPointerException if {@code costs} or a cost is null
     */
    public static Investment of(Cost... costs) {
        Objects.requireNonNull(costs, "costs");
        return of(Arrays.asList(costs));
    }

    /**
     * Returns an investment of the given costs, in iteration order.
     *
     * @param costs the costs; an empty collection gives the empty investment
     * @return the investment
     * @throws NullPointerException if {@code costs} or a cost is null
     */
    public static Investment of(Collection<Cost> costs) {
        Objects.requireNonNull(costs, "costs");
        List<Cost> copy = new ArrayList<>(costs.size());
        for (Cost cost : costs) {
            copy.add(Objects.requireNonNull(cost, "costs[" + copy.size() + "]"));
        }
        return copy.isEmpty() ? EMPTY : new Investment(Collections.unmodifiableList(copy));
    }

    /**
     * Returns the investment with no costs.
     *
     * @return the empty investment
     */
    public static Investment empty() {
        return EMPTY;
    }

    // ---------------------------------------------------------------- combining

    /**
     * Returns this investment with {@code cost} added at the end.
     *
     * @param cost the cost to add, in any currency
     * @return the new investment
     * @throws NullPointerException if {@code cost} is null
     */
    public Investment plus(Cost cost) {
        Objects.requireNonNull(cost, "cost");
        List<Cost> joined = new ArrayList<>(costs.size() + 1);
        joined.addAll(costs);
        joined.add(cost);
        return new Investment(Collections.unmodifiableList(joined));
    }

    /**
     * Returns this investment with the costs of {@code other} added at the end, in their order.
     *
     * @param other the investment to add, in any currencies
     * @return the new investment
     * @throws NullPointerException if {@code other} is null
     */
    public Investment plus(Investment other) {
        Objects.requireNonNull(other, "other");
        if (other.costs.isEmpty()) {
            return this;
        }
        if (costs.isEmpty()) {
            return other;
        }
        List<Cost> joined = new ArrayList<>(costs.size() + other.costs.size());
        joined.addAll(costs);
        joined.addAll(other.costs);
        return new Investment(Collections.unmodifiableList(joined));
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the costs that belong to the period from {@code from} to {@code to}, both inclusive:
     * every dated cost whose date lies in it, and every undated cost (an undated cost is taken to
     * belong to whatever period is reported).
     *
     * @param from the first day of the period
     * @param to the last day of the period, not before {@code from}
     * @return the costs of the period, in their original order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Investment within(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        List<Cost> kept = new ArrayList<>(costs.size());
        for (Cost cost : costs) {
            if (cost.date().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(true)) {
                kept.add(cost);
            }
        }
        return kept.size() == costs.size() ? this : new Investment(Collections.unmodifiableList(kept));
    }

    /**
     * Returns the costs in the order they were given.
     *
     * @return an unmodifiable list
     */
    public List<Cost> costs() {
        return costs;
    }

    /**
     * Returns whether there are no costs.
     *
     * @return true for the empty investment
     */
    public boolean isEmpty() {
        return costs.isEmpty();
    }

    /**
     * Returns the currencies of the costs, in order of first appearance.
     *
     * @return an unmodifiable set; empty for the empty investment
     */
    public Set<Currency> currencies() {
        return currencies;
    }

    // ---------------------------------------------------------------- totals

    /**
     * Returns the exact sum of all costs.
     *
     * @return the total, in the currency of the costs
     * @throws IllegalStateException if there are no costs, so there is no currency for the total;
     *     {@link #total(Currency)} gives zero instead
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two; {@link #byCurrency()} splits them
     */
    public Money total() {
        if (costs.isEmpty()) {
            throw new IllegalStateException("investment has no costs, so its total has no currency;"
                    + " use total(Currency) to get zero in a given currency");
        }
        return total(singleCurrency());
    }

    /**
     * Returns the exact sum of all costs, all of which must be in {@code currency}; zero in
     * {@code currency} if there are none.
     *
     * @param currency the currency of every cost and of the total
     * @return the total
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if {@code currency} has no minor unit
     * @throws CurrencyMismatchException if a cost is in another currency, naming {@code currency}
     *     and the first other currency met
     */
    public Money total(Currency currency) {
        Money sum = Money.zero(currency);
        for (Cost cost : costs) {
            sum = sum.plus(cost.amount());
        }
        return sum;
    }

    /**
     * Returns one investment per currency, keeping the order of the costs within each; this is how
     * to total costs in several currencies.
     *
     * @return an unmodifiable map in order of first appearance of each currency; empty for the
     *     empty investment
     */
    public Map<Currency, Investment> byCurrency() {
        Map<Currency, List<Cost>> groups = new LinkedHashMap<>();
        for (Cost cost : costs) {
            groups.computeIfAbsent(cost.amount().currency(), c -> new ArrayList<>()).add(cost);
        }
        Map<Currency, Investment> result = new LinkedHashMap<>();
        if (groups.size() == 1) {
            result.put(currencies.iterator().next(), this);
        } else {
            groups.forEach((currency, group) ->
                    result.put(currency, new Investment(Collections.unmodifiableList(group))));
        }
        return Collections.unmodifiableMap(result);
    }

    // ---------------------------------------------------------------- breakdowns

    /**
     * Returns the exact total of each category that has costs, in the order of
     * {@link CostCategory}. The values sum to {@link #total()}.
     *
     * @return an unmodifiable map; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<CostCategory, Money> byCategory() {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        sumInto(sums, Cost::category);
        return Collections.unmodifiableMap(sums);
    }

    /**
     * Returns the exact total of each channel, in order of first appearance, with costs that have
     * no channel under the key {@link #UNASSIGNED}. The values sum to {@link #total()}.
     *
     * @return an unmodifiable map; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<String, Money> byChannel() {
        return byText(Cost::channel);
    }

    /**
     * Returns the exact total of each campaign, in order of first appearance, with costs that have
     * no campaign under the key {@link #UNASSIGNED}. The values sum to {@link #total()}.
     *
     * @return an unmodifiable map; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<String, Money> byCampaign() {
        return byText(Cost::campaign);
    }

    // ---------------------------------------------------------------- shares

    /**
     * Returns the share of {@code category} in the total, {@code category total / total}, as a
     * percentage-form {@link Ratio}: zero for a category without costs, and undefined with the
     * reason {@code "zero investment"} when the total is zero or there are no costs.
     *
     * @param category the category
     * @return the share
     * @throws NullPointerException if {@code category} is null
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Ratio shareOf(CostCategory category) {
        Objects.requireNonNull(category, "category");
        if (costs.isEmpty()) {
            return Ratio.undefined("zero investment");
        }
        Money total = total();
        return Ratio.of(byCategory().getOrDefault(category, Money.zero(total.currency())), total,
                "investment");
    }

    /**
     * Returns the share of each category in the total, for the categories of
     * {@link #byCategory()} and in that order, as by {@link #shareOf(CostCategory)}. Each share is
     * exact when the division terminates within 34 significant digits, so the shares then sum to
     * exactly 1.
     *
     * @return an unmodifiable map; every share is undefined with the reason
     *     {@code "zero investment"} when the total is zero; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<CostCategory, Ratio> sharesByCategory() {
        return shares(byCategory());
    }

    /**
     * Returns the share of each channel in the total, for the keys of {@link #byChannel()} and in
     * that order, including {@link #UNASSIGNED}. Shares are computed as by
     * {@link #sharesByCategory()}.
     *
     * @return an unmodifiable map; every share is undefined with the reason
     *     {@code "zero investment"} when the total is zero; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<String, Ratio> sharesByChannel() {
        return shares(byChannel());
    }

    /**
     * Returns the share of each campaign in the total, for the keys of {@link #byCampaign()} and in
     * that order, including {@link #UNASSIGNED}. Shares are computed as by
     * {@link #sharesByCategory()}.
     *
     * @return an unmodifiable map; every share is undefined with the reason
     *     {@code "zero investment"} when the total is zero; empty for the empty investment
     * @throws CurrencyMismatchException if the costs are in more than one currency, naming the first
     *     two
     */
    public Map<String, Ratio> sharesByCampaign() {
        return shares(byCampaign());
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is an investment with equal costs in the same order.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Investment other && costs.equals(other.costs);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the cost list
     */
    @Override
    public int hashCode() {
        return costs.hashCode();
    }

    /**
     * Returns a small table of the total and its breakdown by category, with amounts and shares
     * aligned, one block per currency, lines separated by {@code \n}:
     *
     * <pre>
     * Investment EUR 1600.00
     *   tools           EUR  100.00    6.25%
     *   personnel time  EUR 1500.00   93.75%
     * </pre>
     *
     * <p>The shares are rounded for reading and left out when the total is zero. The empty
     * investment reads {@code Investment (no costs)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        if (costs.isEmpty()) {
            return "Investment (no costs)";
        }
        StringJoiner lines = new StringJoiner("\n");
        for (Investment group : byCurrency().values()) {
            group.appendTable(lines);
        }
        return lines.toString();
    }

    // ---------------------------------------------------------------- helpers

    /** Appends the table of a single-currency, non-empty investment. */
    private void appendTable(StringJoiner lines) {
        Money total = total();
        Map<CostCategory, Money> rows = byCategory();
        Map<CostCategory, Ratio> shares = sharesByCategory();
        int labelWidth = 0;
        int amountWidth = 0;
        int shareWidth = 0;
        for (Map.Entry<CostCategory, Money> row : rows.entrySet()) {
            labelWidth = Math.max(labelWidth, row.getKey().label().length());
            amountWidth = Math.max(amountWidth, row.getValue().amount().toPlainString().length());
            shareWidth = Math.max(shareWidth, shares.get(row.getKey()).toString().length());
        }
        String code = total.currency().getCurrencyCode();
        lines.add("Investment " + total);
        for (Map.Entry<CostCategory, Money> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(padRight(row.getKey().label(), labelWidth))
                    .append("  ").append(code).append(' ')
                    .append(padLeft(row.getValue().amount().toPlainString(), amountWidth));
            if (!total.isZero()) {
                line.append("   ").append(padLeft(shares.get(row.getKey()).toString(), shareWidth));
            }
            lines.add(line);
        }
    }

    private Currency singleCurrency() {
        Iterator<Currency> it = currencies.iterator();
        Currency first = it.next();
        if (it.hasNext()) {
            throw new CurrencyMismatchException(first, it.next());
        }
        return first;
    }

    private <K> void sumInto(Map<K, Money> sums, Function<Cost, K> key) {
        if (!costs.isEmpty()) {
            singleCurrency();
        }
        for (Cost cost : costs) {
            sums.merge(key.apply(cost), cost.amount(), Money::plus);
        }
    }

    private Map<String, Money> byText(Function<Cost, Optional<String>> text) {
        Map<String, Money> sums = new LinkedHashMap<>();
        sumInto(sums, cost -> text.apply(cost).orElse(UNASSIGNED));
        return Collections.unmodifiableMap(sums);
    }

    private static <K> Map<K, Ratio> shares(Map<K, Money> parts) {
        Map<K, Ratio> shares = new LinkedHashMap<>();
        if (!parts.isEmpty()) {
            Money total = Money.total(parts.values().iterator().next().currency(), parts.values());
            parts.forEach((key, part) -> shares.put(key, Ratio.of(part, total, "investment")));
        }
        return Collections.unmodifiableMap(shares);
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
