package org.roikit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;
import org.roikit.attribution.io.CsvReader;
import org.roikit.attribution.io.JourneyCsv;

class JourneyGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void geometric_isDeterministicPerSeed() {
        assertThat(JourneyGenerator.geometric(42, 500).toJourneys())
                .isEqualTo(JourneyGenerator.geometric(42, 500).toJourneys())
                .isNotEqualTo(JourneyGenerator.geometric(43, 500).toJourneys());
    }

    @Test
    void geometric_hasMeanLengthFourAndThirtyPercentConverted() {
        JourneyBatch batch = JourneyGenerator.geometric(1, 200_000);
        assertThat(batch.touchpoints() / 200_000.0).isBetween(3.95, 4.05);
        assertThat(batch.conversions() / 200_000.0).isBetween(0.295, 0.305);
        int ones = 0;
        for (int j = 0; j < batch.journeys(); j++) {
            if (batch.touchStart(j + 1) - batch.touchStart(j) == 1) {
                ones++;
            }
        }
        // Geometric with mean 4: P(length = 1) = 1/4.
        assertThat(ones / 200_000.0).isBetween(0.245, 0.255);
    }

    @Test
    void fixedLength_givesEveryJourneyThatLength() {
        JourneyBatch batch = JourneyGenerator.fixedLength(3, 10, 32);
        assertThat(batch.touchpoints()).isEqualTo(320);
        assertThat(batch.toJourneys()).allSatisfy(j -> assertThat(j.touchpoints()).hasSize(32));
    }

    @Test
    void journeys_haveStrictlyIncreasingTouchesAndAConversionAfterTheLast() {
        for (Journey j : JourneyGenerator.fixedLength(5, 2_000, 256).toJourneys()) {
            for (int i = 1; i < j.touchpoints().size(); i++) {
                assertThat(j.touchpoints().get(i).instant()).isAfter(j.touchpoints().get(i - 1).instant());
            }
            if (j.isConverted()) {
                assertThat(j.conversions()).hasSize(1);
                assertThat(j.conversions().get(0).instant()).isAfterOrEqualTo(j.touchpoints().get(255).instant());
                // Within the default 90-day lookback, so every touch is eligible.
                assertThat(j.touchpoints().get(0).instant().plusSeconds(90L * 86_400))
                        .isAfterOrEqualTo(j.conversions().get(0).instant());
                assertThat(j.conversions().get(0).value().currency().getCurrencyCode()).isEqualTo("EUR");
            }
        }
    }

    @Test
    void journeyId_isZeroPaddedSoIdOrderIsNumberOrder() {
        assertThat(JourneyBatch.journeyId(0)).isEqualTo("j00000000");
        assertThat(JourneyBatch.journeyId(1_000_000)).isEqualTo("j01000000");
        assertThat(JourneyBatch.journeyId(9)).isLessThan(JourneyBatch.journeyId(10));
    }

    @Test
    void writeCsv_writesTheDocumentedFormat() throws IOException {
        JourneyBatch batch = JourneyGenerator.fixedLength(9, 1, 2);
        Path t = dir.resolve("t.csv");
        Path c = dir.resolve("c.csv");
        batch.writeCsv(t, c);
        List<String> touches = Files.readAllLines(t, StandardCharsets.UTF_8);
        assertThat(touches).hasSize(3);
        assertThat(touches.get(0)).isEqualTo("journey_id,timestamp,channel");
        assertThat(touches.get(1)).matches("j00000000,2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,[a-z_]+");
        assertThat(Files.readAllLines(c, StandardCharsets.UTF_8).get(0))
                .isEqualTo("journey_id,timestamp,value,currency,conversion_id");
    }

    @Test
    void writeCsv_sorted_readsBackAsTheSameJourneys_streaming() {
        JourneyBatch batch = JourneyGenerator.geometric(17, 3_000);
        Path t = dir.resolve("t.csv");
        Path c = dir.resolve("c.csv");
        batch.writeCsv(t, c);
        List<Journey> read = new ArrayList<>();
        try (CsvReader<Journey> reader = JourneyCsv.openSorted(t, c)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(batch.toJourneys());
    }

    @Test
    void writeCsv_shuffled_readsBackAsTheSameJourneys_inMemory() throws IOException {
        JourneyBatch batch = JourneyGenerator.geometric(19, 2_000);
        Path t = dir.resolve("t.csv");
        Path c = dir.resolve("c.csv");
        batch.writeShuffledCsv(t, c, 5L);
        List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
        List<String> rows = lines.subList(1, lines.size());
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.naturalOrder());
        assertThat(rows).isNotEqualTo(sorted);
        List<Journey> read = new ArrayList<>(JourneyCsv.readAll(t, c));
        read.sort(Comparator.comparing(Journey::id));
        assertThat(read).isEqualTo(batch.toJourneys());
    }

    @Test
    void toColumns_holdsTheSameJourneys_andGivesTheSameReports() {
        JourneyBatch batch = JourneyGenerator.geometric(29, 2_000);
        org.roikit.attribution.JourneyBatch columns = batch.toColumns();
        assertThat(columns.journeyCount()).isEqualTo(2_000);
        assertThat(columns.touchpointCount()).isEqualTo(batch.touchpoints());
        assertThat(columns.conversionCount()).isEqualTo(batch.conversions());
        assertThat(columns.channels()).isEqualTo(org.roikit.attribution.JourneyBatch.of(batch.toJourneys()).channels());
        for (AttributionModel model : AttributionModel.all()) {
            assertThat(Attribution.of(model).attribute(columns)).as(model.toString())
                    .isEqualTo(Attribution.of(model).attribute(batch.toJourneys()));
        }
        JourneyBatch lengthOne = JourneyGenerator.fixedLength(31, 50, 1);
        assertThat(Attribution.of(AttributionModel.linear()).attribute(lengthOne.toColumns()))
                .isEqualTo(Attribution.of(AttributionModel.linear()).attribute(lengthOne.toJourneys()));
    }

    @Test
    void lazyJourneys_buildTheSameJourneys() {
        JourneyBatch batch = JourneyGenerator.geometric(23, 300);
        assertThat(batch.lazyJourneys()).isEqualTo(batch.toJourneys());
        assertThat(batch.toString()).isEqualTo("300 journeys, " + batch.touchpoints() + " touchpoints, "
                + batch.conversions() + " conversions");
    }

    @Test
    void generators_rejectEmptySizes() {
        assertThatThrownBy(() -> JourneyGenerator.geometric(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("journeys (0) must be >= 1");
        assertThatThrownBy(() -> JourneyGenerator.fixedLength(1, 5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("length (0) must be >= 1");
    }
}
