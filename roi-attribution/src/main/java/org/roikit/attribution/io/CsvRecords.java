package org.roikit.attribution.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.internal.MinorUnits;
import org.roikit.core.Money;

/**
 * The records of a CSV input with a header row: finds the columns by name, checks that every
 * record has as many fields as the header, and reads typed values from fields, turning every bad
 * value into a {@link CsvFormatException} naming the source, line, column and value.
 *
 * <p>Not thread-safe.
 */
final class CsvRecords implements AutoCloseable {

    /** The largest amount the engine holds, in minor units. */
    private static final BigDecimal MAX_MINOR_UNITS = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The row names of reports, which no channel or campaign may take. */
    static final List<String> RESERVED_NAMES = List.of(AttributionReport.UNATTRIBUTED,
            AttributionReport.UNASSIGNED, AttributionReport.NO_CAMPAIGN);


    /** How many distinct texts each interning table keeps; beyond that, texts are not shared. */
    static final int MAX_INTERNED = 4096;

    private final CsvTokenizer tokenizer;
    private final String[] header;
    private final Map<String, Integer> columns;
    private final Interner<Currency> currencies = new Interner<>(CsvRecords::currencyOrNull, 256);
    private final FieldView view = new FieldView();

    /**
     * Reads the header from {@code tokenizer} and checks it holds every required column, each
     * name once. On failure the tokenizer is closed.
     *
     * @throws CsvFormatException if the input is empty, a column name repeats or a required column is missing
     */
    static CsvRecords open(CsvTokenizer tokenizer, List<String> required, List<String> optional) {
        try {
            return new CsvRecords(tokenizer, required, optional);
        } catch (RuntimeException e) {
            try {
                tokenizer.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private CsvRecords(CsvTokenizer tokenizer, List<String> required, List<String> optional) {
        this.tokenizer = tokenizer;
        String source = tokenizer.source();
        if (!tokenizer.next()) {
            throw CsvFormatException.of(source, 1, "the input is empty; expected a header row with the columns "
                    + String.join(", ", required)
                    + (optional.isEmpty() ? "" : " and optionally " + String.join(", ", optional)));
        }
        int n = tokenizer.fieldCount();
        header = new String[n];
        columns = new HashMap<>();
        for (int i = 0; i < n; i++) {
            header[i] = tokenizer.field(i);
            Integer previous = columns.putIfAbsent(header[i], i);
            if (previous != null) {
                throw new CsvFormatException(source, tokenizer.fieldLine(i), i + 1, header[i], null,
                        "the header names this column twice (also column " + (previous + 1) + ")");
            }
        }
        tokenizer.columnNames(header);
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            StringJoiner found = new StringJoiner(", ");
            for (String name : header) {
                found.add(CsvFormatException.quote(name));
            }
            throw CsvFormatException.of(source, tokenizer.recordLine(), "the header lacks the required column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (found: " + found + ")");
        }
    }

    /** Returns the index of the column {@code name}, or -1 if the header has none. */
    int column(String name) {
        Integer i = columns.get(name);
        return i == null ? -1 : i;
    }

    /** Returns the number of columns of the header. */
    int columnCount() {
        return header.length;
    }

    /** Returns the column name of index {@code i}. */
    String columnName(int i) {
        return header[i];
    }

    /** Returns the source name. */
    String source() {
        return tokenizer.source();
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws CsvFormatException if the record is malformed or has the wrong number of fields
     */
    boolean next() {
        if (!tokenizer.next()) {
            return false;
        }
        if (tokenizer.fieldCount() != header.length) {
            throw CsvFormatException.of(tokenizer.source(), tokenizer.recordLine(), "the record has "
                    + tokenizer.fieldCount() + (tokenizer.fieldCount() == 1 ? " field" : " fields")
                    + " but the header has " + header.length);
        }
        return true;
    }

    /** Returns the line on which the current record starts. */
    long line() {
        return tokenizer.recordLine();
    }

    /** Returns the tokenizer, for tests. */
    CsvTokenizer tokenizer() {
        return tokenizer;
    }

    /** Returns whether column {@code col} is absent from the header or empty in this record. */
    boolean isEmpty(int col) {
        return col < 0 || tokenizer.length(col) == 0;
    }

    /** Returns the field as a new string. */
    String text(int col) {
        return tokenizer.field(col);
    }

    /**
     * Returns the field of a required text column, reusing {@code previous} when the text is the
     * same (as for the journey id of consecutive rows of one journey); {@code previous} may be null.
     *
     * @throws CsvFormatException if the field is blank
     */
    String requiredText(int col, String previous) {
        char[] c = tokenizer.chars();
        int off = tokenizer.start(col);
        int len = tokenizer.length(col);
        if (previous != null && previous.length() == len) {
            boolean same = true;
            for (int i = 0; i < len && same; i++) {
                same = previous.charAt(i) == c[off + i];
            }
            if (same) {
                return previous;
            }
        }
        return checkNotBlank(col, new String(c, off, len));
    }

    /**
     * Returns the field of a required text column through {@code interner}.
     *
     * @throws CsvFormatException if the field is blank
     */
    String requiredInterned(int col, Interner<String> interner) {
        String text = interner.get(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        return checkNotBlank(col, text);
    }

    /**
     * Returns the field of an optional text column through {@code interner}: empty when the column
     * is absent or the field is empty.
     *
     * @throws CsvFormatException if the field is not empty but blank
     */
    Optional<String> optionalText(int col, Interner<Optional<String>> interner) {
        if (isEmpty(col)) {
            return Optional.empty();
        }
        Optional<String> text = interner.get(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        if (text.get().isBlank()) {
            throw error(col, "must not be blank; leave the field empty when there is no " + header[col]);
        }
        return text;
    }

    private String checkNotBlank(int col, String text) {
        if (text.isBlank()) {
            throw error(col, "must not be blank");
        }
        return text;
    }

    /**
     * Returns field {@code col} as a view of the current record's characters, valid until the
     * next record is read; the same object is reused for every call.
     */
    CharSequence view(int col) {
        view.set(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        return view;
    }

    /** Returns whether field {@code col} is empty or only whitespace, as {@link String#isBlank()}. */
    boolean isBlank(int col) {
        char[] c = tokenizer.chars();
        int off = tokenizer.start(col);
        for (int i = off, end = off + tokenizer.length(col); i < end; i++) {
            if (!Character.isWhitespace(c[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks field {@code col} of a required text column.
     *
     * @throws CsvFormatException if the field is blank
     */
    void checkRequired(int col) {
        if (isBlank(col)) {
            throw error(col, "must not be blank");
        }
    }

    /**
     * Checks field {@code col} of an optional text column: empty, absent, or not blank.
     *
     * @throws CsvFormatException if the field is not empty but blank
     */
    void checkOptional(int col) {
        if (!isEmpty(col) && isBlank(col)) {
            throw error(col, "must not be blank; leave the field empty when there is no " + header[col]);
        }
    }

    /**
     * Reads the instant in the field into {@code parts}: the epoch second at 0, the nanoseconds
     * at 1; allocates nothing for the common forms.
     *
     * @throws CsvFormatException if it is not an ISO-8601 instant or offset date-time
     */
    void instantParts(int col, long[] parts) {
        if (!Values.instantParts(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col), parts)) {
            throw error(col, Values.instantRule(text(col)));
        }
    }

    /**
     * Returns the amount in {@code amountCol}, in minor units of the currency in
     * {@code currencyCol}, which goes to {@code currencyOut[0]}; checked as {@link #money} does,
     * with the same messages, and allocating nothing for plain amounts.
     *
     * @throws CsvFormatException as {@link #money}, or if the amount does not fit in a
     *     {@code long} of minor units
     */
    long minorUnits(int amountCol, int currencyCol, Currency[] currencyOut) {
        char[] c = tokenizer.chars();
        int off = tokenizer.start(amountCol);
        int len = tokenizer.length(amountCol);
        if (Values.isPlainDecimal(c, off, len)) {
            Currency currency = currency(currencyCol);
            long minor = Values.fastMinorUnits(c, off, len, currency.getDefaultFractionDigits());
            if (minor >= 0) {
                currencyOut[0] = currency;
                return minor;
            }
        }
        Money money = money(amountCol, currencyCol);
        currencyOut[0] = money.currency();
        try {
            return MinorUnits.of(money);
        } catch (ArithmeticException e) {
            throw error(amountCol, "is too large: at most " + Long.MAX_VALUE + " minor units");
        }
    }

    /**
     * Returns the instant in the field.
     *
     * @throws CsvFormatException if it is not an ISO-8601 instant or offset date-time
     */
    Instant instant(int col) {
        Instant instant = Values.instant(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        if (instant == null) {
            throw error(col, Values.instantRule(text(col)));
        }
        return instant;
    }

    /**
     * Returns the date in the field.
     *
     * @throws CsvFormatException if it is not an ISO-8601 date
     */
    LocalDate date(int col) {
        LocalDate date = Values.date(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        if (date == null) {
            throw error(col, "is not an ISO-8601 date such as 2026-03-01");
        }
        return date;
    }

    /**
     * Returns the amount in {@code amountCol} in the currency in {@code currencyCol}, at least zero.
     *
     * @throws CsvFormatException if the amount is not a plain decimal number, is negative or has
     *     more decimal places than the currency allows, or the currency is not a known ISO 4217
     *     code with minor units
     */
    Money money(int amountCol, int currencyCol) {
        char[] c = tokenizer.chars();
        int off = tokenizer.start(amountCol);
        int len = tokenizer.length(amountCol);
        if (!Values.isPlainDecimal(c, off, len)) {
            throw error(amountCol, "is not a decimal number such as 1600.00 (digits, an optional point and"
                    + " decimals; no sign other than -, no exponent, no grouping)");
        }
        BigDecimal amount = new BigDecimal(c, off, len);
        Currency currency = currency(currencyCol);
        if (amount.signum() < 0) {
            throw error(amountCol, "must be >= 0");
        }
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits) {
            int places = amount.stripTrailingZeros().scale();
            if (places > digits) {
                throw error(amountCol, "has " + places + (places == 1 ? " decimal place" : " decimal places")
                        + " but " + currency.getCurrencyCode()
                        + " allows " + (digits == 0 ? "none" : "at most " + digits));
            }
        }
        if (amount.movePointRight(digits).compareTo(MAX_MINOR_UNITS) > 0) {
            throw error(amountCol, "is larger than the engine can hold (2^63 - 1 minor units of "
                    + currency.getCurrencyCode() + ")");
        }
        return Money.of(amount, currency);
    }

    /**
     * Returns the currency in the field.
     *
     * @throws CsvFormatException if it is not an ISO 4217 code of a currency with minor units
     */
    Currency currency(int col) {
        Currency currency = currencies.get(tokenizer.chars(), tokenizer.start(col), tokenizer.length(col));
        if (currency == null) {
            throw error(col, "is not an ISO 4217 currency code such as EUR");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw error(col, "is a currency without minor units, which money amounts cannot use");
        }
        return currency;
    }

    private static Currency currencyOrNull(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Returns {@code name}, a channel or campaign, if it is none of the names the reports use for
     * their own rows ({@code (unattributed)}, {@code (unassigned)}, {@code (none)}).
     *
     * @throws CsvFormatException naming the field otherwise
     */
    String checkName(int col, String name) {
        if (RESERVED_NAMES.contains(name)) {
            throw error(col, "is a name reserved for the report's own rows " + RESERVED_NAMES
                    + "; rename the channel or campaign");
        }
        return name;
    }

    /**
     * Checks the field as {@link #checkName(int, String)} does, making a {@code String} only when
     * the field starts with {@code (}, as every reserved name does, so the hot path stays free of
     * allocation.
     *
     * @throws CsvFormatException if the field is a reserved name
     */
    void checkNameIfParenthesised(int col) {
        if (tokenizer.length(col) > 0 && tokenizer.chars()[tokenizer.start(col)] == '(') {
            checkName(col, text(col));
        }
    }

    /**
     * Returns {@code name} if it has no whitespace around it. Used where the value ends up in a
     * type that strips it ({@link org.roikit.core.Cost}): rather than trim silently, and then
     * match a channel the touchpoints spell differently, the field is refused.
     *
     * @throws CsvFormatException naming the field otherwise
     */
    String checkUnpadded(int col, String name) {
        if (!name.equals(name.strip())) {
            throw error(col, "has whitespace around it, which a cost cannot keep; remove it");
        }
        return name;
    }

    /** Returns an error about the value of column {@code col} in the current record. */
    CsvFormatException error(int col, String rule) {
        return new CsvFormatException(tokenizer.source(), tokenizer.fieldLine(col), col + 1, header[col], text(col),
                rule);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    /** A reusable view of a stretch of characters. */
    static final class FieldView implements CharSequence {

        private char[] chars;
        private int offset;
        private int length;

        void set(char[] newChars, int newOffset, int newLength) {
            this.chars = newChars;
            this.offset = newOffset;
            this.length = newLength;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return chars[offset + Objects.checkIndex(index, length)];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, offset, length);
        }
    }
}
