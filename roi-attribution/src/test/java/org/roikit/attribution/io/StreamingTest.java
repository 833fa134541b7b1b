package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.Journey;
import org.roikit.attribution.JourneyConversion;
import org.roikit.attribution.Touchpoint;
import org.roikit.core.Money;

/**
 * Reads inputs of hundreds of thousands of rows that are produced lazily, a row at a time, and
 * never exist whole in memory, and checks that the readers' buffers stay small throughout.
 */
class StreamingTest {

    private static final String[] CHANNELS = {"linkedin", "facebook", "instagram", "tiktok", "email", "google ads",
        "organic search", "direct"};
    /** A generous bound on what a reader holds: its buffers, sized for one short record. */
    private static final int BOUND = 16_384;

    /** Characters of a header followed by {@code rows} rows, made one row at a time on demand. */
    static final class GeneratedReader extends Reader {

        private final String header;
        private final int rows;
        private final IntFunction<String> row;
        private int next = -1;
        private String current = "";
        private int pos;

        GeneratedReader(String header, int rows, IntFunction<String> row) {
            this.header = header;
            this.rows = rows;
            this.row = row;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos == current.length()) {
                if (next == rows) {
                    return -1;
                }
                current = next < 0 ? header : row.apply(next);
                next++;
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** The same, as UTF-8 bytes. */
    static final class GeneratedInputStream extends InputStream {

        private final GeneratedReader chars;
        private byte[] current = new byte[0];
        private int pos;

        GeneratedInputStream(String header, int rows, IntFunction<String> row) {
            chars = new GeneratedReader(header, rows, row);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == current.length) {
                char[] buf = new char[256];
                int n = chars.read(buf, 0, buf.length);
                if (n < 0) {
                    return -1;
                }
                current = new String(buf, 0, n).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static String journey(int j) {
        return String.format("j-%07d", j);
    }

    private static String touchRow(int i) {
        // Four touches per journey, a quoted campaign with a comma now and then.
        return journey(i / 4) + "," + Instant.ofEpochSecond(1_772_000_000L + i) + "," + CHANNELS[i % CHANNELS.length]
                + (i % 5 == 0 ? ",\"spring, wave " + (i % 3) + "\"" : ",") + "\r\n";
    }

    private static String conversionRow(int i) {
        // One conversion for every other journey, with a multi-byte type.
        return journey(i * 2) + "," + Instant.ofEpochSecond(1_772_000_000L + i * 8L + 7) + ",12.50,EUR,"
                + (i % 2 == 0 ? "v\u00e9nte" : "") + "\n";
    }

    @Test
    void readsHundredsOfThousandsOfTouchpointsInBoundedMemory() {
        int rows = 400_000;
        CsvReader<Touchpoint> reader = TouchpointCsv.open(
                new GeneratedReader("journey_id,timestamp,channel,campaign\r\n", rows, StreamingTest::touchRow),
                "generated.csv");
        CsvTokenizer tokenizer = ((TouchpointCsv.Rows) reader.source()).records().tokenizer();
        long count = 0;
        long withCampaign = 0;
        Touchpoint last = null;
        int maxCapacity = 0;
        while (reader.hasNext()) {
            last = reader.next();
            count++;
            if (last.campaign().isPresent()) {
                withCampaign++;
            }
            maxCapacity = Math.max(maxCapacity, tokenizer.capacity());
        }
        assertThat(count).isEqualTo(rows);
        assertThat(withCampaign).isEqualTo(rows / 5);
        assertThat(last).isEqualTo(Touchpoint.of("j-0099999", Instant.ofEpochSecond(1_772_000_000L + rows - 1),
                CHANNELS[(rows - 1) % CHANNELS.length]));
        assertThat(maxCapacity).isLessThan(BOUND);
    }

    @Test
    void joinsSortedFilesOfHundredsOfThousandsOfRowsOneJourneyAtATime() {
        int journeys = 100_000;
        CsvReader<Touchpoint> touchpoints = TouchpointCsv.open(
                new GeneratedReader("journey_id,timestamp,channel,campaign\r\n", journeys * 4, StreamingTest::touchRow),
                "tp.csv");
        CsvReader<JourneyConversion> conversions = ConversionCsv.open(
                new GeneratedInputStream("journey_id,timestamp,value,currency,type\n", journeys / 2,
                        StreamingTest::conversionRow),
                "conv.csv");
        CsvTokenizer tpTokenizer = ((TouchpointCsv.Rows) touchpoints.source()).records().tokenizer();
        ConversionCsv.Rows conversionRows = (ConversionCsv.Rows) conversions.source();
        CsvTokenizer convTokenizer = conversionRows.records().tokenizer();
        long count = 0;
        long touches = 0;
        long converted = 0;
        Money revenue = Money.zero("EUR");
        int maxCapacity = 0;
        try (CsvReader<Journey> reader = JourneyCsv.openSorted(touchpoints, conversions)) {
            while (reader.hasNext()) {
                Journey journey = reader.next();
                count++;
                touches += journey.touchpoints().size();
                converted += journey.conversions().size();
                for (var c : journey.conversions()) {
                    revenue = revenue.plus(c.value());
                }
                maxCapacity = Math.max(maxCapacity, tpTokenizer.capacity() + convTokenizer.capacity());
                assertThat(conversionRows.countersHeld()).isEqualTo(1);
            }
        }
        assertThat(count).isEqualTo(journeys);
        assertThat(touches).isEqualTo(journeys * 4L);
        assertThat(converted).isEqualTo(journeys / 2);
        assertThat(revenue).isEqualTo(Money.of("625000.00", "EUR")); // 50,000 x 12.50
        assertThat(maxCapacity).isLessThan(2 * BOUND);
    }

    @Test
    void plainConversionReaderKeepsOneCounterPerJourney() {
        CsvReader<JourneyConversion> conversions = ConversionCsv.open(
                new GeneratedInputStream("journey_id,timestamp,value,currency,type\n", 1000,
                        StreamingTest::conversionRow), "conv.csv");
        ConversionCsv.Rows rows = (ConversionCsv.Rows) conversions.source();
        conversions.forEachRemaining(c -> { });
        assertThat(rows.countersHeld()).isEqualTo(1000);
    }
}
