package org.roikit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.Journey;
import org.roikit.attribution.io.CsvReader;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.io.ReportCsv;

/**
 * roikit end to end on the object path of issue 4 ({@link Journey} objects), through the public
 * API only: read a touchpoints and a conversions file, attribute, write the per-channel CSV. The
 * same work as {@code java -jar roi.jar attribute --touchpoints T --conversions C --model M
 * --format csv --output O}, which runs on the batch path; kept to compare the two paths.
 *
 * <pre>
 * java -cp roi-attribution/target/roi.jar:roi-benchmarks/target/classes \
 *     org.roikit.benchmarks.RoikitCsv [--ungrouped] TOUCHPOINTS CONVERSIONS MODEL OUTPUT
 * </pre>
 *
 * <p>By default the files must be sorted by journey id and are streamed
 * ({@link JourneyCsv#openSorted(Path, Path)}: one journey in memory at a time); with
 * {@code --ungrouped} they may be in any order and are joined in memory
 * ({@link JourneyCsv#readAll(Path, Path)}). Prints the time of each step to standard error.
 */
public final class RoikitCsv {

    private RoikitCsv() {
    }

    /**
     * Runs the attribution.
     *
     * @param args {@code [--ungrouped] TOUCHPOINTS CONVERSIONS MODEL OUTPUT}
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean ungrouped = args.length > 0 && args[0].equals("--ungrouped");
        int at = ungrouped ? 1 : 0;
        if (args.length - at != 4) {
            System.err.println("usage: RoikitCsv [--ungrouped] TOUCHPOINTS CONVERSIONS MODEL OUTPUT");
            System.exit(2);
        }
        Path touchpoints = Path.of(args[at]);
        Path conversions = Path.of(args[at + 1]);
        Attribution engine = Attribution.of(AttributionModel.parse(args[at + 2]));
        Path output = Path.of(args[at + 3]);
        long start = System.nanoTime();
        AttributionReport report;
        if (ungrouped) {
            List<Journey> journeys = JourneyCsv.readAll(touchpoints, conversions);
            long read = System.nanoTime();
            System.err.printf("read and join in memory: %d ms%n", (read - start) / 1_000_000);
            report = engine.attribute(journeys);
        } else {
            try (CsvReader<Journey> journeys = JourneyCsv.openSorted(touchpoints, conversions)) {
                report = engine.attribute(() -> journeys);
            }
        }
        long attributed = System.nanoTime();
        System.err.printf("read and attribute: %d ms%n", (attributed - start) / 1_000_000);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            ReportCsv.write(report, Dimension.CHANNEL, out);
        }
        System.err.printf("write: %d ms%n", (System.nanoTime() - attributed) / 1_000_000);
    }
}
