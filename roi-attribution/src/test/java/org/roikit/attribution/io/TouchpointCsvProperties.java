package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.roikit.attribution.Touchpoint;

class TouchpointCsvProperties {

    private static final String[] PIECES = {"a", "Z", "7", " ", ",", "\"", "\n", "\r\n", "-", "\u00fc", "\u5fae",
        "\uD83D\uDE80"};

    /** Text that is never blank: it starts with a letter. */
    private static Gen<String> texts() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 6).map(ix -> {
            StringBuilder sb = new StringBuilder("x");
            ix.forEach(i -> sb.append(PIECES[i]));
            return sb.toString();
        });
    }

    private static Gen<Touchpoint> touchpoints() {
        Gen<Instant> instants = longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        Gen<Optional<String>> optional = booleans().all().zip(texts(), (present, t) -> present ? Optional.of(t)
                : Optional.<String>empty());
        return texts().zip(instants, texts(), optional, optional,
                (j, at, channel, campaign, type) -> new Touchpoint(j, at, channel, campaign, type));
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    @Test
    void touchpointsWrittenAndReadBackAreEqual() {
        qt().forAll(lists().of(touchpoints()).ofSizeBetween(0, 20), integers().between(-18 * 4, 18 * 4))
                .checkAssert((touches, quarterHours) -> {
                    StringBuilder csv = new StringBuilder("type,campaign,timestamp,channel,journey_id\r\n");
                    for (Touchpoint t : touches) {
                        String at = quarterHours % 2 == 0 ? t.instant().toString()
                                : OffsetDateTime.ofInstant(t.instant(), ZoneOffset.ofTotalSeconds(quarterHours * 900))
                                        .toString();
                        csv.append(quoted(t.type().orElse(""))).append(',')
                                .append(t.campaign().map(TouchpointCsvProperties::quoted).orElse("")).append(',')
                                .append(at).append(',')
                                .append(quoted(t.channel())).append(',')
                                .append(quoted(t.journeyId())).append("\r\n");
                    }
                    List<Touchpoint> read = new ArrayList<>();
                    try (CsvReader<Touchpoint> reader = TouchpointCsv.open(new ByteArrayInputStream(
                            csv.toString().getBytes(StandardCharsets.UTF_8)), "p.csv")) {
                        reader.forEachRemaining(read::add);
                    }
                    assertThat(read).isEqualTo(touches);
                });
    }
}
