package org.roikit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.Journey;
import org.roikit.core.Money;

/** DuckDB's queries compute what roikit computes, within a cent per channel: the race is fair. */
class DuckDbAttributionTest {

    @Test
    void everyModel_agreesWithRoikit_onGeometricJourneys() throws SQLException {
        agreesOn(JourneyGenerator.geometric(7, 3_000));
    }

    @Test
    void everyModel_agreesWithRoikit_onLongJourneys() throws SQLException {
        agreesOn(JourneyGenerator.fixedLength(11, 200, 32));
    }

    @Test
    void everyModel_agreesWithRoikit_onSingleTouchJourneys() throws SQLException {
        agreesOn(JourneyGenerator.fixedLength(13, 500, 1));
    }

    @Test
    void everyModel_agreesWithRoikit_onLookbackDirectAndUnattributed() throws SQLException {
        Instant at = Instant.parse("2026-06-01T12:00:00Z");
        Money value = Money.of("100.00", "EUR");
        List<Journey> journeys = List.of(
                // Only the touch exactly 90 days before and the one at the conversion count.
                Journey.builder("j00000000")
                        .touch(at.minusSeconds(90L * 86_400 + 1), "email")
                        .touch(at.minusSeconds(90L * 86_400), "facebook")
                        .touch(at, "direct")
                        .touch(at.plusSeconds(1), "display")
                        .conversion(at, value).build(),
                // All direct: last-non-direct falls back to the last touch.
                Journey.builder("j00000001")
                        .touch(at.minusSeconds(3_600), "direct")
                        .touch(at.minusSeconds(60), "Direct")
                        .conversion(at, Money.of("33.33", "EUR")).build(),
                // Touches only after the conversion: unattributed.
                Journey.builder("j00000002")
                        .touch(at.plusSeconds(60), "email")
                        .conversion(at, Money.of("10.01", "EUR")).build(),
                // No touches at all: unattributed.
                Journey.builder("j00000003").conversion(at, Money.of("5.00", "EUR")).build());
        try (Connection duck = DuckDbAttribution.open(2)) {
            try (Statement s = duck.createStatement()) {
                s.execute("CREATE TABLE touchpoints (journey_id BIGINT, ts TIMESTAMP, channel VARCHAR)");
                s.execute("CREATE TABLE conversions (conversion_id BIGINT, journey_id BIGINT, ts TIMESTAMP,"
                        + " value DECIMAL(18, 2))");
                s.execute("""
                        INSERT INTO touchpoints VALUES
                          (0, '2026-03-03 11:59:59', 'email'),
                          (0, '2026-03-03 12:00:00', 'facebook'),
                          (0, '2026-06-01 12:00:00', 'direct'),
                          (0, '2026-06-01 12:00:01', 'display'),
                          (1, '2026-06-01 11:00:00', 'direct'),
                          (1, '2026-06-01 11:59:00', 'Direct'),
                          (2, '2026-06-01 12:01:00', 'email')
                        """);
                s.execute("""
                        INSERT INTO conversions VALUES
                          (0, 0, '2026-06-01 12:00:00', 100.00),
                          (1, 1, '2026-06-01 12:00:00', 33.33),
                          (2, 2, '2026-06-01 12:00:00', 10.01),
                          (3, 3, '2026-06-01 12:00:00', 5.00)
                        """);
            }
            for (String model : DuckDbAttribution.MODELS) {
                AttributionReport report = Attribution.of(AttributionModel.parse(model)).attribute(journeys);
                Map<String, double[]> rows = DuckDbAttribution.run(duck, DuckDbAttribution.query(model));
                assertThat(SameResult.differences(report, rows)).as(model).isEmpty();
                assertThat(rows.get("(unattributed)")).as(model).containsExactly(2.0, 15.01);
            }
            // Hand-computed: the two eligible touches of j0 split 100.00 under linear; j1 is 33.33 split.
            Map<String, double[]> linear = DuckDbAttribution.run(duck, DuckDbAttribution.query("linear"));
            assertThat(linear.get("facebook")).containsExactly(0.5, 50.0);
            assertThat(linear.get("direct")[1]).isCloseTo(50.0 + 33.33 / 2, offset(1e-9));
            Map<String, double[]> lnd = DuckDbAttribution.run(duck, DuckDbAttribution.query("last-non-direct"));
            assertThat(lnd.get("facebook")).containsExactly(1.0, 100.0);
            assertThat(lnd.get("Direct")).containsExactly(1.0, 33.33);
        }
    }

    @Test
    void query_rejectsUnknownModel() {
        assertThatThrownBy(() -> DuckDbAttribution.query("markov"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (\"markov\") is not one of [last-touch, first-touch, linear, time-decay,"
                        + " position-based, last-non-direct]");
    }

    @Test
    void differences_nameTheChannelAndBothFigures() {
        AttributionReport report = Attribution.of(AttributionModel.linear()).attribute(List.of(
                Journey.builder("j").touch(Instant.EPOCH, "email").conversion(Instant.EPOCH, Money.of("1.00", "EUR"))
                        .build()));
        assertThat(SameResult.differences(report, Map.of("email", new double[] {1.0, 1.02})))
                .containsExactly("email: revenue 1.0 (roikit) vs 1.02 (duckdb)");
        assertThat(SameResult.differences(report, Map.of("email", new double[] {1.0, 1.01}))).isEmpty();
        assertThat(SameResult.differences(report, Map.of("sms", new double[] {1.0, 1.0})))
                .containsExactly("email: revenue 1.0 (roikit) vs 0.0 (duckdb)",
                        "email: conversions 1.0 (roikit) vs 0.0 (duckdb)",
                        "sms: revenue 0.0 (roikit) vs 1.0 (duckdb)",
                        "sms: conversions 0.0 (roikit) vs 1.0 (duckdb)");
    }

    private static void agreesOn(JourneyBatch batch) throws SQLException {
        try (Connection duck = DuckDbAttribution.open(2)) {
            DuckDbAttribution.load(duck, batch);
            for (String model : DuckDbAttribution.MODELS) {
                AttributionReport report = Attribution.of(AttributionModel.parse(model)).attribute(batch.toJourneys());
                Map<String, double[]> rows = DuckDbAttribution.run(duck, DuckDbAttribution.query(model));
                assertThat(SameResult.differences(report, rows)).as(model).isEmpty();
            }
        }
    }
}
