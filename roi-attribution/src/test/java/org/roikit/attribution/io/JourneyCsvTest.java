package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.Journey;
import org.roikit.attribution.JourneyConversion;
import org.roikit.attribution.Touchpoint;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class JourneyCsvTest {

    private static final String TP = "journey_id,timestamp,channel\n";
    private static final String CONV = "journey_id,timestamp,value,currency\n";

    private static Instant day(int d) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", d));
    }

    private static Conversion sale(String id, int d, String value, String currency) {
        return Conversion.of(id, day(d), Money.of(value, currency), Conversion.SALE);
    }

    private static CsvReader<Touchpoint> touchpoints(String csv) {
        return TouchpointCsv.open(new StringReader(csv), "tp.csv");
    }

    private static CsvReader<JourneyConversion> conversions(String csv) {
        return ConversionCsv.open(new StringReader(csv), "conv.csv");
    }

    private static List<Journey> sorted(String tp, String conv) {
        try (Stream<Journey> s = JourneyCsv.openSorted(touchpoints(tp), conversions(conv)).stream()) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void join_acceptsAnyOrderAndKeepsFileOrderForTies() {
        String tp = TP
                + "b,2026-03-02T00:00:00Z,email\n"
                + "a,2026-03-03T00:00:00Z,direct\n"
                + "b,2026-03-01T00:00:00Z,linkedin\n"
                + "d,2026-03-05T00:00:00Z,tiktok\n"
                + "a,2026-03-03T00:00:00Z,search\n";
        String conv = CONV
                + "a,2026-03-04T00:00:00Z,10.00,EUR\n"
                + "c,2026-03-04T00:00:00Z,5,JPY\n"
                + "b,2026-03-06T00:00:00Z,1.000,BHD\n"
                + "a,2026-03-03T00:00:00Z,20.00,EUR\n";
        List<Journey> journeys = JourneyCsv.join(touchpoints(tp), conversions(conv));
        assertThat(journeys).containsExactly(
                Journey.of("b", List.of(Touchpoint.of("b", day(1), "linkedin"), Touchpoint.of("b", day(2), "email")),
                        List.of(sale("b#1", 6, "1.000", "BHD"))),
                Journey.of("a", List.of(Touchpoint.of("a", day(3), "direct"), Touchpoint.of("a", day(3), "search")),
                        List.of(sale("a#2", 3, "20.00", "EUR"), sale("a#1", 4, "10.00", "EUR"))),
                Journey.of("d", List.of(Touchpoint.of("d", day(5), "tiktok")), List.of()),
                Journey.of("c", List.of(), List.of(sale("c#1", 4, "5", "JPY"))));
        assertThat(journeys.get(1).touchpoints()).extracting(Touchpoint::channel).containsExactly("direct", "search");
    }

    @Test
    void join_ofNothingIsEmpty() {
        assertThat(JourneyCsv.join(touchpoints(TP), conversions(CONV))).isEmpty();
    }

    @Test
    void join_rejectsNulls() {
        assertThatThrownBy(() -> JourneyCsv.join(null, List.<JourneyConversion>of().iterator()))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints");
        assertThatThrownBy(() -> JourneyCsv.join(List.<Touchpoint>of().iterator(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversions");
    }

    @Test
    void readAll_joinsTwoFiles(@TempDir Path dir) throws IOException {
        Path tp = Files.writeString(dir.resolve("tp.csv"), TP + "j,2026-03-01T00:00:00Z,email\n");
        Path conv = Files.writeString(dir.resolve("conv.csv"), CONV + "j,2026-03-02T00:00:00Z,9.99,EUR\n");
        assertThat(JourneyCsv.readAll(tp, conv)).containsExactly(
                Journey.of("j", List.of(Touchpoint.of("j", day(1), "email")), List.of(sale("j#1", 2, "9.99", "EUR"))));
    }

    @Test
    void readAll_namesTheMissingFile(@TempDir Path dir) throws IOException {
        Path tp = Files.writeString(dir.resolve("tp.csv"), TP);
        Path missing = dir.resolve("conv.csv");
        assertThatThrownBy(() -> JourneyCsv.readAll(tp, missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": cannot read: no such file");
        assertThatThrownBy(() -> JourneyCsv.openSorted(tp, missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": cannot read: no such file");
    }

    @Test
    void openSorted_mergesByIdAndEmitsJourneysFromEitherFile() {
        String tp = TP
                + "a,2026-03-02T00:00:00Z,email\n"
                + "a,2026-03-01T00:00:00Z,linkedin\n"
                + "b,2026-03-01T00:00:00Z,search\n"
                + "d,2026-03-01T00:00:00Z,direct\n";
        String conv = CONV
                + "a,2026-03-05T00:00:00Z,1.00,EUR\n"
                + "a,2026-03-04T00:00:00Z,2.00,EUR\n"
                + "c,2026-03-04T00:00:00Z,3.00,EUR\n"
                + "d,2026-03-04T00:00:00Z,4.00,EUR\n"
                + "e,2026-03-04T00:00:00Z,5.00,EUR\n";
        assertThat(sorted(tp, conv)).containsExactly(
                Journey.of("a", List.of(Touchpoint.of("a", day(1), "linkedin"), Touchpoint.of("a", day(2), "email")),
                        List.of(sale("a#2", 4, "2.00", "EUR"), sale("a#1", 5, "1.00", "EUR"))),
                Journey.of("b", List.of(Touchpoint.of("b", day(1), "search")), List.of()),
                Journey.of("c", List.of(), List.of(sale("c#1", 4, "3.00", "EUR"))),
                Journey.of("d", List.of(Touchpoint.of("d", day(1), "direct")), List.of(sale("d#1", 4, "4.00", "EUR"))),
                Journey.of("e", List.of(), List.of(sale("e#1", 4, "5.00", "EUR"))));
    }

    @Test
    void openSorted_givesTheSameJourneysAsTheInMemoryJoin() {
        String tp = TP + "a,2026-03-01T00:00:00Z,x\nb,2026-03-01T00:00:00Z,y\nb,2026-03-02T00:00:00Z,z\n";
        String conv = CONV + "a,2026-03-03T00:00:00Z,1,EUR\na,2026-03-04T00:00:00Z,1,EUR\n"
                + "c,2026-03-04T00:00:00Z,1,EUR\n";
        assertThat(sorted(tp, conv)).isEqualTo(JourneyCsv.join(touchpoints(tp), conversions(conv)));
    }

    @Test
    void openSorted_ofEmptyFilesIsEmpty() {
        assertThat(sorted(TP, CONV)).isEmpty();
    }

    @Test
    void openSorted_rejectsUnsortedTouchpointsNamingFileAndLine() {
        String tp = TP + "a,2026-03-01T00:00:00Z,x\nc,2026-03-01T00:00:00Z,y\nb,2026-03-01T00:00:00Z,z\n";
        try (CsvReader<Journey> journeys = JourneyCsv.openSorted(touchpoints(tp), conversions(CONV))) {
            assertThat(journeys.next().id()).isEqualTo("a");
            assertThatThrownBy(journeys::hasNext)
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("tp.csv:4: column 1 (journey_id): \"b\" comes after \"c\" but sorts before it; for the"
                            + " streaming join both files must be sorted by journey_id (in code point order, as"
                            + " LC_ALL=C sort does)");
            assertThatThrownBy(journeys::hasNext).isInstanceOf(CsvFormatException.class);
        }
    }

    @Test
    void openSorted_rejectsGroupedButUnsortedConversions() {
        String conv = "value,currency,timestamp,journey_id\n"
                + "1,EUR,2026-03-01T00:00:00Z,j-9\n"
                + "1,EUR,2026-03-01T00:00:00Z,j-9\n"
                + "1,EUR,2026-03-01T00:00:00Z,j-10\n";
        assertThatThrownBy(() -> sorted(TP, conv))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conv.csv:4: column 4 (journey_id): \"j-10\" comes after \"j-9\" but sorts before it; for"
                        + " the streaming join both files must be sorted by journey_id (in code point order, as"
                        + " LC_ALL=C sort does)");
    }

    @Test
    void openSorted_passesOnBadRecords() {
        assertThatThrownBy(() -> sorted(TP + "a,soon,x\n", CONV))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("tp.csv:2: column 2 (timestamp): \"soon\" is not an ISO-8601 instant or offset date-time");
    }

    @Test
    void openSorted_readsFiles(@TempDir Path dir) throws IOException {
        Path tp = Files.writeString(dir.resolve("tp.csv"), TP + "a,2026-03-01T00:00:00Z,x\nb,2026-03-01T00:00:00Z,y\n");
        Path conv = Files.writeString(dir.resolve("conv.csv"), CONV + "b,2026-03-02T00:00:00Z,1.00,EUR\n");
        try (CsvReader<Journey> journeys = JourneyCsv.openSorted(tp, conv)) {
            assertThat(journeys.next()).isEqualTo(Journey.of("a", List.of(Touchpoint.of("a", day(1), "x")), List.of()));
            assertThat(journeys.next()).isEqualTo(Journey.of("b", List.of(Touchpoint.of("b", day(1), "y")),
                    List.of(sale("b#1", 2, "1.00", "EUR"))));
            assertThat(journeys.hasNext()).isFalse();
        }
    }

    @Test
    void openSorted_closesBothInputs() {
        AtomicBoolean tpClosed = new AtomicBoolean();
        AtomicBoolean convClosed = new AtomicBoolean();
        CsvReader<Journey> journeys = JourneyCsv.openSorted(
                TouchpointCsv.open(TouchpointCsvTest.closing(TP + "a,2026-03-01T00:00:00Z,x\n", tpClosed), "tp.csv"),
                ConversionCsv.open(TouchpointCsvTest.closing(CONV, convClosed), "conv.csv"));
        assertThat(journeys.hasNext()).isTrue();
        journeys.close();
        assertThat(tpClosed).isTrue();
        assertThat(convClosed).isTrue();
    }

    @Test
    void openSorted_rejectsReadersAlreadyReadFrom() {
        CsvReader<Touchpoint> started = touchpoints(TP);
        started.hasNext();
        assertThatThrownBy(() -> JourneyCsv.openSorted(started, conversions(CONV)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touchpoints must be a reader from which nothing has been read");
        CsvReader<JourneyConversion> startedConversions = conversions(CONV);
        startedConversions.hasNext();
        assertThatThrownBy(() -> JourneyCsv.openSorted(touchpoints(TP), startedConversions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversions must be a reader from which nothing has been read");
    }

    @Test
    void openSorted_rejectsNulls() {
        assertThatThrownBy(() -> JourneyCsv.openSorted(null, conversions(CONV)))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints");
        assertThatThrownBy(() -> JourneyCsv.openSorted(touchpoints(TP), null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversions");
        assertThatThrownBy(() -> JourneyCsv.openSorted((Path) null, Path.of("x")))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints");
        assertThatThrownBy(() -> JourneyCsv.openSorted(Path.of("x"), (Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversions");
        assertThatThrownBy(() -> JourneyCsv.readAll(null, Path.of("x")))
                .isInstanceOf(NullPointerException.class).hasMessage("touchpoints");
        assertThatThrownBy(() -> JourneyCsv.readAll(Path.of("x"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("conversions");
    }

    @Test
    void compareIds_ordersByCodePoint() {
        assertThat(JourneyCsv.compareIds("a", "b")).isNegative();
        assertThat(JourneyCsv.compareIds("a", "ab")).isNegative();
        assertThat(JourneyCsv.compareIds("j-10", "j-9")).isNegative();
        assertThat(JourneyCsv.compareIds("Z", "a")).isNegative();
        assertThat(JourneyCsv.compareIds("z", "\u00e9")).isNegative();
        assertThat(JourneyCsv.compareIds("same", "same")).isZero();
        // U+FFFD sorts before U+1F600, though its UTF-16 unit is larger than the surrogate's.
        assertThat(JourneyCsv.compareIds("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat(JourneyCsv.compareIds("\uD83D\uDE00", "\uFFFD")).isPositive();
        assertThat(JourneyCsv.compareIds("\uD83D\uDE00", "\uD83D\uDE01")).isNegative();
    }
}
