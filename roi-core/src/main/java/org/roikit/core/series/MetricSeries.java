package org.roikit.core.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.internal.Checks;
import org.roikit.core.internal.Decimals;

/**
 * The values of one named metric by calendar period: a count such as clicks, an amount of money
 * such as spend, or a rate such as engagement rate, built from daily points and rolled up to ISO
 * weeks, months and quarters.
 *
 * <p>A series has one {@link Kind}, which fixes the type {@code V} of its values:
 * <ul>
 *   <li>{@link Kind#COUNT}, {@code MetricSeries<BigDecimal>}: additive decimal counts, built with
 *       {@link #counts(String)}. Decimals are allowed because attributed counts are fractional.</li>
 *   <li>{@link Kind#MONEY}, {@code MetricSeries<Money>}: additive amounts in one currency, built
 *       with {@link #money(String, Currency)}.</li>
 *   <li>{@link Kind#RATE}, {@code MetricSeries<Ratio>}: each point keeps its numerator and
 *       denominator (such as engagements and impressions) and its value is
 *       {@code numerator / denominator}, built with {@link #rate(String, String, String)}.</li>
 * </ul>
 *
 * <p><b>Roll-up.</b> {@link #rollUp(Granularity)} sums the parts of each coarser period exactly.
 * A rate is recomputed from the summed numerators and denominators, never averaged: days at
 * 1/100 and 30/1000 make 31/1100 = 2.82%, not the 2% average of 1% and 3%. A period whose
 * denominators sum to zero has an undefined rate.
 *
 * <p><b>Missing periods.</b> A period with no daily point is <em>missing</em>, which is not the
 * same as zero: add a point of 0 for a day that was measured and had nothing. {@link #points()}
 * lists every period from the first to the last with data, missing ones included, and each
 * {@link Point} says how many of its days had data, so that a partly measured month is visible.
 *
 * <p><b>Change.</b> {@link #change(CalendarPeriod, CalendarPeriod)} gives the relative change
 * and, for rates, the change in percentage points: 2% to 4% is +100% and +2 pp.
 *
 * <p>Sums are exact {@link BigDecimal} arithmetic and cannot overflow. Two series are equal when
 * they have the same name, kind (with currency or numerator and denominator names), granularity
 * and values with the same observed days. Instances are immutable and thread-safe.
 *
 * @param <V> the type of the values: {@link BigDecimal} for counts, {@link Money} for money and
 *     {@link Ratio} for rates
 */
public final class MetricSeries<V> {

    /** What a series measures, which decides how its values add up. */
    public enum Kind {
        /** Additive decimal counts, such as clicks or leads; values are {@link BigDecimal}. */
        COUNT,
        /** Additive amounts of money in one currency, such as spend; values are {@link Money}. */
        MONEY,
        /**
         * A rate kept as numerator and denominator, such as engagements per impression; values are
         * {@link Ratio}, undefined where the denominator is zero.
         */
        RATE
    }

    private final String name;
    private final Measure<V> measure;
    private final Granularity granularity;
    private final NavigableMap<CalendarPeriod, Cell> cells;

    private MetricSeries(String name, Measure<V> measure, Granularity granularity,
            NavigableMap<CalendarPeriod, Cell> cells) {
        this.name = name;
        this.measure = measure;
        this.granularity = granularity;
        this.cells = Collections.unmodifiableNavigableMap(cells);
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns a builder for a daily series of counts: {@code counts("clicks").add(day, 120)}.
     *
     * @param name the metric's name, such as {@code "clicks"}
     * @return an empty builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static CountBuilder counts(String name) {
        return new CountBuilder(Checks.nonBlank(name, "name"));
    }

    /**
     * Returns a builder for a daily series of amounts of money in {@code currency}.
     *
     * @param name the metric's name, such as {@code "spend"}
     * @param currency the currency of every amount
     * @return an empty builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank or the currency has no minor unit
     *     (such as XXX), so that it cannot hold money
     */
    public static MoneyBuilder money(String name, Currency currency) {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency (" + currency.getCurrencyCode()
                    + ") must have a minor unit defined by ISO 4217");
        }
        return new MoneyBuilder(name, currency);
    }

    /**
     * Returns a builder for a daily series of a rate kept as numerator and denominator:
     * {@code rate("engagement rate", "engagements", "impressions").add(day, 30, 1000)}.
     *
     * @param name the metric's name, such as {@code "engagement rate"}
     * @param numeratorName what the numerator counts, in the plural, such as {@code "engagements"}
     * @param denominatorName what the denominator counts, in the plural, such as
     *     {@code "impressions"}; it names the reason of undefined values ({@code "0 impressions"})
     * @return an empty builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static RateBuilder rate(String name, String numeratorName, String denominatorName) {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(numeratorName, "numeratorName");
        Checks.nonBlank(denominatorName, "denominatorName");
        return new RateBuilder(name, new Rates(numeratorName, denominatorName));
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the metric's name.
     *
     * @return the name, such as {@code "clicks"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns what the series measures.
     *
     * @return the kind
     */
    public Kind kind() {
        return measure.kind();
    }

    /**
     * Returns the length of the series' periods: {@link Granularity#DAY} when built,
     * coarser after {@link #rollUp(Granularity)}.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * Returns the currency of a money series, or empty for counts and rates.
     *
     * @return the currency if the kind is {@link Kind#MONEY}
     */
    public Optional<Currency> currency() {
        return measure instanceof Amounts amounts ? Optional.of(amounts.currency) : Optional.empty();
    }

    /**
     * Returns whether the series has no data at all.
     *
     * @return true if no point was added
     */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /**
     * Returns the first period with data, or empty if the series is empty.
     *
     * @return the first period
     */
    public Optional<CalendarPeriod> first() {
        return cells.isEmpty() ? Optional.empty() : Optional.of(cells.firstKey());
    }

    /**
     * Returns the last period with data, or empty if the series is empty.
     *
     * @return the last period
     */
    public Optional<CalendarPeriod> last() {
        return cells.isEmpty() ? Optional.empty() : Optional.of(cells.lastKey());
    }

    /**
     * Returns every period from the first with data to the last with data, in order, including
     * periods without data.
     *
     * @return the periods, empty if the series is empty
     */
    public List<CalendarPeriod> periods() {
        if (cells.isEmpty()) {
            return List.of();
        }
        List<CalendarPeriod> periods = new ArrayList<>();
        CalendarPeriod last = cells.lastKey();
        for (CalendarPeriod p = cells.firstKey(); p.compareTo(last) <= 0; p = p.next()) {
            periods.add(p);
        }
        return Collections.unmodifiableList(periods);
    }

    /**
     * Returns one point for each of {@link #periods()}, missing points included.
     *
     * @return the points, in period order
     */
    public List<Point<V>> points() {
        List<Point<V>> points = new ArrayList<>();
        for (CalendarPeriod p : periods()) {
            points.add(point(p));
        }
        return Collections.unmodifiableList(points);
    }

    /**
     * Returns the point of {@code period}, which is missing if the period has no data, including
     * periods before the first or after the last.
     *
     * @param period a period of the series' granularity
     * @return the point
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} has another granularity
     */
    public Point<V> point(CalendarPeriod period) {
        requireGranularity(period, "period");
        Cell cell = cells.get(period);
        return cell == null
                ? new Point<>(period, null, 0)
                : new Point<>(period, measure.value(cell.numerator, cell.denominator), cell.days);
    }

    /**
     * Returns the value of {@code period}, or empty if the period has no data. A rate whose
     * denominator is zero is present as an undefined {@link Ratio}.
     *
     * @param period a period of the series' granularity
     * @return the value
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} has another granularity
     */
    public Optional<V> value(CalendarPeriod period) {
        return point(period).value();
    }

    /**
     * Returns the sum over all periods: the total count, the total amount (zero when empty), or
     * the rate of the summed numerators and summed denominators (undefined when they sum to zero).
     * Rolling up never changes it.
     *
     * @return the total
     */
    public V total() {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Cell cell : cells.values()) {
            numerator = numerator.add(cell.numerator);
            denominator = denominator.add(cell.denominator);
        }
        return measure.value(Decimals.normalise(numerator), Decimals.normalise(denominator));
    }

    // ---------------------------------------------------------------- computations

    /**
     * Returns this series summed into periods of {@code coarser} granularity: counts and amounts
     * are summed; rates are recomputed from summed numerators and denominators, never averaged.
     * A coarser period has data if any of its parts has, and its observed days are the sum of its
     * parts'.
     *
     * @param coarser the granularity to roll up to; the series itself if it is the same
     * @return the rolled-up series
     * @throws NullPointerException if {@code coarser} is null
     * @throws IllegalArgumentException if this series' periods do not nest in {@code coarser}
     *     ones, such as weeks into months (see {@link Granularity#canRollUpTo(Granularity)})
     */
    public MetricSeries<V> rollUp(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        if (!granularity.canRollUpTo(coarser)) {
            List<Granularity> allowed = new ArrayList<>();
            for (Granularity g : Granularity.values()) {
                if (granularity.canRollUpTo(g)) {
                    allowed.add(g);
                }
            }
            throw new IllegalArgumentException("coarser (" + coarser + ") must be one of " + allowed
                    + ": " + granularity + " periods do not nest in " + coarser + " periods");
        }
        if (coarser == granularity) {
            return this;
        }
        TreeMap<CalendarPeriod, Cell> rolled = new TreeMap<>();
        for (Map.Entry<CalendarPeriod, Cell> e : cells.entrySet()) {
            rolled.merge(CalendarPeriod.of(e.getKey().start(), coarser), e.getValue(), Cell::plus);
        }
        return new MetricSeries<>(name, measure, coarser, rolled);
    }

    /**
     * Returns the change from period {@code from} to period {@code to}.
     *
     * <p>With {@code a} the value of {@code from} and {@code b} the value of {@code to}:
     * the relative change is {@code (b - a) / a}; the difference is {@code b - a}; for rates the
     * change in percentage points is {@code (b - a) x 100}. Rates are compared through their exact
     * numerators and denominators, so each result is rounded at most once, to 34 digits. All three
     * are undefined with a reason when either period has no data or (for rates) an undefined
     * value; the relative change is also undefined when {@code a} is zero; percentage points are
     * undefined for counts and money, which are not rates.
     *
     * @param from the base period
     * @param to the period compared with the base; it may lie before {@code from}
     * @return the change
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a period has another granularity than the series
     */
    public Change change(CalendarPeriod from, CalendarPeriod to) {
        requireGranularity(from, "from");
        requireGranularity(to, "to");
        Cell a = cells.get(from);
        Cell b = cells.get(to);
        String reason;
        if (a == null) {
            reason = "no data for " + from;
        } else if (b == null) {
            reason = "no data for " + to;
        } else {
            reason = undefinedReason(a, from);
            if (reason == null) {
                reason = undefinedReason(b, to);
            }
        }
        boolean rate = measure instanceof Rates;
        String notARate = name + " is not a rate";
        if (reason != null) {
            return new Change(from, to, Ratio.undefined(reason), null,
                    Ratio.undefined(rate ? reason : notARate).withForm(Ratio.Form.NUMBER));
        }
        BigDecimal n0 = a.numerator;
        BigDecimal d0 = rate ? a.denominator : BigDecimal.ONE;
        BigDecimal n1 = b.numerator;
        BigDecimal d1 = rate ? b.denominator : BigDecimal.ONE;
        // b - a = n1/d1 - n0/d0 = (n1 d0 - n0 d1) / (d0 d1); dividing once keeps rates exact.
        BigDecimal cross = n1.multiply(d0).subtract(n0.multiply(d1));
        BigDecimal difference = Decimals.divide(cross, d0.multiply(d1));
        Ratio relative = n0.signum() == 0
                ? Ratio.undefined(name + " was 0 in " + from)
                : Ratio.ofDecimal(Decimals.divide(cross, n0.multiply(d1)));
        Ratio points = rate
                ? Ratio.ofDecimal(Decimals.toPercent(difference)).withForm(Ratio.Form.NUMBER)
                : Ratio.undefined(notARate).withForm(Ratio.Form.NUMBER);
        return new Change(from, to, relative, difference, points);
    }

    /**
     * Returns the change between each consecutive pair of {@link #periods()}, as
     * {@link #change(CalendarPeriod, CalendarPeriod)}: month over month for a monthly series,
     * quarter over quarter for a quarterly one.
     *
     * @return one change fewer than there are periods, in period order
     */
    public List<Change> changes() {
        List<CalendarPeriod> periods = periods();
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            changes.add(change(periods.get(i - 1), periods.get(i)));
        }
        return Collections.unmodifiableList(changes);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a series with the same name, kind, currency or rate part
     * names, granularity, values and observed days.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof MetricSeries<?> other
                && name.equals(other.name)
                && measure.equals(other.measure)
                && granularity == other.granularity
                && cells.equals(other.cells);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, measure, granularity, cells);
    }

    /**
     * Returns a table of the series for reading: a title line, then one row per period with its
     * value ({@code missing} without data), the days with data (for periods longer than a day),
     * the change from the row before, and for rates the change in percentage points. For example:
     * <pre>
     * engagement rate (engagements / impressions) by MONTH
     * period   value  days   change    pp
     * 2026-01  2.00%  31/31
     * 2026-02  4.00%  28/28  +100.00%  +2.00 pp
     * </pre>
     *
     * @return the text table
     */
    @Override
    public String toString() {
        String title = name + " (" + measure.unit() + ") by " + granularity;
        if (cells.isEmpty()) {
            return title + "\n(no data)";
        }
        boolean days = granularity != Granularity.DAY;
        boolean rate = measure instanceof Rates;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("period", "value"));
        if (days) {
            header.add("days");
        }
        header.add("change");
        if (rate) {
            header.add("pp");
        }
        rows.add(header);
        CalendarPeriod previous = null;
        for (Point<V> point : points()) {
            List<String> row = new ArrayList<>();
            row.add(point.period().toString());
            row.add(point.value().map(Point::format).orElse("missing"));
            if (days) {
                row.add(point.observedDays() + "/" + point.period().lengthInDays());
            }
            if (previous == null) {
                row.add("");
                if (rate) {
                    row.add("");
                }
            } else {
                Change change = change(previous, point.period());
                row.add(Change.signed(change.relative(), ""));
                if (rate) {
                    row.add(Change.signed(change.percentagePoints(), " pp"));
                }
            }
            rows.add(row);
            previous = point.period();
        }
        return title + "\n" + Tables.format(rows);
    }

    // ---------------------------------------------------------------- package-private helpers

    /** Returns the stored sums of {@code period}, or null if it has no data. */
    Cell cell(CalendarPeriod period) {
        return cells.get(period);
    }

    /** Returns whether this is a rate series, whose cells keep a denominator. */
    boolean isRate() {
        return measure instanceof Rates;
    }

    /**
     * Returns why the value of {@code cell} is undefined (a rate with a zero denominator), or null
     * if it is defined.
     */
    String undefinedReason(Cell cell, CalendarPeriod period) {
        if (measure instanceof Rates rates && cell.denominator.signum() == 0) {
            return name + " undefined in " + period + " (0 " + rates.denominatorName + ")";
        }
        return null;
    }

    private void requireGranularity(CalendarPeriod period, String what) {
        Objects.requireNonNull(period, what);
        if (period.granularity() != granularity) {
            throw new IllegalArgumentException(what + " (" + period + ") must be a " + granularity
                    + " period, like the series " + name);
        }
    }

    /**
     * The sums kept for one period: the count, the amount or the rate's numerator; the rate's
     * denominator (zero for other kinds); and how many days had data. Normalised so that equal
     * sums are equal.
     */
    record Cell(BigDecimal numerator, BigDecimal denominator, int days) {

        Cell plus(Cell other) {
            return new Cell(Decimals.normalise(numerator.add(other.numerator)),
                    Decimals.normalise(denominator.add(other.denominator)),
                    Math.addExact(days, other.days));
        }
    }

    /** How a kind of series turns sums into values; records, so series compare by them. */
    private interface Measure<V> {

        Kind kind();

        V value(BigDecimal numerator, BigDecimal denominator);

        String unit();
    }

    private record Counts() implements Measure<BigDecimal> {

        @Override
        public Kind kind() {
            return Kind.COUNT;
        }

        @Override
        public BigDecimal value(BigDecimal numerator, BigDecimal denominator) {
            return numerator;
        }

        @Override
        public String unit() {
            return "count";
        }
    }

    private record Amounts(Currency currency) implements Measure<Money> {

        @Override
        public Kind kind() {
            return Kind.MONEY;
        }

        @Override
        public Money value(BigDecimal numerator, BigDecimal denominator) {
            return Money.of(numerator, currency);
        }

        @Override
        public String unit() {
            return currency.getCurrencyCode();
        }
    }

    private record Rates(String numeratorName, String denominatorName) implements Measure<Ratio> {

        @Override
        public Kind kind() {
            return Kind.RATE;
        }

        @Override
        public Ratio value(BigDecimal numerator, BigDecimal denominator) {
            return Ratio.of(numerator, denominator, denominatorName);
        }

        @Override
        public String unit() {
            return numeratorName + " / " + denominatorName;
        }
    }

    /** Collects daily sums for the builders; adding to a day that has data adds up. */
    private static final class Days {

        private final TreeMap<CalendarPeriod, Cell> cells = new TreeMap<>();

        void add(LocalDate date, BigDecimal numerator, BigDecimal denominator) {
            cells.merge(new CalendarPeriod(Granularity.DAY, date),
                    new Cell(Decimals.normalise(numerator), Decimals.normalise(denominator), 1),
                    (a, b) -> {
                        Cell sum = a.plus(b);
                        // Still one observed day, however many points it got.
                        return new Cell(sum.numerator, sum.denominator, 1);
                    });
        }

        <V> MetricSeries<V> build(String name, Measure<V> measure) {
            return new MetricSeries<>(name, measure, Granularity.DAY, new TreeMap<>(cells));
        }
    }

    // ---------------------------------------------------------------- builders

    /**
     * Collects daily counts for a {@link Kind#COUNT} series; several counts on one day add up.
     * Builders are mutable and not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class CountBuilder {

        private final String name;
        private final Days days = new Days();

        private CountBuilder(String name) {
            this.name = name;
        }

        /**
         * Adds {@code count} to the day {@code date}.
         *
         * @param date the day
         * @param count the count, at least zero
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public CountBuilder add(LocalDate date, long count) {
            return add(date, BigDecimal.valueOf(count));
        }

        /**
         * Adds the decimal {@code count} to the day {@code date}, such as 0.5 attributed leads.
         *
         * @param date the day
         * @param count the count, at least zero
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public CountBuilder add(LocalDate date, BigDecimal count) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(count, "count");
            Checks.nonNegative(count, name + " on " + date);
            days.add(date, count, BigDecimal.ZERO);
            return this;
        }

        /**
         * Returns a daily series of the counts added so far.
         *
         * @return the series
         */
        public MetricSeries<BigDecimal> build() {
            return days.build(name, new Counts());
        }
    }

    /**
     * Collects daily amounts for a {@link Kind#MONEY} series; several amounts on one day add up.
     * Builders are mutable and not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class MoneyBuilder {

        private final String name;
        private final Currency currency;
        private final Days days = new Days();

        private MoneyBuilder(String name, Currency currency) {
            this.name = name;
            this.currency = currency;
        }

        /**
         * Adds {@code amount} to the day {@code date}.
         *
         * @param date the day
         * @param amount the amount, at least zero, in the series' currency
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws CurrencyMismatchException if {@code amount} is in another currency
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public MoneyBuilder add(LocalDate date, Money amount) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
            if (!amount.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, amount.currency());
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException(
                        name + " on " + date + " (" + amount + ") must be >= 0");
            }
            days.add(date, amount.amount(), BigDecimal.ZERO);
            return this;
        }

        /**
         * Returns a daily series of the amounts added so far.
         *
         * @return the series
         */
        public MetricSeries<Money> build() {
            return days.build(name, new Amounts(currency));
        }
    }

    /**
     * Collects daily numerators and denominators for a {@link Kind#RATE} series; several on one
     * day add up. Builders are mutable and not thread-safe; {@link #build()} may be called more
     * than once.
     */
    public static final class RateBuilder {

        private final String name;
        private final Rates rates;
        private final Days days = new Days();

        private RateBuilder(String name, Rates rates) {
            this.name = name;
            this.rates = rates;
        }

        /**
         * Adds {@code numerator} and {@code denominator} to the day {@code date}: 30 engagements
         * on 1000 impressions.
         *
         * @param date the day
         * @param numerator the numerator, at least zero
         * @param denominator the denominator, at least zero; zero makes the day's rate undefined
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         * @throws IllegalArgumentException if {@code numerator} or {@code denominator} is negative
         */
        public RateBuilder add(LocalDate date, long numerator, long denominator) {
            return add(date, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        /**
         * Adds decimal {@code numerator} and {@code denominator} to the day {@code date}.
         *
         * @param date the day
         * @param numerator the numerator, at least zero
         * @param denominator the denominator, at least zero; zero makes the day's rate undefined
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code numerator} or {@code denominator} is negative
         */
        public RateBuilder add(LocalDate date, BigDecimal numerator, BigDecimal denominator) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Checks.nonNegative(numerator, rates.numeratorName + " on " + date);
            Checks.nonNegative(denominator, rates.denominatorName + " on " + date);
            days.add(date, numerator, denominator);
            return this;
        }

        /**
         * Returns a daily series of the rates added so far.
         *
         * @return the series
         */
        public MetricSeries<Ratio> build() {
            return days.build(name, rates);
        }
    }

    // ---------------------------------------------------------------- point

    /**
     * The value of one period of a series, or its absence.
     *
     * <p>Two points are equal when they have the same period, value (or both none) and observed
     * days. Instances are immutable and thread-safe.
     *
     * @param <V> the type of the value
     */
    public static final class Point<V> {

        private final CalendarPeriod period;
        private final V value;
        private final int observedDays;

        private Point(CalendarPeriod period, V value, int observedDays) {
            this.period = period;
            this.value = value;
            this.observedDays = observedDays;
        }

        /**
         * Returns the period of this point.
         *
         * @return the period
         */
        public CalendarPeriod period() {
            return period;
        }

        /**
         * Returns the value, or empty if the period has no data; a rate with a zero denominator is
         * present as an undefined {@link Ratio}.
         *
         * @return the value
         */
        public Optional<V> value() {
            return Optional.ofNullable(value);
        }

        /**
         * Returns whether the period has no data.
         *
         * @return true if missing
         */
        public boolean isMissing() {
            return value == null;
        }

        /**
         * Returns how many days of the period had at least one data point.
         *
         * @return 0 for a missing point, up to {@link CalendarPeriod#lengthInDays()}
         */
        public int observedDays() {
            return observedDays;
        }

        /**
         * Returns whether every day of the period had data; a month measured from the 14th on is
         * not complete, and comparing it with a full month compares unlike things.
         *
         * @return true if {@link #observedDays()} equals the period's length in days
         */
        public boolean isComplete() {
            return observedDays == period.lengthInDays();
        }

        /**
         * Returns whether {@code obj} is a point with the same period, value and observed days.
         *
         * @param obj the object to compare with
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Point<?> other
                    && period.equals(other.period)
                    && Objects.equals(value, other.value)
                    && observedDays == other.observedDays;
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(period, value, observedDays);
        }

        /**
         * Returns the point for reading: {@code 2026-03: 1500 (31/31 days)},
         * {@code 2026-03-14: EUR 12.50} or {@code 2026-02: missing}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            if (value == null) {
                return period + ": missing";
            }
            String text = period + ": " + format(value);
            return period.granularity() == Granularity.DAY
                    ? text
                    : text + " (" + observedDays + "/" + period.lengthInDays() + " days)";
        }

        static String format(Object value) {
            return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
        }
    }
}
