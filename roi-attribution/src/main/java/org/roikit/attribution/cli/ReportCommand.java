package org.roikit.attribution.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;
import org.roikit.attribution.PositionBased;
import org.roikit.attribution.io.CsvFormatException;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.report.Audience;
import org.roikit.attribution.report.MarketingReport;
import org.roikit.attribution.report.ReportFormat;
import org.roikit.core.Funnel;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.series.Granularity;

/**
 * {@code report}: reads touchpoints, conversions and optionally costs from CSV files and writes
 * the executive summary, the team detail or both as text, Markdown, HTML, JSON or CSV.
 *
 * <p>The options shared with {@code attribute} ({@code --model} and its parameters, the lookback
 * and policy flags, {@code --from}/{@code --to}, {@code --output}) are read by its helpers and
 * mean the same, except that {@code --model} names the one model of the report's rows (the
 * comparison always holds every model, with the given parameters) and {@code --from}/{@code --to}
 * set the report window, each on its own. {@code --social}, {@code --content-attribute} and
 * {@code --top} set the builder's social channels, content attribute and number of content rows;
 * {@code --lead-to-sale RATE} with {@code --value-per-sale AMOUNT} values the pipeline by a
 * {@link Funnel} from lead to sale ({@link MarketingReport.Builder#funnel}), the amount in the
 * report's currency, that of the data. Goals have no option: they are set through the API
 * ({@link MarketingReport.Builder#goals}). All arguments are checked before any file is read, and
 * the report is rendered whole before anything is written.
 */
final class ReportCommand {

    /** The values of {@code --format}, each with its format. */
    static final Map<String, ReportFormat> FORMATS = formats();

    /** The values of {@code --audience}. */
    static final Map<String, Audience> AUDIENCES = ordered(List.of("executive", "team", "all"),
            List.of(Audience.EXECUTIVE, Audience.TEAM, Audience.ALL));

    /** The values of {@code --period}. */
    static final Map<String, Granularity> PERIODS = ordered(List.of("month", "quarter"),
            List.of(Granularity.MONTH, Granularity.QUARTER));

    private static final Map<String, String> VALUED = valued();

    private static final Set<String> FLAGS = Set.of("--reset-after-conversion", "--collapse-repeats");

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    private static Map<String, ReportFormat> formats() {
        return ordered(List.of("text", "md", "html", "json", "csv"), List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN,
                ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV));
    }

    /** Returns the names mapped to the values, in the names' order, unmodifiable. */
    private static <T> Map<String, T> ordered(List<String> names, List<T> values) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(map);
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
        v.put("--period", "month|quarter");
        v.put("--audience", "executive|team|all");
        v.put("--title", "TEXT");
        v.put("--social", "CHANNELS");
        v.put("--content-attribute", "NAME");
        v.put("--top", "N");
        v.put("--lead-to-sale", "RATE");
        v.put("--value-per-sale", "AMOUNT");
        v.put("--format", "text|md|html|json|csv");
        v.put("--output", "FILE");
        return v;
    }

    /** Returns every option of {@code report}, for the test that the usage text names them all. */
    static Set<String> options() {
        Set<String> all = new LinkedHashSet<>(VALUED.keySet());
        all.addAll(FLAGS);
        return all;
    }

    void run(List<String> args) {
        Arguments a = Arguments.parse("report", args, VALUED, FLAGS);
        Path touchpoints = AttributeCommand.path("--touchpoints", a.value("--touchpoints")
                .orElseThrow(() -> new CliException("report needs --touchpoints FILE")));
        Path conversions = AttributeCommand.path("--conversions", a.value("--conversions")
                .orElseThrow(() -> new CliException("report needs --conversions FILE")));
        Optional<Path> costs = a.value("--costs").map(v -> AttributeCommand.path("--costs", v));
        String model = a.value("--model").orElse("position-based");
        List<String> names = AttributeCommand.MODELS.subList(0, AttributeCommand.MODELS.size() - 1);
        if (!names.contains(model)) {
            throw new CliException("--model: \"" + model + "\" is not one of " + String.join(", ", names));
        }
        Optional<Duration> halfLife = a.value("--half-life").map(v -> AttributeCommand.duration("--half-life", v));
        Optional<PositionBased> weights = a.value("--weights").map(AttributeCommand::weights);
        Optional<Set<String>> direct = a.value("--direct").map(AttributeCommand::direct);
        List<AttributionModel> models = AttributeCommand.models(AttributeCommand.ALL, halfLife, weights, direct);
        Optional<LocalDate> from = a.value("--from").map(v -> AttributeCommand.date("--from", v));
        Optional<LocalDate> to = a.value("--to").map(v -> AttributeCommand.date("--to", v));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new CliException("--to (" + to.get() + ") is before --from (" + from.get() + ")");
        }
        Granularity period = choice(a, "--period", "month", PERIODS);
        Audience audience = choice(a, "--audience", "executive", AUDIENCES);
        ReportFormat format = choice(a, "--format", "text", FORMATS);
        Optional<Set<String>> social = a.value("--social").map(v -> channels("--social", v));
        Optional<String> content = a.value("--content-attribute").map(v -> {
            if (v.isBlank()) {
                throw new CliException("--content-attribute: the value is blank");
            }
            return v;
        });
        Optional<Integer> top = a.value("--top").map(ReportCommand::top);
        Optional<BigDecimal> leadToSale = a.value("--lead-to-sale").map(ReportCommand::rate);
        Optional<BigDecimal> valuePerSale = a.value("--value-per-sale").map(ReportCommand::amount);
        if (leadToSale.isPresent() != valuePerSale.isPresent()) {
            throw new CliException(leadToSale.isPresent() ? "--lead-to-sale needs --value-per-sale AMOUNT"
                    : "--value-per-sale needs --lead-to-sale RATE");
        }
        Optional<Path> output = a.value("--output").map(v -> AttributeCommand.path("--output", v));
        if (output.isPresent()) {
            AttributeCommand.checkOutput(output.get(), touchpoints, conversions, costs);
        }

        MarketingReport.Builder builder = MarketingReport.builder().model(models.get(names.indexOf(model)))
                .compare(models).settings(AttributeCommand.rules(a)).period(period);
        social.ifPresent(builder::socialChannels);
        content.ifPresent(builder::contentAttribute);
        top.ifPresent(builder::top);
        from.ifPresent(builder::from);
        to.ifPresent(builder::to);
        a.value("--title").ifPresent(t -> {
            if (t.isBlank()) {
                throw new CliException("--title: the value is blank");
            }
            builder.title(t);
        });
        // The costs file is small: a bad row in it shows before the large files are read.
        Optional<Investment> investment = costs.map(AttributeCommand::readCosts);
        investment.ifPresent(builder::costs);
        List<Journey> journeys;
        try {
            journeys = JourneyCsv.readAll(touchpoints, conversions);
        } catch (CsvFormatException | UncheckedIOException e) {
            throw new CliException(e.getMessage(), e);
        }
        if (leadToSale.isPresent()) {
            Funnel funnel = Funnel.start("lead", BigDecimal.ONE).then("sale", leadToSale.get());
            builder.funnel(funnel, valuePerSale(valuePerSale.get(), currency(journeys, investment)));
        }
        MarketingReport report;
        try {
            report = builder.journeys(journeys).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        String text = format.render(report, audience);
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output.isPresent()) {
            AttributeCommand.write(output.get(), text);
        } else {
            out.print(text);
        }
    }

    /** Returns the channel names of a comma-separated list, none empty. */
    private static Set<String> channels(String option, String value) {
        Set<String> channels = new LinkedHashSet<>();
        for (String channel : value.split(",", -1)) {
            if (channel.isBlank()) {
                throw new CliException(option + ": \"" + value + "\" has an empty channel name");
            }
            channels.add(channel);
        }
        return channels;
    }

    private static int top(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CliException("--top: \"" + value + "\" is not a whole number of at least 1");
    }

    private static BigDecimal rate(String value) {
        BigDecimal rate = decimal(value);
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new CliException("--lead-to-sale: \"" + value + "\" is not a rate between 0 and 1, such as 0.25");
        }
        return rate;
    }

    private static BigDecimal amount(String value) {
        BigDecimal amount = decimal(value);
        if (amount == null || amount.signum() < 0) {
            throw new CliException("--value-per-sale: \"" + value + "\" is not an amount of at least 0, such as 1200.00");
        }
        return amount;
    }

    /** Returns the plain decimal {@code value} (digits, an optional point), or null. */
    private static BigDecimal decimal(String value) {
        if (!value.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
            return null;
        }
        return new BigDecimal(value);
    }

    /** Returns the data's currency: that of the first conversion, else of the costs; null when there is none. */
    private static Currency currency(List<Journey> journeys, Optional<Investment> costs) {
        for (Journey j : journeys) {
            if (!j.conversions().isEmpty()) {
                return j.conversions().get(0).value().currency();
            }
        }
        return costs.flatMap(i -> i.currencies().stream().findFirst()).orElse(null);
    }

    private static Money valuePerSale(BigDecimal amount, Currency currency) {
        if (currency == null) {
            throw new CliException("--value-per-sale: the data has no conversion or cost to give its currency");
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new CliException("--value-per-sale: \"" + amount.toPlainString() + "\" has more decimals than "
                    + currency.getCurrencyCode() + " allows", e);
        }
    }

    private static <T> T choice(Arguments a, String option, String byDefault, Map<String, T> values) {
        String value = a.value(option).orElse(byDefault);
        T chosen = values.get(value);
        if (chosen == null) {
            throw new CliException(option + ": \"" + value + "\" is not one of " + String.join(", ", values.keySet()));
        }
        return chosen;
    }
}
