package org.roikit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated journeys as roikit CSV files for the end-to-end race ({@code run-e2e.sh}).
 *
 * <pre>
 * java -cp roi-benchmarks/target/benchmarks.jar org.roikit.benchmarks.GenerateCsv JOURNEYS SEED DIR
 * </pre>
 *
 * <p>Writes {@code DIR/touchpoints.csv} and {@code DIR/conversions.csv}, sorted by journey id
 * (the grouped input of the streaming join), and {@code DIR/touchpoints-shuffled.csv} and
 * {@code DIR/conversions-shuffled.csv}, the same rows in a random order (the ungrouped input), from
 * {@link JourneyGenerator#geometric(long, int)}.
 */
public final class GenerateCsv {

    private GenerateCsv() {
    }

    /**
     * Writes the files.
     *
     * @param args the number of journeys, the seed and the output directory
     * @throws IOException if the directory cannot be made
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateCsv JOURNEYS SEED DIR");
            System.exit(2);
        }
        int journeys = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        JourneyBatch batch = JourneyGenerator.geometric(seed, journeys);
        batch.writeCsv(dir.resolve("touchpoints.csv"), dir.resolve("conversions.csv"));
        batch.writeShuffledCsv(dir.resolve("touchpoints-shuffled.csv"), dir.resolve("conversions-shuffled.csv"), seed);
        System.out.println(batch + " written to " + dir);
    }
}
