package org.roikit.attribution.io;

import java.util.Arrays;
import java.util.Currency;
import org.roikit.attribution.JourneyBatch;

/**
 * A merge join of a touchpoints input and a conversions input, both sorted by journey id, read
 * straight into {@link JourneyBatch}es of at most a given number of journeys. Memory holds one
 * batch and the current records; a journey id is compared only with the other input's current
 * id and with the previous row's id of its own input (to check the order), as characters, never
 * made into a {@code String}.
 *
 * <p>Not thread-safe.
 */
final class SortedBatches implements CsvReader.Source<JourneyBatch> {

    private final BatchRows.Touches touches;
    private final BatchRows.Conversions conversions;
    private final int maxJourneys;
    private final JourneyBatch.Builder builder = JourneyBatch.builder();
    private final long[] instant = new long[2];
    private final Currency[] currency = new Currency[1];

    private boolean started;
    private boolean touchPending;
    private boolean conversionPending;
    /** The id of the journey being read. */
    private char[] current = new char[32];
    private int currentLength;

    SortedBatches(BatchRows.Touches touches, BatchRows.Conversions conversions, int maxJourneys) {
        this.touches = touches;
        this.conversions = conversions;
        this.maxJourneys = maxJourneys;
    }

    @Override
    public JourneyBatch read() {
        if (!started) {
            started = true;
            touchPending = advance(touches.records, touches.journeyId, false);
            conversionPending = advance(conversions.records, conversions.journeyId, false);
        }
        while (builder.journeyCount() < maxJourneys && (touchPending || conversionPending)) {
            CsvRecords from;
            int column;
            if (!conversionPending || touchPending && compare(touches.records, touches.journeyId,
                    conversions.records, conversions.journeyId) <= 0) {
                from = touches.records;
                column = touches.journeyId;
            } else {
                from = conversions.records;
                column = conversions.journeyId;
            }
            setCurrent(from, column);
            builder.startJourney();
            while (touchPending && isCurrent(touches.records, touches.journeyId)) {
                touches.read(builder, instant);
                builder.touch(instant[0], (int) instant[1], touches.channelId, touches.campaignId);
                touchPending = advance(touches.records, touches.journeyId, true);
            }
            while (conversionPending && isCurrent(conversions.records, conversions.journeyId)) {
                long minor = conversions.read(instant, currency);
                builder.conversion(instant[0], (int) instant[1], minor, currency[0]);
                conversionPending = advance(conversions.records, conversions.journeyId, true);
            }
        }
        return builder.journeyCount() == 0 ? null : builder.build();
    }

    /**
     * Reads the next record of {@code records}, checking that its journey id is not blank and,
     * when {@code check}, does not sort before the current journey's id (the previous record's).
     * Returns false at the end of the input.
     */
    private boolean advance(CsvRecords records, int column, boolean check) {
        if (!records.next()) {
            return false;
        }
        records.checkRequired(column);
        if (check) {
            CsvTokenizer t = records.tokenizer();
            if (compareIds(t.chars(), t.start(column), t.length(column), current, 0, currentLength) < 0) {
                throw new CsvFormatException(records.source(), t.fieldLine(column), column + 1,
                        records.columnName(column), records.text(column), "comes after "
                                + CsvFormatException.quote(new String(current, 0, currentLength))
                                + " but sorts before it; for the streaming join both files must be sorted by"
                                + " journey_id (in code point order, as LC_ALL=C sort does)");
            }
        }
        return true;
    }

    private void setCurrent(CsvRecords records, int column) {
        CsvTokenizer t = records.tokenizer();
        int len = t.length(column);
        if (current.length < len) {
            current = new char[Math.max(len, current.length * 2)];
        }
        System.arraycopy(t.chars(), t.start(column), current, 0, len);
        currentLength = len;
    }

    private boolean isCurrent(CsvRecords records, int column) {
        CsvTokenizer t = records.tokenizer();
        int off = t.start(column);
        int len = t.length(column);
        return len == currentLength && Arrays.equals(t.chars(), off, off + len, current, 0, len);
    }

    private static int compare(CsvRecords a, int aColumn, CsvRecords b, int bColumn) {
        CsvTokenizer x = a.tokenizer();
        CsvTokenizer y = b.tokenizer();
        return compareIds(x.chars(), x.start(aColumn), x.length(aColumn), y.chars(), y.start(bColumn),
                y.length(bColumn));
    }

    /** Compares ids by code point, as {@link JourneyCsv#compareIds(String, String)} does. */
    static int compareIds(char[] a, int aOff, int aLen, char[] b, int bOff, int bLen) {
        int n = Math.min(aLen, bLen);
        for (int i = 0; i < n; i++) {
            char x = a[aOff + i];
            char y = b[bOff + i];
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
        return aLen - bLen;
    }

    @Override
    public void close() {
        Sources.closeBoth(touches.records::close, conversions.records::close);
    }
}
