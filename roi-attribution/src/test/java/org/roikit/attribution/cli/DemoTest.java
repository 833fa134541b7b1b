package org.roikit.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roikit.attribution.cli.MainTest.assertError;
import static org.roikit.attribution.cli.MainTest.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.cli.MainTest.Result;

/**
 * Runs {@code demo} and checks its figures against sums computed here, independently, from the
 * bundled CSV files split by hand (they hold no quoted fields).
 */
class DemoTest {

    private static final List<String> MODELS = List.of("last-touch", "first-touch", "linear", "time-decay",
            "position-based", "last-non-direct");

    private static Result demo;
    private static List<String> lines;
    private static Path page;

    @TempDir
    static Path pages;

    /** The value of every conversion, the quarter's total return. */
    private static BigDecimal returned = BigDecimal.ZERO;
    /** The cost of each channel, "(unassigned)" for costs without one. */
    private static final Map<String, BigDecimal> COST_BY_CHANNEL = new TreeMap<>();
    private static final Map<String, BigDecimal> COST_BY_CATEGORY = new LinkedHashMap<>();
    private static BigDecimal invested = BigDecimal.ZERO;

    @TempDir
    Path dir;

    @BeforeAll
    static void runDemo() throws IOException {
        page = pages.resolve("roi-demo.html");
        demo = run("demo", "--html", page.toString());
        lines = demo.out().lines().toList();
        for (String line : DemoDataGeneratorTest.lines("conversions.csv").subList(1, DemoDataGeneratorTest
                .lines("conversions.csv").size())) {
            returned = returned.add(new BigDecimal(line.split(",", -1)[2]));
        }
        for (String line : DemoDataGeneratorTest.lines("costs.csv").subList(1, DemoDataGeneratorTest
                .lines("costs.csv").size())) {
            String[] f = line.split(",", -1);
            BigDecimal amount = new BigDecimal(f[1]);
            COST_BY_CHANNEL.merge(f[0].isEmpty() ? "(unassigned)" : f[0], amount, BigDecimal::add);
            COST_BY_CATEGORY.merge(f[4], amount, BigDecimal::add);
            invested = invested.add(amount);
        }
    }

    @Test
    void demo_printsEverySection_inOrder_andNothingOnStderr() {
        assertThat(demo.status()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(lines.get(0)).isEqualTo("roikit demo: attribution of one quarter of marketing, 2026-01-01..2026-03-31");
        assertThat(demo.out()).containsSubsequence("\n== Investment ==\n", "\n== Return on investment ==\n",
                "\n== Funnel ==\n", "\n== Revenue by channel under every model ==\n",
                "\n== Channel ROI and ROAS under position-based, the default model ==\n");
    }

    @Test
    void demo_writesTheDashboard_andEndsWithItsAbsolutePath() throws IOException {
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Dashboard (executive summary, then the team detail): "
                + page.toAbsolutePath().normalize());
        assertThat(lines.get(lines.size() - 2)).isEmpty();
        assertThat(Files.readString(page)).isEqualTo(DemoCommand.dashboard())
                .startsWith("<!DOCTYPE html>").contains("<h1>roikit demo: one quarter of marketing</h1>");
    }

    @Test
    void demo_isTheSameEveryTime_andSaysWhenItReplacesTheDashboard() throws IOException {
        Path again = dir.resolve("dashboard.html");
        Path absolute = again.toAbsolutePath().normalize();
        Result firstRun = run("demo", "--html", again.toString());
        Result secondRun = run("demo", "--html", again.toString());
        assertThat(firstRun.status()).isZero();
        assertThat(secondRun.status()).isZero();
        assertThat(secondRun.err()).isEmpty();
        String first = firstRun.out();
        String second = secondRun.out();

        String line = "Dashboard (executive summary, then the team detail): ";
        assertThat(first.replace(absolute.toString(), page.toAbsolutePath().normalize().toString())).isEqualTo(demo.out());
        assertThat(first).endsWith(line + absolute + "\n");
        assertThat(second).isEqualTo(first.replace(line, line + "replaced the earlier file at "));
        assertThat(Files.readString(again)).isEqualTo(DemoCommand.dashboard());
    }

    @Test
    void demo_investment_isEveryCost_byCategory() {
        assertThat(lines).contains("Investment EUR " + invested.toPlainString());
        assertThat(COST_BY_CATEGORY.keySet()).containsExactlyInAnyOrder("ad spend", "tools", "content creation",
                "personnel time", "agency", "other");
        COST_BY_CATEGORY.forEach((category, amount) -> assertThat(lines)
                .anyMatch(l -> l.matches("  " + category + " +EUR +" + amount.toPlainString().replace(".", "\\.")
                        + " +[0-9.]+%")));
    }

    @Test
    void demo_totalRoi_isTheReturnOnTheInvestment() {
        BigDecimal profit = returned.subtract(invested);
        String percent = profit.multiply(BigDecimal.valueOf(100)).divide(invested, 2, RoundingMode.HALF_UP).toPlainString();
        String roas = returned.divide(invested, 2, RoundingMode.HALF_UP).toPlainString();
        assertThat(lines).contains("ROI " + percent + "% (return EUR " + returned.toPlainString() + ", investment EUR "
                + invested.toPlainString() + ", profit EUR " + profit.toPlainString() + ", ROAS " + roas + "x)");
        assertThat(profit.signum()).as("the sample quarter pays off").isPositive();
    }

    @Test
    void demo_funnel_countsJourneysLeadsAndCustomers() throws IOException {
        Set<String> journeys = new HashSet<>();
        Set<String> leads = new HashSet<>();
        Set<String> customers = new HashSet<>();
        for (String line : tail(DemoDataGeneratorTest.lines("touchpoints.csv"))) {
            journeys.add(line.split(",", -1)[0]);
        }
        for (String line : tail(DemoDataGeneratorTest.lines("conversions.csv"))) {
            String[] f = line.split(",", -1);
            journeys.add(f[0]);
            (f[5].equals("lead") ? leads : customers).add(f[0]);
        }
        assertThat(leads).containsAll(customers);
        List<String> funnel = section("Funnel");
        assertThat(funnel.get(0)).isEqualTo("Funnel");
        assertThat(cells(funnel.get(1))).containsExactly("journeys", String.valueOf(journeys.size()));
        assertThat(cells(funnel.get(2))).containsExactly("leads", String.valueOf(leads.size()),
                percent(leads.size(), journeys.size()));
        assertThat(cells(funnel.get(3))).containsExactly("customers", String.valueOf(customers.size()),
                percent(customers.size(), leads.size()));
        assertThat(cells(funnel.get(4))).containsExactly("overall", percent(customers.size(), journeys.size()));
    }

    @Test
    void demo_everyCustomerWasALeadFirst_asTheFunnelSays() throws IOException {
        Map<String, String> firstLead = new TreeMap<>();
        List<String[]> sales = new ArrayList<>();
        for (String line : tail(DemoDataGeneratorTest.lines("conversions.csv"))) {
            String[] f = line.split(",", -1);
            if (f[5].equals("lead")) {
                firstLead.putIfAbsent(f[0], f[1]);
            } else {
                sales.add(f);
            }
        }
        // All timestamps have the same offset, so they compare as text.
        assertThat(sales).isNotEmpty().allSatisfy(s -> assertThat(firstLead.get(s[0])).isNotNull().isLessThan(s[1]));
    }

    @Test
    void demo_comparison_channelsPlusUnattributed_areTheWholeReturn_forEveryModel() {
        Map<String, List<BigDecimal>> table = table(section("Revenue by channel under every model"), "EUR revenue");
        assertThat(table.remove("channel")).isNull();
        BigDecimal[] sums = new BigDecimal[MODELS.size()];
        Arrays.fill(sums, BigDecimal.ZERO);
        table.forEach((name, figures) -> {
            if (!name.equals("total")) {
                for (int m = 0; m < MODELS.size(); m++) {
                    sums[m] = sums[m].add(figures.get(m));
                }
            }
        });
        for (int m = 0; m < MODELS.size(); m++) {
            assertThat(sums[m]).as(MODELS.get(m)).isEqualTo(returned);
            assertThat(table.get("total").get(m)).as(MODELS.get(m)).isEqualTo(returned);
        }
        assertThat(table.keySet()).containsExactly("direct", "email", "facebook", "google-ads", "instagram", "linkedin",
                "organic-search", "referral", "tiktok", "(unattributed)", "total");
        // The models really differ: first touch gives email nothing, last touch gives it its share.
        assertThat(table.get("email").get(1)).isEqualTo(new BigDecimal("0.00"));
        assertThat(table.get("email").get(0)).isPositive();
    }

    @Test
    void demo_comparison_headsItsColumnsWithTheModelNames() {
        List<String> section = section("Revenue by channel under every model");
        int header = section.indexOf("EUR revenue") + 1;
        assertThat(cells(section.get(header))).containsExactlyElementsOf(
                concat(List.of("channel"), MODELS));
    }

    @Test
    void demo_channelRoi_joinsEveryCostOfTheQuarter_toItsChannel() {
        List<String> section = section("Channel ROI and ROAS under position-based, the default model");
        assertThat(section.get(0)).startsWith("position-based(0.4, 0.2, 0.4) by channel; lookback P90D,");
        Map<String, List<BigDecimal>> revenue = table(section("Revenue by channel under every model"), "EUR revenue");
        BigDecimal costs = BigDecimal.ZERO;
        int rows = 0;
        for (String line : section) {
            List<String> c = cells(line);
            if (c.size() != 8 || List.of("channel", "(unattributed)", "total").contains(c.get(0))) {
                continue;
            }
            rows++;
            // channel, conversions, revenue, share, cost, ROAS, ROI, CPA
            String name = c.get(0);
            BigDecimal cost = COST_BY_CHANNEL.getOrDefault(name, new BigDecimal("0.00"));
            assertThat(new BigDecimal(c.get(2))).as(name).isEqualTo(
                    name.equals("(unassigned)") ? new BigDecimal("0.00") : revenue.get(name).get(4));
            assertThat(new BigDecimal(c.get(4))).as(name).isEqualTo(cost);
            if (cost.signum() > 0) {
                assertThat(c.get(5)).as(name).isEqualTo(
                        new BigDecimal(c.get(2)).divide(cost, 2, RoundingMode.HALF_UP).toPlainString() + "x");
            } else {
                assertThat(c.get(5)).as(name).isEqualTo("-");
            }
            costs = costs.add(cost);
        }
        assertThat(rows).isEqualTo(10);
        assertThat(costs).isEqualTo(invested);
    }

    @Test
    void writeData_writesTheBundledFiles_andSaysHowToUseThem() throws IOException {
        Path target = dir.resolve("sample");
        Result r = run("demo", "--write-data", target.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        for (String file : DemoCommand.FILES) {
            assertThat(Files.readAllBytes(target.resolve(file))).as(file).isEqualTo(DemoDataGeneratorTest.bundled(file));
        }
        String tp = target.resolve("touchpoints.csv").toString();
        String cv = target.resolve("conversions.csv").toString();
        String co = target.resolve("costs.csv").toString();
        assertThat(r.out()).isEqualTo("Wrote " + tp + ", " + cv + " and " + co + ".\n"
                + "Try: java -jar roi.jar attribute --touchpoints " + tp + " --conversions " + cv + " --costs " + co
                + " --from 2026-01-01 --to 2026-03-31 --model all\n");
    }

    @Test
    void writtenData_attributesAsTheDemoDoes_andStreamsTheSameWhenSorted() throws IOException {
        Path target = dir.resolve("sample");
        run("demo", "--write-data", target.toString());
        String[] args = {"attribute", "--touchpoints", target.resolve("touchpoints.csv").toString(), "--conversions",
            target.resolve("conversions.csv").toString(), "--from", "2026-01-01", "--to", "2026-03-31", "--model",
            "all", "--format", "csv"};
        Result inMemory = run(args);
        assertThat(inMemory.status()).isZero();
        List<String> sorted = new ArrayList<>(Arrays.asList(args));
        sorted.add("--sorted");
        assertThat(run(sorted.toArray(new String[0]))).isEqualTo(inMemory);
        Map<String, List<BigDecimal>> revenue = table(section("Revenue by channel under every model"), "EUR revenue");
        for (String line : inMemory.out().lines().skip(1).toList()) {
            String[] f = line.split(",", -1);
            assertThat(new BigDecimal(f[3])).as(line).isEqualTo(revenue.get(f[1]).get(MODELS.indexOf(f[0])));
        }
    }

    @Test
    void writeData_neverOverwrites() throws IOException {
        Files.writeString(dir.resolve("costs.csv"), "mine");
        assertError(run("demo", "--write-data", dir.toString()), "demo --write-data: " + dir.resolve("costs.csv")
                + " already exists; remove it or choose another directory");
        assertThat(dir.resolve("touchpoints.csv")).doesNotExist();
        assertThat(Files.readString(dir.resolve("costs.csv"))).isEqualTo("mine");
    }

    @Test
    void writeData_intoAFile_isAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertError(run("demo", "--write-data", file.toString()),
                "demo --write-data: " + file + " exists and is not a directory");
    }

    @Test
    void writeData_underAFile_isAnError() throws IOException {
        Path under = Files.writeString(dir.resolve("file"), "x").resolve("sub");
        assertError(run("demo", "--write-data", under.toString()),
                "demo --write-data: cannot create the directory " + under + ": Not a directory");
    }

    @Test
    void demo_rejectsUnknownOptionsAndArguments() {
        assertError(run("demo", "--write-data", dir.toString(), "--html", "x.html"),
                "demo --write-data writes the sample data only; leave out --html");
        assertError(run("demo", "--html", dir.toString()), "--html " + dir + " is a directory");
        Path nowhere = dir.resolve("no").resolve("x.html");
        assertError(run("demo", "--html", nowhere.toString()), "--html " + nowhere + ": the directory "
                + nowhere.getParent() + " does not exist");
        assertError(run("demo", "--model", "linear"), "demo: unknown option --model (see roi help)");
        assertError(run("demo", "now"), "demo: unexpected argument \"now\" (options start with --)");
        assertError(run("demo", "--write-data"), "--write-data needs a value: --write-data DIR");
    }

    /** Returns the lines of the section under {@code == title ==}, up to the next blank line. */
    private static List<String> section(String title) {
        int start = lines.indexOf("== " + title + " ==");
        assertThat(start).as(title).isNotNegative();
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            section.add(lines.get(i));
        }
        return section;
    }

    /** Returns the rows of the indented table after the line {@code title}, by name; the header row maps to null. */
    private static Map<String, List<BigDecimal>> table(List<String> section, String title) {
        Map<String, List<BigDecimal>> table = new LinkedHashMap<>();
        for (int i = section.indexOf(title) + 1; i < section.size() && section.get(i).startsWith("  "); i++) {
            List<String> c = cells(section.get(i));
            if (c.get(0).equals("channel")) {
                table.put("channel", null);
                continue;
            }
            List<BigDecimal> figures = new ArrayList<>();
            for (String cell : c.subList(1, c.size())) {
                figures.add(new BigDecimal(cell));
            }
            table.put(c.get(0), figures);
        }
        return table;
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" +"));
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(1, lines.size());
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
