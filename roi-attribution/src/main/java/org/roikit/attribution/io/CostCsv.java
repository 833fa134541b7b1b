package org.roikit.attribution.io;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;

/**
 * Reads {@link Cost}s from CSV: one cost per record.
 *
 * <p>Columns, found by header name in any order (names are matched exactly, case-sensitively;
 * other columns are ignored):
 * <table class="striped">
 *   <caption>Cost columns</caption>
 *   <thead><tr><th>column</th><th>required</th><th>value</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code channel}</td><td>yes</td><td>the channel the cost belongs to; empty for a
 *         cost of no single channel, such as a tool or team time (counted under
 *         {@value Investment#UNASSIGNED})</td></tr>
 *     <tr><td>{@code amount}</td><td>yes</td><td>a plain decimal number at least zero, with no
 *         more decimal places than the currency has: {@code 1500.00}; JPY {@code 5000}</td></tr>
 *     <tr><td>{@code currency}</td><td>yes</td><td>an upper-case ISO 4217 code such as {@code EUR}</td></tr>
 *     <tr><td>{@code campaign}</td><td>no</td><td>the campaign; empty means none</td></tr>
 *     <tr><td>{@code category}</td><td>no</td><td>a {@link CostCategory} name or label, read by
 *         {@link CostCategory#parse(String)}: {@code AD_SPEND}, {@code ad spend}, {@code tools},
 *         {@code personnel time}; empty means {@link CostCategory#OTHER}</td></tr>
 *     <tr><td>{@code date}</td><td>no</td><td>the day the cost was incurred, ISO-8601:
 *         {@code 2026-03-01}; empty means undated (counted in every period)</td></tr>
 *   </tbody>
 * </table>
 *
 * <pre>{@code
 * channel,amount,currency,category,campaign,date
 * linkedin,1500.00,EUR,ad spend,q1-launch,2026-03-01
 * ,99.00,EUR,tools,,2026-03-01
 * }</pre>
 *
 * <p>An empty category is {@link CostCategory#OTHER} rather than a guess such as ad spend: a cost
 * file that does not say what a cost paid for gets the honest answer in breakdowns by category.
 * Channel and campaign must not have whitespace around them: {@link Cost} would strip it, and a
 * silently trimmed name could match a channel the touchpoints spell differently. Neither may be a
 * name the reports reserve for their own rows: {@code (unattributed)}, {@code (unassigned)},
 * {@code (none)}.
 *
 * <p>The format rules common to all roikit CSV files (UTF-8, quoting, line breaks, errors) are in
 * the {@linkplain org.roikit.attribution.io package documentation}.
 */
public final class CostCsv {

    /** The required columns: {@code channel}, {@code amount}, {@code currency}. */
    public static final List<String> REQUIRED_COLUMNS = List.of("channel", "amount", "currency");

    /** The optional columns: {@code campaign}, {@code category}, {@code date}. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("campaign", "category", "date");

    private static final String CATEGORIES;

    static {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner labels = new StringJoiner(", ");
        for (CostCategory category : CostCategory.values()) {
            names.add(category.name());
            labels.add(category.label());
        }
        CATEGORIES = "is not a cost category; use one of " + names + " or a label: " + labels
                + " (case and the separators _, - and space do not matter)";
    }

    private CostCsv() {
    }

    /**
     * Returns a reader of the costs in the UTF-8 file {@code file}, whose header has been read and
     * checked. Messages name the file by its path as given.
     *
     * @param file the CSV file
     * @return a reader to close after use
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be opened or read
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Cost> open(Path file) {
        String source = Sources.name(file);
        return open(CsvTokenizer.ofUtf8(Sources.open(file), source));
    }

    /**
     * Returns a reader of the costs in the UTF-8 bytes of {@code in}, whose header has been read
     * and checked. Closing the reader closes {@code in}.
     *
     * @param in the CSV bytes, in UTF-8
     * @param source the name of the input in error messages, such as a file name
     * @return a reader to close after use
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if reading fails
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Cost> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.ofUtf8(in, source));
    }

    /**
     * Returns a reader of the costs in the characters of {@code in}, whose header has been read
     * and checked. Closing the reader closes {@code in}.
     *
     * @param in the CSV text
     * @param source the name of the input in error messages, such as a file name
     * @return a reader to close after use
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if reading fails
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Cost> open(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.of(in, source));
    }

    /**
     * Returns all costs in the UTF-8 file {@code file}, in file order.
     *
     * @param file the CSV file
     * @return the costs, an unmodifiable list
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be read
     * @throws CsvFormatException if the header or a record is bad
     */
    public static List<Cost> readAll(Path file) {
        try (CsvReader<Cost> reader = open(file)) {
            List<Cost> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            return List.copyOf(all);
        }
    }

    /**
     * Returns the investment made of all costs in the UTF-8 file {@code file}, in file order.
     *
     * @param file the CSV file
     * @return the investment; empty if the file has a header and no records
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be read
     * @throws CsvFormatException if the header or a record is bad
     */
    public static Investment readInvestment(Path file) {
        return Investment.of(readAll(file));
    }

    private static CsvReader<Cost> open(CsvTokenizer tokenizer) {
        return new CsvReader<>(new Rows(CsvRecords.open(tokenizer, REQUIRED_COLUMNS, OPTIONAL_COLUMNS)));
    }

    /** Maps records to costs. */
    private static final class Rows implements CsvReader.Source<Cost> {

        private final CsvRecords records;
        private final int channel;
        private final int amount;
        private final int currency;
        private final int campaign;
        private final int category;
        private final int date;
        private final Interner<Optional<String>> channels =
                new Interner<>(Optional::of, CsvRecords.MAX_INTERNED);
        private final Interner<Optional<String>> campaigns =
                new Interner<>(Optional::of, CsvRecords.MAX_INTERNED);
        private final Interner<CostCategory> categories = new Interner<>(Rows::categoryOrNull, 256);

        Rows(CsvRecords records) {
            this.records = records;
            this.channel = records.column("channel");
            this.amount = records.column("amount");
            this.currency = records.column("currency");
            this.campaign = records.column("campaign");
            this.category = records.column("category");
            this.date = records.column("date");
        }

        @Override
        public Cost read() {
            if (!records.next()) {
                return null;
            }
            Optional<String> ch = records.optionalText(channel, channels);
            ch.ifPresent(c -> records.checkUnpadded(channel, records.checkName(channel, c)));
            Money money = records.money(amount, currency);
            Optional<String> cam = records.optionalText(campaign, campaigns);
            cam.ifPresent(c -> records.checkUnpadded(campaign, records.checkName(campaign, c)));
            CostCategory cat = category();
            Optional<LocalDate> day = records.isEmpty(date) ? Optional.empty() : Optional.of(records.date(date));
            return new Cost(cat, money, ch, cam, Optional.empty(), day);
        }

        private CostCategory category() {
            if (records.isEmpty(category)) {
                return CostCategory.OTHER;
            }
            CostCategory parsed = categories.get(records.tokenizer().chars(), records.tokenizer().start(category),
                    records.tokenizer().length(category));
            if (parsed == null) {
                throw records.error(category, CATEGORIES);
            }
            return parsed;
        }

        private static CostCategory categoryOrNull(String text) {
            try {
                return CostCategory.parse(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
