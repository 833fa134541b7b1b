package org.roikit.core.series;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calendar-aligned period: a day, an ISO week, a month or a quarter, identified by its
 * granularity and its first day.
 *
 * <p>The text form is ISO-8601 style and round-trips through {@link #parse(CharSequence)}:
 * {@code 2026-03-14} (day), {@code 2026-W11} (ISO week, numbered in its week-based year),
 * {@code 2026-03} (month) and {@code 2026-Q1} (quarter). ISO weeks start on Monday and belong to
 * the year that holds their Thursday, so 2027-01-01, a Friday, lies in {@code 2026-W53}, the week
 * from Monday 2026-12-28 to Sunday 2027-01-03.
 *
 * <p>Named {@code CalendarPeriod} rather than {@code Period} so that it can be used next to
 * {@link java.time.Period} without qualified names.
 *
 * <p>Periods are ordered by their first day and then by granularity, which is consistent with
 * {@code equals}: two periods are equal when they have the same granularity and first day.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param granularity the length of the period
 * @param start the first day of the period, which must be the first day of a period of that
 *     granularity (a Monday for ISO weeks, the 1st for months, the 1st of January, April, July or
 *     October for quarters)
 */
public record CalendarPeriod(Granularity granularity, LocalDate start) implements Comparable<CalendarPeriod> {

    private static final Pattern TEXT = Pattern.compile(
            "(-?\\d{4}|[+-][1-9]\\d{4,8})(?:-(\\d{2})-(\\d{2})|-W(\\d{2})|-(\\d{2})|-Q(\\d))");

    private static final String FORMS = "a period such as 2026-03-14, 2026-W11, 2026-03 or 2026-Q1";

    /**
     * Checks that {@code start} is the first day of a period of {@code granularity}.
     *
     * @param granularity the length of the period
     * @param start the first day of the period
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code start} is not the first day of such a period
     */
    public CalendarPeriod {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        LocalDate first = firstDay(start, granularity);
        if (!first.equals(start)) {
            throw new IllegalArgumentException("start (" + start + ") must be the first day of its "
                    + granularity + " period, " + first);
        }
    }

    /**
     * Returns the period of {@code granularity} that contains {@code date}: {@code of(2026-03-14,
     * QUARTER)} is {@code 2026-Q1}.
     *
     * @param date a day in the period
     * @param granularity the length of the period
     * @return the period containing {@code date}
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException if the period would start before {@link LocalDate#MIN}
     */
    public static CalendarPeriod of(LocalDate date, Granularity granularity) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        return new CalendarPeriod(granularity, firstDay(date, granularity));
    }

    /**
     * Returns the period written as by {@link #toString()}: {@code 2026-03-14}, {@code 2026-W11},
     * {@code 2026-03} or {@code 2026-Q1}. Years outside 0000 to 9999 are written as
     * {@link LocalDate} writes them, such as {@code +10000-Q1} or {@code -0001-03}.
     *
     * @param text the text to read
     * @return the period
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text has none of the four forms, or names a day,
     *     week, month or quarter that does not exist, such as {@code 2026-02-30} or
     *     {@code 2027-W53}
     */
    public static CalendarPeriod parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        Matcher m = TEXT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("text (\"" + s + "\") must be " + FORMS);
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                return new CalendarPeriod(Granularity.DAY, LocalDate.of(year,
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (m.group(4) != null) {
                int week = Integer.parseInt(m.group(4));
                // 4 January always lies in week 1 of its week-based year.
                LocalDate january4 = LocalDate.of(year, 1, 4);
                long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(january4).getMaximum();
                if (week < 1 || week > weeks) {
                    throw new IllegalArgumentException("text (\"" + s + "\") names week " + week
                            + ", but week-based year " + year + " has weeks 01 to " + weeks);
                }
                return new CalendarPeriod(Granularity.ISO_WEEK,
                        firstDay(january4, Granularity.ISO_WEEK).plusWeeks(week - 1L));
            }
            if (m.group(5) != null) {
                int month = Integer.parseInt(m.group(5));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("text (\"" + s + "\") names month " + month
                            + ", which must be between 01 and 12");
                }
                return new CalendarPeriod(Granularity.MONTH, LocalDate.of(year, month, 1));
            }
            int quarter = Integer.parseInt(m.group(6));
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("text (\"" + s + "\") names quarter " + quarter
                        + ", which must be between 1 and 4");
            }
            return new CalendarPeriod(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("text (\"" + s + "\") is not a valid date: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns the last day of the period, inclusive: {@code 2026-02-28} for {@code 2026-02}.
     *
     * @return the last day
     * @throws DateTimeException if the period ends after {@link LocalDate#MAX}
     */
    public LocalDate end() {
        return plus(1).start.minusDays(1);
    }

    /**
     * Returns the number of days in the period: 1, 7, 28 to 31, or 90 to 92.
     *
     * @return the length in days
     * @throws DateTimeException if the period ends after {@link LocalDate#MAX}
     */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(start, plus(1).start);
    }

    /**
     * Returns the period of the same granularity that follows this one.
     *
     * @return the next period
     * @throws DateTimeException if it would start after {@link LocalDate#MAX}
     */
    public CalendarPeriod next() {
        return plus(1);
    }

    /**
     * Returns the period {@code periods} periods of the same granularity after this one, or
     * before it when {@code periods} is negative: {@code 2026-Q4} plus 1 is {@code 2027-Q1}.
     *
     * @param periods how many periods to move
     * @return the period moved to
     * @throws DateTimeException if it would lie outside the dates {@link LocalDate} supports
     * @throws ArithmeticException if {@code periods} is so large that the move overflows
     */
    public CalendarPeriod plus(long periods) {
        switch (granularity) {
            case DAY:
                return new CalendarPeriod(granularity, start.plusDays(periods));
            case ISO_WEEK:
                return new CalendarPeriod(granularity, start.plusWeeks(periods));
            case MONTH:
                return new CalendarPeriod(granularity, start.plusMonths(periods));
            default:
                return new CalendarPeriod(granularity, start.plusMonths(Math.multiplyExact(periods, 3L)));
        }
    }

    /**
     * Returns whether {@code date} lies in this period, first and last day included.
     *
     * @param date the day to look for
     * @return true if {@code start <= date <= end}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return firstDay(date, granularity).equals(start);
    }

    /**
     * Compares by first day, then by granularity in declaration order ({@code DAY} first).
     *
     * @param other the period to compare with
     * @return negative, zero or positive as this period sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public int compareTo(CalendarPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
    }

    /**
     * Returns the period in its ISO-8601 style text form: {@code 2026-03-14}, {@code 2026-W11},
     * {@code 2026-03} or {@code 2026-Q1}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        switch (granularity) {
            case DAY:
                return start.toString();
            case ISO_WEEK:
                return year(start.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                        + twoDigits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return year(start.getYear()) + "-" + twoDigits(start.getMonthValue());
            default:
                return year(start.getYear()) + "-Q" + (start.getMonthValue() + 2) / 3;
        }
    }

    /**
     * Returns how many periods of this granularity lie from this period to {@code other}:
     * 1 from {@code 2026-Q4} to {@code 2027-Q1}, negative when {@code other} comes first.
     */
    long periodsUntil(CalendarPeriod other) {
        switch (granularity) {
            case DAY:
                return ChronoUnit.DAYS.between(start, other.start);
            case ISO_WEEK:
                return ChronoUnit.WEEKS.between(start, other.start);
            case MONTH:
                return ChronoUnit.MONTHS.between(start, other.start);
            default:
                return ChronoUnit.MONTHS.between(start, other.start) / 3;
        }
    }

    static LocalDate firstDay(LocalDate date, Granularity granularity) {
        switch (granularity) {
            case DAY:
                return date;
            case ISO_WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            default:
                return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        }
    }

    /** Writes a year as {@link LocalDate#toString()} does, so that all four forms agree. */
    private static String year(int year) {
        int abs = Math.abs(year);
        if (abs > 9999) {
            return (year < 0 ? "-" : "+") + abs;
        }
        String digits = Integer.toString(abs);
        return (year < 0 ? "-" : "") + "0000".substring(digits.length()) + digits;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
