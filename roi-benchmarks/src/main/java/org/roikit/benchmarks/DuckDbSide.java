package org.roikit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;

/**
 * DuckDB's side of the race, built once per trial: an in-memory database with
 * {@code threads = 2} holding the batch, and the model's query prepared. Before any timing it
 * checks that DuckDB's per-channel figures match roikit's, attributed on the batch path, on this
 * very batch (see {@link SameResult}), so a benchmark of a query that computes something else
 * fails instead of reporting a number.
 */
final class DuckDbSide implements AutoCloseable {

    /** DuckDB's worker threads in the race. */
    static final int THREADS = 2;

    final Connection connection;
    final PreparedStatement query;
    final long touchpoints;

    DuckDbSide(JourneyBatch batch, String model) throws SQLException {
        this.connection = DuckDbAttribution.open(THREADS);
        try {
            DuckDbAttribution.load(connection, batch);
            String sql = DuckDbAttribution.query(model);
            SameResult.require(model, Attribution.of(AttributionModel.parse(model)).attribute(batch.toColumns()),
                    DuckDbAttribution.run(connection, sql));
            this.query = connection.prepareStatement(sql);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        this.touchpoints = batch.touchpoints();
    }

    /** Runs the query and returns the sum of the revenue column, so that every row is read. */
    double run() throws SQLException {
        double revenue = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                revenue += rows.getDouble(3);
            }
        }
        return revenue;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
