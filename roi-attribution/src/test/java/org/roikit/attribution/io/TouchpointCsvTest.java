package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.Touchpoint;

class TouchpointCsvTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:15:30Z");
    private static final Instant T2 = Instant.parse("2026-03-02T08:00:00Z");

    private static List<Touchpoint> read(String csv) {
        try (Stream<Touchpoint> s = TouchpointCsv.open(new StringReader(csv), "touchpoints.csv").stream()) {
            return s.collect(Collectors.toList());
        }
    }

    private static CsvFormatException failure(String csv) {
        try {
            read(csv);
        } catch (CsvFormatException e) {
            return e;
        }
        throw new AssertionError("no CsvFormatException for " + csv);
    }

    @Test
    void readsTheRequiredColumns() {
        assertThat(read("journey_id,timestamp,channel\n"
                + "j-1,2026-03-01T10:15:30Z,linkedin\nj-2,2026-03-02T08:00:00Z,email\n"))
                .containsExactly(Touchpoint.of("j-1", T1, "linkedin"), Touchpoint.of("j-2", T2, "email"));
    }

    @Test
    void readsColumnsInAnyOrderAndKeepsTheOthersAsAttributes() {
        String csv = "note,type,channel,campaign,timestamp,journey_id,Channel\n"
                + "hello,click,linkedin,q1,2026-03-01T10:15:30Z,j-1,kept\n";
        assertThat(read(csv)).containsExactly(
                new Touchpoint("j-1", T1, "linkedin", Optional.of("q1"), Optional.of("click"))
                        .withAttribute("note", "hello").withAttribute("Channel", "kept"));
    }

    @Test
    void attributes_keepQuotedValuesExactlyAndTreatEmptyCellsAsAbsent() {
        String csv = "segment,journey_id,content_type,timestamp,channel\n"
                + "\"smb, EU\",j-1,,2026-03-01T10:15:30Z,linkedin\n"
                + ",j-2,\" webinar \",2026-03-02T08:00:00Z,email\n"
                + ",j-3,,2026-03-02T08:00:00Z,email\n";
        List<Touchpoint> touches = read(csv);
        assertThat(touches.get(0).attributes()).containsExactly(java.util.Map.entry("segment", "smb, EU"));
        assertThat(touches.get(1).attributes()).containsExactly(java.util.Map.entry("content_type", " webinar "));
        assertThat(touches.get(2).attributes()).isEmpty();
        assertThat(touches.get(2)).isEqualTo(new Touchpoint("j-3", T2, "email", Optional.empty(), Optional.empty()));
        assertThat(touches.get(0).attribute("segment")).contains("smb, EU");
        assertThat(touches.get(0).attribute("content_type")).isEmpty();
    }

    @Test
    void attributes_columnsWithABlankHeaderAreIgnored() {
        String csv = "journey_id,timestamp,channel, \nj-1,2026-03-01T10:15:30Z,linkedin,x\n";
        assertThat(read(csv)).containsExactly(Touchpoint.of("j-1", T1, "linkedin"));
    }

    @Test
    void attributes_rejectBlankValuesAsCampaignDoes() {
        assertThat(failure("journey_id,timestamp,channel,segment\nj,2026-03-01T10:15:30Z,x,\"  \"\n"))
                .hasMessage("touchpoints.csv:2: column 4 (segment): \"  \" must not be blank; leave the field"
                        + " empty when there is no segment");
    }

    @Test
    void emptyOptionalFieldsAreAbsent() {
        String csv = "journey_id,timestamp,channel,campaign,type\n"
                + "j-1,2026-03-01T10:15:30Z,linkedin,,\n"
                + "j-1,2026-03-02T08:00:00Z,email,\"\",view\n";
        assertThat(read(csv)).containsExactly(
                Touchpoint.of("j-1", T1, "linkedin"),
                new Touchpoint("j-1", T2, "email", Optional.empty(), Optional.of("view")));
    }

    @Test
    void readsInstantsAndOffsetDateTimes() {
        String csv = "journey_id,timestamp,channel\n"
                + "j,2026-03-01T10:15:30Z,a\n"
                + "j,2026-03-01T11:15:30+01:00,b\n"
                + "j,2026-03-01T05:15:30-05:00,c\n"
                + "j,2026-03-01T10:15Z,d\n"
                + "j,2026-03-01T10:15:30.250Z,e\n"
                + "j,2026-03-01t10:15:30z,f\n";
        assertThat(read(csv)).extracting(Touchpoint::instant).containsExactly(T1, T1, T1,
                Instant.parse("2026-03-01T10:15:00Z"), Instant.parse("2026-03-01T10:15:30.250Z"), T1);
    }

    @Test
    void keepsTextAsWrittenIncludingQuotedCommasAndLineBreaks() {
        String csv = "journey_id,timestamp,channel,campaign\n"
                + "\"j,1\",2026-03-01T10:15:30Z,\" LinkedIn \",\"spring \"\"launch\"\"\nwave 2\"\n";
        assertThat(read(csv)).containsExactly(
                Touchpoint.of("j,1", T1, " LinkedIn ", "spring \"launch\"\nwave 2"));
    }

    @Test
    void readsUtf8BytesWithByteOrderMarkAndCrlf() {
        byte[] bytes = "\uFEFFjourney_id,timestamp,channel\r\nk\u00fcnde-1,2026-03-01T10:15:30Z,\u5fae\u4fe1\r\n"
                .getBytes(StandardCharsets.UTF_8);
        try (CsvReader<Touchpoint> reader = TouchpointCsv.open(new ByteArrayInputStream(bytes), "tp.csv")) {
            assertThat(reader.next()).isEqualTo(Touchpoint.of("k\u00fcnde-1", T1, "\u5fae\u4fe1"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void sharesOneStringPerChannelCampaignAndConsecutiveJourneyId() {
        List<Touchpoint> touches = read("journey_id,timestamp,channel,campaign\n"
                + "j-1,2026-03-01T10:15:30Z,linkedin,q1\n"
                + "j-1,2026-03-01T10:15:30Z,email,q1\n"
                + "j-2,2026-03-01T10:15:30Z,linkedin,q1\n");
        assertThat(touches.get(0).journeyId()).isSameAs(touches.get(1).journeyId());
        assertThat(touches.get(0).channel()).isSameAs(touches.get(2).channel());
        assertThat(touches.get(0).campaign().orElseThrow()).isSameAs(touches.get(2).campaign().orElseThrow());
    }

    @Test
    void headerWithNoRecordsGivesNone() {
        assertThat(read("journey_id,timestamp,channel")).isEmpty();
        assertThat(read("journey_id,timestamp,channel\r\n\r\n")).isEmpty();
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:1: the input is empty; expected a header row with the columns"
                        + " journey_id, timestamp, channel and optionally campaign, type");
    }

    @Test
    void rejectsMissingColumnsNamingThem() {
        assertThatThrownBy(() -> read("journey_id,Timestamp,chan\nj,2026-03-01T10:15:30Z,x\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:1: the header lacks the required columns timestamp, channel"
                        + " (found: \"journey_id\", \"Timestamp\", \"chan\")");
        assertThatThrownBy(() -> read("\n\njourney_id,channel\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:3: the header lacks the required column timestamp"
                        + " (found: \"journey_id\", \"channel\")");
    }

    @Test
    void rejectsDuplicateColumns() {
        assertThatThrownBy(() -> read("journey_id,timestamp,channel,channel\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:1: column 4 (channel): the header names this column twice"
                        + " (also column 3)");
        assertThatThrownBy(() -> read("note,journey_id,timestamp,channel,note\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:1: column 5 (note): the header names this column twice (also column 1)");
    }

    @Test
    void rejectsRecordsWithTheWrongNumberOfFields() {
        CsvFormatException e = failure("journey_id,timestamp,channel\nj,2026-03-01T10:15:30Z,x\n"
                + "j,2026-03-01T10:15:30Z,x,extra\n");
        assertThat(e).hasMessage("touchpoints.csv:3: the record has 4 fields but the header has 3");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEmpty();
        assertThat(failure("journey_id,timestamp,channel\n   \n"))
                .hasMessage("touchpoints.csv:2: the record has 1 field but the header has 3");
    }

    @Test
    void rejectsBadTimestampsWithTheExactMessage() {
        String header = "journey_id,timestamp,channel\n";
        CsvFormatException e = failure(header + "j,2026-03-01T10:15:30Z,x\n" + "j,2026-13-01T00:00Z,x\n");
        assertThat(e).hasMessage("touchpoints.csv:3: column 2 (timestamp): \"2026-13-01T00:00Z\" is not an"
                + " ISO-8601 instant or offset date-time");
        assertThat(e.source()).isEqualTo("touchpoints.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).hasValue(2);
        assertThat(e.columnName()).hasValue("timestamp");
        assertThat(e.value()).hasValue("2026-13-01T00:00Z");
        assertThat(failure(header + "j,2026-02-30T10:00:00Z,x\n")).hasMessage("touchpoints.csv:2: column 2"
                + " (timestamp): \"2026-02-30T10:00:00Z\" is not an ISO-8601 instant or offset date-time");
        assertThat(failure(header + "j,2026-03-01,x\n")).hasMessage("touchpoints.csv:2: column 2 (timestamp):"
                + " \"2026-03-01\" is not an ISO-8601 instant or offset date-time");
        assertThat(failure(header + "j, 2026-03-01T10:15:30Z,x\n")).hasMessage("touchpoints.csv:2: column 2"
                + " (timestamp): \" 2026-03-01T10:15:30Z\" is not an ISO-8601 instant or offset date-time");
        assertThat(failure(header + "j,1772360130,x\n")).hasMessage("touchpoints.csv:2: column 2 (timestamp):"
                + " \"1772360130\" is not an ISO-8601 instant or offset date-time");
        assertThat(failure(header + "j,,x\n")).hasMessage("touchpoints.csv:2: column 2 (timestamp):"
                + " \"\" is not an ISO-8601 instant or offset date-time");
    }

    @Test
    void rejectsLocalDateTimesNamingTheMissingOffset() {
        assertThat(failure("journey_id,timestamp,channel\nj,2026-03-01T10:15:30,x\n"))
                .hasMessage("touchpoints.csv:2: column 2 (timestamp): \"2026-03-01T10:15:30\" is a date-time"
                        + " without an offset; write it as an instant (2026-03-01T10:15:30Z) or with its offset"
                        + " (2026-03-01T11:15:30+01:00)");
    }

    @Test
    void rejectsBlankRequiredText() {
        String header = "journey_id,timestamp,channel\n";
        assertThat(failure(header + ",2026-03-01T10:15:30Z,x\n"))
                .hasMessage("touchpoints.csv:2: column 1 (journey_id): \"\" must not be blank");
        assertThat(failure(header + "j,2026-03-01T10:15:30Z,\" \"\n"))
                .hasMessage("touchpoints.csv:2: column 3 (channel): \" \" must not be blank");
    }

    @Test
    void rejectsBlankOptionalText() {
        assertThat(failure("journey_id,timestamp,channel,campaign\nj,2026-03-01T10:15:30Z,x,\"  \"\n"))
                .hasMessage("touchpoints.csv:2: column 4 (campaign): \"  \" must not be blank; leave the field"
                        + " empty when there is no campaign");
        assertThat(failure("type,journey_id,timestamp,channel\n\t,j,2026-03-01T10:15:30Z,x\n"))
                .hasMessage("touchpoints.csv:2: column 1 (type): \"\\t\" must not be blank; leave the field"
                        + " empty when there is no type");
    }

    @Test
    void reportsTheLineWhereTheBadFieldStarts() {
        String csv = "journey_id,campaign,timestamp,channel\n"
                + "j,\"two\nlines\",2026-03-01T10:15:30Z,x\n"
                + "j,\"three\r\nlong\r\nlines\",2026-03-01T10:15:30Z,x\n"
                + "j,\"a\nb\",noon,x\n";
        CsvFormatException e = failure(csv);
        // The record starts on line 7; its timestamp field on line 8, after the quoted line break.
        assertThat(e).hasMessage("touchpoints.csv:8: column 3 (timestamp): \"noon\" is not an ISO-8601 instant"
                + " or offset date-time");
    }

    @Test
    void returnsTheRecordsBeforeABadOneAndThenFailsForGood() {
        String csv = "journey_id,timestamp,channel\nj,2026-03-01T10:15:30Z,a\nj,bad,b\nj,2026-03-01T10:15:30Z,c\n";
        CsvReader<Touchpoint> reader = TouchpointCsv.open(new StringReader(csv), "touchpoints.csv");
        assertThat(reader.next()).isEqualTo(Touchpoint.of("j", T1, "a"));
        assertThatThrownBy(reader::hasNext).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("touchpoints.csv:3: column 2 (timestamp): \"bad\"");
        assertThatThrownBy(reader::hasNext).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("touchpoints.csv:3: column 2 (timestamp): \"bad\"");
        assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("touchpoints.csv:3:");
        reader.close();
    }

    @Test
    void nextAtTheEndThrowsNoSuchElement() {
        CsvReader<Touchpoint> reader = TouchpointCsv.open(new StringReader("journey_id,timestamp,channel\n"), "t");
        assertThat(reader.hasNext()).isFalse();
        assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class).hasMessage("no more records");
    }

    @Test
    void closesTheInputAtTheEndOnErrorAndOnClose() {
        AtomicBoolean closedAtEnd = new AtomicBoolean();
        CsvReader<Touchpoint> atEnd = TouchpointCsv.open(closing("journey_id,timestamp,channel\n", closedAtEnd), "t");
        assertThat(closedAtEnd).isFalse();
        assertThat(atEnd.hasNext()).isFalse();
        assertThat(closedAtEnd).isTrue();

        AtomicBoolean closedOnError = new AtomicBoolean();
        CsvReader<Touchpoint> onError = TouchpointCsv.open(closing("journey_id,timestamp,channel\nj,x,y\n",
                closedOnError), "t");
        assertThatThrownBy(onError::hasNext).isInstanceOf(CsvFormatException.class);
        assertThat(closedOnError).isTrue();

        AtomicBoolean closedByStream = new AtomicBoolean();
        Stream<Touchpoint> stream = TouchpointCsv.open(closing("journey_id,timestamp,channel\n"
                + "j,2026-03-01T10:15:30Z,y\nj,2026-03-01T10:15:30Z,z\n", closedByStream), "t").stream();
        assertThat(stream.findFirst()).hasValue(Touchpoint.of("j", T1, "y"));
        assertThat(closedByStream).isFalse();
        stream.close();
        assertThat(closedByStream).isTrue();

        AtomicBoolean closedOnBadHeader = new AtomicBoolean();
        assertThatThrownBy(() -> TouchpointCsv.open(closing("journey_id\n", closedOnBadHeader), "t"))
                .isInstanceOf(CsvFormatException.class);
        assertThat(closedOnBadHeader).isTrue();
    }

    @Test
    void closeFailuresAreUncheckedIoErrorsNamingTheSource() {
        CsvReader<Touchpoint> atEnd = TouchpointCsv.open(failingClose("journey_id,timestamp,channel\n"), "t.csv");
        assertThatThrownBy(atEnd::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasMessage("t.csv: cannot read: IOException: stuck");
        assertThatThrownBy(atEnd::hasNext).isInstanceOf(UncheckedIOException.class);

        CsvReader<Touchpoint> closed = TouchpointCsv.open(failingClose("journey_id,timestamp,channel\n"), "t.csv");
        assertThatThrownBy(closed::close).isInstanceOf(UncheckedIOException.class)
                .hasMessage("t.csv: cannot read: IOException: stuck");
        closed.close();

        CsvReader<Touchpoint> onError = TouchpointCsv.open(failingClose("journey_id,timestamp,channel\nj,x,y\n"),
                "t.csv");
        assertThatThrownBy(onError::hasNext).isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .isInstanceOf(UncheckedIOException.class));
    }

    private static java.io.Reader failingClose(String text) {
        return new java.io.FilterReader(new StringReader(text)) {
            @Override
            public void close() throws IOException {
                throw new IOException("stuck");
            }
        };
    }

    @Test
    void refusesToReadAfterClose() {
        CsvReader<Touchpoint> reader = TouchpointCsv.open(new StringReader("journey_id,timestamp,channel\n"), "t");
        reader.close();
        reader.close();
        assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessage("the reader is closed");
    }

    @Test
    void readAll_readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("touchpoints.csv");
        Files.writeString(file, "journey_id,timestamp,channel\r\nj-1,2026-03-01T10:15:30Z,linkedin\r\n");
        assertThat(TouchpointCsv.readAll(file)).containsExactly(Touchpoint.of("j-1", T1, "linkedin"));
        try (CsvReader<Touchpoint> reader = TouchpointCsv.open(file)) {
            assertThat(reader.next()).isEqualTo(Touchpoint.of("j-1", T1, "linkedin"));
        }
    }

    @Test
    void errorsNameTheFileByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tp.csv");
        Files.writeString(file, "journey_id,timestamp,channel\nj-1,yesterday,linkedin\n");
        assertThatThrownBy(() -> TouchpointCsv.readAll(file))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage(file + ":2: column 2 (timestamp): \"yesterday\" is not an ISO-8601 instant or offset"
                        + " date-time");
    }

    @Test
    void missingFileIsAnUncheckedIoErrorNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> TouchpointCsv.open(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(file + ": cannot read: no such file");
    }

    @Test
    void factoriesRejectNulls() {
        assertThatThrownBy(() -> TouchpointCsv.open((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> TouchpointCsv.open(new StringReader(""), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
        assertThatThrownBy(() -> TouchpointCsv.open((java.io.Reader) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
        assertThatThrownBy(() -> TouchpointCsv.open((java.io.InputStream) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
    }

    @Test
    void columnListsFollowTheFormat() {
        assertThat(TouchpointCsv.REQUIRED_COLUMNS).containsExactly("journey_id", "timestamp", "channel");
        assertThat(TouchpointCsv.OPTIONAL_COLUMNS).containsExactly("campaign", "type");
    }

    static StringReader closing(String text, AtomicBoolean closed) {
        return new StringReader(text) {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };
    }

    @Test
    void rejectsTheReportsOwnRowNamesAsChannelOrCampaign() {
        assertThatThrownBy(() -> read("journey_id,timestamp,channel\nj1,2026-03-01T10:00:00Z,(unassigned)\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:2: column 3 (channel): \"(unassigned)\" is a name reserved for the"
                        + " report's own rows [(unattributed), (unassigned), (none)]; rename the channel or campaign");
        assertThatThrownBy(() -> read("journey_id,timestamp,channel,campaign\nj1,2026-03-01T10:00:00Z,email,(none)\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("touchpoints.csv:2: column 4 (campaign): \"(none)\" is a name reserved for the"
                        + " report's own rows [(unattributed), (unassigned), (none)]; rename the channel or campaign");
    }
}
