package org.roikit.attribution.io;

import java.util.Arrays;
import java.util.Currency;
import org.roikit.attribution.JourneyBatch;

/**
 * Joins touchpoints and conversions given in any order by journey id, in compact primitive
 * columns, and hands the journeys out as {@link JourneyBatch}es.
 *
 * <p>While reading, a touchpoint costs four columns: its journey number, its interned (channel,
 * campaign) pair, its epoch second (as an {@code int} offset while the seconds span less than
 * 68 years) and, only in chunks where some touch has them, its nanoseconds: 12 bytes, or 16 with
 * nanoseconds; a journey costs a 16-byte slot of {@link JourneyIds} at a load of 0.4 to 0.8
 * (20 to 40 bytes), plus its id's bytes when they do not fit in the slot; a conversion costs its
 * journey number, epoch second, nanoseconds (as touches), minor units and currency. Then the ids
 * are released and the touchpoints are grouped by journey with a counting sort that moves the
 * columns in place (the journey column becomes the destinations, and is then released), keeping
 * file order within a journey; conversions are grouped by sorting one {@code long} key each.
 * {@link #bytes()} counts every array held, so tests can check the cost per touchpoint.
 *
 * <p>Not thread-safe.
 */
final class JourneyStore {

    /** The most touchpoints, and conversions, the store holds: what a batch can index. */
    static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final JourneyIds ids = new JourneyIds();
    private final JourneyBatch.Builder builder = JourneyBatch.builder();
    private int journeys;

    private final Columns.Ints touchJourney = new Columns.Ints(false);
    private final Columns.Ints touchPair = new Columns.Ints(false);
    private final Columns.Seconds touchSecond = new Columns.Seconds();
    private final Columns.Ints touchNano = new Columns.Ints(true);

    private final Columns.Ints conversionJourney = new Columns.Ints(false);
    private final Columns.Seconds conversionSecond = new Columns.Seconds();
    private final Columns.Ints conversionNano = new Columns.Ints(true);
    private final Columns.Longs conversionMinor = new Columns.Longs();
    private final Columns.Ints conversionCurrency = new Columns.Ints(false);

    private int[] pairChannel = new int[16];
    private int[] pairCampaign = new int[16];
    private int pairCount;
    private int[] pairSlots = new int[32];
    private Currency[] currencies = new Currency[4];
    private int currencyCount;

    /** The previous row's journey id and number, to skip the lookup for rows of one journey in a row. */
    private char[] lastId = new char[32];
    private int lastIdLength = -1;
    private int lastJourney;

    private final long[] instant = new long[2];
    private final Currency[] currency = new Currency[1];

    /** After {@link #group()}: journey j's touchpoints are {@code [touchStart[j], touchStart[j + 1])}. */
    private int[] touchStart;
    /** After {@link #group()}: per conversion, its journey above bit 32 and its index below, sorted. */
    private long[] conversionOrder;
    private int nextJourney;
    private int nextConversion;
    private long peak;

    /** Returns the number of journeys. */
    int journeys() {
        return journeys;
    }

    /** Returns the number of touchpoints. */
    long touchpoints() {
        return touchSecond.size();
    }

    /**
     * Reads every touchpoint record of {@code rows}.
     *
     * @throws CsvFormatException if a record is bad
     */
    void readTouchpoints(BatchRows.Touches rows) {
        CsvRecords records = rows.records;
        while (records.next()) {
            rows.read(builder, instant);
            touchJourney.add(journeyOf(records, rows.journeyId));
            touchPair.add(pair(rows.channelId, rows.campaignId));
            touchSecond.add(instant[0]);
            touchNano.add((int) instant[1]);
            if (touchSecond.size() > MAX_ROWS) {
                throw CsvFormatException.of(records.source(), records.line(), "more than "
                        + MAX_ROWS + " touchpoints; the in-memory join holds at most that many");
            }
        }
    }

    /**
     * Reads every conversion record of {@code rows}.
     *
     * @throws CsvFormatException if a record is bad
     */
    void readConversions(BatchRows.Conversions rows) {
        CsvRecords records = rows.records;
        lastIdLength = -1;
        while (records.next()) {
            long minor = rows.read(instant, currency);
            conversionJourney.add(journeyOf(records, rows.journeyId));
            conversionSecond.add(instant[0]);
            conversionNano.add((int) instant[1]);
            conversionMinor.add(minor);
            conversionCurrency.add(currencyId(currency[0]));
            if (conversionMinor.size() > MAX_ROWS) {
                throw CsvFormatException.of(records.source(), records.line(), "more than "
                        + MAX_ROWS + " conversions; the in-memory join holds at most that many");
            }
        }
    }

    /** Groups the rows by journey, file order within each; the ids are released. */
    void group() {
        peak = Math.max(peak, bytes());
        ids.release();
        int touches = (int) touchSecond.size();
        int[] start = new int[journeys + 1];
        for (int i = 0; i < touches; i++) {
            start[touchJourney.get(i) + 1]++;
        }
        for (int j = 0; j < journeys; j++) {
            start[j + 1] += start[j];
        }
        // Each touch's destination replaces its journey; start[j] moves on to where journey j ends.
        for (int i = 0; i < touches; i++) {
            touchJourney.set(i, start[touchJourney.get(i)]++);
        }
        System.arraycopy(start, 0, start, 1, journeys);
        start[0] = 0;
        touchStart = start;
        peak = Math.max(peak, bytes());
        permute(touches);
        touchJourney.release();
        int conversions = (int) conversionMinor.size();
        long[] order = new long[conversions];
        for (int i = 0; i < conversions; i++) {
            order[i] = (long) conversionJourney.get(i) << 32 | i;
        }
        conversionOrder = order;
        peak = Math.max(peak, bytes());
        conversionJourney.release();
        Arrays.sort(order);
    }

    /** Moves touch i to position {@code touchJourney[i]}, following cycles and marking done ones by complement. */
    private void permute(int touches) {
        for (int i = 0; i < touches; i++) {
            int to = touchJourney.get(i);
            if (to < 0) {
                continue;
            }
            touchJourney.set(i, ~to);
            if (to == i) {
                continue;
            }
            int pair = touchPair.get(i);
            long second = touchSecond.get(i);
            int nano = touchNano.get(i);
            while (true) {
                int swapPair = touchPair.get(to);
                long swapSecond = touchSecond.get(to);
                int swapNano = touchNano.get(to);
                touchPair.set(to, pair);
                touchSecond.set(to, second);
                touchNano.set(to, nano);
                if (to == i) {
                    break;
                }
                pair = swapPair;
                second = swapSecond;
                nano = swapNano;
                int next = touchJourney.get(to);
                touchJourney.set(to, ~next);
                to = next;
            }
        }
    }

    /**
     * Returns the next batch of at most {@code maxJourneys} journeys, in order of first
     * appearance, or null when all have been handed out.
     */
    JourneyBatch nextBatch(int maxJourneys) {
        if (nextJourney == journeys) {
            return null;
        }
        int end = (int) Math.min(journeys, (long) nextJourney + maxJourneys);
        for (int j = nextJourney; j < end; j++) {
            builder.startJourney();
            for (int t = touchStart[j]; t < touchStart[j + 1]; t++) {
                int p = touchPair.get(t);
                builder.touch(touchSecond.get(t), touchNano.get(t), pairChannel[p], pairCampaign[p]);
            }
            while (nextConversion < conversionOrder.length && (int) (conversionOrder[nextConversion] >>> 32) == j) {
                int c = (int) conversionOrder[nextConversion++];
                builder.conversion(conversionSecond.get(c), conversionNano.get(c), conversionMinor.get(c),
                        currencies[conversionCurrency.get(c)]);
            }
        }
        nextJourney = end;
        return builder.build();
    }

    /**
     * Returns the most heap bytes {@link #bytes()} has counted: at the end of reading and at each
     * step of {@link #group()}.
     */
    long peakBytes() {
        return Math.max(peak, bytes());
    }

    /**
     * Returns the heap bytes of every array the store holds, the builder's buffers (which hold
     * one batch) and the channel and campaign names aside.
     */
    long bytes() {
        long bytes = ids.bytes() + touchJourney.bytes() + touchPair.bytes() + touchSecond.bytes()
                + touchNano.bytes() + conversionJourney.bytes() + conversionSecond.bytes() + conversionNano.bytes()
                + conversionMinor.bytes() + conversionCurrency.bytes()
                + Columns.arrayBytes(pairChannel.length, 4) * 2 + Columns.arrayBytes(pairSlots.length, 4)
                + Columns.arrayBytes(currencies.length, 4) + Columns.arrayBytes(lastId.length, 2);
        if (touchStart != null) {
            bytes += Columns.arrayBytes(touchStart.length, 4);
        }
        if (conversionOrder != null) {
            bytes += Columns.arrayBytes(conversionOrder.length, 8);
        }
        return bytes;
    }

    /** Returns the number of the current record's journey, whose id the caller has checked. */
    private int journeyOf(CsvRecords records, int column) {
        CsvTokenizer tokenizer = records.tokenizer();
        char[] chars = tokenizer.chars();
        int off = tokenizer.start(column);
        int len = tokenizer.length(column);
        if (len == lastIdLength && Arrays.equals(chars, off, off + len, lastId, 0, len)) {
            return lastJourney;
        }
        int journey;
        try {
            journey = ids.idOf(chars, off, len);
        } catch (IllegalStateException e) {
            throw records.error(column, "is one journey id too many: " + e.getMessage()
                    + " in the in-memory join; sort both files by journey_id and read them with the streaming join");
        }
        if (journey == journeys) {
            journeys++;
        }
        if (lastId.length < len) {
            lastId = new char[Math.max(len, lastId.length * 2)];
        }
        System.arraycopy(chars, off, lastId, 0, len);
        lastIdLength = len;
        lastJourney = journey;
        return journey;
    }

    private int pair(int channel, int campaign) {
        int mask = pairSlots.length - 1;
        int slot = pairHash(channel, campaign) & mask;
        while (true) {
            int entry = pairSlots[slot];
            if (entry == 0) {
                break;
            }
            if (pairChannel[entry - 1] == channel && pairCampaign[entry - 1] == campaign) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (pairCount == pairChannel.length) {
            pairChannel = Arrays.copyOf(pairChannel, pairCount * 2);
            pairCampaign = Arrays.copyOf(pairCampaign, pairCount * 2);
        }
        pairChannel[pairCount] = channel;
        pairCampaign[pairCount] = campaign;
        pairSlots[slot] = ++pairCount;
        if (pairCount * 2 > pairSlots.length) {
            int[] grown = new int[pairSlots.length * 2];
            int m = grown.length - 1;
            for (int p = 0; p < pairCount; p++) {
                int s = pairHash(pairChannel[p], pairCampaign[p]) & m;
                while (grown[s] != 0) {
                    s = (s + 1) & m;
                }
                grown[s] = p + 1;
            }
            pairSlots = grown;
        }
        return pairCount - 1;
    }

    private static int pairHash(int channel, int campaign) {
        int h = channel * 0x9E3779B9 + campaign * 0x85EBCA6B;
        return h ^ (h >>> 16);
    }

    private int currencyId(Currency c) {
        for (int i = 0; i < currencyCount; i++) {
            if (currencies[i] == c) {
                return i;
            }
        }
        if (currencyCount == currencies.length) {
            currencies = Arrays.copyOf(currencies, currencyCount * 2);
        }
        currencies[currencyCount] = c;
        return currencyCount++;
    }
}
