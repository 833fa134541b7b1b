package org.roikit.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB end to end, through JDBC: {@code read_csv} of a touchpoints and a conversions file, the
 * model's query ({@link DuckDbAttribution#query(String)}), and {@code COPY} of the per-channel
 * result to CSV in roikit's columns ({@code model,channel,conversions,revenue,currency}), with
 * {@code threads = 2}.
 *
 * <pre>
 * java -cp roi-benchmarks/target/benchmarks.jar org.roikit.benchmarks.DuckDbCsv TOUCHPOINTS CONVERSIONS MODEL OUTPUT
 * java -cp roi-benchmarks/target/benchmarks.jar org.roikit.benchmarks.DuckDbCsv --startup
 * </pre>
 *
 * <p>{@code --startup} only opens a database and runs {@code SELECT 1}: the fixed cost of DuckDB
 * from Java (the JDBC driver unpacks and loads its native library on every start), to be told
 * apart from the work. Revenue is the double sum rounded to cents and the currency is the
 * literal {@code EUR} (the generated data have one currency). Prints the time of each step to
 * standard error.
 */
public final class DuckDbCsv {

    private DuckDbCsv() {
    }

    /**
     * Runs the query.
     *
     * @param args {@code TOUCHPOINTS CONVERSIONS MODEL OUTPUT}, or {@code --startup}
     * @throws SQLException if DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        long start = System.nanoTime();
        if (args.length == 1 && args[0].equals("--startup")) {
            try (Connection duck = DuckDbAttribution.open(DuckDbSide.THREADS); Statement s = duck.createStatement()) {
                s.execute("SELECT 1");
            }
            System.err.printf("open and SELECT 1: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: DuckDbCsv TOUCHPOINTS CONVERSIONS MODEL OUTPUT | --startup");
            System.exit(2);
        }
        String model = args[2];
        String query = DuckDbAttribution.query(model);
        try (Connection duck = DuckDbAttribution.open(DuckDbSide.THREADS)) {
            long opened = System.nanoTime();
            System.err.printf("open: %d ms%n", (opened - start) / 1_000_000);
            DuckDbAttribution.createCsvViews(duck, Path.of(args[0]), Path.of(args[1]));
            try (Statement s = duck.createStatement()) {
                s.execute("COPY (SELECT '" + model + "' AS model, channel, round(conversions, 6) AS conversions,"
                        + " round(revenue, 2) AS revenue, 'EUR' AS currency FROM (" + query + ")"
                        + " ORDER BY revenue DESC, channel) TO '"
                        + Path.of(args[3]).toAbsolutePath().toString().replace("'", "''") + "' (HEADER)");
            }
            System.err.printf("read_csv, query and COPY: %d ms%n", (System.nanoTime() - opened) / 1_000_000);
        }
    }
}
