package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.JourneyBatch;

class JourneyCsvBatchTest {

    private static final Attribution LINEAR = Attribution.of(AttributionModel.linear());

    private static final String TP = "journey_id,timestamp,channel,campaign\n"
            + "a,2026-03-01T00:00:00Z,email,q1\n"
            + "a,2026-03-02T10:00:00+02:00,linkedin,\n"
            + "b,2026-03-01T00:00:00.250Z,direct,\n"
            + "c,2026-03-03T00:00:00Z,email,\n";
    private static final String CONV = "journey_id,timestamp,value,currency\n"
            + "a,2026-03-04T00:00:00Z,10.00,EUR\n"
            + "b,2026-03-04T00:00:00Z,5000,JPY\n"
            + "d,2026-03-04T00:00:00Z,3.5,EUR\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<JourneyBatch> all(CsvReader<JourneyBatch> reader) {
        List<JourneyBatch> batches = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(batches::add);
        }
        return batches;
    }

    private static AttributionReport attribute(List<JourneyBatch> batches) {
        Attribution.Accumulator accumulator = LINEAR.newAccumulator();
        batches.forEach(accumulator::add);
        return accumulator.finish();
    }

    @Test
    void batchReaders_giveTheJourneysOfReadAll() throws IOException {
        Path tp = write("tp.csv", TP);
        Path conv = write("conv.csv", CONV);
        AttributionReport expected = LINEAR.attribute(JourneyCsv.readAll(tp, conv));
        assertThat(all(JourneyCsv.openSortedBatches(tp, conv))).singleElement()
                .satisfies(b -> assertThat(b.journeyCount()).isEqualTo(4));
        assertThat(attribute(all(JourneyCsv.openSortedBatches(tp, conv)))).isEqualTo(expected);
        assertThat(all(JourneyCsv.openSortedBatches(tp, conv, 3))).extracting(JourneyBatch::journeyCount)
                .containsExactly(3, 1);
        assertThat(attribute(all(JourneyCsv.openSortedBatches(tp, conv, 1)))).isEqualTo(expected);
        assertThat(all(JourneyCsv.openBatches(tp, conv))).singleElement()
                .satisfies(b -> assertThat(b.touchpointCount()).isEqualTo(4));
        assertThat(all(JourneyCsv.openBatches(tp, conv, 2))).extracting(JourneyBatch::journeyCount)
                .containsExactly(2, 2);
        assertThat(attribute(all(JourneyCsv.openBatches(tp, conv, 2)))).isEqualTo(expected);
        JourneyBatch whole = JourneyCsv.readBatch(tp, conv);
        assertThat(whole.journeyCount()).isEqualTo(4);
        assertThat(whole.conversionCount()).isEqualTo(3);
        assertThat(LINEAR.attribute(whole)).isEqualTo(expected);
        assertThat(JourneyCsv.DEFAULT_BATCH_JOURNEYS).isEqualTo(65_536);
    }

    @Test
    void anyOrderReader_keepsInstantsCenturiesApartAndNanoseconds() throws IOException {
        String tp = "journey_id,timestamp,channel\n"
                + "x,2150-01-01T00:00:00.000000001Z,email\n"
                + "y,1900-01-01T00:00:00Z,direct\n"
                + "x,2150-01-01T00:00:00Z,linkedin\n"
                + "y,1899-12-31T23:59:59.5Z,email\n";
        String conv = "journey_id,timestamp,value,currency\n"
                + "y,1900-01-02T00:00:00Z,1.00,EUR\n"
                + "x,2150-01-02T00:00:00Z,1.00,EUR\n";
        Path t = write("tp.csv", tp);
        Path c = write("conv.csv", conv);
        for (AttributionModel model : AttributionModel.all()) {
            Attribution engine = Attribution.of(model);
            assertThat(engine.attribute(JourneyCsv.readBatch(t, c))).isEqualTo(engine.attribute(JourneyCsv.readAll(t, c)));
        }
    }

    @Test
    void headerOnlyFiles_giveNoBatches() throws IOException {
        Path tp = write("tp.csv", "journey_id,timestamp,channel\n");
        Path conv = write("conv.csv", "journey_id,timestamp,value,currency\n");
        assertThat(all(JourneyCsv.openSortedBatches(tp, conv))).isEmpty();
        assertThat(all(JourneyCsv.openBatches(tp, conv))).isEmpty();
        assertThat(JourneyCsv.readBatch(tp, conv).journeyCount()).isZero();
    }

    @Test
    void badRecords_throwFromHasNext_badHeadersFromOpen() throws IOException {
        Path tp = write("tp.csv", TP + "e,yesterday,email,\n");
        Path conv = write("conv.csv", CONV);
        for (CsvReader<JourneyBatch> reader : List.of(JourneyCsv.openBatches(tp, conv),
                JourneyCsv.openSortedBatches(tp, conv))) {
            try (reader) {
                assertThatThrownBy(reader::hasNext).isInstanceOf(CsvFormatException.class)
                        .hasMessage(tp + ":6: column 2 (timestamp): \"yesterday\" is not an ISO-8601 instant or offset"
                                + " date-time");
            }
        }
        Path noChannel = write("bad.csv", "journey_id,timestamp\n");
        assertThatThrownBy(() -> JourneyCsv.openBatches(noChannel, conv)).isInstanceOf(CsvFormatException.class)
                .hasMessage(noChannel + ":1: the header lacks the required column channel (found: \"journey_id\","
                        + " \"timestamp\")");
        assertThatThrownBy(() -> JourneyCsv.openSortedBatches(tp, noChannel)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith(noChannel + ":1: the header lacks the required columns value, currency");
    }

    @Test
    void batchReaders_rejectBadArguments() throws IOException {
        Path tp = write("tp.csv", TP);
        Path conv = write("conv.csv", CONV);
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> JourneyCsv.openBatches(tp, missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": cannot read: no such file");
        assertThatThrownBy(() -> JourneyCsv.openSortedBatches(missing, conv)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": cannot read: no such file");
        assertThatThrownBy(() -> JourneyCsv.readBatch(tp, missing)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> JourneyCsv.openBatches(tp, conv, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxJourneys (0) must be >= 1");
        assertThatThrownBy(() -> JourneyCsv.openSortedBatches(tp, conv, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxJourneys (-1) must be >= 1");
        assertThatThrownBy(() -> JourneyCsv.openBatches(null, conv)).isInstanceOf(NullPointerException.class)
                .hasMessage("touchpoints");
        assertThatThrownBy(() -> JourneyCsv.openSortedBatches(tp, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("conversions");
        assertThatThrownBy(() -> JourneyCsv.readBatch(null, conv)).isInstanceOf(NullPointerException.class)
                .hasMessage("touchpoints");
    }
}
