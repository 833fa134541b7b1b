package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.JourneyBatch;

/**
 * The batch readers on inputs of a million touchpoints made lazily, a row at a time: the sorted
 * reader holds one batch at a time, and the store of the any-order reader costs less than 32
 * bytes of heap per touchpoint by its own count of the arrays it holds.
 */
class BatchStreamingTest {

    private static final String[] CHANNELS = {"linkedin", "facebook", "instagram", "tiktok", "email", "google ads",
        "organic search", "direct", "newsletter", "affiliate"};
    private static final int JOURNEYS = 250_000;
    private static final int TOUCHES = 1_000_000;

    private static String id(int journey) {
        return String.format(Locale.ROOT, "j-%07d", journey);
    }

    /** Touch i belongs to journey i mod 250,000: no journey's rows are next to each other. */
    private static String scatteredTouch(int i) {
        return id(i % JOURNEYS) + "," + Instant.ofEpochSecond(1_772_000_000L + i) + "," + CHANNELS[i % 10]
                + (i % 3 == 0 ? ",spring-" + (i % 7) : ",") + "\n";
    }

    /** Touch i belongs to journey i / 4. */
    private static String groupedTouch(int i) {
        return id(i / 4) + "," + Instant.ofEpochSecond(1_772_000_000L + i) + "," + CHANNELS[i % 10]
                + (i % 3 == 0 ? ",spring-" + (i % 7) : ",") + "\n";
    }

    /** Conversion i belongs to journey 10 i / 3: 30% of the journeys convert. */
    private static String conversion(int i) {
        return id((int) (10L * i / 3)) + "," + Instant.ofEpochSecond(1_772_000_000L + 4_000_000 + i) + ",12.50,EUR\n";
    }

    private static CsvReader<JourneyBatch> open(StreamingTest.GeneratedReader touches, int maxJourneys,
            boolean sorted) {
        CsvRecords records = CsvRecords.open(CsvTokenizer.of(touches, "tp.csv"), TouchpointCsv.REQUIRED_COLUMNS,
                TouchpointCsv.OPTIONAL_COLUMNS);
        return JourneyCsv.openBatches(records, CsvTokenizer.of(new StreamingTest.GeneratedReader(
                "journey_id,timestamp,value,currency\n", JOURNEYS * 3 / 10, BatchStreamingTest::conversion),
                "conv.csv"), maxJourneys, sorted);
    }

    @Test
    void anyOrderReader_storesAMillionScatteredTouchpointsInLessThan32BytesEach() {
        long journeys = 0;
        long touches = 0;
        long conversions = 0;
        try (CsvReader<JourneyBatch> reader = open(new StreamingTest.GeneratedReader(
                "journey_id,timestamp,channel,campaign\n", TOUCHES, BatchStreamingTest::scatteredTouch),
                100_000, false)) {
            assertThat(reader.hasNext()).isTrue();
            JourneyStore store = ((StoredBatches) reader.source()).store();
            assertThat(store.touchpoints()).isEqualTo(TOUCHES);
            double perTouch = (double) store.peakBytes() / TOUCHES;
            assertThat(perTouch).isLessThan(32);
            while (reader.hasNext()) {
                JourneyBatch batch = reader.next();
                assertThat(batch.journeyCount()).isLessThanOrEqualTo(100_000);
                journeys += batch.journeyCount();
                touches += batch.touchpointCount();
                conversions += batch.conversionCount();
            }
        }
        assertThat(journeys).isEqualTo(JOURNEYS);
        assertThat(touches).isEqualTo(TOUCHES);
        assertThat(conversions).isEqualTo(JOURNEYS * 3 / 10);
    }

    @Test
    void sortedReader_holdsOneBatchOfJourneysAtATime() {
        long journeys = 0;
        long touches = 0;
        int batches = 0;
        try (CsvReader<JourneyBatch> reader = open(new StreamingTest.GeneratedReader(
                "journey_id,timestamp,channel,campaign\n", TOUCHES, BatchStreamingTest::groupedTouch), 1000, true)) {
            while (reader.hasNext()) {
                JourneyBatch batch = reader.next();
                assertThat(batch.journeyCount()).isLessThanOrEqualTo(1000);
                assertThat(batch.touchpointCount()).isLessThanOrEqualTo(4000);
                journeys += batch.journeyCount();
                touches += batch.touchpointCount();
                batches++;
            }
        }
        assertThat(journeys).isEqualTo(JOURNEYS);
        assertThat(touches).isEqualTo(TOUCHES);
        assertThat(batches).isEqualTo(JOURNEYS / 1000);
    }
}
