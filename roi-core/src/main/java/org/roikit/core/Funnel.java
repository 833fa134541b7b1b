package org.roikit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.roikit.core.internal.Checks;

/**
 * A conversion funnel: named stages in order, each with a count and the rate from the stage before.
 *
 * <p>A funnel starts with a count and grows one stage at a time, in two ways that mix freely:
 * <ul>
 *   <li>{@link #then(String, BigDecimal)} gives the rate from the previous stage; the stage's
 *       <em>expected</em> count is the previous count times the rate, exactly:
 *       {@code Funnel.start("download", 10).then("mql", new BigDecimal("0.20"))
 *       .then("customer", new BigDecimal("0.25"))} expects {@code 0.5} customers.</li>
 *   <li>{@link #thenCount(String, BigDecimal)} gives the <em>observed</em> count; the stage's rate
 *       is that count divided by the previous count, undefined (such as
 *       {@code undefined (0 visits)} after a stage named {@code "visits"}) when the previous count
 *       is zero.</li>
 * </ul>
 *
 * <p>Counts are exact decimals without trailing zeros: a count is the start count times the rates
 * given with {@code then}, with no rounding. Rates computed from counts follow {@link Ratio}: exact
 * when the quotient terminates within 34 significant digits. The first stage has no previous stage,
 * so its rate is undefined with the reason {@code "first stage"} (see {@link FunnelStage}).
 *
 * <p>The value of a stage is its count times a unit value, such as the value of one customer:
 * {@link #valueOf(Money)} is exact and throws if the currency cannot hold the product;
 * {@link #valueOf(Money, RoundingMode)} rounds.
 *
 * <p>{@link #toString()} is a small table:
 * <pre>
 * Funnel
 *   download  10
 *   mql        2    20.00%
 *   customer   0.5  25.00%
 *   overall          5.00%
 * </pre>
 *
 * <p>Two funnels are equal when they have equal stages in the same order; how a stage was given
 * (by rate or by count) does not matter.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Funnel {

    private static final String FIRST_STAGE = "first stage";
    private static final String OVERALL = "overall";

    private final List<FunnelStage> stages;

    private Funnel(List<FunnelStage> stages) {
        this.stages = stages;
    }

    // ---------------------------------------------------------------- building

    /**
     * Returns a funnel with one stage, {@code stage}, reached by {@code count}.
     *
     * @param stage the first stage's name, such as {@code "download"}; not blank
     * @param count how many reach the first stage; at least zero
     * @return the one-stage funnel
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is blank or {@code count} is negative
     */
    public static Funnel start(String stage, BigDecimal count) {
        Checks.nonBlank(stage, "stage");
        checkCount(stage, count);
        return new Funnel(List.of(new FunnelStage(stage, count, Ratio.undefined(FIRST_STAGE))));
    }

    /**
     * Returns a funnel with one stage, {@code stage}, reached by {@code count}.
     *
     * @param stage the first stage's name; not blank
     * @param count how many reach the first stage; at least zero
     * @return the one-stage funnel
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if {@code stage} is blank or {@code count} is negative
     */
    public static Funnel start(String stage, long count) {
        return start(stage, BigDecimal.valueOf(count));
    }

    /**
     * Returns this funnel with one more stage whose expected count is the last stage's count times
     * {@code rate}, exactly: 2 x 0.25 is 0.5. The stage's rate is {@code rate}, except after a
     * stage with count 0, where it is undefined with the reason {@code "0 " + lastStageName} (the
     * expected count is 0 whatever the rate), as {@link #thenCount(String, BigDecimal)} gives it.
     *
     * @param stage the new stage's name; not blank and not yet in the funnel
     * @param rate the conversion rate from the last stage, between 0 and 1
     * @return the longer funnel
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is blank or already in the funnel, or
     *     {@code rate} is outside [0, 1]
     */
    public Funnel then(String stage, BigDecimal rate) {
        checkNewStage(stage);
        Objects.requireNonNull(rate, "rate");
        Checks.unitInterval(rate, "rate of stage \"" + stage + "\"");
        FunnelStage previous = last();
        // After an empty stage the stage rate is count / previous count = 0 / 0: undefined, exactly
        // as thenCount gives it, so a funnel reads the same however its stages were given.
        Ratio stageRate = previous.count().signum() == 0
                ? Ratio.undefined("0 " + previous.name())
                : Ratio.ofDecimal(rate);
        return append(new FunnelStage(stage, previous.count().multiply(rate), stageRate));
    }

    /**
     * Returns this funnel with one more stage whose expected count is the last stage's count times
     * the value of {@code rate}, exactly, as {@link #then(String, BigDecimal)}. The rate's form does
     * not matter; the stage holds it in percentage form.
     *
     * @param stage the new stage's name; not blank and not yet in the funnel
     * @param rate the conversion rate from the last stage: defined, not money per unit, and
     *     between 0 and 1
     * @return the longer funnel
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is blank or already in the funnel, or
     *     {@code rate} is undefined, money per unit, or outside [0, 1]
     */
    public Funnel then(String stage, Ratio rate) {
        checkNewStage(stage);
        Objects.requireNonNull(rate, "rate");
        if (rate.currency().isPresent()) {
            throw new IllegalArgumentException("rate of stage \"" + stage + "\" (" + rate
                    + ") must be a plain ratio, not money per unit");
        }
        if (rate.isUndefined()) {
            throw new IllegalArgumentException(
                    "rate of stage \"" + stage + "\" (" + rate + ") must be defined");
        }
        return then(stage, rate.value());
    }

    /**
     * Returns this funnel with one more stage reached by the observed {@code count}; its rate is
     * {@code count} divided by the last stage's count, undefined with the reason
     * {@code "0 " + lastStageName} when that count is zero.
     *
     * @param stage the new stage's name; not blank and not yet in the funnel
     * @param count how many reach the new stage; at least zero and at most the last stage's count
     * @return the longer funnel
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is blank or already in the funnel, or
     *     {@code count} is negative or greater than the last stage's count
     */
    public Funnel thenCount(String stage, BigDecimal count) {
        checkNewStage(stage);
        checkCount(stage, count);
        FunnelStage previous = last();
        if (count.compareTo(previous.count()) > 0) {
            throw new IllegalArgumentException("count of stage \"" + stage + "\" ("
                    + count.toPlainString() + ") must be <= count of previous stage \""
                    + previous.name() + "\" (" + previous.count().toPlainString() + ")");
        }
        return append(new FunnelStage(stage, count, Ratio.of(count, previous.count(), previous.name())));
    }

    /**
     * Returns this funnel with one more stage reached by the observed {@code count}, as
     * {@link #thenCount(String, BigDecimal)}.
     *
     * @param stage the new stage's name; not blank and not yet in the funnel
     * @param count how many reach the new stage; at least zero and at most the last stage's count
     * @return the longer funnel
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if {@code stage} is blank or already in the funnel, or
     *     {@code count} is negative or greater than the last stage's count
     */
    public Funnel thenCount(String stage, long count) {
        return thenCount(stage, BigDecimal.valueOf(count));
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns the stages, first to last.
     *
     * @return an unmodifiable list of at least one stage
     */
    public List<FunnelStage> stages() {
        return stages;
    }

    /**
     * Returns the stage named {@code stage}.
     *
     * @param stage a stage name, exactly as given when the funnel was built
     * @return the stage
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if the funnel has no such stage; the message lists the
     *     stages it has
     */
    public FunnelStage stage(String stage) {
        return stages.get(indexOf(stage));
    }

    /**
     * Returns the first stage.
     *
     * @return the first stage, whose rate is undefined
     */
    public FunnelStage first() {
        return stages.get(0);
    }

    /**
     * Returns the last stage.
     *
     * @return the last stage; the first stage if there is only one
     */
    public FunnelStage last() {
        return stages.get(stages.size() - 1);
    }

    /**
     * Returns the count of {@code stage}: expected for a stage given by rate, observed for a stage
     * given by count. Exact, without trailing zeros: {@code 0.5} for 10 x 0.20 x 0.25.
     *
     * @param stage a stage name
     * @return the count
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if the funnel has no such stage
     */
    public BigDecimal expected(String stage) {
        return stage(stage).count();
    }

    /**
     * Returns the conversion rate into {@code stage} from the stage before it, {@code count /
     * previous count}; undefined for the first stage ({@code "first stage"}) and after a stage with
     * count zero.
     *
     * @param stage a stage name
     * @return the rate, in percentage form
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if the funnel has no such stage
     */
    public Ratio rate(String stage) {
        return stage(stage).rate();
    }

    /**
     * Returns the share lost on the way into {@code stage}, {@code 1 - rate(stage)}; undefined, with
     * the same reason, when the rate is.
     *
     * @param stage a stage name
     * @return the drop-off, in percentage form: {@code 80.00%} for a rate of 20%
     * @throws NullPointerException if {@code stage} is null
     * @throws IllegalArgumentException if the funnel has no such stage
     */
    public Ratio dropOff(String stage) {
        Ratio rate = rate(stage);
        return rate.isDefined() ? Ratio.ofDecimal(BigDecimal.ONE.subtract(rate.value())) : rate;
    }

    /**
     * Returns the rate from stage {@code from} to stage {@code to}, {@code count(to) / count(from)};
     * undefined with the reason {@code "0 " + from} when {@code from} has count zero. A stage to
     * itself is 100%.
     *
     * @param from the earlier stage's name
     * @param to the later stage's name; the same as {@code from} or after it
     * @return the rate, in percentage form
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the funnel has no such stage, or {@code to} comes before
     *     {@code from}
     */
    public Ratio rateBetween(String from, String to) {
        int i = indexOf(from);
        int j = indexOf(to);
        if (i > j) {
            throw new IllegalArgumentException("from (\"" + from + "\", stage " + (i + 1)
                    + ") must not come after to (\"" + to + "\", stage " + (j + 1) + ")");
        }
        return Ratio.of(stages.get(j).count(), stages.get(i).count(), from);
    }

    /**
     * Returns the rate from the first stage to the last, {@code count(last) / count(first)};
     * undefined with the reason {@code "0 " + firstStageName} when the first count is zero.
     *
     * @return the overall rate, in percentage form: {@code 5.00%} for 10 downloads and 0.5 customers
     */
    public Ratio overallRate() {
        return Ratio.of(last().count(), first().count(), first().name());
    }

    // ---------------------------------------------------------------- value

    /**
     * Returns the value of the last stage, its count times {@code unitValue}, exactly: 0.5
     * customers at {@code EUR 10000.00} each are {@code EUR 5000.00}.
     *
     * @param unitValue the value of one unit of the last stage, such as one customer; at least zero
     * @return the exact value, in the currency of {@code unitValue}
     * @throws NullPointerException if {@code unitValue} is null
     * @throws IllegalArgumentException if {@code unitValue} is negative
     * @throws ArithmeticException if the product has more decimal places than the currency allows;
     *     use {@link #valueOf(Money, RoundingMode)} to round
     */
    public Money valueOf(Money unitValue) {
        return value(last(), unitValue);
    }

    /**
     * Returns the value of the last stage, its count times {@code unitValue}, rounded to the
     * currency's scale with {@code rounding}.
     *
     * @param unitValue the value of one unit of the last stage; at least zero
     * @param rounding how to round the product
     * @return the rounded value, in the currency of {@code unitValue}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code unitValue} is negative
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     product needs rounding
     */
    public Money valueOf(Money unitValue, RoundingMode rounding) {
        return value(last(), unitValue, rounding);
    }

    /**
     * Returns the value of {@code stage}, its count times {@code unitValue}, exactly.
     *
     * @param stage a stage name
     * @param unitValue the value of one unit of that stage, such as one lead; at least zero
     * @return the exact value, in the currency of {@code unitValue}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the funnel has no such stage or {@code unitValue} is
     *     negative
     * @throws ArithmeticException if the product has more decimal places than the currency allows;
     *     use {@link #valueOf(String, Money, RoundingMode)} to round
     */
    public Money valueOf(String stage, Money unitValue) {
        return value(stage(stage), unitValue);
    }

    /**
     * Returns the value of {@code stage}, its count times {@code unitValue}, rounded to the
     * currency's scale with {@code rounding}.
     *
     * @param stage a stage name
     * @param unitValue the value of one unit of that stage; at least zero
     * @param rounding how to round the product
     * @return the rounded value, in the currency of {@code unitValue}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the funnel has no such stage or {@code unitValue} is
     *     negative
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     product needs rounding
     */
    public Money valueOf(String stage, Money unitValue, RoundingMode rounding) {
        return value(stage(stage), unitValue, rounding);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a funnel with equal stages in the same order.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Funnel other && stages.equals(other.stages);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return stages.hashCode();
    }

    /**
     * Returns the funnel as a small table: a line per stage with its name, its count (aligned on the
     * decimal point) and its rate, then the overall rate; lines end with {@code '\n'}.
     *
     * @return the text form, starting with {@code "Funnel"}
     */
    @Override
    public String toString() {
        int rows = stages.size() + 1;
        String[] names = new String[rows];
        String[] integers = new String[rows];
        String[] fractions = new String[rows];
        String[] rates = new String[rows];
        for (int i = 0; i < stages.size(); i++) {
            FunnelStage s = stages.get(i);
            String count = s.count().toPlainString();
            int dot = count.indexOf('.');
            names[i] = s.name();
            integers[i] = dot < 0 ? count : count.substring(0, dot);
            fractions[i] = dot < 0 ? "" : count.substring(dot);
            rates[i] = i == 0 ? "" : s.rate().toString();
        }
        names[rows - 1] = OVERALL;
        integers[rows - 1] = "";
        fractions[rows - 1] = "";
        rates[rows - 1] = overallRate().toString();

        int nameWidth = widest(names);
        int integerWidth = widest(integers);
        int fractionWidth = widest(fractions);
        int rateWidth = widest(rates);
        StringBuilder sb = new StringBuilder("Funnel");
        for (int i = 0; i < rows; i++) {
            StringBuilder line = new StringBuilder("  ");
            padRight(line, names[i], nameWidth).append("  ");
            padLeft(line, integers[i], integerWidth);
            padRight(line, fractions[i], fractionWidth).append("  ");
            padLeft(line, rates[i], rateWidth);
            sb.append('\n').append(line.toString().stripTrailing());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    private Funnel append(FunnelStage stage) {
        List<FunnelStage> longer = new ArrayList<>(stages.size() + 1);
        longer.addAll(stages);
        longer.add(stage);
        return new Funnel(Collections.unmodifiableList(longer));
    }

    private void checkNewStage(String stage) {
        Checks.nonBlank(stage, "stage");
        for (FunnelStage s : stages) {
            if (s.name().equals(stage)) {
                throw new IllegalArgumentException("stage (\"" + stage
                        + "\") must be unique, but the funnel already has it: " + names());
            }
        }
    }

    private static void checkCount(String stage, BigDecimal count) {
        Objects.requireNonNull(count, "count");
        Checks.nonNegative(count, "count of stage \"" + stage + "\"");
    }

    private int indexOf(String stage) {
        Objects.requireNonNull(stage, "stage");
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stage)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "stage (\"" + stage + "\") is not in the funnel; its stages are " + names());
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(stages.size());
        for (FunnelStage s : stages) {
            names.add(s.name());
        }
        return names;
    }

    private static Money value(FunnelStage stage, Money unitValue) {
        checkUnitValue(unitValue);
        try {
            return unitValue.multipliedBy(stage.count());
        } catch (ArithmeticException e) {
            ArithmeticException detailed = new ArithmeticException("value of stage \"" + stage.name()
                    + "\" (" + stage.count().toPlainString() + " x " + unitValue + " = "
                    + unitValue.amount().multiply(stage.count()).toPlainString()
                    + ") has more decimal places than " + unitValue.currency().getCurrencyCode()
                    + " allows (" + unitValue.amount().scale() + "); pass a RoundingMode");
            detailed.initCause(e);
            throw detailed;
        }
    }

    private static Money value(FunnelStage stage, Money unitValue, RoundingMode rounding) {
        checkUnitValue(unitValue);
        Objects.requireNonNull(rounding, "rounding");
        return unitValue.multipliedBy(stage.count(), rounding);
    }

    private static void checkUnitValue(Money unitValue) {
        Objects.requireNonNull(unitValue, "unitValue");
        if (unitValue.isNegative()) {
            throw new IllegalArgumentException("unitValue (" + unitValue + ") must be >= 0");
        }
    }

    private static int widest(String[] cells) {
        int width = 0;
        for (String cell : cells) {
            width = Math.max(width, cell.length());
        }
        return width;
    }

    private static StringBuilder padRight(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }

    private static StringBuilder padLeft(StringBuilder sb, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(text);
    }
}
