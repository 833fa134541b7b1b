package org.roikit.attribution.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.AttributionTotals;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.Journey;
import org.roikit.attribution.JourneyConversion;
import org.roikit.attribution.ModelComparison;
import org.roikit.attribution.Touchpoint;
import org.roikit.attribution.io.ConversionCsv;
import org.roikit.attribution.io.CostCsv;
import org.roikit.attribution.io.CsvReader;
import org.roikit.attribution.io.JourneyCsv;
import org.roikit.attribution.io.TouchpointCsv;
import org.roikit.attribution.report.Audience;
import org.roikit.attribution.report.MarketingReport;
import org.roikit.attribution.report.ReportFormat;
import org.roikit.core.Conversion;
import org.roikit.core.Cost;
import org.roikit.core.Funnel;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.Roi;
import org.roikit.core.series.Granularity;

/**
 * {@code demo}: one quarter of a small software company's marketing, from the sample data bundled
 * in the jar, read through the same CSV readers as {@code attribute}. It prints the investment by
 * category, the total ROI, the funnel from journeys to leads to customers, the revenue every model
 * credits to each channel, and channel ROI and ROAS under the default model.
 *
 * <p>It also writes the dashboard of the quarter, one self-contained HTML page with the executive
 * summary first and the team detail below, to {@value #DASHBOARD} in the current directory or to
 * {@code --html FILE}, and prints its absolute path on the last line. The page is generated output:
 * an existing file of that name is replaced, and the last line says so
 * ({@code replaced the earlier file at PATH}).
 *
 * <p>{@code demo --write-data DIR} writes the three CSV files instead, so that {@code attribute}
 * can be tried on them; it never overwrites a file.
 */
final class DemoCommand {

    /** The first day of the sample quarter. */
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    /** The last day of the sample quarter. */
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    /** The sample files, in the resource folder {@code org/roikit/attribution/cli/demo/}. */
    static final List<String> FILES = List.of("touchpoints.csv", "conversions.csv", "costs.csv");

    /** The conversion types of the funnel: a journey with a lead, a journey with a sale. */
    static final String LEAD = "lead";
    static final String SALE = Conversion.SALE;

    private final PrintStream out;

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    /** The file name of the dashboard that {@code demo} writes by default, in the current directory. */
    static final String DASHBOARD = "roi-demo.html";

    void run(List<String> args) {
        Arguments a = Arguments.parse("demo", args, Map.of("--write-data", "DIR", "--html", "FILE"), Set.of());
        if (a.has("--write-data")) {
            if (a.has("--html")) {
                throw new CliException("demo --write-data writes the sample data only; leave out --html");
            }
            writeData(AttributeCommand.path("--write-data", a.value("--write-data").get()));
        } else {
            Path html = AttributeCommand.path("--html", a.value("--html").orElse(DASHBOARD));
            Path parent = html.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new CliException("--html " + html + ": the directory " + parent + " does not exist");
            }
            if (Files.isDirectory(html)) {
                throw new CliException("--html " + html + " is a directory");
            }
            show(html);
        }
    }

    /** The sample data: the journeys of the two files and every cost. */
    private record Sample(List<Journey> journeys, List<Cost> costs) {
    }

    private static Sample sample() {
        List<Journey> journeys;
        try (CsvReader<Touchpoint> touchpoints = TouchpointCsv.open(resource(FILES.get(0)), "demo/" + FILES.get(0));
                CsvReader<JourneyConversion> conversions =
                        ConversionCsv.open(resource(FILES.get(1)), "demo/" + FILES.get(1))) {
            journeys = JourneyCsv.join(touchpoints, conversions);
        }
        List<Cost> costs = new ArrayList<>();
        try (CsvReader<Cost> reader = CostCsv.open(resource(FILES.get(2)), "demo/" + FILES.get(2))) {
            reader.forEachRemaining(costs::add);
        }
        return new Sample(journeys, costs);
    }

    /**
     * Returns the dashboard of the sample quarter: {@link ReportFormat#HTML} of the whole report
     * ({@link Audience#ALL}: the executive summary with the team detail below), position-based
     * rows, every model compared, trend by month.
     */
    static String dashboard() {
        return dashboard(sample());
    }

    private static String dashboard(Sample sample) {
        MarketingReport report = MarketingReport.builder().journeys(sample.journeys())
                .costs(Investment.of(sample.costs())).from(FROM).to(TO).period(Granularity.MONTH)
                .title("roikit demo: one quarter of marketing").build();
        return ReportFormat.HTML.render(report, Audience.ALL);
    }

    private void show(Path html) {
        Sample sample = sample();
        // The page is written first, so that a file error leaves no half-printed demo.
        String page = dashboard(sample);
        boolean replaced = Files.exists(html);
        try {
            Files.writeString(html, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--html " + html + ": cannot write: " + Main.reason(e), e);
        }
        List<Journey> journeys = sample.journeys();
        List<Cost> costs = sample.costs();
        Investment investment = Investment.of(costs).within(FROM, TO);
        AttributionSettings settings = AttributionSettings.defaults().withPeriod(FROM, TO);
        ComparisonReport comparison = ModelComparison.of(AttributionModel.all()).withSettings(settings)
                .attribute(journeys);
        AttributionReport byDefault = comparison.report(AttributionModel.positionBased()).withCosts(investment);

        int touches = 0;
        Set<String> channels = new HashSet<>();
        long leads = 0;
        long customers = 0;
        Map<String, List<Money>> byType = new TreeMap<>();
        int conversions = 0;
        for (Journey journey : journeys) {
            touches += journey.touchpoints().size();
            journey.touchpoints().forEach(t -> channels.add(t.channel()));
            boolean lead = false;
            boolean sale = false;
            for (Conversion c : journey.conversions()) {
                conversions++;
                byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c.value());
                lead |= c.type().equals(LEAD);
                sale |= c.type().equals(SALE);
            }
            leads += lead ? 1 : 0;
            customers += sale ? 1 : 0;
        }

        line("roikit demo: attribution of one quarter of marketing, " + FROM + ".." + TO);
        line("Sample data of a small software company, bundled in roi.jar: " + journeys.size() + " customer journeys");
        line("with " + touches + " touches on " + channels.size() + " channels, " + conversions + " conversions and "
                + costs.size() + " costs.");
        line("Write it out as CSV files with: java -jar roi.jar demo --write-data DIR");

        heading("Investment");
        line(investment);

        heading("Return on investment");
        for (AttributionTotals totals : byDefault.totals()) {
            List<String> parts = new ArrayList<>();
            byType.forEach((type, values) -> {
                List<Money> inCurrency = values.stream().filter(v -> v.currency().equals(totals.currency())).toList();
                parts.add(inCurrency.size() + " " + type + (inCurrency.size() == 1 ? "" : "s") + " "
                        + Money.total(totals.currency(), inCurrency));
            });
            line("Returned: " + totals.revenue() + " from " + totals.conversions() + " conversions ("
                    + String.join(", ", parts) + ")");
            line(Roi.of(totals.revenue(), investment.total(totals.currency())));
        }

        heading("Funnel");
        line(Funnel.start("journeys", journeys.size()).thenCount("leads", leads)
                .thenCount("customers", customers));
        line("(journeys with a lead, and journeys with a sale; every customer was a lead first)");

        heading("Revenue by channel under every model");
        line(comparison.toTable(Dimension.CHANNEL));
        line("(every model credits the same revenue; they differ in which channels they credit it to)");

        heading("Channel ROI and ROAS under " + AttributionModel.positionBased().name() + ", the default model");
        line(byDefault.toTable(Dimension.CHANNEL));
        line("(costs without a channel, such as tools and people's time, are the row "
                + AttributionReport.UNASSIGNED + ")");

        line("");
        line("Dashboard (executive summary, then the team detail): " + (replaced ? "replaced the earlier file at " : "")
                + html.toAbsolutePath().normalize());
    }

    /** Prints {@code text} and a line feed, the same on every platform. */
    private void line(Object text) {
        out.print(text + "\n");
    }

    private void heading(String title) {
        line("");
        line("== " + title + " ==");
    }

    private void writeData(Path dir) {
        List<Path> targets = new ArrayList<>();
        for (String file : FILES) {
            Path target = dir.resolve(file);
            if (Files.exists(target)) {
                throw new CliException("demo --write-data: " + target + " already exists; remove it or choose"
                        + " another directory");
            }
            targets.add(target);
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("demo --write-data: " + dir + " exists and is not a directory", e);
        } catch (IOException e) {
            throw new CliException("demo --write-data: cannot create the directory " + dir + ": " + Main.reason(e), e);
        }
        for (int i = 0; i < FILES.size(); i++) {
            try (InputStream in = resource(FILES.get(i))) {
                Files.copy(in, targets.get(i));
            } catch (IOException e) {
                throw new CliException("demo --write-data: cannot write " + targets.get(i) + ": " + Main.reason(e), e);
            }
        }
        line("Wrote " + targets.get(0) + ", " + targets.get(1) + " and " + targets.get(2) + ".");
        line("Try: java -jar roi.jar attribute --touchpoints " + targets.get(0) + " --conversions "
                + targets.get(1) + " --costs " + targets.get(2) + " --from " + FROM + " --to " + TO + " --model all");
    }

    /** Returns the bundled sample file {@code name}. */
    static InputStream resource(String name) {
        InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name);
        if (in == null) {
            throw new IllegalStateException("the sample file demo/" + name + " is missing from the jar");
        }
        return in;
    }
}
