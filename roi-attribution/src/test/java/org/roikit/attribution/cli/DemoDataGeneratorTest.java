package org.roikit.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled demo data is exactly what the seeded generator writes, and keeps to the documented formats. */
class DemoDataGeneratorTest {

    private static final Instant QUARTER_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant QUARTER_END = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void bundledFiles_areByteIdenticalToTheGeneratorsOutput() throws IOException {
        Map<String, String> generated = DemoDataGenerator.generate();
        assertThat(generated.keySet()).containsExactly("touchpoints.csv", "conversions.csv", "costs.csv");
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(bundled(file.getKey()))
                    .as("%s; regenerate with DemoDataGenerator.main (see its Javadoc)", file.getKey())
                    .isEqualTo(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void generator_isDeterministic() {
        assertThat(DemoDataGenerator.generate()).isEqualTo(DemoDataGenerator.generate());
    }

    @Test
    void bundledFiles_areModest_andPlain() throws IOException {
        long total = 0;
        for (String file : DemoCommand.FILES) {
            byte[] bytes = bundled(file);
            total += bytes.length;
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file).doesNotContain("\"", "\r").endsWith("\n");
        }
        assertThat(total).isLessThan(500_000);
    }

    @Test
    void touchpoints_coverTheNineChannels_sortedByJourneyThenTime() throws IOException {
        List<String> lines = lines("touchpoints.csv");
        assertThat(lines.get(0)).isEqualTo("journey_id,timestamp,channel,campaign,type,content_type,segment,content");
        Set<String> channels = new HashSet<>();
        String previous = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(8);
            channels.add(f[2]);
            assertThat(f[6]).isIn("smb", "mid-market", "enterprise");
            assertThat(f[5].isEmpty()).as(line).isEqualTo(f[2].equals("direct")).isEqualTo(f[7].isEmpty());
            assertThat(Instant.parse(f[1])).isBefore(QUARTER_END);
            if (previous != null) {
                String[] p = previous.split(",", -1);
                assertThat(p[0].compareTo(f[0]) < 0 || p[0].equals(f[0]) && p[1].compareTo(f[1]) <= 0).as(line).isTrue();
            }
            previous = line;
        }
        assertThat(channels).containsExactlyInAnyOrder("linkedin", "facebook", "instagram", "tiktok", "email",
                "google-ads", "organic-search", "referral", "direct");
        assertThat(lines).hasSizeBetween(3000, 8000);
    }

    @Test
    void conversions_areLeadsAndSalesInEuro_withinTheQuarter_sortedByJourneyThenTime() throws IOException {
        List<String> lines = lines("conversions.csv");
        assertThat(lines.get(0)).isEqualTo("journey_id,timestamp,value,currency,conversion_id,type");
        Set<String> ids = new HashSet<>();
        String previousJourney = "";
        Instant previousTime = Instant.MIN;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(6);
            Instant at = OffsetDateTime.parse(f[1]).toInstant();
            assertThat(at).isAfterOrEqualTo(QUARTER_START).isBefore(QUARTER_END);
            assertThat(f[2]).matches(f[5].equals("lead") ? "40\\.00" : "(490|1290|2990)\\.00");
            assertThat(f[3]).isEqualTo("EUR");
            assertThat(ids.add(f[4])).as("conversion ids are unique: %s", f[4]).isTrue();
            assertThat(f[5]).isIn("lead", "sale");
            int order = previousJourney.compareTo(f[0]);
            assertThat(order < 0 || order == 0 && !at.isBefore(previousTime)).as(line).isTrue();
            previousJourney = f[0];
            previousTime = at;
        }
    }

    @Test
    void costs_coverEveryCategory_datedOnTheFirstOfEachMonth() throws IOException {
        List<String> lines = lines("costs.csv");
        assertThat(lines.get(0)).isEqualTo("channel,amount,currency,campaign,category,date");
        Set<String> categories = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(6);
            assertThat(f[1]).matches("[0-9]+\\.[0-9]{2}");
            assertThat(f[2]).isEqualTo("EUR");
            categories.add(f[4]);
            dates.add(LocalDate.parse(f[5]));
        }
        assertThat(categories).containsExactlyInAnyOrder("ad spend", "tools", "content creation", "personnel time",
                "agency", "other");
        assertThat(dates).containsExactlyInAnyOrder(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-01"));
    }

    static byte[] bundled(String name) throws IOException {
        try (InputStream in = DemoDataGeneratorTest.class.getResourceAsStream("demo/" + name)) {
            assertThat(in).as("bundled demo/" + name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<String> lines(String name) throws IOException {
        return new String(bundled(name), StandardCharsets.UTF_8).lines().toList();
    }
}
