package org.roikit.attribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.ConversionPolicy;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.JourneyBatch;
import org.roikit.attribution.ModelComparison;
import org.roikit.attribution.PositionBased;
import org.roikit.attribution.io.CostCsv;
import org.roikit.attribution.io.CsvFormatException;
import org.roikit.attribution.io.CsvReader;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.io.ReportCsv;
import org.roikit.attribution.io.ReportJson;
import org.roikit.core.Investment;

/**
 * {@code attribute}: reads touchpoints, conversions and optionally costs from CSV files, credits
 * the conversions with one model or all of them, and writes the result as a table, CSV or JSON.
 *
 * <p>All arguments are checked before any file is read, and the result is rendered whole before
 * anything is written, so a bad argument or a bad row never leaves half an output file.
 *
 * <p>The journeys are read into {@link JourneyBatch}es and attributed on the batch path, with
 * {@code --threads} threads per batch: with {@code --sorted}, streamed batch by batch in memory
 * independent of the file size; otherwise joined in the compact store of
 * {@link JourneyCsv#openBatches(Path, Path)}. The report is the same, to the last digit, either
 * way and for any number of threads.
 */
final class AttributeCommand {

    static final String ALL = "all";

    /** The model names of {@code --model}, in the order of {@link AttributionModel#all()}. */
    static final List<String> MODELS = List.of("last-touch", "first-touch", "linear", "time-decay", "position-based",
            "last-non-direct", ALL);

    private static final String DEFAULT_MODEL = "position-based";

    private static final Map<String, String> VALUED = valued();

    private static final Set<String> FLAGS = Set.of("--reset-after-conversion", "--collapse-repeats", "--sorted");

    private final PrintStream out;

    AttributeCommand(PrintStream out) {
        this.out = out;
    }

    private static Map<String, String> valued() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("--touchpoints", "FILE");
        v.put("--conversions", "FILE");
        v.put("--costs", "FILE");
        v.put("--model", "NAME");
        v.put("--half-life", "DURATION");
        v.put("--weights", "F,M,L");
        v.put("--direct", "CHANNELS");
        v.put("--lookback", "DURATION");
        v.put("--from", "DATE");
        v.put("--to", "DATE");
        v.put("--by", "channel|campaign");
        v.put("--format", "table|csv|json");
        v.put("--output", "FILE");
        v.put("--threads", "N");
        return v;
    }

    /** Returns every option of {@code attribute}, for the test that the usage text names them all. */
    static Set<String> options() {
        Set<String> all = new LinkedHashSet<>(VALUED.keySet());
        all.addAll(FLAGS);
        return all;
    }

    void run(List<String> args) {
        Arguments a = Arguments.parse("attribute", args, VALUED, FLAGS);
        Path touchpoints = path("--touchpoints", required(a, "--touchpoints"));
        Path conversions = path("--conversions", required(a, "--conversions"));
        Optional<Path> costs = a.value("--costs").map(v -> path("--costs", v));
        String model = a.value("--model").orElse(DEFAULT_MODEL);
        if (!MODELS.contains(model)) {
            throw new CliException("--model: \"" + model + "\" is not one of " + String.join(", ", MODELS));
        }
        String chosen = a.has("--model") ? model : model + " (the default)";
        Optional<Duration> halfLife = a.value("--half-life").map(v -> duration("--half-life", v));
        requireModel(a, "--half-life", chosen, model, "time-decay");
        Optional<PositionBased> weights = a.value("--weights").map(AttributeCommand::weights);
        requireModel(a, "--weights", chosen, model, "position-based");
        Optional<Set<String>> direct = a.value("--direct").map(AttributeCommand::direct);
        requireModel(a, "--direct", chosen, model, "last-non-direct");
        AttributionSettings settings = settings(a);
        Dimension by = dimension(a.value("--by").orElse("channel"));
        String format = a.value("--format").orElse("table");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new CliException("--format: \"" + format + "\" is not one of table, csv, json");
        }
        Optional<Path> output = a.value("--output").map(v -> path("--output", v));
        int threads = a.value("--threads").map(AttributeCommand::threads).orElse(1);
        boolean sorted = a.has("--sorted");
        if (output.isPresent()) {
            checkOutput(output.get(), touchpoints, conversions, costs);
        }
        List<AttributionModel> models = models(model, halfLife, weights, direct);

        // The costs file is small: a bad row in it shows before the large files are read.
        Optional<Investment> investment = costs.map(AttributeCommand::readCosts);
        String text;
        if (models.size() == 1) {
            Attribution.Accumulator accumulator = Attribution.of(models.get(0)).withSettings(settings).newAccumulator();
            AttributionReport report = attribute(sorted, touchpoints, conversions,
                    batch -> accumulator.add(batch, threads), accumulator::finish);
            if (investment.isPresent()) {
                report = report.withCosts(investment.get());
            }
            text = switch (format) {
                case "csv" -> ReportCsv.toCsv(report, by);
                case "json" -> ReportJson.toJson(report, by);
                default -> report.toTable(by) + "\n";
            };
        } else {
            ModelComparison.Accumulator accumulator = ModelComparison.of(models).withSettings(settings)
                    .newAccumulator();
            ComparisonReport comparison = attribute(sorted, touchpoints, conversions,
                    batch -> accumulator.add(batch, threads), accumulator::finish);
            if (investment.isPresent()) {
                comparison = comparison.withCosts(investment.get());
            }
            text = switch (format) {
                case "csv" -> ReportCsv.toCsv(comparison, by);
                case "json" -> ReportJson.toJson(comparison, by);
                default -> comparison.toTable(by) + "\n";
            };
        }
        if (output.isPresent()) {
            write(output.get(), text);
        } else {
            out.print(text);
        }
    }

    private static String required(Arguments a, String name) {
        return a.value(name).orElseThrow(() -> new CliException("attribute needs " + name + " FILE"));
    }

    static Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CliException(option + ": \"" + value + "\" is not a file name: " + e.getReason(), e);
        }
    }

    private static void requireModel(Arguments a, String option, String chosen, String model, String applies) {
        if (a.has(option) && !model.equals(applies) && !model.equals(ALL)) {
            throw new CliException(option + " applies to --model " + applies + " or all, but the model is " + chosen);
        }
    }

    static Duration duration(String option, String value) {
        Duration d;
        try {
            d = Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(option + ": \"" + value + "\" is not an ISO-8601 duration such as P7D or PT12H", e);
        }
        if (d.isZero() || d.isNegative()) {
            throw new CliException(option + ": \"" + value + "\" must be positive");
        }
        return d;
    }

    private static int threads(String value) {
        int threads;
        try {
            threads = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CliException("--threads: \"" + value + "\" is not a whole number such as 2", e);
        }
        if (threads < 1) {
            throw new CliException("--threads: \"" + value + "\" must be at least 1");
        }
        return threads;
    }

    static PositionBased weights(String value) {
        switch (value) {
            case "u-shape":
                return PositionBased.uShape();
            case "j":
                return PositionBased.j();
            case "inverse-j":
                return PositionBased.inverseJ();
            default:
                break;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 3) {
            throw new CliException("--weights: \"" + value + "\" is not three numbers FIRST,MIDDLE,LAST such as"
                    + " 0.4,0.2,0.4, nor u-shape, j or inverse-j");
        }
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                w[i] = new BigDecimal(parts[i]).doubleValue();
            } catch (NumberFormatException e) {
                throw new CliException("--weights: \"" + parts[i] + "\" is not a decimal number", e);
            }
        }
        try {
            return AttributionModel.positionBased(w[0], w[1], w[2]);
        } catch (IllegalArgumentException e) {
            throw new CliException("--weights: " + e.getMessage(), e);
        }
    }

    static Set<String> direct(String value) {
        Set<String> channels = new LinkedHashSet<>();
        for (String channel : value.split(",", -1)) {
            if (channel.isBlank()) {
                throw new CliException("--direct: \"" + value + "\" has an empty channel name");
            }
            channels.add(channel);
        }
        return channels;
    }

    /** Returns the settings of {@code --lookback}, {@code --reset-after-conversion} and {@code --collapse-repeats}. */
    static AttributionSettings rules(Arguments a) {
        AttributionSettings settings = AttributionSettings.defaults();
        if (a.has("--lookback")) {
            settings = settings.withLookback(duration("--lookback", a.value("--lookback").get()));
        }
        if (a.has("--reset-after-conversion")) {
            settings = settings.withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION);
        }
        if (a.has("--collapse-repeats")) {
            settings = settings.withCollapsedRepeats(true);
        }
        return settings;
    }

    private static AttributionSettings settings(Arguments a) {
        AttributionSettings settings = rules(a);
        Optional<LocalDate> from = a.value("--from").map(v -> date("--from", v));
        Optional<LocalDate> to = a.value("--to").map(v -> date("--to", v));
        if (from.isPresent() != to.isPresent()) {
            throw new CliException(from.isPresent() ? "--from needs --to as well" : "--to needs --from as well");
        }
        if (from.isPresent()) {
            if (to.get().isBefore(from.get())) {
                throw new CliException("--to (" + to.get() + ") is before --from (" + from.get() + ")");
            }
            settings = settings.withPeriod(from.get(), to.get());
        }
        return settings;
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(option + ": \"" + value + "\" is not an ISO-8601 date such as 2026-01-31", e);
        }
    }

    private static Dimension dimension(String value) {
        for (Dimension d : Dimension.values()) {
            if (d.label().equals(value)) {
                return d;
            }
        }
        throw new CliException("--by: \"" + value + "\" is not one of channel, campaign");
    }

    static List<AttributionModel> models(String model, Optional<Duration> halfLife,
            Optional<PositionBased> weights, Optional<Set<String>> direct) {
        AttributionModel timeDecay = halfLife.map(AttributionModel::timeDecay).orElse(AttributionModel.timeDecay());
        AttributionModel positionBased = weights.orElse(PositionBased.uShape());
        AttributionModel lastNonDirect = direct.map(AttributionModel::lastNonDirect)
                .orElse(AttributionModel.lastNonDirect());
        List<AttributionModel> all = List.of(AttributionModel.lastTouch(), AttributionModel.firstTouch(),
                AttributionModel.linear(), timeDecay, positionBased, lastNonDirect);
        if (model.equals(ALL)) {
            return all;
        }
        return List.of(all.get(MODELS.indexOf(model)));
    }

    static void checkOutput(Path output, Path touchpoints, Path conversions, Optional<Path> costs) {
        List<Path> inputs = new ArrayList<>(List.of(touchpoints, conversions));
        costs.ifPresent(inputs::add);
        for (Path input : inputs) {
            if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
                throw new CliException("--output " + output + " is also an input file");
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException("--output " + output + ": the directory " + parent + " does not exist");
        }
        if (Files.isDirectory(output)) {
            throw new CliException("--output " + output + " is a directory");
        }
    }

    static Investment readCosts(Path file) {
        try {
            return CostCsv.readInvestment(file);
        } catch (CsvFormatException | UncheckedIOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * Gives every batch of journeys of the two files to {@code add} and returns what
     * {@code finish} makes of them: files sorted by journey id streamed a batch at a time, files in
     * any order joined in the compact store first.
     */
    private static <R> R attribute(boolean sorted, Path touchpoints, Path conversions, Consumer<JourneyBatch> add,
            Supplier<R> finish) {
        try {
            try (CsvReader<JourneyBatch> batches = sorted ? JourneyCsv.openSortedBatches(touchpoints, conversions)
                    : JourneyCsv.openBatches(touchpoints, conversions)) {
                batches.forEachRemaining(add);
            }
            return finish.get();
        } catch (CsvFormatException | UncheckedIOException e) {
            throw new CliException(e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new CliException("the conversions add up to more than the engine can hold, 2^63 - 1 minor units"
                    + " of a currency or conversions (" + e.getMessage() + ")", e);
        }
    }

    static void write(Path output, String text) {
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--output " + output + ": cannot write: " + Main.reason(e), e);
        }
    }
}
