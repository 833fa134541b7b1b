package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;

/**
 * The columnar path gives the same reports, to the last digit, as the object path: for random
 * journeys (touches at equal instants, with nanoseconds, on the lookback bounds and at the
 * conversion instant; several currencies; zero and large values), random settings, every model
 * and both policies, and for any number of threads.
 */
class JourneyBatchProperties {

    static final List<AttributionModel> MODELS = List.of(AttributionModel.lastTouch(), AttributionModel.firstTouch(),
            AttributionModel.linear(), AttributionModel.timeDecay(), AttributionModel.timeDecay(Duration.ofHours(12)),
            AttributionModel.positionBased(), PositionBased.j(), AttributionModel.positionBased(0.3, 0, 0.7),
            AttributionModel.lastNonDirect(), AttributionModel.lastNonDirect(Set.of("email")));

    private static final String[] CHANNELS = {"linkedin", "email", "direct", "(direct)", "google-ads", "Direct"};
    private static final String[] CAMPAIGNS = {"q1-launch", "webinar", "spring-sale"};
    private static final String[] CURRENCIES = {"EUR", "JPY", "BHD", "USD"};
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** Random settings: lookback in days or with nanoseconds, either policy, collapse on or off, a period now and then. */
    static AttributionSettings settings(Random random) {
        Duration lookback = random.nextBoolean() ? Duration.ofDays(1 + random.nextInt(120))
                : Duration.ofSeconds(1 + random.nextInt(60 * 86_400), random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
        AttributionSettings s = AttributionSettings.defaults().withLookback(lookback)
                .withPolicy(random.nextBoolean() ? ConversionPolicy.SERVE_EVERY_CONVERSION
                        : ConversionPolicy.RESET_AFTER_CONVERSION)
                .withCollapsedRepeats(random.nextBoolean());
        if (random.nextInt(4) == 0) {
            LocalDate from = LocalDate.ofInstant(T0, ZoneOffset.UTC).plusDays(random.nextInt(100));
            s = s.withPeriod(from, from.plusDays(random.nextInt(60)));
        }
        return s;
    }

    static List<Journey> journeys(Random random, AttributionSettings settings, int max) {
        int count = random.nextInt(max + 1);
        List<Journey> journeys = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            journeys.add(journey(random, settings, "j-" + j));
        }
        return journeys;
    }

    static Journey journey(Random random, AttributionSettings settings, String id) {
        Journey.Builder b = Journey.builder(id);
        boolean nanos = random.nextInt(4) == 0;
        int touches = random.nextInt(10) == 0 ? random.nextInt(40) : random.nextInt(8);
        List<Instant> instants = new ArrayList<>();
        Instant previous = T0;
        for (int t = 0; t < touches; t++) {
            Instant at = random.nextInt(5) == 0 ? previous
                    : T0.plusSeconds(random.nextInt(150 * 86_400)).plusNanos(nanos ? random.nextInt(1_000_000_000) : 0);
            previous = at;
            instants.add(at);
            String channel = CHANNELS[random.nextInt(random.nextBoolean() ? 2 : CHANNELS.length)];
            if (random.nextBoolean()) {
                b.touch(at, channel, CAMPAIGNS[random.nextInt(CAMPAIGNS.length)]);
            } else {
                b.touch(at, channel);
            }
        }
        int conversions = random.nextInt(5);
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        for (int c = 0; c < conversions; c++) {
            Instant at;
            int kind = random.nextInt(6);
            if (kind == 0 && !instants.isEmpty()) {
                at = instants.get(random.nextInt(instants.size())).plus(settings.lookback());
            } else if (kind == 1 && !instants.isEmpty()) {
                at = instants.get(random.nextInt(instants.size())).plus(settings.lookback()).plusNanos(1);
            } else if (kind == 2 && !instants.isEmpty()) {
                at = instants.get(random.nextInt(instants.size()));
            } else {
                at = T0.plusSeconds(random.nextInt(160 * 86_400)).plusNanos(nanos ? random.nextInt(1_000_000_000) : 0);
            }
            long minor = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(3);
                case 1 -> (long) (random.nextDouble() * 1e15);
                default -> (long) (random.nextDouble() * 10_000_000);
            };
            if (random.nextInt(4) == 0) {
                currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            }
            b.conversion(at, Money.ofMinor(minor, currency));
        }
        return b.build();
    }

    @Test
    void batch_givesTheReportOfTheObjectPath_forEveryModelAndThreadCount() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            AttributionSettings settings = settings(random);
            List<Journey> journeys = journeys(random, settings, 30);
            JourneyBatch batch = JourneyBatch.of(journeys);
            for (AttributionModel model : MODELS) {
                Attribution engine = Attribution.of(model).withSettings(settings);
                AttributionReport expected = engine.attribute(journeys);
                assertThat(engine.attribute(batch)).isEqualTo(expected);
                int threads = 2 + random.nextInt(3);
                assertThat(engine.attribute(batch, threads)).isEqualTo(expected);
            }
        });
    }

    @Test
    void batch_givesTheComparisonOfTheObjectPath_onOneToFourThreads() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            AttributionSettings settings = settings(random);
            List<Journey> journeys = journeys(random, settings, 40);
            ModelComparison engine = ModelComparison.of(MODELS).withSettings(settings);
            ComparisonReport expected = engine.attribute(journeys);
            JourneyBatch batch = JourneyBatch.of(journeys);
            for (int threads = 1; threads <= 4; threads++) {
                assertThat(engine.attribute(batch, threads)).isEqualTo(expected);
            }
            assertThat(engine.attribute(batch, Runnable::run, 3)).isEqualTo(expected);
        });
    }

    @Test
    void batch_builtInAnyRowOrderWithinJourneys_givesTheSameReport() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            AttributionSettings settings = settings(random);
            List<Journey> journeys = journeys(random, settings, 20);
            JourneyBatch.Builder b = JourneyBatch.builder();
            for (Journey journey : journeys) {
                b.startJourney();
                // Shuffle, keeping the relative order of equal instants, which decides ties.
                List<Object> rows = new ArrayList<>(journey.touchpoints());
                rows.addAll(journey.conversions());
                List<Object> shuffled = shuffleKeepingTies(rows, random);
                for (Object row : shuffled) {
                    if (row instanceof Touchpoint t) {
                        if (t.campaign().isPresent()) {
                            b.touch(t.instant(), t.channel(), t.campaign().get());
                        } else {
                            b.touch(t.instant(), t.channel());
                        }
                    } else {
                        org.roikit.core.Conversion c = (org.roikit.core.Conversion) row;
                        b.conversion(c.instant(), c.value());
                    }
                }
            }
            JourneyBatch batch = b.build();
            ModelComparison engine = ModelComparison.of(MODELS).withSettings(settings);
            assertThat(engine.attribute(batch)).isEqualTo(engine.attribute(journeys));
        });
    }

    /** Returns the rows shuffled, except that rows of one kind at one instant keep their order. */
    static List<Object> shuffleKeepingTies(List<Object> rows, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, random);
        // Each slot of the shuffle takes the earliest row of its group not yet placed.
        boolean[] placed = new boolean[rows.size()];
        List<Object> result = new ArrayList<>(rows.size());
        for (int p : positions) {
            for (int i = 0; i < rows.size(); i++) {
                if (!placed[i] && sameGroup(rows.get(i), rows.get(p))) {
                    placed[i] = true;
                    result.add(rows.get(i));
                    break;
                }
            }
        }
        return result;
    }

    private static boolean sameGroup(Object a, Object b) {
        if (a instanceof Touchpoint x && b instanceof Touchpoint y) {
            return x.instant().equals(y.instant());
        }
        if (a instanceof org.roikit.core.Conversion x && b instanceof org.roikit.core.Conversion y) {
            return x.instant().equals(y.instant());
        }
        return false;
    }
}
