package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * The contract every attribution model meets, as property tests; each model's test class
 * implements it and supplies {@link #model()}.
 */
interface AttributionModelContract {

    /** Returns the model under test. */
    AttributionModel model();

    @Test
    default void weigh_writesNonNegativeWeightsThatSumToOne() {
        qt().withExamples(300).forAll(lists().of(doubles().between(0, 400 * 86_400.0)).ofSizeBetween(1, 40),
                longs().all()).checkAssert((ages, seed) -> {
                    int n = ages.size();
                    double[] a = ages.stream().mapToDouble(Double::doubleValue).toArray();
                    boolean[] direct = new boolean[n];
                    Random random = new Random(seed);
                    for (int i = 0; i < n; i++) {
                        direct[i] = random.nextBoolean();
                    }
                    double[] w = new double[n];
                    model().weigh(n, a, direct, w);
                    double sum = 0;
                    for (double x : w) {
                        assertThat(x).isFinite().isGreaterThanOrEqualTo(0);
                        sum += x;
                    }
                    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
                });
    }

    @Test
    default void weigh_leavesEntriesBeyondNAlone() {
        double[] weights = {-1, -1, -1, -1, -1};
        model().weigh(3, new double[] {3, 2, 1, 9, 9}, new boolean[5], weights);
        assertThat(weights[3]).isEqualTo(-1);
        assertThat(weights[4]).isEqualTo(-1);
    }

    @Test
    default void weigh_rejectsBadArguments() {
        AttributionModel m = model();
        assertThatThrownBy(() -> m.weigh(0, new double[1], new boolean[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n (0) must be >= 1");
        assertThatThrownBy(() -> m.weigh(2, new double[1], new boolean[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ages.length (1) must be >= n (2)");
        assertThatThrownBy(() -> m.weigh(2, new double[2], new boolean[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("direct.length (1) must be >= n (2)");
        assertThatThrownBy(() -> m.weigh(2, new double[2], new boolean[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights.length (1) must be >= n (2)");
        assertThatThrownBy(() -> m.weigh(1, null, new boolean[1], new double[1]))
                .isInstanceOf(NullPointerException.class).hasMessage("ages");
        assertThatThrownBy(() -> m.weigh(1, new double[1], null, new double[1]))
                .isInstanceOf(NullPointerException.class).hasMessage("direct");
        assertThatThrownBy(() -> m.weigh(1, new double[1], new boolean[1], null))
                .isInstanceOf(NullPointerException.class).hasMessage("weights");
    }

    @Test
    default void singleTouch_getsEverything() {
        qt().withExamples(200).forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 2),
                integers().between(0, 89 * 86_400), integers().between(0, Fixtures.CHANNELS.length - 1))
                .checkAssert((minor, c, age, ch) -> {
                    Money value = Money.ofMinor(minor, Fixtures.CURRENCIES[c]);
                    String channel = Fixtures.CHANNELS[ch];
                    Journey journey = Journey.builder("j").touch(Fixtures.T0, channel)
                            .conversion(Fixtures.T0.plusSeconds(age), value).build();
                    Attribution engine = Attribution.of(model());
                    List<ConversionCredit> credits = engine.credits(journey);
                    assertThat(credits).hasSize(1);
                    assertThat(credits.get(0).touches()).singleElement().satisfies(t -> {
                        assertThat(t.weight()).isEqualTo(1.0);
                        assertThat(t.amount()).isEqualTo(value);
                    });
                    AttributionReport report = engine.attribute(List.of(journey));
                    assertThat(report.byChannel()).singleElement().satisfies(row -> {
                        assertThat(row.name()).isEqualTo(channel);
                        assertThat(row.revenue()).isEqualTo(value);
                        assertThat(row.conversions()).isEqualTo(BigDecimal.ONE);
                    });
                });
    }

    @Test
    default void credits_sumExactlyToEachConversionValue_noneNegative() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Attribution engine = Attribution.of(model()).withSettings(Fixtures.randomSettings(random));
            Journey journey = Fixtures.randomJourney(random, "j");
            for (ConversionCredit credit : engine.credits(journey)) {
                Money value = credit.conversion().value();
                Money sum = Money.zero(value.currency());
                for (TouchCredit t : credit.touches()) {
                    assertThat(t.amount().isNegative()).isFalse();
                    assertThat(t.weight()).isGreaterThanOrEqualTo(0);
                    sum = sum.plus(t.amount());
                }
                if (credit.isAttributed()) {
                    assertThat(sum).isEqualTo(value);
                }
            }
        });
    }

    @Test
    default void credits_areDeterministic() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            AttributionSettings settings = Fixtures.randomSettings(random);
            Journey journey = Fixtures.randomJourney(random, "j");
            assertThat(Attribution.of(model()).withSettings(settings).credits(journey))
                    .isEqualTo(Attribution.of(model()).withSettings(settings).credits(journey));
        });
    }

    @Test
    default void report_channelsPlusUnattributedSumExactlyToTheConvertedValue_eachWithinOneMinorUnit() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Attribution engine = Attribution.of(model()).withSettings(Fixtures.randomSettings(random));
            List<Journey> journeys = Fixtures.randomJourneys(random, 12);
            AttributionReport report = engine.attribute(journeys);
            Map<String, BigDecimal> realCredit = new HashMap<>();
            for (Journey journey : journeys) {
                for (ConversionCredit credit : engine.credits(journey)) {
                    long minor = credit.conversion().value().toMinorUnits();
                    for (TouchCredit t : credit.touches()) {
                        String key = t.touchpoint().channel() + " " + credit.conversion().value().currency();
                        realCredit.merge(key, new BigDecimal(t.weight()).multiply(BigDecimal.valueOf(minor)),
                                BigDecimal::add);
                    }
                }
            }
            for (AttributionTotals totals : report.totals()) {
                for (Dimension dimension : Dimension.values()) {
                    Money sum = totals.unattributedRevenue();
                    BigDecimal conversions = BigDecimal.valueOf(totals.unattributedConversions());
                    for (AttributionRow row : report.rows(dimension)) {
                        if (row.currency().equals(totals.currency())) {
                            sum = sum.plus(row.revenue());
                            conversions = conversions.add(row.conversions());
                        }
                    }
                    assertThat(sum).isEqualTo(totals.revenue());
                    assertThat(conversions).isEqualByComparingTo(BigDecimal.valueOf(totals.conversions()));
                }
            }
            for (AttributionRow row : report.byChannel()) {
                BigDecimal real = realCredit.getOrDefault(row.name() + " " + row.currency(), BigDecimal.ZERO);
                BigDecimal rounded = BigDecimal.valueOf(row.revenue().toMinorUnits());
                assertThat(rounded.subtract(real).abs()).isLessThan(new BigDecimal("1.000001"));
            }
        });
    }

    @Test
    default void report_isTheSameForAnyChunkingOrderAndMergeOrder() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Attribution engine = Attribution.of(model()).withSettings(Fixtures.randomSettings(random));
            List<Journey> journeys = Fixtures.randomJourneys(random, 16);
            AttributionReport expected = engine.attribute(journeys);

            List<Journey> shuffled = new ArrayList<>(journeys);
            Collections.shuffle(shuffled, random);
            List<Attribution.Accumulator> chunks = new ArrayList<>();
            int chunkCount = 1 + random.nextInt(5);
            for (int i = 0; i < chunkCount; i++) {
                chunks.add(engine.newAccumulator());
            }
            for (Journey journey : shuffled) {
                chunks.get(random.nextInt(chunkCount)).add(journey);
            }
            while (chunks.size() > 1) {
                Attribution.Accumulator into = chunks.remove(random.nextInt(chunks.size()));
                Attribution.Accumulator from = chunks.remove(random.nextInt(chunks.size()));
                chunks.add(into.merge(from));
            }
            assertThat(chunks.get(0).finish()).isEqualTo(expected);
            assertThat(engine.attribute(shuffled)).isEqualTo(expected);
        });
    }

    @Test
    default void comparison_givesEachModelItsOwnReport() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            AttributionSettings settings = Fixtures.randomSettings(random);
            List<Journey> journeys = Fixtures.randomJourneys(random, 10);
            AttributionModel other = model().equals(AttributionModel.linear())
                    ? AttributionModel.firstTouch() : AttributionModel.linear();
            ComparisonReport comparison = ModelComparison.of(other, model()).withSettings(settings).attribute(journeys);
            assertThat(comparison.report(model()))
                    .isEqualTo(Attribution.of(model()).withSettings(settings).attribute(journeys));
        });
    }

    @Test
    default void parse_readsTheTextFormBack() {
        assertThat(AttributionModel.parse(model().toString())).isEqualTo(model());
        assertThat(model().toString()).startsWith(model().name());
    }

    @Test
    default void conversion_withoutTouches_isUnattributed() {
        Money value = Fixtures.eur("12.34");
        Journey journey = Journey.builder("j").conversion(Fixtures.T0, value).build();
        Attribution engine = Attribution.of(model());
        assertThat(engine.credits(journey)).containsExactly(new ConversionCredit(
                Conversion.of("j#1", Fixtures.T0, value, Conversion.SALE), List.of()));
        AttributionReport report = engine.attribute(List.of(journey));
        assertThat(report.byChannel()).isEmpty();
        assertThat(report.totals()).singleElement().satisfies(t -> {
            assertThat(t.unattributedConversions()).isEqualTo(1);
            assertThat(t.unattributedRevenue()).isEqualTo(value);
        });
    }
}
