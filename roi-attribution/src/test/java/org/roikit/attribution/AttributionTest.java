package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.day;
import static org.roikit.attribution.Fixtures.eur;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

class AttributionTest {

    private static final Attribution LINEAR = Attribution.of(AttributionModel.linear());
    private static final Currency EUR = Currency.getInstance("EUR");

    // ---------------------------------------------------------------- eligibility

    @Test
    void lookback_includesATouchExactlyOnTheBound_andExcludesOneANanosecondEarlier() {
        Instant conversion = day(100);
        Instant bound = conversion.minus(Duration.ofDays(90));
        Journey onBound = Journey.builder("j").touch(bound, "email").touch(day(99), "linkedin")
                .conversion(conversion, eur("10.00")).build();
        assertThat(amounts(LINEAR, onBound)).containsExactly(eur("5.00"), eur("5.00"));
        Journey beyond = Journey.builder("j").touch(bound.minusNanos(1), "email").touch(day(99), "linkedin")
                .conversion(conversion, eur("10.00")).build();
        assertThat(amounts(LINEAR, beyond)).containsExactly(eur("10.00"));
    }

    @Test
    void lookback_isConfigurable() {
        Attribution week = LINEAR.withSettings(AttributionSettings.defaults().withLookback(Duration.ofDays(7)));
        Journey journey = Journey.builder("j").touch(day(0), "email").touch(day(3), "linkedin")
                .conversion(day(7), eur("10.00")).build();
        assertThat(amounts(week, journey)).containsExactly(eur("5.00"), eur("5.00"));
        Journey late = Journey.builder("j").touch(day(0), "email").touch(day(3), "linkedin")
                .conversion(day(7).plusSeconds(1), eur("10.00")).build();
        assertThat(amounts(week, late)).containsExactly(eur("10.00"));
    }

    @Test
    void touchesAtTheConversionInstantCount_touchesAfterItDoNot() {
        Journey journey = Journey.builder("j").touch(day(1), "email").touch(day(2), "linkedin")
                .touch(day(2).plusNanos(1), "direct").conversion(day(2), eur("10.00")).build();
        assertThat(LINEAR.credits(journey).get(0).touches())
                .extracting(t -> t.touchpoint().channel(), TouchCredit::amount)
                .containsExactly(tuple("email", eur("5.00")), tuple("linkedin", eur("5.00")));
    }

    @Test
    void conversionBeforeEveryTouch_isUnattributed() {
        Journey journey = Journey.builder("j").touch(day(5), "email").conversion(day(1), eur("10.00")).build();
        assertThat(LINEAR.credits(journey)).singleElement().satisfies(c -> assertThat(c.isAttributed()).isFalse());
        AttributionReport report = LINEAR.attribute(List.of(journey));
        assertThat(report.byChannel()).isEmpty();
        assertThat(report.totals(EUR).unattributedRevenue()).isEqualTo(eur("10.00"));
    }

    /** email day 0, linkedin day 2, 100.00 on day 3, direct day 5, 60.00 on day 6. */
    private static Journey twoConversions() {
        return Journey.builder("j").touch(day(0), "email").touch(day(2), "linkedin")
                .conversion(day(3), eur("100.00")).touch(day(5), "direct").conversion(day(6), eur("60.00")).build();
    }

    @Test
    void repeatedConversions_serveEveryConversion_touchesCountTwice() {
        List<ConversionCredit> credits = LINEAR.credits(twoConversions());
        assertThat(credits.get(0).touches()).extracting(t -> t.touchpoint().channel(), TouchCredit::amount)
                .containsExactly(tuple("email", eur("50.00")), tuple("linkedin", eur("50.00")));
        assertThat(credits.get(1).touches()).extracting(t -> t.touchpoint().channel(), TouchCredit::amount)
                .containsExactly(tuple("email", eur("20.00")), tuple("linkedin", eur("20.00")),
                        tuple("direct", eur("20.00")));
        AttributionReport report = LINEAR.attribute(List.of(twoConversions()));
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::conversions)
                .containsExactly(tuple("email", eur("70.00"), new BigDecimal("0.833333")),
                        tuple("linkedin", eur("70.00"), new BigDecimal("0.833333")),
                        tuple("direct", eur("20.00"), new BigDecimal("0.333334")));
    }

    @Test
    void repeatedConversions_resetAfterConversion_touchesServeOnlyTheNext() {
        Attribution reset = LINEAR.withSettings(AttributionSettings.defaults()
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION));
        List<ConversionCredit> credits = reset.credits(twoConversions());
        assertThat(credits.get(0).touches()).extracting(t -> t.touchpoint().channel(), TouchCredit::amount)
                .containsExactly(tuple("email", eur("50.00")), tuple("linkedin", eur("50.00")));
        assertThat(credits.get(1).touches()).extracting(t -> t.touchpoint().channel(), TouchCredit::amount)
                .containsExactly(tuple("direct", eur("60.00")));
        AttributionReport report = reset.attribute(List.of(twoConversions()));
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::conversions)
                .containsExactly(tuple("direct", eur("60.00"), BigDecimal.ONE),
                        tuple("email", eur("50.00"), new BigDecimal("0.5")),
                        tuple("linkedin", eur("50.00"), new BigDecimal("0.5")));
    }

    @Test
    void resetAfterConversion_aSecondConversionAtTheSameInstantHasNoTouch() {
        Attribution reset = LINEAR.withSettings(AttributionSettings.defaults()
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION));
        Journey journey = Journey.builder("j").touch(day(0), "email").conversion(day(1), eur("10.00"))
                .conversion(day(1), eur("20.00")).build();
        List<ConversionCredit> credits = reset.credits(journey);
        assertThat(credits.get(0).isAttributed()).isTrue();
        assertThat(credits.get(1).isAttributed()).isFalse();
        AttributionTotals totals = reset.attribute(List.of(journey)).totals(EUR);
        assertThat(totals.unattributedConversions()).isEqualTo(1);
        assertThat(totals.unattributedRevenue()).isEqualTo(eur("20.00"));
    }

    @Test
    void touchlessConversions_andJourneysWithoutConversions() {
        Journey touchless = Journey.builder("a").conversion(day(1), eur("30.00")).build();
        Journey browsing = Journey.builder("b").touch(day(0), "tiktok").build();
        Journey converted = Fixtures.daily("c", eur("70.00"), "email");
        AttributionReport report = LINEAR.attribute(List.of(touchless, browsing, converted));
        assertThat(report.byChannel()).extracting(AttributionRow::name).containsExactly("email");
        AttributionTotals totals = report.totals(EUR);
        assertThat(totals.conversions()).isEqualTo(2);
        assertThat(totals.revenue()).isEqualTo(eur("100.00"));
        assertThat(totals.unattributedConversions()).isEqualTo(1);
        assertThat(totals.unattributedRevenue()).isEqualTo(eur("30.00"));
        assertThat(totals.attributedConversions()).isEqualTo(1);
        assertThat(totals.attributedRevenue()).isEqualTo(eur("70.00"));
    }

    @Test
    void collapsedRepeats_countConsecutiveTouchesOnAChannelOnce_keepingTheEarliest() {
        Journey journey = Journey.builder("j").touch(day(0), "email", "a").touch(day(1), "email", "b")
                .touch(day(2), "linkedin").touch(day(3), "email", "c").conversion(day(4), eur("90.00")).build();
        assertThat(amounts(LINEAR, journey))
                .containsExactly(eur("22.50"), eur("22.50"), eur("22.50"), eur("22.50"));
        Attribution collapsed = LINEAR.withSettings(AttributionSettings.defaults().withCollapsedRepeats(true));
        assertThat(collapsed.credits(journey).get(0).touches())
                .extracting(t -> t.touchpoint().channel(), t -> t.touchpoint().campaign().orElse(""), TouchCredit::amount)
                .containsExactly(tuple("email", "a", eur("30.00")), tuple("linkedin", "", eur("30.00")),
                        tuple("email", "c", eur("30.00")));
        AttributionReport report = collapsed.attribute(List.of(journey));
        assertThat(report.byCampaign()).extracting(AttributionRow::name, AttributionRow::revenue)
                .containsExactly(tuple("(none)", eur("30.00")), tuple("a", eur("30.00")), tuple("c", eur("30.00")));
    }

    @Test
    void reportPeriod_leavesConversionsOutsideItOut_andCountsThemAsExcluded() {
        Attribution march2 = LINEAR.withSettings(AttributionSettings.defaults()
                .withPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")));
        Journey journey = Journey.builder("j").touch(day(0), "email")
                .conversion(day(1).minusNanos(1), eur("10.00"))
                .conversion(day(1), eur("20.00"))
                .conversion(day(2).minusNanos(1), eur("30.00"))
                .conversion(day(2), eur("40.00")).build();
        AttributionReport report = march2.attribute(List.of(journey));
        AttributionTotals totals = report.totals(EUR);
        assertThat(totals.conversions()).isEqualTo(2);
        assertThat(totals.revenue()).isEqualTo(eur("50.00"));
        assertThat(totals.excludedConversions()).isEqualTo(2);
        assertThat(totals.excludedRevenue()).isEqualTo(eur("50.00"));
        assertThat(report.byChannel()).singleElement().satisfies(r -> assertThat(r.revenue()).isEqualTo(eur("50.00")));
        assertThat(report.from()).contains(LocalDate.parse("2026-03-02"));
        assertThat(report.to()).contains(LocalDate.parse("2026-03-02"));
        assertThat(march2.credits(journey)).extracting(c -> c.conversion().value())
                .containsExactly(eur("20.00"), eur("30.00"));
    }

    @Test
    void reportPeriod_underReset_aConversionOutsideThePeriodStillConsumesItsTouches() {
        Attribution reset = LINEAR.withSettings(AttributionSettings.defaults()
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION)
                .withPeriod(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-31")));
        Journey journey = Journey.builder("j").touch(day(0), "email").conversion(day(1), eur("10.00"))
                .conversion(day(3), eur("20.00")).build();
        AttributionTotals totals = reset.attribute(List.of(journey)).totals(EUR);
        assertThat(totals.excludedConversions()).isEqualTo(1);
        assertThat(totals.unattributedConversions()).isEqualTo(1);
        assertThat(totals.unattributedRevenue()).isEqualTo(eur("20.00"));
    }

    @Test
    void withoutPeriod_theReportSpansTheUtcDaysOfItsConversions() {
        Journey a = Journey.builder("a").conversion(Instant.parse("2026-03-05T23:59:59Z"), eur("1.00")).build();
        Journey b = Journey.builder("b").conversion(Instant.parse("2026-02-27T00:00:00Z"), eur("1.00")).build();
        AttributionReport report = LINEAR.attribute(List.of(a, b));
        assertThat(report.from()).contains(LocalDate.parse("2026-02-27"));
        assertThat(report.to()).contains(LocalDate.parse("2026-03-05"));
        AttributionReport empty = LINEAR.attribute(List.of());
        assertThat(empty.from()).isEmpty();
        assertThat(empty.to()).isEmpty();
        assertThat(empty.currencies()).isEmpty();
        assertThat(empty.byChannel()).isEmpty();
        assertThat(empty.totals()).isEmpty();
    }

    // ---------------------------------------------------------------- money

    @Test
    void channelTotals_areRoundedOnce_andCanDifferFromTheSummedTouchAmounts() {
        // Three conversions of EUR 0.01 over a > b. Per conversion the cent goes to the earlier touch,
        // so a's touches sum to 0.03; the report rounds a's and b's real credit of 0.015 each, and the
        // tie goes to the name that sorts first.
        List<Journey> journeys = List.of(Fixtures.daily("j1", eur("0.01"), "a", "b"),
                Fixtures.daily("j2", eur("0.01"), "a", "b"), Fixtures.daily("j3", eur("0.01"), "a", "b"));
        Money touchSumOfA = Money.zero(EUR);
        for (Journey journey : journeys) {
            touchSumOfA = touchSumOfA.plus(amounts(LINEAR, journey).get(0));
        }
        assertThat(touchSumOfA).isEqualTo(eur("0.03"));
        AttributionReport report = LINEAR.attribute(journeys);
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::conversions)
                .containsExactly(tuple("a", eur("0.02"), new BigDecimal("1.5")), tuple("b", eur("0.01"), new BigDecimal("1.5")));
    }

    @Test
    void jpyAndBhd_areKeptApartAndExact() {
        Journey yen = Fixtures.daily("y", Money.of("1000", "JPY"), "a", "b", "c");
        Journey dinar = Fixtures.daily("d", Money.of("10.000", "BHD"), "a", "b", "c");
        Journey euro = Fixtures.daily("e", eur("1.00"), "a");
        AttributionReport report = LINEAR.attribute(List.of(yen, dinar, euro));
        assertThat(report.currencies()).extracting(Currency::getCurrencyCode).containsExactly("BHD", "EUR", "JPY");
        // 1000 / 3 each: the yen left over goes to the name that sorts first.
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue)
                .containsExactly(tuple("a", Money.of("3.334", "BHD")), tuple("b", Money.of("3.333", "BHD")),
                        tuple("c", Money.of("3.333", "BHD")), tuple("a", eur("1.00")),
                        tuple("a", Money.of("334", "JPY")), tuple("b", Money.of("333", "JPY")),
                        tuple("c", Money.of("333", "JPY")));
        assertThat(report.totals()).extracting(AttributionTotals::revenue)
                .containsExactly(Money.of("10.000", "BHD"), eur("1.00"), Money.of("1000", "JPY"));
    }

    @Test
    void channelsAPassedOverModelGivesNothingStillHaveARow() {
        AttributionReport report = Attribution.of(AttributionModel.firstTouch())
                .attribute(List.of(Fixtures.daily("j", eur("10.00"), "email", "direct")));
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue, AttributionRow::conversions)
                .containsExactly(tuple("email", eur("10.00"), BigDecimal.ONE), tuple("direct", eur("0.00"), BigDecimal.ZERO));
    }

    @Test
    void lastNonDirect_inTheReport() {
        AttributionReport report = Attribution.of(AttributionModel.lastNonDirect())
                .attribute(List.of(Fixtures.daily("j", eur("10.00"), "email", "Direct"),
                        Fixtures.daily("k", eur("5.00"), "direct")));
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue)
                .containsExactly(tuple("email", eur("10.00")), tuple("direct", eur("5.00")), tuple("Direct", eur("0.00")));
    }

    // ---------------------------------------------------------------- accumulators

    @Test
    void accumulator_finishIsRepeatable_andAddingContinues() {
        Attribution.Accumulator acc = LINEAR.newAccumulator().add(Fixtures.daily("a", eur("10.00"), "email"));
        AttributionReport first = acc.finish();
        assertThat(acc.finish()).isEqualTo(first);
        acc.add(Fixtures.daily("b", eur("5.00"), "email"));
        assertThat(acc.finish().totals(EUR).revenue()).isEqualTo(eur("15.00"));
        assertThat(LINEAR.newAccumulator().finish()).isEqualTo(LINEAR.attribute(List.of()));
    }

    @Test
    void accumulator_mergeLeavesTheOtherAsItWas() {
        Attribution.Accumulator a = LINEAR.newAccumulator().add(Fixtures.daily("a", eur("10.00"), "email"));
        Attribution.Accumulator b = LINEAR.newAccumulator().add(Fixtures.daily("b", eur("5.00"), "linkedin"));
        AttributionReport before = b.finish();
        a.merge(b);
        assertThat(b.finish()).isEqualTo(before);
        assertThat(a.finish()).isEqualTo(LINEAR.attribute(List.of(Fixtures.daily("a", eur("10.00"), "email"),
                Fixtures.daily("b", eur("5.00"), "linkedin"))));
    }

    @Test
    void accumulator_rejectsItselfAndOtherEngines() {
        Attribution.Accumulator a = LINEAR.newAccumulator();
        assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an accumulator cannot be merged into itself");
        assertThatThrownBy(() -> a.merge(Attribution.of(AttributionModel.firstTouch()).newAccumulator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other accumulator ([first-touch]; lookback P90D, serve every conversion, repeats kept,"
                        + " all dates) must attribute with the same models and settings ([linear]; lookback P90D,"
                        + " serve every conversion, repeats kept, all dates)");
        assertThatThrownBy(() -> a.merge(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> a.add((Journey) null)).isInstanceOf(NullPointerException.class).hasMessage("journey");
        assertThatThrownBy(() -> a.addAll(null)).isInstanceOf(NullPointerException.class).hasMessage("journeys");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void factoriesAccessorsEqualityAndTextForm() {
        AttributionSettings week = AttributionSettings.defaults().withLookback(Duration.ofDays(7));
        Attribution engine = LINEAR.withSettings(week);
        assertThat(engine.model()).isEqualTo(AttributionModel.linear());
        assertThat(engine.settings()).isEqualTo(week);
        assertThat(LINEAR.settings()).isEqualTo(AttributionSettings.defaults());
        assertThat(engine).isEqualTo(Attribution.of(new Linear()).withSettings(week))
                .hasSameHashCodeAs(Attribution.of(new Linear()).withSettings(week))
                .isNotEqualTo(LINEAR)
                .isNotEqualTo(Attribution.of(AttributionModel.firstTouch()).withSettings(week));
        assertThat(LINEAR).hasToString("Attribution[linear; lookback P90D, serve every conversion, repeats kept, all dates]");
        assertThatThrownBy(() -> Attribution.of(null)).isInstanceOf(NullPointerException.class).hasMessage("model");
        assertThatThrownBy(() -> LINEAR.withSettings(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("newSettings");
        assertThatThrownBy(() -> LINEAR.credits(null)).isInstanceOf(NullPointerException.class).hasMessage("journey");
        assertThatThrownBy(() -> LINEAR.attribute((Iterable<Journey>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("journeys");
    }

    @Test
    void credits_textForm() {
        Journey journey = Fixtures.daily("j", eur("10.00"), "email", "linkedin");
        assertThat(LINEAR.credits(journey).get(0)).hasToString(String.join("\n",
                "Conversion[j#1 sale EUR 10.00 at 2026-03-03T00:00:00Z]",
                "  j 2026-03-01T00:00:00Z email: 0.5 -> EUR 5.00",
                "  j 2026-03-02T00:00:00Z linkedin: 0.5 -> EUR 5.00"));
        Journey touchless = Journey.builder("k").conversion(day(0), eur("1.00")).build();
        assertThat(LINEAR.credits(touchless).get(0)).hasToString(String.join("\n",
                "Conversion[k#1 sale EUR 1.00 at 2026-03-01T00:00:00Z]",
                "  (unattributed)"));
    }

    @Test
    void conversionCredit_checksItsAmounts() {
        Conversion conversion = Conversion.of("o-1", day(1), eur("10.00"), Conversion.SALE);
        Touchpoint touch = Touchpoint.of("j", day(0), "email");
        assertThatThrownBy(() -> new ConversionCredit(conversion, List.of(new TouchCredit(touch, 1, eur("9.99")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touch amounts (EUR 9.99) must sum to the conversion value (EUR 10.00)");
        assertThatThrownBy(() -> new TouchCredit(touch, 1.5, eur("1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weight (1.5) must be between 0 and 1");
        assertThatThrownBy(() -> new TouchCredit(touch, Double.NaN, eur("1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weight (NaN) must be between 0 and 1");
        assertThatThrownBy(() -> new TouchCredit(touch, 0.5, eur("-1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount (EUR -1.00) must be >= 0");
        assertThatThrownBy(() -> new ConversionCredit(null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("conversion");
        ConversionCredit credit = new ConversionCredit(conversion, List.of(new TouchCredit(touch, 1, eur("10.00"))));
        assertThat(credit).isEqualTo(new ConversionCredit(conversion, List.of(new TouchCredit(touch, 1, eur("10.00")))))
                .hasSameHashCodeAs(new ConversionCredit(conversion, List.of(new TouchCredit(touch, 1, eur("10.00")))));
        assertThat(new TouchCredit(touch, -0.0, eur("0.00"))).isEqualTo(new TouchCredit(touch, 0.0, eur("0.00")));
    }
}
