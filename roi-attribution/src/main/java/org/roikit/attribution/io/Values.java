package org.roikit.attribution.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parsers for the typed CSV values, working on the characters of a field. Each has a fast path for
 * the common fixed-width form and falls back to {@code java.time} for everything else, so both
 * accept exactly what the {@code java.time} ISO formatters accept.
 */
final class Values {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** Days from 0000-01-01 to 1970-01-01, as in {@link LocalDate#toEpochDay()}. */
    private static final int DAYS_0000_TO_1970 = 146_097 * 5 - (30 * 365 + 7);
    /** Per month 1 to 12, its days in a common year (February's are decided apart). */
    private static final int[] MONTH_LENGTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Per month 1 to 12, the days of a common year before it. */
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private Values() {
    }

    /**
     * Returns the instant written as an ISO-8601 offset date-time
     * ({@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}), such as
     * {@code 2026-03-01T10:15:30Z} or {@code 2026-03-01T11:15:30+01:00}, or null if it is not one.
     */
    static Instant instant(char[] c, int off, int len) {
        Instant fast = fastInstant(c, off, len);
        return fast != null ? fast : slowInstant(new String(c, off, len));
    }

    static Instant slowInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns the rule {@code text}, which is not an offset date-time, breaks. */
    static String instantRule(String text) {
        try {
            LocalDateTime.parse(text);
            return "is a date-time without an offset; write it as an instant (2026-03-01T10:15:30Z) or with its offset"
                    + " (2026-03-01T11:15:30+01:00)";
        } catch (DateTimeParseException e) {
            return "is not an ISO-8601 instant or offset date-time";
        }
    }

    /** Parses the fixed-width forms of {@link #fastParts}; null for anything else. */
    static Instant fastInstant(char[] c, int off, int len) {
        long[] parts = new long[2];
        return fastParts(c, off, len, parts) ? Instant.ofEpochSecond(parts[0], parts[1]) : null;
    }

    /**
     * Reads the instant of an ISO-8601 offset date-time, as {@link #instant} does, into
     * {@code parts}: the epoch second at 0, the nanoseconds at 1. Returns false if the text is
     * not one. Allocates nothing for the fixed-width forms of {@link #fastParts}.
     */
    static boolean instantParts(char[] c, int off, int len, long[] parts) {
        if (fastParts(c, off, len, parts)) {
            return true;
        }
        Instant slow = slowInstant(new String(c, off, len));
        if (slow == null) {
            return false;
        }
        parts[0] = slow.getEpochSecond();
        parts[1] = slow.getNano();
        return true;
    }

    /**
     * Reads {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, and
     * {@code Z} or {@code +hh:mm} / {@code -hh:mm} into {@code parts} as {@link #instantParts}
     * does; returns false for anything else, including forms {@code java.time} would accept.
     */
    static boolean fastParts(char[] c, int off, int len, long[] parts) {
        if (len < 20 || c[off + 10] != 'T' || c[off + 13] != ':' || c[off + 16] != ':') {
            return false;
        }
        int at = off + 19;
        int end = off + len;
        int nano = 0;
        if (c[at] == '.') {
            int digits = 0;
            at++;
            while (at < end && digits < 9 && c[at] >= '0' && c[at] <= '9') {
                nano = nano * 10 + (c[at] - '0');
                at++;
                digits++;
            }
            if (digits == 0 || at == end || c[at] >= '0' && c[at] <= '9') {
                return false;
            }
            for (int d = digits; d < 9; d++) {
                nano *= 10;
            }
        }
        int offsetSeconds;
        if (end - at == 1 && c[at] == 'Z') {
            offsetSeconds = 0;
        } else if (end - at == 6 && (c[at] == '+' || c[at] == '-') && c[at + 3] == ':') {
            int oh = twoDigits(c, at + 1);
            int om = twoDigits(c, at + 4);
            if (oh < 0 || om < 0 || om > 59) {
                return false;
            }
            offsetSeconds = oh * 3600 + om * 60;
            if (offsetSeconds > MAX_OFFSET_SECONDS) {
                return false;
            }
            if (c[at] == '-') {
                offsetSeconds = -offsetSeconds;
            }
        } else {
            return false;
        }
        long epochDay = fastEpochDay(c, off);
        int hour = twoDigits(c, off + 11);
        int minute = twoDigits(c, off + 14);
        int second = twoDigits(c, off + 17);
        if (epochDay == Long.MIN_VALUE || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return false;
        }
        parts[0] = epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
        parts[1] = nano;
        return true;
    }

    /**
     * Returns the amount {@code [0-9]+(.[0-9]{1,digits})?} in minor units of a currency with
     * {@code digits} decimals, such as 1250 for {@code 12.5} with two; or -1 when the text has
     * another form (a sign, more decimals, more than 18 digits in all), for which the caller
     * takes the exact route.
     */
    static long fastMinorUnits(char[] c, int off, int len, int digits) {
        int end = off + len;
        int at = off;
        long value = 0;
        int count = 0;
        while (at < end && c[at] >= '0' && c[at] <= '9') {
            value = value * 10 + (c[at] - '0');
            at++;
            count++;
        }
        if (count == 0) {
            return -1;
        }
        int decimals = 0;
        if (at < end) {
            if (c[at] != '.') {
                return -1;
            }
            at++;
            while (at < end && c[at] >= '0' && c[at] <= '9') {
                value = value * 10 + (c[at] - '0');
                at++;
                decimals++;
            }
            if (decimals == 0 || at < end) {
                return -1;
            }
        }
        if (decimals > digits || count + digits > 18) {
            return -1;
        }
        for (int d = decimals; d < digits; d++) {
            value *= 10;
        }
        return value;
    }

    /**
     * Returns the date written as an ISO-8601 local date
     * ({@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE}), such as {@code 2026-03-01}, or
     * null if it is not one.
     */
    static LocalDate date(char[] c, int off, int len) {
        if (len == 10) {
            long epochDay = fastEpochDay(c, off);
            if (epochDay != Long.MIN_VALUE) {
                return LocalDate.ofEpochDay(epochDay);
            }
        }
        try {
            return LocalDate.parse(new String(c, off, len));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns the epoch day of {@code yyyy-MM-dd} at {@code off}, or Long.MIN_VALUE if it is not a valid date. */
    private static long fastEpochDay(char[] c, int off) {
        if (c[off + 4] != '-' || c[off + 7] != '-') {
            return Long.MIN_VALUE;
        }
        int hi = twoDigits(c, off);
        int lo = twoDigits(c, off + 2);
        int month = twoDigits(c, off + 5);
        int day = twoDigits(c, off + 8);
        if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return Long.MIN_VALUE;
        }
        int year = hi * 100 + lo;
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day > 28 && day > (month == 2 ? (leap ? 29 : 28) : MONTH_LENGTH[month])) {
            return Long.MIN_VALUE; // such as February 30
        }
        return epochDay(year, month, day, leap);
    }

    /**
     * Returns the epoch day of a valid date of a year from 0 to 9999, as
     * {@link LocalDate#toEpochDay()} does, so that reading a date makes no {@code LocalDate}.
     */
    private static long epochDay(int year, int month, int day, boolean leap) {
        int daysBeforeYear = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        int dayOfYear = DAYS_BEFORE_MONTH[month] + (leap && month > 2 ? 1 : 0) + day - 1;
        return daysBeforeYear + dayOfYear - DAYS_0000_TO_1970;
    }

    private static int twoDigits(char[] c, int at) {
        int a = c[at] - '0';
        int b = c[at + 1] - '0';
        return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
    }

    /**
     * Returns whether the text is a plain decimal number: digits, optionally preceded by a minus
     * sign, optionally followed by a point and more digits ({@code 1600}, {@code 1600.00},
     * {@code -0.5}); no exponent, no grouping, no spaces.
     */
    static boolean isPlainDecimal(char[] c, int off, int len) {
        int i = off;
        int end = off + len;
        if (i < end && c[i] == '-') {
            i++;
        }
        int digits = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (c[i] != '.') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
            fraction++;
        }
        return fraction > 0 && i == end;
    }
}
