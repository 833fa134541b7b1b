package org.roikit.attribution.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.roikit.attribution.Journey;
import org.roikit.attribution.JourneyBatch;
import org.roikit.attribution.JourneyConversion;
import org.roikit.attribution.Touchpoint;
import org.roikit.core.Conversion;

/**
 * Puts together {@link Journey}s from a touchpoints file and a conversions file (see
 * {@link TouchpointCsv} and {@link ConversionCsv}), joined by journey id.
 *
 * <p>Every journey id of either file gives one journey: a journey with conversions but no
 * touchpoints, and one with touchpoints but no conversions, are both returned. Within a journey,
 * touchpoints and conversions are put in time order, equal instants keeping file order.
 *
 * <p>The touchpoints of {@link #readAll(Path, Path)} and {@link #openSorted(Path, Path)} keep the
 * touchpoint file's columns beyond the contract as {@linkplain Touchpoint#attributes() attributes},
 * as {@link TouchpointCsv} reads them. The batch readers ({@link #openSortedBatches(Path, Path)},
 * {@link #openBatches(Path, Path, int)}, {@link #readBatch(Path, Path)}) ignore those columns:
 * {@link JourneyBatch} holds no attributes.
 *
 * <p>Two ways to join:
 * <ul>
 *   <li><b>In memory</b>, {@link #readAll(Path, Path)} and {@link #join(Iterator, Iterator)}:
 *       the files may be in any order; all journeys are held in memory at once (memory grows with
 *       the data). Journeys come in order of first appearance: the touchpoints file's journeys
 *       first, then those found only in the conversions file.</li>
 *   <li><b>Streaming</b>, {@link #openSorted(Path, Path)}: both files must be sorted by
 *       {@code journey_id} in ascending order of the ids' Unicode code points (the order of
 *       {@code LC_ALL=C sort}, or of SQL {@code ORDER BY journey_id COLLATE "C"}; for ASCII ids,
 *       plain {@link String#compareTo} order). Rows with equal ids may be in any order. Memory
 *       holds one journey at a time, so files of any size can be read. Journeys come in id
 *       order. A row whose id sorts before the previous row's id in the same file is an error
 *       naming the file, line and both ids: files that are merely grouped (each journey's rows
 *       together, journeys in some other order) are rejected, because two such files cannot be
 *       joined without reading one of them whole.</li>
 * </ul>
 *
 * <p>For speed, and for files larger than memory, the same joins give
 * {@link JourneyBatch}es, parsed straight into primitive columns without a {@code String} per
 * field, with the same checks and messages: {@link #openSortedBatches(Path, Path, int)} streams
 * sorted files in batches of a given number of journeys, in memory independent of the file
 * size; {@link #openBatches(Path, Path, int)} joins files in any order in a compact store (less
 * than 32 bytes of heap per touchpoint for journeys of a few touchpoints) and hands out batches;
 * {@link #readBatch(Path, Path)} returns them all as one batch.
 * <pre>{@code
 * ModelComparison.Accumulator accumulator = ModelComparison.of(AttributionModel.all()).newAccumulator();
 * try (CsvReader<JourneyBatch> batches = JourneyCsv.openSortedBatches(touchpoints, conversions)) {
 *     batches.forEachRemaining(accumulator::add);
 * }
 * ComparisonReport report = accumulator.finish();
 * }</pre>
 */
public final class JourneyCsv {

    /** The journeys per batch of the batch readers without a size: {@value}. */
    public static final int DEFAULT_BATCH_JOURNEYS = 65_536;

    private JourneyCsv() {
    }

    /**
     * Returns all journeys of the two UTF-8 files, joined in memory; the files may be in any order.
     *
     * @param touchpoints the touchpoints file
     * @param conversions the conversions file
     * @return the journeys in order of first appearance (touchpoints file first), an unmodifiable list
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be read
     * @throws CsvFormatException if a header or a record is bad
     */
    public static List<Journey> readAll(Path touchpoints, Path conversions) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        try (CsvReader<Touchpoint> t = TouchpointCsv.open(touchpoints);
                CsvReader<JourneyConversion> c = ConversionCsv.open(conversions)) {
            return join(t, c);
        }
    }

    /**
     * Returns the journeys of the given touchpoints and conversions, joined in memory; they may be
     * in any order. Both iterators are read to the end (readers from this package then close
     * their input).
     *
     * @param touchpoints the touchpoints
     * @param conversions the conversions with their journey ids
     * @return the journeys in order of first appearance (touchpoints first), an unmodifiable list
     * @throws NullPointerException if an argument or element is null
     * @throws CsvFormatException if a reader meets a bad record
     * @throws UncheckedIOException if a reader fails to read
     */
    public static List<Journey> join(Iterator<Touchpoint> touchpoints, Iterator<JourneyConversion> conversions) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        Map<String, Parts> byId = new LinkedHashMap<>();
        while (touchpoints.hasNext()) {
            Touchpoint t = Objects.requireNonNull(touchpoints.next(), "touchpoint");
            byId.computeIfAbsent(t.journeyId(), k -> new Parts()).touchpoints.add(t);
        }
        while (conversions.hasNext()) {
            JourneyConversion c = Objects.requireNonNull(conversions.next(), "conversion");
            byId.computeIfAbsent(c.journeyId(), k -> new Parts()).conversions.add(c.conversion());
        }
        List<Journey> journeys = new ArrayList<>(byId.size());
        for (Map.Entry<String, Parts> e : byId.entrySet()) {
            journeys.add(Journey.of(e.getKey(), e.getValue().touchpoints, e.getValue().conversions));
        }
        return List.copyOf(journeys);
    }

    /**
     * Returns a streaming reader of the journeys of two UTF-8 files that are both sorted by
     * journey id (see the class documentation), holding one journey in memory at a time.
     *
     * @param touchpoints the touchpoints file, sorted by journey id
     * @param conversions the conversions file, sorted by journey id
     * @return a reader of journeys in id order; closing it closes both files
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be opened or read
     * @throws CsvFormatException if a header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Journey> openSorted(Path touchpoints, Path conversions) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        CsvReader<Touchpoint> t = TouchpointCsv.open(touchpoints);
        try {
            return openSorted(t, ConversionCsv.open(conversions));
        } catch (RuntimeException e) {
            try {
                t.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Returns a streaming reader of the journeys of two readers (from {@link TouchpointCsv} and
     * {@link ConversionCsv}) whose inputs are both sorted by journey id (see the class
     * documentation), holding one journey in memory at a time. The new reader owns both: closing
     * it closes them.
     *
     * @param touchpoints a reader of touchpoints sorted by journey id, from which nothing has been read
     * @param conversions a reader of conversions sorted by journey id, from which nothing has been read
     * @return a reader of journeys in id order; a bad or out-of-order row makes its
     *     {@link CsvReader#hasNext()} throw {@link CsvFormatException}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a reader has already been read from
     */
    public static CsvReader<Journey> openSorted(CsvReader<Touchpoint> touchpoints,
            CsvReader<JourneyConversion> conversions) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        if (touchpoints.isStarted()) {
            throw new IllegalArgumentException("touchpoints must be a reader from which nothing has been read");
        }
        if (conversions.isStarted()) {
            throw new IllegalArgumentException("conversions must be a reader from which nothing has been read");
        }
        if (!(touchpoints.source() instanceof TouchpointCsv.Rows t)
                || !(conversions.source() instanceof ConversionCsv.Rows c)) {
            // Only this package makes readers, and only these sources produce these types.
            throw new IllegalStateException("unexpected reader sources");
        }
        c.countPerRun();
        return new CsvReader<>(new SortedJoin(touchpoints, t.records(), t.journeyIdColumn(),
                conversions, c.records(), c.journeyIdColumn()));
    }

    /**
     * Returns a streaming reader of the journeys of two UTF-8 files that are both sorted by
     * journey id, as {@link #openSorted(Path, Path)} reads them, in {@link JourneyBatch}es of
     * {@value #DEFAULT_BATCH_JOURNEYS} journeys (the last one fewer).
     *
     * @param touchpoints the touchpoints file, sorted by journey id
     * @param conversions the conversions file, sorted by journey id
     * @return a reader of batches in id order; closing it closes both files
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be opened or read
     * @throws CsvFormatException if a header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<JourneyBatch> openSortedBatches(Path touchpoints, Path conversions) {
        return openSortedBatches(touchpoints, conversions, DEFAULT_BATCH_JOURNEYS);
    }

    /**
     * Returns a streaming reader of the journeys of two UTF-8 files that are both sorted by
     * journey id (see the class documentation), in {@link JourneyBatch}es of {@code maxJourneys}
     * journeys (the last one fewer). Records are parsed straight into the batches' columns; a
     * journey id is only compared with the previous one. Memory holds one batch, so files of any
     * size can be read: attribute each batch and let it go
     * ({@link org.roikit.attribution.Attribution.Accumulator#add(JourneyBatch)}). The batches of
     * one reader share their channel and campaign ids. Errors are those of
     * {@link #openSorted(Path, Path)}, with the same messages.
     *
     * @param touchpoints the touchpoints file, sorted by journey id
     * @param conversions the conversions file, sorted by journey id
     * @param maxJourneys the most journeys per batch, at least 1
     * @return a reader of batches in id order; closing it closes both files
     * @throws NullPointerException if a path is null
     * @throws IllegalArgumentException if {@code maxJourneys} is less than 1
     * @throws UncheckedIOException if a file cannot be opened or read
     * @throws CsvFormatException if a header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<JourneyBatch> openSortedBatches(Path touchpoints, Path conversions, int maxJourneys) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        checkBatchSize(maxJourneys);
        return openBatches(CsvTokenizer.ofUtf8(Sources.open(touchpoints), Sources.name(touchpoints)), conversions,
                maxJourneys, true);
    }

    /**
     * Returns a reader of the journeys of two UTF-8 files in any order, in
     * {@link JourneyBatch}es of {@value #DEFAULT_BATCH_JOURNEYS} journeys (the last one fewer);
     * see {@link #openBatches(Path, Path, int)}.
     *
     * @param touchpoints the touchpoints file
     * @param conversions the conversions file
     * @return a reader of batches; closing it closes both files
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be opened or read
     * @throws CsvFormatException if a header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<JourneyBatch> openBatches(Path touchpoints, Path conversions) {
        return openBatches(touchpoints, conversions, DEFAULT_BATCH_JOURNEYS);
    }

    /**
     * Returns a reader of the journeys of two UTF-8 files in any order, in
     * {@link JourneyBatch}es of {@code maxJourneys} journeys (the last one fewer), joined in a
     * compact store.
     *
     * <p>The first {@link CsvReader#hasNext()} reads both files whole (and closes them), so that
     * is where a bad record throws. The store holds a touchpoint in 16 bytes (its journey number,
     * its channel and campaign as one interned id, its epoch second; 4 more where nanoseconds
     * are used) and a journey in its id's bytes (one per ASCII character) plus about 12; with the
     * conversions, less than 32 bytes per touchpoint for journeys of a few touchpoints. No
     * {@code String} is made per field. Journeys come in order of first appearance (touchpoints
     * file first), touchpoints and conversions in time order, equal instants in file order,
     * exactly as {@link #readAll(Path, Path)} joins them. Errors are those of
     * {@link #readAll(Path, Path)}, with the same messages.
     *
     * @param touchpoints the touchpoints file
     * @param conversions the conversions file
     * @param maxJourneys the most journeys per batch, at least 1
     * @return a reader of batches; closing it closes both files
     * @throws NullPointerException if a path is null
     * @throws IllegalArgumentException if {@code maxJourneys} is less than 1
     * @throws UncheckedIOException if a file cannot be opened or read
     * @throws CsvFormatException if a header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<JourneyBatch> openBatches(Path touchpoints, Path conversions, int maxJourneys) {
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        checkBatchSize(maxJourneys);
        return openBatches(CsvTokenizer.ofUtf8(Sources.open(touchpoints), Sources.name(touchpoints)), conversions,
                maxJourneys, false);
    }

    /**
     * Returns all journeys of the two UTF-8 files, in any order, as one {@link JourneyBatch}:
     * {@link #openBatches(Path, Path, int)} with room for every journey.
     *
     * @param touchpoints the touchpoints file
     * @param conversions the conversions file
     * @return the batch, possibly of no journeys
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be read
     * @throws CsvFormatException if a header or a record is bad
     */
    public static JourneyBatch readBatch(Path touchpoints, Path conversions) {
        try (CsvReader<JourneyBatch> batches = openBatches(touchpoints, conversions, Integer.MAX_VALUE)) {
            return batches.hasNext() ? batches.next() : JourneyBatch.builder().build();
        }
    }

    private static void checkBatchSize(int maxJourneys) {
        if (maxJourneys < 1) {
            throw new IllegalArgumentException("maxJourneys (" + maxJourneys + ") must be >= 1");
        }
    }

    /** Opens the conversions file and the batch reader over both, closing the touchpoints on failure. */
    private static CsvReader<JourneyBatch> openBatches(CsvTokenizer touchpoints, Path conversions, int maxJourneys,
            boolean sorted) {
        CsvRecords t = null;
        try {
            t = CsvRecords.open(touchpoints, TouchpointCsv.REQUIRED_COLUMNS, TouchpointCsv.OPTIONAL_COLUMNS);
            return openBatches(t, CsvTokenizer.ofUtf8(Sources.open(conversions), Sources.name(conversions)),
                    maxJourneys, sorted);
        } catch (RuntimeException e) {
            try {
                if (t == null) {
                    touchpoints.close();
                } else {
                    t.close();
                }
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Returns the batch reader over the touchpoint records and conversion tokens; for tests too. */
    static CsvReader<JourneyBatch> openBatches(CsvRecords touchpoints, CsvTokenizer conversions, int maxJourneys,
            boolean sorted) {
        CsvRecords c = CsvRecords.open(conversions, ConversionCsv.REQUIRED_COLUMNS, ConversionCsv.OPTIONAL_COLUMNS);
        BatchRows.Touches t = new BatchRows.Touches(touchpoints);
        BatchRows.Conversions v = new BatchRows.Conversions(c);
        return new CsvReader<>(sorted ? new SortedBatches(t, v, maxJourneys) : new StoredBatches(t, v, maxJourneys));
    }

    /** Returns the comparison of journey ids by code point, as {@code LC_ALL=C sort} orders UTF-8. */
    static int compareIds(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // Surrogates (supplementary code points) sort after every BMP character.
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static final class Parts {
        final List<Touchpoint> touchpoints = new ArrayList<>();
        final List<Conversion> conversions = new ArrayList<>();
    }

    /** A merge join of two inputs sorted by journey id. */
    private static final class SortedJoin implements CsvReader.Source<Journey> {

        private final Side<Touchpoint> touchpoints;
        private final Side<JourneyConversion> conversions;

        SortedJoin(CsvReader<Touchpoint> t, CsvRecords tRecords, int tColumn, CsvReader<JourneyConversion> c,
                CsvRecords cRecords, int cColumn) {
            this.touchpoints = new Side<>(t, tRecords, tColumn, Touchpoint::journeyId);
            this.conversions = new Side<>(c, cRecords, cColumn, JourneyConversion::journeyId);
        }

        @Override
        public Journey read() {
            touchpoints.fill();
            conversions.fill();
            String id;
            if (touchpoints.head == null && conversions.head == null) {
                return null;
            } else if (touchpoints.head == null) {
                id = conversions.headId;
            } else if (conversions.head == null) {
                id = touchpoints.headId;
            } else {
                id = compareIds(touchpoints.headId, conversions.headId) <= 0 ? touchpoints.headId
                        : conversions.headId;
            }
            List<Touchpoint> touches = new ArrayList<>();
            while (touchpoints.head != null && touchpoints.headId.equals(id)) {
                touches.add(touchpoints.take());
            }
            List<Conversion> converted = new ArrayList<>();
            while (conversions.head != null && conversions.headId.equals(id)) {
                converted.add(conversions.take().conversion());
            }
            return Journey.of(id, touches, converted);
        }

        @Override
        public void close() {
            Sources.closeBoth(touchpoints.reader::close, conversions.reader::close);
        }
    }

    /** One input of the merge join with its next value, checked for order. */
    private static final class Side<T> {

        final CsvReader<T> reader;
        private final CsvRecords records;
        private final int column;
        private final Function<T, String> idOf;
        T head;
        String headId;
        private boolean filled;

        Side(CsvReader<T> reader, CsvRecords records, int column, Function<T, String> idOf) {
            this.reader = reader;
            this.records = records;
            this.column = column;
            this.idOf = idOf;
        }

        /** Makes {@link #head} the next value, if it is not already, checking the order. */
        void fill() {
            if (filled) {
                return;
            }
            filled = true;
            String previous = headId;
            head = reader.hasNext() ? reader.next() : null;
            if (head == null) {
                return;
            }
            headId = idOf.apply(head);
            if (previous != null && compareIds(headId, previous) < 0) {
                head = null;
                throw new CsvFormatException(records.source(), records.tokenizer().fieldLine(column), column + 1,
                        records.columnName(column), headId, "comes after " + CsvFormatException.quote(previous)
                                + " but sorts before it; for the streaming join both files must be sorted by"
                                + " journey_id (in code point order, as LC_ALL=C sort does)");
            }
        }

        /** Returns the head and moves on to the next value. */
        T take() {
            T value = head;
            filled = false;
            fill();
            return value;
        }
    }
}
