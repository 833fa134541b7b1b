package org.roikit.attribution.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The command line of roikit, {@code java -jar roi.jar COMMAND [OPTIONS]}: {@code demo},
 * {@code attribute}, {@code report}, {@code help} and {@code --version}; {@code help} prints the usage.
 *
 * <p>Exit status: 0 on success; 2 when the arguments or the input are bad, with one line on
 * standard error that names the problem (and a stack trace only with {@code --debug}); 1 on an
 * unexpected internal error. Standard output and standard error are written in UTF-8.
 */
public final class Main {

    /** The version of roikit, as in the pom (a test checks that they agree). */
    static final String VERSION = "0.1.0-SNAPSHOT";

    /** The usage text of {@code help}. */
    static final String USAGE = """
            Usage: java -jar roi.jar COMMAND [OPTIONS]

            Commands:
              demo                      attribute a bundled sample quarter (2026-01-01..2026-03-31) and print
                                        the investment, total ROI, a funnel, all models side by side and
                                        channel ROI and ROAS; also write the
                                        dashboard, one HTML page, to roi-demo.html (replacing an earlier
                                        one, and saying so) and print its path
              demo --html FILE          the same, with the dashboard written to FILE
              demo --write-data DIR     write the sample data to DIR as touchpoints.csv, conversions.csv and
                                        costs.csv, to try attribute on them
              attribute                 credit the conversions of CSV files to channels or campaigns
              report                    the marketing report of CSV files: the executive summary, the team
                                        detail or both, as text, Markdown, HTML, JSON or CSV
              help, --help, -h          print this help
              --version                 print the version

            Options of attribute:
              --touchpoints FILE        touchpoints CSV: journey_id,timestamp,channel[,campaign,type] (required)
              --conversions FILE        conversions CSV: journey_id,timestamp,value,currency
                                        [,conversion_id,type] (required)
              --costs FILE              costs CSV: channel,amount,currency[,campaign,category,date]; adds cost,
                                        ROAS and ROI
              --model NAME              last-touch, first-touch, linear, time-decay, position-based (default),
                                        last-non-direct, or all for every model side by side
              --half-life DURATION      time-decay half-life, ISO-8601 such as P7D (default) or PT12H;
                                        with --model time-decay or all
              --weights F,M,L           position-based weights of the first, middle and last touches, such
                                        as 0.2,0.2,0.6, or u-shape (0.4,0.2,0.4, default), j (0.2,0.2,0.6),
                                        inverse-j (0.6,0.2,0.2); with --model position-based or all
              --direct CHANNELS         channels that last-non-direct passes over, comma-separated
                                        (default direct,(direct)); with --model last-non-direct or all
              --lookback DURATION       how long before a conversion a touch still counts, ISO-8601
                                        (default P90D)
              --reset-after-conversion  a touch serves only the next conversion of its journey
                                        (default: every conversion within the lookback)
              --collapse-repeats        consecutive touches on one channel count as one
              --from DATE               first day of the report period (UTC, such as 2026-01-01); needs --to
              --to DATE                 last day of the report period, inclusive; needs --from. Only
                                        conversions of the period are reported; costs dated in it and undated
                                        costs count. Without a period, every conversion and every cost
                                        count, whatever their dates.
              --by channel|campaign     one row per channel (default) or per campaign
              --format table|csv|json   output format (default table)
              --output FILE             write the result to FILE (UTF-8) instead of standard output
              --sorted                  both input files are sorted by journey_id: stream them in little
                                        memory instead of reading them whole
              --threads N               attribute with N threads, at least 1 (default 1); the result is
                                        the same for any N

            Options of report: --touchpoints, --conversions, --costs, --half-life, --weights, --direct,
            --lookback, --reset-after-conversion, --collapse-repeats and --output as for attribute, and
              --model NAME              the model of the channel and campaign rows: one of the models of
                                        attribute, not all (default position-based); the model comparison
                                        always holds every model
              --from DATE               first day of the report window (default: the first day of the data)
              --to DATE                 last day of the report window (default: the last day of the data)
              --period month|quarter    length of the periods of the trend (default month)
              --audience executive|team|all
                                        the executive summary (default), the team detail, or both
              --title TEXT              the report's title (default Marketing report)
              --social CHANNELS         the channels of CAC and CPA from social, comma-separated (default:
                                        the social channels of the default channel grouping)
              --content-attribute NAME  the touchpoint attribute that names content (default content)
              --top N                   how many best and worst content rows (default 5)
              --lead-to-sale RATE       with --value-per-sale, value the pipeline by a funnel: each lead is
              --value-per-sale AMOUNT   worth RATE x AMOUNT (RATE between 0 and 1, AMOUNT in the data's
                                        currency); without them, the leads' recorded value. Goals are set
                                        through the API only (MarketingReport.Builder.goals)
              --format text|md|html|json|csv
                                        output format (default text); html is one self-contained page

            Any command:
              --debug                   print the stack trace of an error

            Exit status: 0 on success, 2 on bad arguments or input (one line on standard error),
            1 on an internal error.
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status when that is not zero.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line, writing results to {@code out} and problems to {@code err}.
     *
     * @return the exit status: 0 on success, 2 on bad arguments or input, 1 on an internal error
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        List<String> rest = new ArrayList<>(Arrays.asList(Objects.requireNonNull(args, "args")));
        boolean debug = rest.remove("--debug");
        try {
            if (rest.remove("--debug")) {
                throw new CliException("--debug is given twice");
            }
            dispatch(rest, out);
            out.flush();
            return 0;
        } catch (CliException e) {
            err.print("roi: " + oneLine(e.getMessage()) + "\n");
            if (debug) {
                e.printStackTrace(err);
            }
            return 2;
        } catch (RuntimeException e) {
            err.print("roi: internal error: " + oneLine(String.valueOf(e))
                    + (debug ? "" : " (run with --debug for the stack trace)") + "\n");
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void dispatch(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new CliException("no command given; use demo, attribute, report, help or --version");
        }
        String command = args.get(0);
        List<String> options = args.subList(1, args.size());
        switch (command) {
            case "help", "--help", "-h" -> {
                noArguments(command, options);
                out.print(USAGE);
            }
            case "--version" -> {
                noArguments(command, options);
                out.print("roi " + VERSION + "\n");
            }
            case "demo" -> {
                if (asksForHelp(options)) {
                    out.print(USAGE);
                } else {
                    new DemoCommand(out).run(options);
                }
            }
            case "attribute" -> {
                if (asksForHelp(options)) {
                    out.print(USAGE);
                } else {
                    new AttributeCommand(out).run(options);
                }
            }
            case "report" -> {
                if (asksForHelp(options)) {
                    out.print(USAGE);
                } else {
                    new ReportCommand(out).run(options);
                }
            }
            default -> throw new CliException((command.startsWith("-") ? "unknown option " + command
                    : "unknown command \"" + command + "\"") + "; use demo, attribute, report, help or --version");
        }
    }

    private static void noArguments(String command, List<String> options) {
        if (!options.isEmpty()) {
            throw new CliException(command + " takes no arguments, but was given \"" + options.get(0) + "\"");
        }
    }

    private static boolean asksForHelp(List<String> options) {
        return options.contains("--help") || options.contains("-h");
    }

    /**
     * Returns {@code message} with control characters escaped as in Java ({@code \n},
     * {@code \u001b}), so that an error stays on one line whatever values it quotes.
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Returns what went wrong in {@code e} in a few words, such as {@code no such file or directory}. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e);
    }
}
