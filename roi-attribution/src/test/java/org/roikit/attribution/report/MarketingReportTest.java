package org.roikit.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.Journey;
import org.roikit.attribution.Touchpoint;
import org.roikit.attribution.cli.Json;
import org.roikit.core.Conversion;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Funnel;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.Goal;
import org.roikit.core.series.CalendarPeriod;
import org.roikit.core.series.Granularity;

/**
 * A hand-made data set, every figure computed by hand under the linear model:
 * <pre>
 * j1: 01-05 linkedin/spring {content_type=video, segment=smb} click
 *     01-10 email/spring {content_type=newsletter, segment=smb} click
 *     01-12 sale EUR 100.00            -> linkedin 50.00 (0.5), email 50.00 (0.5)
 * j2: 02-01 google/summer {content_type=video, segment=enterprise} click
 *     02-03 lead EUR 30.00             -> google 30.00 (1)
 * j3: 02-10 linkedin/summer {segment=enterprise} click, no conversion
 * j4: no touch; 02-28 sale EUR 50.00   -> unattributed
 * costs: 01-01 linkedin ad spend 60.00; 02-01 google ad spend 40.00; 02-01 email tools 20.00
 * </pre>
 */
class MarketingReportTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Touchpoint touch(String journey, String day, String channel, String campaign, String... attributes) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new Touchpoint(journey, Instant.parse("2026-" + day + "T10:00:00Z"), channel, Optional.of(campaign),
                Optional.of("click"), new TreeMap<>(map));
    }

    static Conversion conversion(String id, String day, String amount, String type) {
        return Conversion.of(id, Instant.parse("2026-" + day + "T12:00:00Z"), eur(amount), type);
    }

    static List<Journey> journeys() {
        return List.of(
                Journey.of("j1", List.of(
                        touch("j1", "01-05", "linkedin", "spring", "content_type", "video", "segment", "smb"),
                        touch("j1", "01-10", "email", "spring", "content_type", "newsletter", "segment", "smb")),
                        List.of(conversion("c1", "01-12", "100.00", "sale"))),
                Journey.of("j2", List.of(
                        touch("j2", "02-01", "google", "summer", "content_type", "video", "segment", "enterprise")),
                        List.of(conversion("c2", "02-03", "30.00", "lead"))),
                Journey.of("j3", List.of(touch("j3", "02-10", "linkedin", "summer", "segment", "enterprise")),
                        List.of()),
                Journey.of("j4", List.of(), List.of(conversion("c3", "02-28", "50.00", "sale"))));
    }

    static Investment costs() {
        return Investment.of(
                Cost.of(CostCategory.AD_SPEND, eur("60.00")).withChannel("linkedin").withDate(JAN_1),
                Cost.of(CostCategory.AD_SPEND, eur("40.00")).withChannel("google").withDate(LocalDate.parse("2026-02-01")),
                Cost.of(CostCategory.TOOLS, eur("20.00")).withChannel("email").withDate(LocalDate.parse("2026-02-01")));
    }

    static MarketingReport.Builder builder() {
        return MarketingReport.builder().journeys(journeys()).costs(costs()).model(AttributionModel.linear())
                .contentAttribute("content_type").title("Q1 review");
    }

    @Test
    void executive_figuresMatchTheHandComputation() {
        ExecutiveSummary s = builder().build().executive();

        // window: first and last dated item: cost 01-01, sale 02-28
        assertThat(s.from()).isEqualTo(JAN_1);
        assertThat(s.to()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(s.title()).isEqualTo("Q1 review");
        assertThat(s.currency().getCurrencyCode()).isEqualTo("EUR");
        // revenue 100 + 30 + 50 = 180; investment 60 + 40 + 20 = 120; profit 60
        Scorecard c = s.scorecard();
        assertThat(c.revenue()).isEqualTo(eur("180.00"));
        assertThat(c.investment()).contains(eur("120.00"));
        assertThat(c.profit()).contains(eur("60.00"));
        // roi = 60 / 120 = 0.5; roas = 180 / 120 = 1.5
        assertThat(c.roi()).isEqualTo(Ratio.ofDecimal("0.5"));
        assertThat(c.returnPerUnit()).isEqualTo(Ratio.ofDecimal("0.5").withForm(Ratio.Form.NUMBER));
        assertThat(c.roas()).isEqualTo(Ratio.ofDecimal("1.5").withForm(Ratio.Form.MULTIPLE));
        assertThat(c.conversions()).isEqualTo(3);
        // social = linkedin: cost 60.00; attributed sales 0.5 (half of c1), conversions 0.5
        // CAC = 60 / 0.5 = 120; CPA = 60 / 0.5 = 120
        assertThat(s.socialCac()).isEqualTo(Ratio.perUnit(eur("60.00"), new BigDecimal("120").divide(
                new BigDecimal("120")).multiply(new BigDecimal("0.5")), "sales attributed to social channels"));
        assertThat(s.socialCac().value()).isEqualByComparingTo("120");
        assertThat(s.socialCpa().value()).isEqualByComparingTo("120");
        // attributed 100 + 30 = 130; unattributed 50 (j4)
        assertThat(s.attributedRevenue()).isEqualTo(eur("130.00"));
        assertThat(s.unattributedRevenue()).isEqualTo(eur("50.00"));
        // no funnel: the lead c2's recorded value
        assertThat(s.pipelineValue()).contains(eur("30.00"));
        // ad spend 60 + 40 = 100 (100/120), tools 20 (20/120)
        assertThat(s.investmentByCategory()).extracting(CategoryShare::category, CategoryShare::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CostCategory.AD_SPEND, eur("100.00")),
                        org.assertj.core.groups.Tuple.tuple(CostCategory.TOOLS, eur("20.00")));
        assertThat(s.investmentByCategory().get(0).share().toString()).isEqualTo("83.33%");
        assertThat(s.investmentByCategory().get(1).share().toString()).isEqualTo("16.67%");
        // months: Jan 60 spent, 100 earned, 1 conversion, roi 40/60; Feb 60, 80, 2, roi 20/60
        assertThat(s.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(s.trend()).hasSize(2);
        PeriodFigures jan = s.trend().get(0);
        PeriodFigures feb = s.trend().get(1);
        assertThat(jan.period()).isEqualTo(CalendarPeriod.parse("2026-01"));
        assertThat(jan.investment()).isEqualTo(eur("60.00"));
        assertThat(jan.revenue()).isEqualTo(eur("100.00"));
        assertThat(jan.conversions()).isEqualTo(1);
        assertThat(jan.roi().toString()).isEqualTo("66.67%");
        assertThat(feb.period()).isEqualTo(CalendarPeriod.parse("2026-02"));
        assertThat(feb.investment()).isEqualTo(eur("60.00"));
        assertThat(feb.revenue()).isEqualTo(eur("80.00"));
        assertThat(feb.conversions()).isEqualTo(2);
        assertThat(feb.roi().toString()).isEqualTo("33.33%");
        // Jan -> Feb: investment 60 -> 60 flat; revenue 100 -> 80 (-20%); conversions 1 -> 2 (+100%);
        // roas 100/60 -> 80/60 down
        assertThat(s.movements()).extracting(Movement::metric, Movement::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("investment", Direction.FLAT),
                org.assertj.core.groups.Tuple.tuple("revenue", Direction.DOWN),
                org.assertj.core.groups.Tuple.tuple("conversions", Direction.UP),
                org.assertj.core.groups.Tuple.tuple("roas", Direction.DOWN));
        Movement revenue = s.movements().get(1);
        assertThat(revenue.previous()).contains(new BigDecimal("100"));
        assertThat(revenue.current()).contains(new BigDecimal("80"));
        assertThat(revenue.change().relative()).isEqualTo(Ratio.ofDecimal("-0.2"));
        assertThat(s.movements().get(2).change().relative()).isEqualTo(Ratio.ofDecimal("1"));
        assertThat(s.goals()).isEmpty();
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void team_figuresMatchTheHandComputation() {
        TeamDetail d = builder().build().team();

        assertThat(d.model()).isEqualTo(AttributionModel.linear());
        // email 50.00 (0.5, cost 20: roi 30/20 = 150%, roas 2.5, cpa 20/0.5 = 40),
        // linkedin 50.00 (0.5, cost 60: roi -10/60, roas 50/60, cpa 120), google 30.00 (1, cost 40: roi -25%, cpa 40)
        assertThat(d.channels()).extracting(Performance::name, Performance::conversions, Performance::revenue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("email", new BigDecimal("0.5"), eur("50.00")),
                        org.assertj.core.groups.Tuple.tuple("linkedin", new BigDecimal("0.5"), eur("50.00")),
                        org.assertj.core.groups.Tuple.tuple("google", BigDecimal.ONE, eur("30.00")));
        Performance email = d.channels().get(0);
        assertThat(email.cost()).contains(eur("20.00"));
        assertThat(email.roi()).isEqualTo(Ratio.ofDecimal("1.5"));
        assertThat(email.roas().value()).isEqualByComparingTo("2.5");
        assertThat(email.cpa().value()).isEqualByComparingTo("40");
        Performance linkedin = d.channels().get(1);
        assertThat(linkedin.roi().toString()).isEqualTo("-16.67%");
        assertThat(linkedin.cpa().value()).isEqualByComparingTo("120");
        Performance google = d.channels().get(2);
        assertThat(google.roi()).isEqualTo(Ratio.ofDecimal("-0.25"));
        assertThat(google.cpa().value()).isEqualByComparingTo("40");
        // spring: t1 + t2 of c1 = 100.00 (1 conversion); summer: t3 of c2 = 30.00; costs have no campaign
        assertThat(d.campaigns()).extracting(Performance::name, Performance::revenue, Performance::cost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("spring", eur("100.00"), Optional.of(eur("0.00"))),
                        org.assertj.core.groups.Tuple.tuple("summer", eur("30.00"), Optional.of(eur("0.00"))),
                        org.assertj.core.groups.Tuple.tuple("(unassigned)", eur("0.00"), Optional.of(eur("120.00"))));
        assertThat(d.comparison().models()).isEqualTo(List.of(AttributionModel.lastTouch(),
                AttributionModel.firstTouch(), AttributionModel.linear(), AttributionModel.timeDecay(),
                AttributionModel.positionBased(), AttributionModel.lastNonDirect()));

        assertThat(d.segments()).extracting(Segment::attribute).containsExactly("content_type", "segment", "type");
        // video: j1 (t1) and j2 (t3), both converted; 0.5 + 1 conversions; 50 + 30 revenue
        // newsletter: j1 (t2); 0.5; 50
        assertThat(d.segments().get(0).rows()).containsExactly(
                new SegmentRow("video", 2, 2, Ratio.of(2, 2, "journeys"), new BigDecimal("1.5"), eur("80.00")),
                new SegmentRow("newsletter", 1, 1, Ratio.of(1, 1, "journeys"), new BigDecimal("0.5"), eur("50.00")));
        // smb: j1 only, converted; 0.5 + 0.5; 100. enterprise: j2 (converted) and j3 (not): 1/2; 1; 30
        assertThat(d.segments().get(1).rows()).containsExactly(
                new SegmentRow("smb", 1, 1, Ratio.of(1, 1, "journeys"), BigDecimal.ONE, eur("100.00")),
                new SegmentRow("enterprise", 2, 1, Ratio.of(1, 2, "journeys"), BigDecimal.ONE, eur("30.00")));
        // click: j1, j2, j3 touched, j1 and j2 converted: 2/3; 2 conversions; 130
        assertThat(d.segments().get(2).rows()).containsExactly(
                new SegmentRow("click", 3, 2, Ratio.of(2, 3, "journeys"), new BigDecimal("2"), eur("130.00")));
        // content: video 2 touches (t1, t3), 1.5, 80.00; newsletter 1 touch, 0.5, 50.00
        assertThat(d.contentAttribute()).isEqualTo("content_type");
        assertThat(d.bestContent()).containsExactly(
                new ContentPerformance("video", 2, new BigDecimal("1.5"), eur("80.00")),
                new ContentPerformance("newsletter", 1, new BigDecimal("0.5"), eur("50.00")));
        assertThat(d.worstContent()).containsExactly(
                new ContentPerformance("newsletter", 1, new BigDecimal("0.5"), eur("50.00")),
                new ContentPerformance("video", 2, new BigDecimal("1.5"), eur("80.00")));
    }

    @Test
    void content_fallsBackToCampaignAndSaysSo() {
        MarketingReport report = builder().contentAttribute("content").top(1).build();

        // spring: t1, t2 -> 1 conversion, 100.00; summer: t3, t4 -> 1, 30.00
        assertThat(report.team().contentAttribute()).isEqualTo("campaign");
        assertThat(report.team().bestContent()).containsExactly(
                new ContentPerformance("spring", 2, BigDecimal.ONE, eur("100.00")));
        assertThat(report.team().worstContent()).containsExactly(
                new ContentPerformance("summer", 2, BigDecimal.ONE, eur("30.00")));
        assertThat(report.team().notes()).containsExactly("no touch has the attribute content: content is by campaign");
    }

    @Test
    void notes_eachPartHasItsOwn() {
        MarketingReport report = builder().contentAttribute("content").from(LocalDate.parse("2026-02-01"))
                .to(LocalDate.parse("2026-02-28")).build();
        String window = "1 conversion (EUR 100.00) outside 2026-02-01..2026-02-28 (UTC) excluded";

        assertThat(report.executive().notes()).containsExactly(window,
                "1 cost (EUR 60.00) dated outside 2026-02-01..2026-02-28 excluded",
                "no change shown: it compares the last two complete months, and 2026-02-01..2026-02-28 has one");
        assertThat(report.team().notes()).containsExactly(window,
                "no touch has the attribute content: content is by campaign");
        String all = ReportFormat.TEXT.render(report, Audience.ALL);
        assertThat(all.split("content is by campaign", -1)).hasSize(2);
        assertThat(all.split("dated outside", -1)).hasSize(2);
    }

    @Test
    void undatedCosts_countInTheScorecardNotInTheTrend_andTheNotesSaySo() {
        List<Cost> all = new java.util.ArrayList<>(costs().costs());
        all.add(Cost.of(CostCategory.TOOLS, eur("7.50")).withChannel("email"));
        all.add(Cost.of(CostCategory.CONTENT, eur("2.50")));
        ExecutiveSummary s = builder().costs(Investment.of(all)).build().executive();

        // 120.00 dated + 10.00 undated; the trend keeps Jan 60.00 and Feb 60.00
        assertThat(s.scorecard().investment()).contains(eur("130.00"));
        assertThat(s.trend()).extracting(PeriodFigures::investment).containsExactly(eur("60.00"), eur("60.00"));
        assertThat(s.notes()).containsExactly(
                "2 undated costs (EUR 10.00) counted in the investment but in no period of the trend");
    }

    @Test
    void socialCacAndCpa_differWhenSocialTouchesServeLeads() {
        List<Journey> more = new java.util.ArrayList<>(journeys());
        more.add(Journey.of("j5", List.of(touch("j5", "02-05", "linkedin", "summer")),
                List.of(conversion("c5", "02-06", "10.00", "lead"))));
        ExecutiveSummary s = builder().journeys(more).build().executive();

        // social = linkedin, cost 60.00; sales credited to linkedin: 0.5 of c1; conversions: 0.5 of c1
        // + 1 (c5, linkedin's only touch): CAC = 60 / 0.5 = 120.00, CPA = 60 / 1.5 = 40.00
        assertThat(s.socialCac()).isEqualTo(Ratio.perUnit(eur("60.00"), new BigDecimal("0.500000"),
                "sales attributed to social channels"));
        assertThat(s.socialCac().value()).isEqualByComparingTo("120");
        assertThat(s.socialCpa()).isEqualTo(Ratio.perUnit(eur("60.00"), new BigDecimal("1.500000"),
                "conversions attributed to social channels"));
        assertThat(s.socialCpa().value()).isEqualByComparingTo("40");
    }

    @Test
    void partialPeriods_areMarked_andChangeComparesTheLastTwoCompleteOnes() {
        // 01-10..03-15: January from 01-10 (c1 01-12), February whole, March to 03-15 (nothing in it)
        MarketingReport report = builder().from(LocalDate.parse("2026-01-10")).to(LocalDate.parse("2026-03-15"))
                .build();
        ExecutiveSummary s = report.executive();

        assertThat(s.trend()).extracting(PeriodFigures::complete).containsExactly(false, true, false);
        assertThat(s.trend().get(2).from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(s.trend().get(2).to()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(s.trend()).extracting(TextReport::period)
                .containsExactly("2026-01 (from 01-10)", "2026-02", "2026-03 (to 03-15)");
        // only February is complete: no change, and a note says why
        assertThat(s.movements()).isEmpty();
        assertThat(s.notes()).contains("no change shown: it compares the last two complete months, and"
                + " 2026-01-10..2026-03-15 has one (partial: 2026-01 (from 01-10), 2026-03 (to 03-15))");
        assertThat(ReportFormat.TEXT.render(report, Audience.EXECUTIVE)).contains("\n  2026-03 (to 03-15)  ")
                .doesNotContain("Change ");
        assertThat(ReportFormat.MARKDOWN.render(report, Audience.EXECUTIVE)).contains("| 2026-03 (to 03-15) |");
        assertThat(ReportFormat.CSV.render(report, Audience.EXECUTIVE))
                .contains("trend,month,2026-03,partial_days,2026-03-01..2026-03-15,,\n")
                .doesNotContain("trend,month,2026-02,partial_days");
        @SuppressWarnings("unchecked")
        Map<String, Object> march = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((Map<String, Object>)
                Json.parse(ReportFormat.JSON.render(report, Audience.EXECUTIVE))).get("executive")).get("trend")).get(2);
        assertThat(march).containsEntry("period", "2026-03").containsEntry("from", "2026-03-01")
                .containsEntry("to", "2026-03-15").containsEntry("complete", false);
        assertThat(ReportFormat.HTML.render(report, Audience.EXECUTIVE)).contains("2026-03 (to 03-15)");

        // 01-01..03-15: January and February complete: the change is January -> February, not to March
        ExecutiveSummary two = builder().to(LocalDate.parse("2026-03-15")).build().executive();
        assertThat(two.movements()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.change().from()).isEqualTo(CalendarPeriod.parse("2026-01"));
            assertThat(m.change().to()).isEqualTo(CalendarPeriod.parse("2026-02"));
        });
        assertThat(two.movements().get(1).current()).contains(new BigDecimal("80"));
    }

    @Test
    void build_rejectsMoreThanOneCurrency() {
        List<Journey> mixed = List.of(journeys().get(0), Journey.of("j9", List.of(),
                List.of(Conversion.of("c9", Instant.parse("2026-01-20T00:00:00Z"), Money.of("5.00", "USD"), "sale"))));
        MarketingReport.Builder builder = builder().journeys(mixed);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversions and costs use more than one currency (EUR, USD): a report has one currency;"
                        + " filter or convert them first");
    }

    @Test
    void build_withoutCosts_leavesCostFiguresUndefined() {
        ExecutiveSummary s = MarketingReport.builder().journeys(journeys()).model(AttributionModel.linear()).build()
                .executive();

        // nothing is known of what was spent: no investment, no profit (not zero, not the revenue)
        assertThat(s.scorecard().investment()).isEmpty();
        assertThat(s.scorecard().profit()).isEmpty();
        assertThat(s.scorecard().roi()).isEqualTo(Ratio.undefined("no costs"));
        assertThat(s.scorecard().roas().reason()).contains("no costs");
        assertThat(s.socialCac()).isEqualTo(Ratio.undefined("no costs"));
        assertThat(s.socialCpa()).isEqualTo(Ratio.undefined("no costs"));
        assertThat(s.investmentByCategory()).isEmpty();
        assertThat(s.trend()).allSatisfy(f -> assertThat(f.roi()).isEqualTo(Ratio.undefined("no costs")));
        // window is the span of the conversions only: 01-12..02-28, so January is partial and there
        // is one complete month: no change
        assertThat(s.trend()).extracting(TextReport::period).containsExactly("2026-01 (from 01-12)", "2026-02");
        assertThat(s.movements()).isEmpty();
        assertThat(MarketingReport.builder().journeys(journeys()).from(JAN_1).build().executive().movements())
                .extracting(Movement::metric).containsExactly("revenue", "conversions");
        assertThat(s.from()).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(s.notes()).contains("no costs given: investment, profit, ROI, ROAS, CPA and CAC are not reported");
    }

    @Test
    void build_excludesWhatFallsOutsideTheWindowAndSaysSo() {
        MarketingReport report = builder().from(LocalDate.parse("2026-02-01")).to(LocalDate.parse("2026-02-28"))
                .build();
        ExecutiveSummary s = report.executive();

        // c1 (01-12, 100.00) and the linkedin cost (01-01, 60.00) fall outside
        assertThat(s.scorecard().revenue()).isEqualTo(eur("80.00"));
        assertThat(s.scorecard().investment()).contains(eur("60.00"));
        assertThat(s.scorecard().conversions()).isEqualTo(2);
        assertThat(s.trend()).hasSize(1);
        assertThat(s.movements()).isEmpty();
        assertThat(s.notes()).containsExactly(
                "1 conversion (EUR 100.00) outside 2026-02-01..2026-02-28 (UTC) excluded",
                "1 cost (EUR 60.00) dated outside 2026-02-01..2026-02-28 excluded",
                "no change shown: it compares the last two complete months, and 2026-02-01..2026-02-28 has one");
        // j1's touches (01-05, 01-10) are before the window and credit nothing in it: no smb row;
        // enterprise: j2 (02-01, converted 02-03) and j3 (02-10, no conversion): 2 journeys, 1 converted
        assertThat(report.team().segments().get(1).rows()).containsExactly(new SegmentRow("enterprise", 2, 1,
                Ratio.of(1, 2, "journeys"), BigDecimal.ONE, eur("30.00")));
        // content: video only t3 (02-01) in the window, credited 1 x 30.00; newsletter (t2, 01-10) absent
        assertThat(report.team().bestContent()).containsExactly(
                new ContentPerformance("video", 1, BigDecimal.ONE, eur("30.00")));
        // social: linkedin has no cost and no credit in February
        assertThat(s.socialCac()).isEqualTo(Ratio.perUnit(eur("0.00"), 0, "sales attributed to social channels"));
    }

    @Test
    void pipeline_withFunnel_valuesLeads() {
        // 1 lead x 20% x EUR 200.00 = EUR 40.00
        ExecutiveSummary s = builder().funnel(Funnel.start("lead", 10).then("sale", new BigDecimal("0.2")),
                eur("200.00")).build().executive();

        assertThat(s.pipelineValue()).contains(eur("40.00"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pipeline_withUndefinedFunnelRate_carriesItsReasonInEveryForm() {
        // 0 leads at the funnel's first stage: overall rate undefined with the reason "0 lead"
        MarketingReport report = builder().funnel(Funnel.start("lead", 0).thenCount("sale", 0), eur("200.00"))
                .build();
        ExecutiveSummary s = report.executive();

        assertThat(s.pipelineValue()).isEmpty();
        assertThat(s.pipelineReason()).contains("funnel rate undefined (0 lead)");
        assertThat(ReportFormat.CSV.render(report, Audience.EXECUTIVE))
                .contains("scorecard,,,pipeline_value,,EUR,funnel rate undefined (0 lead)\n");
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) Json.parse(
                ReportFormat.JSON.render(report, Audience.EXECUTIVE))).get("executive");
        Map<String, Object> none = new java.util.LinkedHashMap<>();
        none.put("amount", null);
        none.put("reason", "funnel rate undefined (0 lead)");
        assertThat(json.get("pipelineValue")).isEqualTo(none);
        assertThat(ReportFormat.HTML.render(report, Audience.EXECUTIVE)).contains("funnel rate undefined (0 lead)")
                .doesNotContain("not known");
        assertThat(ReportFormat.TEXT.render(report, Audience.EXECUTIVE)).containsPattern("\n +pipeline value +-\n");
    }

    @Test
    void goals_showProgressOnTheLastDay() {
        Goal goal = Goal.reach("revenue", BigDecimal.ZERO, new BigDecimal("360"), JAN_1, LocalDate.parse("2026-03-01"));

        ExecutiveSummary s = builder().goals(List.of(goal)).build().executive();

        assertThat(s.goals()).hasSize(1);
        assertThat(s.goals().get(0).actual()).isEqualByComparingTo("180");
        assertThat(s.goals().get(0).date()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThatThrownBy(() -> MarketingReport.builder().goals(List.of(Goal.reach("followers", BigDecimal.ZERO,
                BigDecimal.TEN, JAN_1, LocalDate.parse("2026-03-01")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal metric (\"followers\") must be one of investment, revenue, profit, conversions,"
                        + " leads, sales, roi, roas");
    }

    @Test
    void period_quarter_givesOneQuarter() {
        ExecutiveSummary s = builder().period(Granularity.QUARTER).build().executive();

        assertThat(s.trend()).extracting(PeriodFigures::period).containsExactly(CalendarPeriod.parse("2026-Q1"));
        assertThat(s.trend().get(0).revenue()).isEqualTo(eur("180.00"));
    }

    @Test
    void builder_rejectsBadSettings() {
        MarketingReport.Builder b = MarketingReport.builder();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("journeys must be set before build()");
        assertThatThrownBy(() -> b.top(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("top (0) must be >= 1");
        assertThatThrownBy(() -> b.compare(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("models ([]) must not be empty");
        AttributionSettings withPeriod = AttributionSettings.defaults().withPeriod(JAN_1, JAN_1);
        assertThatThrownBy(() -> b.settings(withPeriod)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("settings (" + withPeriod + ") must have no period: give the report window with from and to");
        assertThatThrownBy(() -> MarketingReport.builder().journeys(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journeys have no conversions and there are no costs: a report needs at least one amount"
                        + " to know its currency");
    }

    @Test
    void text_rendersBothParts() {
        MarketingReport report = builder().build();

        assertThat(ReportFormat.TEXT.render(report, Audience.EXECUTIVE)).isEqualTo(report.executive().toString());
        assertThat(ReportFormat.TEXT.render(report, Audience.TEAM)).isEqualTo(report.team().toString());
        assertThat(report.executive().toString()).isEqualTo("""
                Q1 review: executive summary, 2026-01-01..2026-02-28, EUR

                Scorecard
                  figure                             value
                  investment                        120.00
                  revenue                           180.00
                  profit                             60.00
                  ROI                               50.00%
                  net return per unit invested        0.50
                  ROAS                               1.50x
                  conversions                            3
                  CAC from social               EUR 120.00
                  CPA from social               EUR 120.00
                  attributed revenue                130.00
                  unattributed revenue               50.00
                  pipeline value                     30.00

                Investment by category
                  category  amount   share
                  ad spend  100.00  83.33%
                  tools      20.00  16.67%

                Trend by month
                  period   investment  revenue  conversions     ROI
                  2026-01       60.00   100.00            1  66.67%
                  2026-02       60.00    80.00            2  33.33%

                Change 2026-01 -> 2026-02
                  metric       previous  current   change  direction
                  investment      60.00    60.00    0.00%       flat
                  revenue        100.00    80.00  -20.00%       down
                  conversions         1        2  100.00%         up
                  roas            1.67x    1.33x  -20.00%       down""");
        assertThat(report.team().toString()).contains("""
                By segment
                  segment     journeys  converted     rate  conversions  revenue
                  smb                1          1  100.00%     1.000000   100.00
                  enterprise         2          1   50.00%     1.000000    30.00
                """);
        assertThat(report.toString()).isEqualTo(report.executive() + "\n\n" + report.team());
    }

    @Test
    void report_equalityAndConsistency() {
        MarketingReport a = builder().build();
        MarketingReport b = builder().build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.title()).isEqualTo("Q1 review");
        assertThat(a.from()).isEqualTo(JAN_1);
        assertThat(a.to()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(a.currency().getCurrencyCode()).isEqualTo("EUR");
        TeamDetail other = new TeamDetail("Other", a.from(), a.to(), a.currency(), a.team().model(),
                a.team().channels(), a.team().campaigns(), a.team().comparison(), a.team().segments(),
                a.team().contentAttribute(), a.team().bestContent(), a.team().worstContent(), List.of());
        assertThatThrownBy(() -> new MarketingReport(a.executive(), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("executive (Q1 review, 2026-01-01..2026-02-28, EUR) and team (Other, 2026-01-01..2026-02-28,"
                        + " EUR) must have the same title, window and currency");
    }

    @Test
    void parts_checkTheCurrencyOfEveryAmount() {
        MarketingReport a = builder().build();
        ExecutiveSummary s = a.executive();
        Money usd = Money.of("10.00", "USD");
        List<CategoryShare> categories = List.of(new CategoryShare(CostCategory.AD_SPEND, usd, Ratio.ofDecimal("1")));
        assertThatThrownBy(() -> new ExecutiveSummary(s.title(), s.from(), s.to(), s.currency(), s.scorecard(),
                s.socialCac(), s.socialCpa(), s.attributedRevenue(), s.unattributedRevenue(), s.pipelineValue(),
                s.pipelineReason(),
                categories, s.granularity(), s.trend(), s.movements(), s.goals(), s.notes()))
                .isInstanceOf(org.roikit.core.CurrencyMismatchException.class);
        TeamDetail d = a.team();
        Ratio none = Ratio.undefined("no costs");
        List<Performance> channels = List.of(new Performance("google", BigDecimal.ONE, usd, Optional.empty(), none,
                none, none));
        assertThatThrownBy(() -> new TeamDetail(d.title(), d.from(), d.to(), d.currency(), d.model(), channels,
                d.campaigns(), d.comparison(), d.segments(), d.contentAttribute(), d.bestContent(), d.worstContent(),
                d.notes())).isInstanceOf(org.roikit.core.CurrencyMismatchException.class);
    }

    @Test
    void movement_namesOneOfFourMetrics() {
        Movement m = builder().build().executive().movements().get(0);
        assertThatThrownBy(() -> new Movement("profit", m.previous(), m.current(), m.change(), m.direction()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric (\"profit\") must be one of investment, revenue, conversions, roas");
    }

    @Test
    void zone_datesConversionsInThatZone() {
        List<Journey> late = List.of(Journey.of("j5", List.of(), List.of(Conversion.of("c5",
                Instant.parse("2026-01-31T20:00:00Z"), eur("10.00"), "sale"))));
        MarketingReport.Builder tokyo = MarketingReport.builder().journeys(late)
                .zone(java.time.ZoneId.of("Asia/Tokyo"));

        // 2026-01-31T20:00Z is 2026-02-01T05:00 in Tokyo
        assertThat(tokyo.build().from()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(tokyo.build().executive().trend()).extracting(PeriodFigures::period)
                .containsExactly(CalendarPeriod.parse("2026-02"));
        MarketingReport january = tokyo.from(JAN_1).to(LocalDate.parse("2026-01-31")).build();
        assertThat(january.executive().scorecard().revenue()).isEqualTo(eur("0.00"));
        assertThat(january.executive().notes()).first()
                .isEqualTo("1 conversion (EUR 10.00) outside 2026-01-01..2026-01-31 (Asia/Tokyo) excluded");
        MarketingReport.Builder reset = tokyo.settings(AttributionSettings.defaults()
                .withPolicy(org.roikit.attribution.ConversionPolicy.RESET_AFTER_CONVERSION));
        assertThatThrownBy(reset::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone (Asia/Tokyo) with a window that leaves out conversions needs the policy"
                        + " serve-every-conversion; use UTC or give a window holding every conversion");
    }

}
