package org.roikit.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The attribution race's peer: the six rule-based models as one DuckDB SQL query each, with
 * window functions, over the same journeys as roikit (as the dbt attribution packages do it).
 *
 * <p><b>Tables.</b> In memory ({@link #load}), DuckDB gets its cheapest types:
 * <pre>
 * touchpoints(journey_id BIGINT, ts TIMESTAMP, channel VARCHAR)
 * conversions(conversion_id BIGINT, journey_id BIGINT, ts TIMESTAMP, value DECIMAL(18,2))
 * </pre>
 * From CSV ({@link #createCsvViews}), the same names are views over {@code read_csv} of the
 * roikit files with explicit column types; the ids are then the files' text ids.
 *
 * <p><b>Semantics</b>, as roikit's defaults: a touch is eligible for a conversion of its journey
 * when {@code conversion.ts - 90 days <= touch.ts <= conversion.ts}; each conversion is credited
 * separately; a conversion without an eligible touch goes to the row {@code (unattributed)}
 * (the left join leaves one row with a null channel, which every model gives weight 1). Touches
 * are ordered by {@code ts}; the generated journeys never have two touches at one instant, so no
 * tie-break on input order is needed. Every query returns {@code channel, conversions, revenue}:
 * the summed weights and the summed {@code weight x value}, as doubles (roikit's are exact and
 * rounded once per channel; the two agree within a cent, which {@code DuckDbAttributionTest}
 * and the benchmark's setup check).
 *
 * <p>The common part, {@code eligible}, is the left join; each model then adds its windows:
 * <ul>
 *   <li>last-touch / first-touch: {@code row_number() OVER (PARTITION BY conversion_id ORDER BY
 *       touched_at DESC / ASC) = 1} gets the whole value;</li>
 *   <li>linear: {@code 1 / count(*) OVER (PARTITION BY conversion_id)} each;</li>
 *   <li>position-based (0.4, 0.2, 0.4): 1 for one touch, 0.5 each for two, else 0.4 to the first
 *       and the last and {@code 0.2 / (n - 2)} to each middle touch, from {@code row_number()} and
 *       {@code count(*)} windows;</li>
 *   <li>time-decay (half-life 7 days): {@code 2^(-age / 604800 s)} normalised by its
 *       {@code sum() OVER (PARTITION BY conversion_id)};</li>
 *   <li>last-non-direct: the latest touch whose channel is not {@code direct} or
 *       {@code (direct)} (ignoring case), else the latest touch: {@code row_number() OVER
 *       (PARTITION BY conversion_id ORDER BY lower(channel) IN ('direct', '(direct)'), touched_at
 *       DESC) = 1}.</li>
 * </ul>
 * The full text of each is {@link #query(String)}; BENCHMARKS.md quotes them.
 */
public final class DuckDbAttribution {

    /** The model names, as {@code AttributionModel.parse} reads them, that have a query. */
    public static final List<String> MODELS = List.of("last-touch", "first-touch", "linear", "time-decay",
            "position-based", "last-non-direct");

    private static final String ELIGIBLE = """
            WITH eligible AS (
                SELECT c.conversion_id, c.value, c.ts AS converted_at, t.ts AS touched_at, t.channel
                FROM conversions c
                LEFT JOIN touchpoints t
                  ON t.journey_id = c.journey_id
                 AND t.ts <= c.ts
                 AND t.ts >= c.ts - INTERVAL 90 DAY
            )
            """;

    private static final String ONE_TOUCH = ELIGIBLE + """
            SELECT coalesce(channel, '(unattributed)') AS channel,
                   count(*)::DOUBLE AS conversions, sum(value)::DOUBLE AS revenue
            FROM (
                SELECT channel, value FROM eligible
                QUALIFY row_number() OVER (PARTITION BY conversion_id ORDER BY %s) = 1
            )
            GROUP BY 1
            """;

    private DuckDbAttribution() {
    }

    /**
     * Returns the SQL of {@code model}, one of {@link #MODELS}, over the tables
     * {@code touchpoints} and {@code conversions}.
     *
     * @param model the model name
     * @return the query, returning {@code channel, conversions, revenue}
     * @throws IllegalArgumentException if the model has no query
     */
    public static String query(String model) {
        switch (model) {
            case "last-touch":
                return ONE_TOUCH.formatted("touched_at DESC");
            case "first-touch":
                return ONE_TOUCH.formatted("touched_at ASC");
            case "last-non-direct":
                return ONE_TOUCH.formatted("lower(channel) IN ('direct', '(direct)'), touched_at DESC");
            case "linear":
                return ELIGIBLE + """
                        SELECT coalesce(channel, '(unattributed)') AS channel,
                               sum(1.0 / n) AS conversions, sum(value / n)::DOUBLE AS revenue
                        FROM (
                            SELECT channel, value, count(*) OVER (PARTITION BY conversion_id) AS n
                            FROM eligible
                        )
                        GROUP BY 1
                        """;
            case "position-based":
                return ELIGIBLE + """
                        SELECT coalesce(channel, '(unattributed)') AS channel,
                               sum(w) AS conversions, sum(w * value)::DOUBLE AS revenue
                        FROM (
                            SELECT channel, value,
                                   CASE WHEN n = 1 THEN 1.0
                                        WHEN n = 2 THEN 0.5
                                        WHEN pos = 1 OR pos = n THEN 0.4
                                        ELSE 0.2 / (n - 2) END AS w
                            FROM (
                                SELECT channel, value,
                                       row_number() OVER (PARTITION BY conversion_id ORDER BY touched_at) AS pos,
                                       count(*) OVER (PARTITION BY conversion_id) AS n
                                FROM eligible
                            )
                        )
                        GROUP BY 1
                        """;
            case "time-decay":
                return ELIGIBLE + """
                        SELECT coalesce(channel, '(unattributed)') AS channel,
                               sum(w / total) AS conversions, sum(w / total * value)::DOUBLE AS revenue
                        FROM (
                            SELECT channel, value, w, sum(w) OVER (PARTITION BY conversion_id) AS total
                            FROM (
                                SELECT conversion_id, channel, value,
                                       coalesce(pow(2.0, -epoch(converted_at - touched_at) / 604800.0), 1.0) AS w
                                FROM eligible
                            )
                        )
                        GROUP BY 1
                        """;
            default:
                throw new IllegalArgumentException("model (\"" + model + "\") is not one of " + MODELS);
        }
    }

    /**
     * Returns a new in-memory DuckDB connection limited to {@code threads} threads.
     *
     * @param threads the worker threads DuckDB may use
     * @return the connection
     * @throws SQLException if DuckDB cannot start
     */
    public static Connection open(int threads) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
        }
        return connection;
    }

    /**
     * Creates the tables {@code touchpoints} and {@code conversions} and fills them with
     * {@code batch} through DuckDB's appender (the fastest way in from Java).
     *
     * @param connection a connection from {@link #open(int)}
     * @param batch the journeys
     * @throws SQLException if DuckDB fails
     */
    public static void load(Connection connection, JourneyBatch batch) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE touchpoints (journey_id BIGINT, ts TIMESTAMP, channel VARCHAR)");
            s.execute("CREATE TABLE conversions (conversion_id BIGINT, journey_id BIGINT, ts TIMESTAMP,"
                    + " value DECIMAL(18, 2))");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender touches = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "touchpoints")) {
            for (int j = 0; j < batch.journeys(); j++) {
                for (int t = batch.touchStart(j); t < batch.touchStart(j + 1); t++) {
                    touches.beginRow();
                    touches.append((long) j);
                    touches.append(utc(batch.touchSeconds(t)));
                    touches.append(batch.channel(t));
                    touches.endRow();
                }
            }
        }
        try (DuckDBAppender conversions = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "conversions")) {
            for (int j = 0; j < batch.journeys(); j++) {
                if (!batch.isConverted(j)) {
                    continue;
                }
                conversions.beginRow();
                conversions.append((long) j);
                conversions.append((long) j);
                conversions.append(utc(batch.conversionSeconds(j)));
                conversions.append(BigDecimal.valueOf(batch.valueCents(j), 2));
                conversions.endRow();
            }
        }
    }

    /**
     * Creates the views {@code touchpoints} and {@code conversions} over {@code read_csv} of a
     * touchpoints and a conversions file in the roikit format (as {@link JourneyBatch#writeCsv}
     * writes them), with explicit column types so that DuckDB does not sniff.
     *
     * @param connection a connection from {@link #open(int)}
     * @param touchpointsFile the touchpoints file
     * @param conversionsFile the conversions file, with a {@code conversion_id} column
     * @throws SQLException if DuckDB fails
     */
    public static void createCsvViews(Connection connection, Path touchpointsFile, Path conversionsFile)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE VIEW touchpoints AS SELECT journey_id, \"timestamp\" AS ts, channel FROM read_csv("
                    + literal(touchpointsFile) + ", header = true, columns = {'journey_id': 'VARCHAR',"
                    + " 'timestamp': 'TIMESTAMP', 'channel': 'VARCHAR'})");
            s.execute("CREATE VIEW conversions AS SELECT conversion_id, journey_id, \"timestamp\" AS ts, value"
                    + " FROM read_csv(" + literal(conversionsFile) + ", header = true, columns = {"
                    + "'journey_id': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'value': 'DECIMAL(18, 2)',"
                    + " 'currency': 'VARCHAR', 'conversion_id': 'VARCHAR'})");
        }
    }

    /**
     * Runs {@code sql} (a {@link #query(String)}) and returns its rows.
     *
     * @param connection the connection
     * @param sql the query
     * @return channel to {conversions, revenue}, sorted by channel
     * @throws SQLException if DuckDB fails
     */
    public static Map<String, double[]> run(Connection connection, String sql) throws SQLException {
        Map<String, double[]> rows = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.put(r.getString(1), new double[] {r.getDouble(2), r.getDouble(3)});
            }
        }
        return rows;
    }

    private static LocalDateTime utc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
