package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.JourneyConversion;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class ConversionCsvTest {

    private static final Instant T1 = Instant.parse("2026-03-04T16:00:00Z");
    private static final String HEADER = "journey_id,timestamp,value,currency\n";

    private static List<JourneyConversion> read(String csv) {
        try (Stream<JourneyConversion> s = ConversionCsv.open(new StringReader(csv), "conversions.csv").stream()) {
            return s.collect(Collectors.toList());
        }
    }

    private static JourneyConversion sale(String journey, String id, String value, String currency) {
        return JourneyConversion.of(journey, Conversion.of(id, T1, Money.of(value, currency), Conversion.SALE));
    }

    @Test
    void readsTheRequiredColumnsWithGeneratedIdsAndTypeSale() {
        assertThat(read(HEADER + "j-1,2026-03-04T16:00:00Z,120.00,EUR\n"))
                .containsExactly(sale("j-1", "j-1#1", "120.00", "EUR"));
    }

    @Test
    void generatedIdsCountEachJourneysConversionsInFileOrder() {
        String csv = HEADER
                + "j-1,2026-03-04T16:00:00Z,1.00,EUR\n"
                + "j-2,2026-03-04T16:00:00Z,2.00,EUR\n"
                + "j-1,2026-03-04T16:00:00Z,3.00,EUR\n"
                + "j-1,2026-03-04T16:00:00Z,4.00,EUR\n"
                + "j-2,2026-03-04T16:00:00Z,5.00,EUR\n";
        assertThat(read(csv)).extracting(c -> c.conversion().id())
                .containsExactly("j-1#1", "j-2#1", "j-1#2", "j-1#3", "j-2#2");
    }

    @Test
    void generatedIdsCountConversionsWithAnIdToo() {
        String csv = "journey_id,timestamp,value,currency,conversion_id\n"
                + "j-1,2026-03-04T16:00:00Z,1.00,EUR,order-17\n"
                + "j-1,2026-03-04T16:00:00Z,2.00,EUR,\n";
        assertThat(read(csv)).extracting(c -> c.conversion().id()).containsExactly("order-17", "j-1#2");
    }

    @Test
    void readsOptionalColumnsInAnyOrder() {
        String csv = "type,currency,conversion_id,value,extra,timestamp,journey_id\n"
                + "lead,EUR,o-1,0,x,2026-03-04T17:00:00+01:00,j-1\n"
                + ",EUR,o-2,9.5,y,2026-03-04T16:00:00Z,j-1\n";
        assertThat(read(csv)).containsExactly(
                JourneyConversion.of("j-1", Conversion.of("o-1", T1, Money.of("0.00", "EUR"), Conversion.LEAD)),
                JourneyConversion.of("j-1", Conversion.of("o-2", T1, Money.of("9.50", "EUR"), Conversion.SALE)));
    }

    @Test
    void readsAmountsAtEachCurrencysScale() {
        String csv = HEADER
                + "j,2026-03-04T16:00:00Z,5000,JPY\n"
                + "j,2026-03-04T16:00:00Z,5000.00,JPY\n"
                + "j,2026-03-04T16:00:00Z,1.250,BHD\n"
                + "j,2026-03-04T16:00:00Z,1.25,BHD\n"
                + "j,2026-03-04T16:00:00Z,-0.00,EUR\n"
                + "j,2026-03-04T16:00:00Z,007.10,EUR\n";
        assertThat(read(csv)).extracting(c -> c.conversion().value()).containsExactly(
                Money.ofMinor(5000, "JPY"), Money.ofMinor(5000, "JPY"), Money.ofMinor(1250, "BHD"),
                Money.ofMinor(1250, "BHD"), Money.ofMinor(0, "EUR"), Money.ofMinor(710, "EUR"));
    }

    @Test
    void rejectsAmountsWithMoreDecimalsThanTheCurrency() {
        assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,5000.5,JPY\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 3 (value): \"5000.5\" has 1 decimal place but JPY allows none");
        assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,1.2505,BHD\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 3 (value): \"1.2505\" has 4 decimal places but BHD allows"
                        + " at most 3");
        assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,12.345,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 3 (value): \"12.345\" has 3 decimal places but EUR allows"
                        + " at most 2");
    }

    @Test
    void rejectsValuesThatAreNotPlainDecimals() {
        for (String bad : List.of("\"12,50\"", "1e3", "+5", " 5", ".5", "5.", "", "EUR 5", "1.2.3", "-", "0x10")) {
            String shown = bad.startsWith("\"") ? bad.substring(1, bad.length() - 1) : bad;
            assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z," + bad + ",EUR\n"))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("conversions.csv:2: column 3 (value): \"" + shown + "\" is not a decimal number such"
                            + " as 1600.00 (digits, an optional point and decimals; no sign other than -, no exponent,"
                            + " no grouping)");
        }
    }

    @Test
    void rejectsNegativeValues() {
        assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,-1.00,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 3 (value): \"-1.00\" must be >= 0");
    }

    @Test
    void rejectsUnknownCurrencies() {
        for (String bad : List.of("EURO", "eur", "", "XYZ")) {
            assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,1.00," + bad + "\n"))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("conversions.csv:2: column 4 (currency): \"" + bad + "\" is not an ISO 4217 currency"
                            + " code such as EUR");
        }
        assertThatThrownBy(() -> read(HEADER + "j,2026-03-04T16:00:00Z,1,XAU\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 4 (currency): \"XAU\" is a currency without minor units, which"
                        + " money amounts cannot use");
    }

    @Test
    void rejectsBlankIdsAndTypes() {
        assertThatThrownBy(() -> read("journey_id,timestamp,value,currency,conversion_id\n"
                + "j,2026-03-04T16:00:00Z,1,EUR, \n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 5 (conversion_id): \" \" must not be blank");
        assertThatThrownBy(() -> read("journey_id,timestamp,value,currency,type\nj,2026-03-04T16:00:00Z,1,EUR, \n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 5 (type): \" \" must not be blank; leave the field empty when"
                        + " there is no type");
        assertThatThrownBy(() -> read(HEADER + " ,2026-03-04T16:00:00Z,1,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 1 (journey_id): \" \" must not be blank");
    }

    @Test
    void rejectsMissingColumns() {
        assertThatThrownBy(() -> read("journey_id,timestamp,amount\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:1: the header lacks the required columns value, currency (found:"
                        + " \"journey_id\", \"timestamp\", \"amount\")");
    }

    @Test
    void readAll_readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("conversions.csv");
        Files.write(file, (HEADER + "j-1,2026-03-04T16:00:00Z,120.00,EUR").getBytes(StandardCharsets.UTF_8));
        assertThat(ConversionCsv.readAll(file)).containsExactly(sale("j-1", "j-1#1", "120.00", "EUR"));
        try (CsvReader<JourneyConversion> reader = ConversionCsv.open(Files.newInputStream(file), "c.csv")) {
            assertThat(reader.next()).isEqualTo(sale("j-1", "j-1#1", "120.00", "EUR"));
        }
    }

    @Test
    void factoriesRejectNulls() {
        assertThatThrownBy(() -> ConversionCsv.open((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConversionCsv.open(new StringReader(""), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> ConversionCsv.open((java.io.InputStream) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
        assertThatThrownBy(() -> ConversionCsv.open((java.io.Reader) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
    }

    @Test
    void columnListsFollowTheFormat() {
        assertThat(ConversionCsv.REQUIRED_COLUMNS).containsExactly("journey_id", "timestamp", "value", "currency");
        assertThat(ConversionCsv.OPTIONAL_COLUMNS).containsExactly("conversion_id", "type");
    }

    @Test
    void rejectsValuesBeyondWhatTheEngineCanHold() {
        // 2^63 - 1 minor units of EUR is 92233720368547758.07; one cent more does not fit.
        assertThat(read("journey_id,timestamp,value,currency\nj1,2026-03-01T10:00:00Z,92233720368547758.07,EUR\n"))
                .hasSize(1);
        assertThatThrownBy(() -> read("journey_id,timestamp,value,currency\nj1,2026-03-01T10:00:00Z,92233720368547758.08,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("conversions.csv:2: column 3 (value): \"92233720368547758.08\" is larger than the engine"
                        + " can hold (2^63 - 1 minor units of EUR)");
    }
}
