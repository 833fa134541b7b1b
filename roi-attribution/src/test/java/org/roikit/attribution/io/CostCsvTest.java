package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;

class CostCsvTest {

    private static List<Cost> read(String csv) {
        try (Stream<Cost> s = CostCsv.open(new StringReader(csv), "costs.csv").stream()) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void readsTheRequiredColumnsAsOtherUndatedCosts() {
        assertThat(read("channel,amount,currency\nlinkedin,1500.00,EUR\n,99,EUR\n")).containsExactly(
                Cost.of(CostCategory.OTHER, Money.of("1500.00", "EUR")).withChannel("linkedin"),
                Cost.of(CostCategory.OTHER, Money.of("99.00", "EUR")));
    }

    @Test
    void readsEveryOptionalColumnInAnyOrder() {
        String csv = "date,category,campaign,currency,amount,channel,label\n"
                + "2026-03-01,ad spend,q1-launch,EUR,1500.00,linkedin,ignored\n"
                + "2026-03-02,TOOLS,,EUR,99.00,,\n"
                + ",Personnel_Time,q1-launch,JPY,50000,,\n";
        assertThat(read(csv)).containsExactly(
                Cost.of(CostCategory.AD_SPEND, Money.of("1500.00", "EUR")).withChannel("linkedin")
                        .withCampaign("q1-launch").withDate(LocalDate.of(2026, 3, 1)),
                Cost.of(CostCategory.TOOLS, Money.of("99.00", "EUR")).withDate(LocalDate.of(2026, 3, 2)),
                Cost.of(CostCategory.PERSONNEL, Money.ofMinor(50000, "JPY")).withCampaign("q1-launch"));
    }

    @Test
    void rejectsWhitespaceAroundChannelAndCampaignRatherThanTrimIt() {
        assertThatThrownBy(() -> read("channel,amount,currency,campaign\n\" linkedin \",1.00,EUR,q1\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 1 (channel): \" linkedin \" has whitespace around it,"
                        + " which a cost cannot keep; remove it");
        assertThatThrownBy(() -> read("channel,amount,currency,campaign\nlinkedin,1.00,EUR, q1\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 4 (campaign): \" q1\" has whitespace around it,"
                        + " which a cost cannot keep; remove it");
    }

    @Test
    void rejectsTheReportsOwnRowNames() {
        assertThatThrownBy(() -> read("channel,amount,currency\n(unattributed),1.00,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 1 (channel): \"(unattributed)\" is a name reserved for the"
                        + " report's own rows [(unattributed), (unassigned), (none)]; rename the channel or campaign");
    }

    @Test
    void rejectsBlankChannelsAndCampaigns() {
        assertThatThrownBy(() -> read("channel,amount,currency\n\"  \",1.00,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 1 (channel): \"  \" must not be blank; leave the field empty when"
                        + " there is no channel");
    }

    @Test
    void rejectsUnknownCategories() {
        assertThatThrownBy(() -> read("channel,amount,currency,category\nx,1.00,EUR,ads\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 4 (category): \"ads\" is not a cost category; use one of AD_SPEND,"
                        + " TOOLS, CONTENT, PERSONNEL, AGENCY, OTHER or a label: ad spend, tools, content creation,"
                        + " personnel time, agency, other (case and the separators _, - and space do not matter)");
    }

    @Test
    void rejectsBadDates() {
        for (String bad : List.of("2026-02-30", "2026-3-1", "01.03.2026", "2026-03-01T00:00:00Z", " 2026-03-01")) {
            assertThatThrownBy(() -> read("channel,amount,currency,date\nx,1.00,EUR," + bad + "\n"))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("costs.csv:2: column 4 (date): \"" + bad + "\" is not an ISO-8601 date such as"
                            + " 2026-03-01");
        }
    }

    @Test
    void rejectsBadAmounts() {
        assertThatThrownBy(() -> read("channel,amount,currency\nx,-5.00,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 2 (amount): \"-5.00\" must be >= 0");
        assertThatThrownBy(() -> read("channel,amount,currency\nx,5.001,EUR\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 2 (amount): \"5.001\" has 3 decimal places but EUR allows at most 2");
        assertThatThrownBy(() -> read("currency,channel,amount\nYEN,x,5\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:2: column 1 (currency): \"YEN\" is not an ISO 4217 currency code such as EUR");
    }

    @Test
    void rejectsMissingColumns() {
        assertThatThrownBy(() -> read("amount,currency\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("costs.csv:1: the header lacks the required column channel (found: \"amount\","
                        + " \"currency\")");
    }

    @Test
    void readInvestment_readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("costs.csv");
        Files.writeString(file, "channel,amount,currency,category\nlinkedin,1500.00,EUR,ad spend\n,100,EUR,tools\n");
        Investment investment = CostCsv.readInvestment(file);
        assertThat(investment.total()).isEqualTo(Money.of("1600.00", "EUR"));
        assertThat(investment.costs()).containsExactly(
                Cost.of(CostCategory.AD_SPEND, Money.of("1500.00", "EUR")).withChannel("linkedin"),
                Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR")));
        assertThat(CostCsv.readAll(file)).isEqualTo(investment.costs());
        try (CsvReader<Cost> reader = CostCsv.open(file)) {
            assertThat(reader.stream().count()).isEqualTo(2);
        }
    }

    @Test
    void readInvestment_ofAHeaderOnlyFileIsEmpty(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("costs.csv");
        Files.writeString(file, "channel,amount,currency\n");
        assertThat(CostCsv.readInvestment(file)).isEqualTo(Investment.empty());
    }

    @Test
    void readsUtf8Bytes() {
        byte[] bytes = "channel,amount,currency\n\u00e9t\u00e9,1,EUR\n".getBytes(StandardCharsets.UTF_8);
        try (CsvReader<Cost> reader = CostCsv.open(new ByteArrayInputStream(bytes), "costs.csv")) {
            assertThat(reader.next().channel()).hasValue("\u00e9t\u00e9");
        }
    }

    @Test
    void factoriesRejectNulls() {
        assertThatThrownBy(() -> CostCsv.open((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CostCsv.open(new StringReader(""), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> CostCsv.open((java.io.InputStream) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
        assertThatThrownBy(() -> CostCsv.open((java.io.Reader) null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
    }

    @Test
    void columnListsFollowTheFormat() {
        assertThat(CostCsv.REQUIRED_COLUMNS).containsExactly("channel", "amount", "currency");
        assertThat(CostCsv.OPTIONAL_COLUMNS).containsExactly("campaign", "category", "date");
    }
}
