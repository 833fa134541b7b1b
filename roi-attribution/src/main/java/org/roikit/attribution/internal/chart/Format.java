package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a measure's numbers read on axes, bars and tiles: plain numbers, percentages or money.
 *
 * <p>Text is locale-free: a {@code .} decimal point, an ASCII {@code -} for negatives, and digits
 * grouped in threes by {@link #GROUP}, the narrow no-break space of ISO 80000 ({@code 12 345.50}).
 * A comma was rejected because it reads as the decimal mark in most of Europe, and a plain space
 * because it lets a number break across lines. Money labels carry no currency code; the code goes
 * in the axis title ({@code Revenue (EUR)}) or the tile's label, once. Percentages take fractions:
 * {@code 0.125} prints as {@code 12.5%}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Format {

    /** The digit group separator, U+202F NARROW NO-BREAK SPACE. */
    public static final char GROUP = '\u202F';

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private enum Kind { NUMBER, PERCENT, MONEY }

    private final Kind kind;
    private final int decimals;
    private final String currency;

    private Format(Kind kind, int decimals, String currency) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals (" + decimals + ") must be between 0 and 6");
        }
        this.kind = kind;
        this.decimals = decimals;
        this.currency = currency;
    }

    /**
     * Returns the format of plain numbers with {@code decimals} decimals in value labels.
     *
     * @throws IllegalArgumentException if {@code decimals} is outside [0, 6]
     */
    public static Format number(int decimals) {
        return new Format(Kind.NUMBER, decimals, "");
    }

    /**
     * Returns the format of fractions shown as percentages with {@code decimals} decimals of a
     * percent in value labels.
     *
     * @throws IllegalArgumentException if {@code decimals} is outside [0, 6]
     */
    public static Format percent(int decimals) {
        return new Format(Kind.PERCENT, decimals, "");
    }

    /**
     * Returns the format of amounts in {@code currency} with {@code decimals} decimals in value
     * labels.
     *
     * @throws IllegalArgumentException if {@code currency} is not three capital letters or
     *     {@code decimals} is outside [0, 6]
     */
    public static Format money(String currency, int decimals) {
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency (\"" + Xml.escapeText(currency) + "\") must be three capital letters");
        }
        return new Format(Kind.MONEY, decimals, currency);
    }

    /** Returns the axis title of {@code measure} in this format: the currency code appended for money. */
    public String axisTitle(String measure) {
        Objects.requireNonNull(measure, "measure");
        return kind == Kind.MONEY ? measure + " (" + currency + ")" : measure;
    }

    /** Returns {@code value} with this format's decimals (rounded half-even), grouped, with {@code %} for percentages. */
    public String value(BigDecimal value) {
        return text(value, decimals);
    }

    /**
     * Returns the label of the axis tick at {@code value} on an axis whose ticks are {@code step}
     * apart: as many decimals as the step needs and no more ({@code 2.5} steps give one).
     */
    public String tick(BigDecimal value, BigDecimal step) {
        BigDecimal shown = kind == Kind.PERCENT ? step.movePointRight(2) : step;
        return text(value, Math.max(0, shown.stripTrailingZeros().scale()));
    }

    private String text(BigDecimal value, int places) {
        Objects.requireNonNull(value, "value");
        BigDecimal shown = kind == Kind.PERCENT ? value.movePointRight(2) : value;
        String plain = shown.setScale(places, RoundingMode.HALF_EVEN).abs().toPlainString();
        boolean negative = shown.setScale(places, RoundingMode.HALF_EVEN).signum() < 0;
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder b = new StringBuilder(plain.length() + 8);
        if (negative) {
            b.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(GROUP);
            }
            b.append(whole.charAt(i));
        }
        if (point >= 0) {
            b.append(plain, point, plain.length());
        }
        if (kind == Kind.PERCENT) {
            b.append('%');
        }
        return b.toString();
    }

    /** Returns a short form such as {@code money(EUR, 2)}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + (currency.isEmpty() ? "" : currency + ", ") + decimals + ")";
    }
}
