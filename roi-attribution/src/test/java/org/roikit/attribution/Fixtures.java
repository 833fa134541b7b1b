package org.roikit.attribution;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;

/** Journeys and money for the tests: fixed examples and seeded random ones. */
final class Fixtures {

    /** 2026-03-01T00:00:00Z, the start of the examples' timeline. */
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    static final String[] CHANNELS = {"linkedin", "email", "direct", "(direct)", "google-ads", "Direct"};
    static final String[] CAMPAIGNS = {"q1-launch", "webinar", "retargeting"};
    static final String[] CURRENCIES = {"EUR", "JPY", "BHD"};

    private Fixtures() {
    }

    static Instant day(double days) {
        return T0.plus(Duration.ofSeconds(Math.round(days * 86_400)));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /**
     * Returns a journey with one touch a day on the given channels, from day 0, and one
     * conversion of {@code value} one day after the last touch.
     */
    static Journey daily(String id, Money value, String... channels) {
        Journey.Builder b = Journey.builder(id);
        for (int i = 0; i < channels.length; i++) {
            b.touch(day(i), channels[i]);
        }
        return b.conversion(day(channels.length), value).build();
    }

    /**
     * The worked example of the report tests: j1 touches linkedin (campaign q1-launch) on day 0,
     * email (webinar) on day 1 and direct on day 2, and converts for EUR 120.00 on day 3
     * (2026-03-04); j2 touches email (webinar) on day 0 and converts for EUR 80.00 on day 1; j3
     * converts for EUR 50.00 on day 2 without a touch.
     */
    static List<Journey> example() {
        return List.of(
                Journey.builder("j1").touch(day(0), "linkedin", "q1-launch").touch(day(1), "email", "webinar")
                        .touch(day(2), "direct").conversion(day(3), eur("120.00")).build(),
                Journey.builder("j2").touch(day(0), "email", "webinar").conversion(day(1), eur("80.00")).build(),
                Journey.builder("j3").conversion(day(2), eur("50.00")).build());
    }

    /**
     * The costs of the worked example: linkedin ad spend of EUR 20.00 (q1-launch) on 2026-03-03
     * and EUR 100.00 on 2026-02-01, outside the example's days; undated email content of
     * EUR 30.00 (webinar); undated tiktok ad spend of EUR 10.00; undated tools of EUR 25.00 with
     * no channel.
     */
    static Investment exampleCosts() {
        return Investment.of(
                Cost.of(CostCategory.AD_SPEND, eur("20.00")).withChannel("linkedin").withCampaign("q1-launch")
                        .withDate(LocalDate.parse("2026-03-03")),
                Cost.of(CostCategory.AD_SPEND, eur("100.00")).withChannel("linkedin")
                        .withDate(LocalDate.parse("2026-02-01")),
                Cost.of(CostCategory.CONTENT, eur("30.00")).withChannel("email").withCampaign("webinar"),
                Cost.of(CostCategory.AD_SPEND, eur("10.00")).withChannel("tiktok"),
                Cost.of(CostCategory.TOOLS, eur("25.00")));
    }

    /** Returns the touch amounts of the journey's only conversion. */
    static List<Money> amounts(Attribution engine, Journey journey) {
        List<ConversionCredit> credits = engine.credits(journey);
        if (credits.size() != 1) {
            throw new AssertionError("expected one conversion, got " + credits);
        }
        List<Money> amounts = new ArrayList<>();
        for (TouchCredit t : credits.get(0).touches()) {
            amounts.add(t.amount());
        }
        return amounts;
    }

    /**
     * Returns up to {@code maxJourneys} random journeys: up to 7 touches over a few channels (some
     * with campaigns, some at equal instants) spread over 150 days so that some fall outside a
     * 90-day lookback, and up to 3 conversions in EUR, JPY or BHD, some before the touches.
     */
    static List<Journey> randomJourneys(Random random, int maxJourneys) {
        int count = random.nextInt(maxJourneys + 1);
        List<Journey> journeys = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            journeys.add(randomJourney(random, "j-" + j));
        }
        return journeys;
    }

    static Journey randomJourney(Random random, String id) {
        Journey.Builder b = Journey.builder(id);
        int touches = random.nextInt(8);
        Instant previous = T0;
        for (int t = 0; t < touches; t++) {
            Instant at = random.nextInt(5) == 0 ? previous : T0.plusSeconds(random.nextInt(150 * 86_400));
            previous = at;
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            if (random.nextBoolean()) {
                b.touch(at, channel, CAMPAIGNS[random.nextInt(CAMPAIGNS.length)]);
            } else {
                b.touch(at, channel);
            }
        }
        int conversions = random.nextInt(4);
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        for (int c = 0; c < conversions; c++) {
            Instant at = T0.plusSeconds(random.nextInt(160 * 86_400));
            long minor = random.nextInt(4) == 0 ? random.nextInt(3) : (long) (random.nextDouble() * 10_000_000);
            b.conversion(at, Money.ofMinor(minor, currency));
        }
        return b.build();
    }

    /** Returns random but valid settings: lookback from 1 to 120 days, either policy, collapse on or off. */
    static AttributionSettings randomSettings(Random random) {
        return AttributionSettings.defaults()
                .withLookback(Duration.ofDays(1 + random.nextInt(120)))
                .withPolicy(random.nextBoolean() ? ConversionPolicy.SERVE_EVERY_CONVERSION
                        : ConversionPolicy.RESET_AFTER_CONVERSION)
                .withCollapsedRepeats(random.nextBoolean());
    }
}
