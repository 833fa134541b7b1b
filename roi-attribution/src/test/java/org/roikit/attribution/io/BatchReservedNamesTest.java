package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch readers refuse the reports' own row names as the object readers do. */
class BatchReservedNamesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readBatch_refusesAReservedCampaign_withFileLineAndColumn() throws IOException {
        Path touchpoints = file("tp.csv", "journey_id,timestamp,channel,campaign\n"
                + "j1,2026-03-01T10:00:00Z,email,(none)\n");
        Path conversions = file("cv.csv", "journey_id,timestamp,value,currency\nj1,2026-03-02T10:00:00Z,10.00,EUR\n");
        String prefix = dir.resolve("tp.csv") + ":2: column 4 (campaign): \"(none)\" is a name reserved";
        assertThatThrownBy(() -> JourneyCsv.readBatch(touchpoints, conversions))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith(prefix);
    }

    @Test
    void openSortedBatches_refusesAReservedChannel_butNotOtherParenthesisedNames() throws IOException {
        Path conversions = file("cv.csv", "journey_id,timestamp,value,currency\nj1,2026-03-02T10:00:00Z,10.00,EUR\n");
        Path bad = file("bad.csv", "journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,(unattributed)\n");
        assertThatThrownBy(() -> {
            try (CsvReader<?> batches = JourneyCsv.openSortedBatches(bad, conversions)) {
                batches.forEachRemaining(b -> { });
            }
        }).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith(dir.resolve("bad.csv") + ":2: column 3 (channel): \"(unattributed)\" is a name reserved");
        Path direct = file("direct.csv", "journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,(direct)\n");
        assertThat(JourneyCsv.readBatch(direct, conversions).touchpointCount()).isEqualTo(1);
    }
}
