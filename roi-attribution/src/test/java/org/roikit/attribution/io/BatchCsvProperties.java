package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.ConversionPolicy;
import org.roikit.attribution.Journey;
import org.roikit.attribution.JourneyBatch;
import org.roikit.attribution.ModelComparison;

/**
 * The batch readers give the journeys of the object readers: for random files (journey ids with
 * commas, quotes and non-ASCII characters, both timestamp forms with and without fractions,
 * several currencies and amount forms) in any order and sorted, and for any batch size, the
 * reports are equal; and bad records fail with the same messages.
 */
class BatchCsvProperties {

    private static final String[] IDS = {"j1", "j2", "a,b", "say \"hi\"", "\u00e9t\u00e9", "\ud83d\ude00x", "j10",
        "J1", "z", "j 3"};
    private static final String[] CHANNELS = {"email", "linkedin", "direct", "(direct)", "google, ads", "t\u00efk"};
    private static final String[] CAMPAIGNS = {"", "", "q1", "spring \"26\"", "(none"};
    private static final String[] AMOUNTS_EUR = {"12.50", "0", "7", "0.01", "1234567.8", "00012.30", "99999999999.99"};
    private static final String[] AMOUNTS_JPY = {"5000", "0", "123456789"};
    private static final String[] AMOUNTS_BHD = {"1.250", "0.5", "3"};
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static final ModelComparison ALL = ModelComparison.of(AttributionModel.all());

    /** A touchpoints file and a conversions file, as rows of fields without the header. */
    record Files(List<String[]> touches, List<String[]> conversions) {

        String touchCsv(boolean sorted) {
            return csv("journey_id,timestamp,channel,campaign,type", touches, sorted);
        }

        String conversionCsv(boolean sorted) {
            return csv("conversion_id,journey_id,value,currency,timestamp", conversions, sorted);
        }

        private static String csv(String header, List<String[]> rows, boolean sorted) {
            List<String[]> ordered = new ArrayList<>(rows);
            if (sorted) {
                int id = header.startsWith("journey_id") ? 0 : 1;
                ordered.sort(Comparator.comparing(r -> r[id], JourneyCsv::compareIds));
            }
            StringBuilder sb = new StringBuilder(header).append("\r\n");
            for (String[] row : ordered) {
                for (int i = 0; i < row.length; i++) {
                    sb.append(i == 0 ? "" : ",").append(quoted(row[i]));
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    static Files files(Random random) {
        List<String[]> touches = new ArrayList<>();
        List<String[]> conversions = new ArrayList<>();
        int rows = random.nextInt(60);
        for (int i = 0; i < rows; i++) {
            touches.add(new String[] {IDS[random.nextInt(IDS.length)], timestamp(random),
                CHANNELS[random.nextInt(CHANNELS.length)], CAMPAIGNS[random.nextInt(CAMPAIGNS.length)],
                random.nextBoolean() ? "" : "click"});
        }
        int converted = random.nextInt(20);
        for (int i = 0; i < converted; i++) {
            int currency = random.nextInt(3);
            String[] amounts = currency == 0 ? AMOUNTS_EUR : currency == 1 ? AMOUNTS_JPY : AMOUNTS_BHD;
            conversions.add(new String[] {random.nextBoolean() ? "" : "order-" + i, IDS[random.nextInt(IDS.length)],
                amounts[random.nextInt(amounts.length)], new String[] {"EUR", "JPY", "BHD"}[currency],
                timestamp(random)});
        }
        return new Files(touches, conversions);
    }

    private static String timestamp(Random random) {
        Instant at = T0.plusSeconds(random.nextInt(100 * 86_400));
        if (random.nextInt(4) == 0) {
            at = at.plusNanos(random.nextInt(3) == 0 ? 500_000_000 : random.nextInt(1_000_000_000));
        }
        if (random.nextBoolean()) {
            return at.toString();
        }
        return OffsetDateTime.ofInstant(at, ZoneOffset.ofHoursMinutes(random.nextInt(12), 30 * random.nextInt(2)))
                .toString();
    }

    static AttributionSettings settings(Random random) {
        return AttributionSettings.defaults().withLookback(Duration.ofDays(1 + random.nextInt(60)))
                .withPolicy(random.nextBoolean() ? ConversionPolicy.SERVE_EVERY_CONVERSION
                        : ConversionPolicy.RESET_AFTER_CONVERSION)
                .withCollapsedRepeats(random.nextBoolean());
    }

    static List<Journey> objects(String tp, String conv) {
        return JourneyCsv.join(TouchpointCsv.open(new StringReader(tp), "tp.csv"),
                ConversionCsv.open(new StringReader(conv), "conv.csv"));
    }

    static CsvReader<JourneyBatch> batches(String tp, String conv, int maxJourneys, boolean sorted) {
        CsvRecords records = CsvRecords.open(CsvTokenizer.of(new StringReader(tp), "tp.csv"),
                TouchpointCsv.REQUIRED_COLUMNS, TouchpointCsv.OPTIONAL_COLUMNS);
        return JourneyCsv.openBatches(records, CsvTokenizer.of(new StringReader(conv), "conv.csv"), maxJourneys,
                sorted);
    }

    static ComparisonReport attribute(ModelComparison engine, CsvReader<JourneyBatch> batches, int maxJourneys) {
        ModelComparison.Accumulator accumulator = engine.newAccumulator();
        try (batches) {
            while (batches.hasNext()) {
                JourneyBatch batch = batches.next();
                assertThat(batch.journeyCount()).isBetween(1, maxJourneys);
                accumulator.add(batch);
            }
        }
        return accumulator.finish();
    }

    @Test
    void batchReaders_giveTheReportsOfTheObjectReaders_sortedOrNot_forAnyBatchSize() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Files files = files(random);
            ModelComparison engine = ALL.withSettings(settings(random));
            ComparisonReport expected = engine.attribute(objects(files.touchCsv(false), files.conversionCsv(false)));
            int maxJourneys = 1 + random.nextInt(random.nextBoolean() ? 3 : 20);
            assertThat(attribute(engine, batches(files.touchCsv(false), files.conversionCsv(false), maxJourneys, false),
                    maxJourneys)).isEqualTo(expected);
            assertThat(attribute(engine, batches(files.touchCsv(true), files.conversionCsv(true), maxJourneys, true),
                    maxJourneys)).isEqualTo(expected);
        });
    }

    @Test
    void batchReaders_failWithTheMessagesOfTheObjectReaders() {
        String tpHeader = "journey_id,timestamp,channel,campaign,type\n";
        String convHeader = "journey_id,timestamp,value,currency,conversion_id,type\n";
        String tpGood = tpHeader + "j1,2026-03-01T00:00:00Z,email,,\n";
        String convGood = convHeader + "j1,2026-03-02T00:00:00Z,10.00,EUR,,\n";
        List<String[]> cases = List.of(
                new String[] {tpHeader + " ,2026-03-01T00:00:00Z,email,,\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00,email,,\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00,email,,\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00Z,  ,,\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00Z,email, ,\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00Z,email,,\t\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00Z,email\n", convGood},
                new String[] {tpHeader + "j1,2026-03-01T00:00:00Z,\"email\"x,,\n", convGood},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,-1.00,EUR,,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,1.234,EUR,,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,1e3,EUR,,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,10,eur,,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,10,XAU,,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,10,EUR, ,\n"},
                new String[] {tpGood, convHeader + "j1,2026-03-02T00:00:00Z,10,EUR,,  \n"},
                new String[] {tpGood, convHeader + "j1,2026-03-32T00:00:00Z,10,EUR,,\n"},
                new String[] {tpGood, convHeader + "\t,2026-03-02T00:00:00Z,10,EUR,,\n"},
                new String[] {tpGood, "journey_id,timestamp,value\n"},
                new String[] {"journey_id,channel\n", convGood});
        for (String[] c : cases) {
            Throwable expected = catchThrowable(() -> objects(c[0], c[1]));
            assertThat(expected).as("object readers on %s", (Object) c).isInstanceOf(CsvFormatException.class);
            for (boolean sorted : new boolean[] {false, true}) {
                Throwable actual = catchThrowable(() -> attribute(ALL, batches(c[0], c[1], 10, sorted), 10));
                assertThat(actual).as("batch readers on %s", (Object) c).isInstanceOf(CsvFormatException.class)
                        .hasMessage(expected.getMessage());
            }
        }
    }

    @Test
    void sortedBatchReader_rejectsAnIdThatSortsBeforeThePreviousOne_asTheSortedJoinDoes() {
        String tp = "journey_id,timestamp,channel\nb,2026-03-01T00:00:00Z,email\na,2026-03-01T00:00:00Z,email\n";
        String conv = "journey_id,timestamp,value,currency\n";
        Throwable expected = catchThrowable(() -> {
            try (CsvReader<Journey> r = JourneyCsv.openSorted(TouchpointCsv.open(new StringReader(tp), "tp.csv"),
                    ConversionCsv.open(new StringReader(conv), "conv.csv"))) {
                r.forEachRemaining(j -> { });
            }
        });
        assertThat(expected).hasMessage("tp.csv:3: column 1 (journey_id): \"a\" comes after \"b\" but sorts before"
                + " it; for the streaming join both files must be sorted by journey_id (in code point order, as"
                + " LC_ALL=C sort does)");
        assertThat(catchThrowable(() -> attribute(ALL, batches(tp, conv, 10, true), 10)))
                .isInstanceOf(CsvFormatException.class).hasMessage(expected.getMessage());
    }
}
