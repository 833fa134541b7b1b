package org.roikit.attribution.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates the demo's sample data, one quarter (2026-01-01..2026-03-31) of a small software
 * company's marketing, from a fixed seed, so that the files bundled under
 * {@code src/main/resources/org/roikit/attribution/cli/demo/} are reproducible:
 * {@link DemoDataGeneratorTest} regenerates them and checks that they are byte-identical.
 *
 * <p>The story: 2000 customer journeys start between 2025-12-15 and 2026-03-25 on LinkedIn,
 * Facebook, Instagram, TikTok, Google Ads, organic search, referral or direct, and continue on
 * those channels and the email newsletter (which only reaches people after their first touch).
 * Some leave a lead (a demo request, valued at EUR 40.00); some leads buy an annual plan (EUR
 * 490.00, 1290.00 or 2990.00). Conversions outside the quarter and touches after it are left out.
 * 24 more journeys are contacts from a trade fair in February, with a lead and sometimes a sale
 * but no online touch: they are the unattributed bucket. Costs, dated on the first day of each
 * month: ad spend per paid channel and campaign, tools, content creation, an SEO agency, a partner
 * programme, and personnel time (hours times an hourly rate, written as the amount).
 *
 * <p>Touch timestamps are UTC instants; conversion timestamps are offset date-times in the
 * company's time zone (+01:00), so the files show both forms. Both files are sorted by journey id
 * and then time, so {@code attribute --sorted} can stream them. Only {@link Random} (whose
 * algorithm is specified) and integer arithmetic decide the data, so every JDK gives the same
 * bytes.
 *
 * <p>To regenerate the bundled files after changing this class, build once and run
 * {@code java -cp roi-core/target/classes:roi-attribution/target/classes:roi-attribution/target/test-classes
 * org.roikit.attribution.cli.DemoDataGenerator roi-attribution/src/main/resources/org/roikit/attribution/cli/demo}.
 */
final class DemoDataGenerator {

    static final long SEED = 20260331L;
    static final int JOURNEYS = 2000;
    static final int FAIR_CONTACTS = 24;

    private static final Instant QUARTER_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant QUARTER_END = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant FIRST_START = Instant.parse("2025-12-15T00:00:00Z");
    private static final int START_DAYS = 101;
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(1);
    private static final DateTimeFormatter OFFSET_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private static final long LEAD_CENTS = 4000;
    private static final long[] PLAN_CENTS = {49000, 129000, 299000};
    private static final int[] PLAN_WEIGHTS = {50, 35, 15};

    private static final int[] TOUCH_COUNT_WEIGHTS = {0, 30, 22, 17, 12, 9, 6, 4};

    /** A channel: its campaigns (none for organic channels), touch type and how often it comes first or later. */
    private record Channel(String name, String[] campaigns, String type, int firstWeight, int laterWeight) {
    }

    private static final Channel EMAIL = new Channel("email", new String[0], "click", 0, 24);

    private static final List<Channel> CHANNELS = List.of(
            new Channel("linkedin", new String[] {"q1-webinar", "q1-whitepaper"}, "click", 20, 8),
            new Channel("facebook", new String[] {"retargeting", "brand-video"}, "click", 12, 10),
            new Channel("instagram", new String[] {"brand-video", "spring-stories"}, "click", 12, 6),
            new Channel("tiktok", new String[] {"brand-video", "creator-collab"}, "view", 12, 3),
            EMAIL,
            new Channel("google-ads", new String[] {"search-brand", "search-generic"}, "click", 14, 14),
            new Channel("organic-search", new String[0], "visit", 16, 10),
            new Channel("referral", new String[] {"partner-program"}, "visit", 8, 3),
            new Channel("direct", new String[0], "visit", 6, 22));

    /** The segments of the company's customers, drawn once per journey. */
    private static final String[] SEGMENTS = {"smb", "mid-market", "enterprise"};
    private static final int[] SEGMENT_WEIGHTS = {55, 30, 15};

    private final Random random = new Random(SEED);
    /**
     * Draws the attribute columns only, so that adding them left every other column as it was:
     * the columns drawn from {@link #random} come out the same as before.
     */
    private final Random attributes = new Random(SEED + 1);
    private final StringBuilder touchpoints =
            new StringBuilder("journey_id,timestamp,channel,campaign,type,content_type,segment,content\n");
    private final StringBuilder conversions =
            new StringBuilder("journey_id,timestamp,value,currency,conversion_id,type\n");
    private final StringBuilder costs = new StringBuilder("channel,amount,currency,campaign,category,date\n");
    private int leadNumber;
    private int saleNumber;

    private DemoDataGenerator() {
    }

    /** Returns the three files, by name in {@link DemoCommand#FILES} order, as text. */
    static Map<String, String> generate() {
        DemoDataGenerator g = new DemoDataGenerator();
        for (int j = 1; j <= JOURNEYS; j++) {
            g.journey(String.format(Locale.ROOT, "j-%05d", j));
        }
        for (int j = JOURNEYS + 1; j <= JOURNEYS + FAIR_CONTACTS; j++) {
            g.fairContact(String.format(Locale.ROOT, "j-%05d", j));
        }
        for (int month = 1; month <= 3; month++) {
            g.costs(LocalDate.of(2026, month, 1));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DemoCommand.FILES.get(0), g.touchpoints.toString());
        files.put(DemoCommand.FILES.get(1), g.conversions.toString());
        files.put(DemoCommand.FILES.get(2), g.costs.toString());
        return files;
    }

    /**
     * Writes the three files into the directory {@code args[0]}.
     *
     * @param args the target directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Returns the {@code content_type,segment,content} cells of a touch on {@code channel}: what
     * kind of content the channel carries, the journey's segment, and which piece (such as
     * {@code video-02}). A direct visit carries no content: its content cells are empty, so the
     * attributes are absent for that touch.
     */
    private String contentColumns(String channel, String segment) {
        String[] types = switch (channel) {
            case "linkedin" -> new String[] {"article", "carousel", "webinar", "video"};
            case "facebook", "instagram" -> new String[] {"carousel", "video"};
            case "tiktok" -> new String[] {"video"};
            case "email" -> new String[] {"email-newsletter"};
            case "google-ads" -> new String[] {"search-ad"};
            case "organic-search" -> new String[] {"article"};
            case "referral" -> new String[] {"webinar", "article"};
            default -> new String[0];
        };
        if (types.length == 0) {
            return "," + segment + ",";
        }
        String type = types[attributes.nextInt(types.length)];
        return type + "," + segment + "," + type + String.format(Locale.ROOT, "-%02d", 1 + attributes.nextInt(4));
    }

    private void journey(String id) {
        List<Instant> times = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        // A journey that ends before the quarter without converting is not part of it: draw again.
        do {
            times.clear();
            channels.clear();
            int n = pick(TOUCH_COUNT_WEIGHTS);
            Instant t = FIRST_START.plus(Duration.ofDays(random.nextInt(START_DAYS)))
                    .plus(Duration.ofMinutes(7 * 60 + random.nextInt(15 * 60)));
            for (int i = 0; i < n && t.isBefore(QUARTER_END); i++) {
                times.add(t);
                channels.add(channel(i == 0));
                int days = random.nextInt(4) == 0 ? 12 : 3;
                t = t.plus(Duration.ofMinutes(30 + random.nextInt(days * 24 * 60)));
            }
        } while (times.get(times.size() - 1).isBefore(QUARTER_START));

        String segment = SEGMENTS[pick(attributes, SEGMENT_WEIGHTS)];
        for (int i = 0; i < times.size(); i++) {
            Channel c = channels.get(i);
            touchpoints.append(id).append(',').append(times.get(i)).append(',').append(c.name()).append(',')
                    .append(campaign(c, times.get(i))).append(',').append(c.type()).append(',')
                    .append(contentColumns(c.name(), segment)).append('\n');
        }

        int n = times.size();
        // More touches, more interest: a lead after 1 touch in 10, after 7 touches in 3.
        if (random.nextInt(1000) >= 60 + 35 * n) {
            return;
        }
        int afterTouch = random.nextInt(n);
        Instant lead = times.get(afterTouch).plus(Duration.ofMinutes(2 + random.nextInt(90)));
        if (lead.isBefore(QUARTER_START) || !lead.isBefore(QUARTER_END)) {
            return;
        }
        conversion(id, lead, LEAD_CENTS, String.format(Locale.ROOT, "L-%04d", ++leadNumber), DemoCommand.LEAD);
        int touchesAfter = n - 1 - afterTouch;
        if (random.nextInt(100) >= 22 + 6 * Math.min(touchesAfter, 4)) {
            return;
        }
        Instant sale = touchesAfter > 0
                ? times.get(n - 1).plus(Duration.ofMinutes(5 + random.nextInt(5 * 24 * 60)))
                : lead.plus(Duration.ofMinutes(24 * 60 + random.nextInt(19 * 24 * 60)));
        if (sale.isBefore(QUARTER_END)) {
            conversion(id, sale, PLAN_CENTS[pick(PLAN_WEIGHTS)], String.format(Locale.ROOT, "S-%04d", ++saleNumber),
                    DemoCommand.SALE);
        }
    }

    private void fairContact(String id) {
        Instant lead = Instant.parse("2026-02-10T08:00:00Z").plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
        conversion(id, lead, LEAD_CENTS, String.format(Locale.ROOT, "L-%04d", ++leadNumber), DemoCommand.LEAD);
        if (random.nextInt(100) < 40) {
            Instant sale = lead.plus(Duration.ofMinutes(3 * 24 * 60 + random.nextInt(30 * 24 * 60)));
            conversion(id, sale, PLAN_CENTS[pick(PLAN_WEIGHTS)], String.format(Locale.ROOT, "S-%04d", ++saleNumber),
                    DemoCommand.SALE);
        }
    }

    private void conversion(String id, Instant at, long cents, String conversionId, String type) {
        conversions.append(id).append(',').append(OFFSET_TIME.format(at.atOffset(LOCAL))).append(',')
                .append(euros(cents)).append(",EUR,").append(conversionId).append(',').append(type).append('\n');
    }

    private void costs(LocalDate month) {
        String[][] adSpend = {
            {"linkedin", "q1-webinar", "2200"}, {"linkedin", "q1-whitepaper", "1600"},
            {"facebook", "retargeting", "900"}, {"facebook", "brand-video", "1100"},
            {"instagram", "brand-video", "900"}, {"instagram", "spring-stories", "700"},
            {"tiktok", "brand-video", "800"}, {"tiktok", "creator-collab", "600"},
            {"google-ads", "search-brand", "700"}, {"google-ads", "search-generic", "2100"},
        };
        for (String[] ad : adSpend) {
            // Spend varies from 90% to 110% of the plan, in whole euros.
            long euros = Long.parseLong(ad[2]) * (90 + random.nextInt(21)) / 100;
            cost(ad[0], euros * 100, ad[1], "ad spend", month);
        }
        if (month.getMonthValue() == 1) {
            cost("", 240000, "brand-video", "content creation", month);
        }
        cost("tiktok", 120000, "creator-collab", "content creation", month);
        cost("email", 45000, newsletter(month), "content creation", month);
        cost("organic-search", 110000, "", "content creation", month);
        cost("email", 14900, "", "tools", month);
        cost("", 29900, "", "tools", month);
        cost("", 8900, "", "tools", month);
        cost("organic-search", 150000, "", "agency", month);
        cost("referral", 120000, "partner-program", "other", month);
        // Personnel time: hours of the social media manager at EUR 58.00 and of the marketing lead at EUR 92.00.
        cost("", (64 + random.nextInt(17)) * 5800L, "", "personnel time", month);
        cost("", (18 + random.nextInt(9)) * 9200L, "", "personnel time", month);
    }

    private void cost(String channel, long cents, String campaign, String category, LocalDate date) {
        costs.append(channel).append(',').append(euros(cents)).append(",EUR,").append(campaign).append(',')
                .append(category).append(',').append(date).append('\n');
    }

    private Channel channel(boolean first) {
        int[] weights = new int[CHANNELS.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = first ? CHANNELS.get(i).firstWeight() : CHANNELS.get(i).laterWeight();
        }
        return CHANNELS.get(pick(weights));
    }

    private String campaign(Channel c, Instant at) {
        if (c == EMAIL) {
            return newsletter(LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
        return c.campaigns().length == 0 ? "" : c.campaigns()[random.nextInt(c.campaigns().length)];
    }

    private static String newsletter(LocalDate day) {
        return String.format(Locale.ROOT, "newsletter-%d-%02d", day.getYear(), day.getMonthValue());
    }

    /** Returns an index drawn with the given weights. */
    private int pick(int[] weights) {
        return pick(random, weights);
    }

    /** Returns an index drawn from {@code from} with the given weights. */
    private static int pick(Random from, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = from.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("weights sum to " + total);
    }

    private static String euros(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
