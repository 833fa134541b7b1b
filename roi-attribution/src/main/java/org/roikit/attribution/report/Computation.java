package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roikit.attribution.Attribution;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.AttributionTotals;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.ConversionCredit;
import org.roikit.attribution.ConversionPolicy;
import org.roikit.attribution.Journey;
import org.roikit.attribution.ModelComparison;
import org.roikit.attribution.TouchCredit;
import org.roikit.attribution.Touchpoint;
import org.roikit.core.Conversion;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Roi;
import org.roikit.core.goal.Goal;
import org.roikit.core.goal.GoalProgress;
import org.roikit.core.series.CalendarPeriod;
import org.roikit.core.series.Change;
import org.roikit.core.series.Granularity;
import org.roikit.core.series.MetricSeries;

/** Computes the figures of a {@link MarketingReport} from a {@link MarketingReport.Builder}. */
final class Computation {

    /** The metrics a goal may name, in the order the builder's documentation lists them. */
    static final List<String> GOAL_METRICS = List.of("investment", "revenue", "profit", "conversions", "leads",
            "sales", "roi", "roas");

    static final String NO_COSTS = "no costs";
    static final String TYPE = "type";
    static final String CAMPAIGN = "campaign";

    private final MarketingReport.Builder b;
    private final List<Journey> journeys = new ArrayList<>();
    /** The executive summary's notes: window, costs, pipeline, goals. */
    private final List<String> notes = new ArrayList<>();
    /** The team detail's notes: window, content fallback. */
    private final List<String> teamNotes = new ArrayList<>();
    private Currency currency;
    private LocalDate from;
    private LocalDate to;
    private Optional<String> pipelineReason = Optional.empty();

    private Computation(MarketingReport.Builder builder) {
        this.b = builder;
    }

    static MarketingReport compute(MarketingReport.Builder builder) {
        if (builder.journeys == null) {
            throw new IllegalStateException("journeys must be set before build()");
        }
        return new Computation(builder).run();
    }

    private LocalDate date(Conversion c) {
        return LocalDate.ofInstant(c.instant(), b.zone);
    }

    private boolean inWindow(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private boolean inWindow(Touchpoint t) {
        return inWindow(LocalDate.ofInstant(t.instant(), b.zone));
    }

    private MarketingReport run() {
        for (Journey j : b.journeys) {
            journeys.add(j);
        }
        checkCurrency();
        window();
        boolean utc = b.zone.normalized().equals(ZoneOffset.UTC);
        long excluded = 0;
        Money excludedValue = Money.zero(currency);
        for (Journey j : journeys) {
            for (Conversion c : j.conversions()) {
                if (!inWindow(date(c))) {
                    excluded++;
                    excludedValue = excludedValue.plus(c.value());
                }
            }
        }
        AttributionSettings settings = b.settings;
        List<Journey> attributed = journeys;
        if (utc) {
            settings = settings.withPeriod(from, to);
        } else if (excluded > 0) {
            if (settings.policy() == ConversionPolicy.RESET_AFTER_CONVERSION) {
                throw new IllegalArgumentException("zone (" + b.zone + ") with a window that leaves out conversions"
                        + " needs the policy serve-every-conversion; use UTC or give a window holding every conversion");
            }
            attributed = new ArrayList<>();
            for (Journey j : journeys) {
                List<Conversion> kept = new ArrayList<>();
                for (Conversion c : j.conversions()) {
                    if (inWindow(date(c))) {
                        kept.add(c);
                    }
                }
                attributed.add(Journey.of(j.id(), j.touchpoints(), kept));
            }
        }
        String days = from + ".." + to + (utc ? " (UTC)" : " (" + b.zone + ")");
        if (excluded > 0) {
            String note = excluded + " conversion" + (excluded == 1 ? "" : "s") + " (" + excludedValue
                    + ") outside " + days + " excluded";
            notes.add(note);
            teamNotes.add(note);
        }
        Optional<Investment> costs = b.costs.map(i -> i.within(from, to));
        if (b.costs.isPresent()) {
            int left = b.costs.get().costs().size() - costs.get().costs().size();
            if (left > 0) {
                Money leftValue = b.costs.get().total(currency).minus(costs.get().total(currency));
                notes.add(left + " cost" + (left == 1 ? "" : "s") + " (" + leftValue + ") dated outside "
                        + from + ".." + to + " excluded");
            }
            long undated = 0;
            Money undatedValue = Money.zero(currency);
            for (Cost c : costs.get().costs()) {
                if (c.date().isEmpty()) {
                    undated++;
                    undatedValue = undatedValue.plus(c.amount());
                }
            }
            if (undated > 0) {
                notes.add(undated + " undated cost" + (undated == 1 ? "" : "s") + " (" + undatedValue
                        + ") counted in the investment but in no period of the trend");
            }
        } else {
            notes.add("no costs given: investment, profit, ROI, ROAS, CPA and CAC are not reported");
        }

        Attribution engine = Attribution.of(b.model).withSettings(settings);
        AttributionReport report = engine.attribute(attributed);
        ComparisonReport comparison = ModelComparison.of(b.compare).withSettings(settings).attribute(attributed);
        if (costs.isPresent()) {
            report = report.withCosts(costs.get());
            comparison = comparison.withCosts(costs.get());
        }
        AttributionTotals totals = report.totals(currency);
        Money zero = Money.zero(currency);
        Money investment = costs.map(i -> i.total(currency)).orElse(zero);
        Scorecard scorecard = scorecard(totals.revenue(), investment, totals.conversions(), costs.isPresent());

        Credits credits = new Credits();
        for (Journey j : attributed) {
            credits.add(j, engine.credits(j));
        }

        Ratio cac;
        Ratio cpa;
        if (costs.isPresent()) {
            Money socialCost = zero;
            for (Map.Entry<String, Money> e : costs.get().byChannel().entrySet()) {
                if (b.socialChannels.contains(e.getKey())) {
                    socialCost = socialCost.plus(e.getValue());
                }
            }
            cac = Ratio.perUnit(socialCost, millionths(credits.socialSales), "sales attributed to social channels");
            cpa = Ratio.perUnit(socialCost, millionths(credits.socialConversions),
                    "conversions attributed to social channels");
        } else {
            cac = Ratio.undefined(NO_COSTS);
            cpa = Ratio.undefined(NO_COSTS);
        }

        Optional<Money> pipeline = pipeline(credits);
        List<CategoryShare> categories = categories(costs, investment);
        List<PeriodFigures> trend = trend(costs);
        List<Movement> movements = movements(trend, costs.isPresent());
        List<GoalProgress> goals = goals(scorecard, credits);

        String contentAttribute = credits.hasContent ? b.contentAttribute : CAMPAIGN;
        if (!credits.hasContent) {
            teamNotes.add("no touch has the attribute " + b.contentAttribute + ": content is by campaign");
        }
        ExecutiveSummary executive = new ExecutiveSummary(b.title, from, to, currency, scorecard, cac, cpa,
                totals.attributedRevenue(), totals.unattributedRevenue(), pipeline, pipelineReason, categories,
                b.period, trend, movements, goals, notes);
        TeamDetail team = new TeamDetail(b.title, from, to, currency, b.model, performances(report.byChannel()),
                performances(report.byCampaign()), comparison, credits.segments(), contentAttribute,
                credits.content(true), credits.content(false), teamNotes);
        return new MarketingReport(executive, team);
    }

    private void checkCurrency() {
        Set<String> codes = new TreeSet<>();
        for (Journey j : journeys) {
            for (Conversion c : j.conversions()) {
                codes.add(c.value().currency().getCurrencyCode());
            }
        }
        b.costs.ifPresent(i -> i.currencies().forEach(c -> codes.add(c.getCurrencyCode())));
        b.valuePerSale.ifPresent(v -> codes.add(v.currency().getCurrencyCode()));
        if (codes.size() > 1) {
            throw new IllegalArgumentException("conversions and costs use more than one currency ("
                    + String.join(", ", codes) + "): a report has one currency; filter or convert them first");
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("journeys have no conversions and there are no costs:"
                    + " a report needs at least one amount to know its currency");
        }
        currency = Currency.getInstance(codes.iterator().next());
    }

    private void window() {
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> dates = new ArrayList<>();
        for (Journey j : journeys) {
            for (Conversion c : j.conversions()) {
                dates.add(date(c));
            }
        }
        b.costs.ifPresent(i -> i.costs().forEach(c -> c.date().ifPresent(dates::add)));
        for (LocalDate d : dates) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        if ((b.from.isEmpty() && first == null) || (b.to.isEmpty() && last == null)) {
            throw new IllegalArgumentException("the data has no dated conversion or cost: give from and to");
        }
        from = b.from.orElse(first);
        to = b.to.orElse(last);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    private static Scorecard scorecard(Money revenue, Money investment, long conversions, boolean hasCosts) {
        if (!hasCosts) {
            Ratio none = Ratio.undefined(NO_COSTS);
            return new Scorecard(Optional.empty(), revenue, Optional.empty(), none,
                    none.withForm(Ratio.Form.NUMBER), none.withForm(Ratio.Form.MULTIPLE), conversions);
        }
        Roi roi = Roi.of(revenue, investment);
        return new Scorecard(Optional.of(investment), revenue, Optional.of(roi.profit()), roi.ratio(), roi.returnPerUnitInvested(), roi.roas(),
                conversions);
    }

    private Optional<Money> pipeline(Credits credits) {
        if (b.funnel.isEmpty()) {
            return Optional.of(credits.leadValue);
        }
        Ratio rate = b.funnel.get().overallRate();
        if (rate.isUndefined()) {
            pipelineReason = Optional.of("funnel rate undefined (" + rate.reason().orElse("") + ")");
            notes.add("pipeline value not reported: the funnel's overall rate is undefined ("
                    + rate.reason().orElse("") + ")");
            return Optional.empty();
        }
        BigDecimal units = BigDecimal.valueOf(credits.leads).multiply(rate.value());
        return Optional.of(b.valuePerSale.get().multipliedBy(units, RoundingMode.HALF_EVEN));
    }

    private List<CategoryShare> categories(Optional<Investment> costs, Money investment) {
        if (costs.isEmpty()) {
            return List.of();
        }
        List<CategoryShare> shares = new ArrayList<>();
        for (Map.Entry<CostCategory, Money> e : costs.get().byCategory().entrySet()) {
            shares.add(new CategoryShare(e.getKey(), e.getValue(),
                    Ratio.of(e.getValue(), investment, "investment").withForm(Ratio.Form.PERCENT)));
        }
        shares.sort(Comparator.comparing(CategoryShare::amount).reversed()
                .thenComparing(CategoryShare::category));
        return shares;
    }

    private List<PeriodFigures> trend(Optional<Investment> costs) {
        Money zero = Money.zero(currency);
        TreeMap<CalendarPeriod, Money> spent = new TreeMap<>();
        TreeMap<CalendarPeriod, Money> revenue = new TreeMap<>();
        TreeMap<CalendarPeriod, Long> conversions = new TreeMap<>();
        CalendarPeriod last = CalendarPeriod.of(to, b.period);
        for (CalendarPeriod p = CalendarPeriod.of(from, b.period); p.compareTo(last) <= 0; p = p.next()) {
            spent.put(p, zero);
            revenue.put(p, zero);
            conversions.put(p, 0L);
        }
        costs.ifPresent(i -> {
            for (Cost c : i.costs()) {
                c.date().ifPresent(d -> spent.merge(CalendarPeriod.of(d, b.period), c.amount(), Money::plus));
            }
        });
        for (Journey j : journeys) {
            for (Conversion c : j.conversions()) {
                LocalDate d = date(c);
                if (inWindow(d)) {
                    CalendarPeriod p = CalendarPeriod.of(d, b.period);
                    revenue.merge(p, c.value(), Money::plus);
                    conversions.merge(p, 1L, Math::addExact);
                }
            }
        }
        List<PeriodFigures> trend = new ArrayList<>();
        for (CalendarPeriod p : spent.keySet()) {
            Ratio roi = costs.isPresent() ? Roi.of(revenue.get(p), spent.get(p)).ratio() : Ratio.undefined(NO_COSTS);
            LocalDate firstDay = p.start().isBefore(from) ? from : p.start();
            LocalDate lastDay = p.end().isAfter(to) ? to : p.end();
            trend.add(new PeriodFigures(p, firstDay, lastDay, spent.get(p), revenue.get(p), conversions.get(p), roi));
        }
        return trend;
    }

    private List<Movement> movements(List<PeriodFigures> trend, boolean hasCosts) {
        List<PeriodFigures> complete = trend.stream().filter(PeriodFigures::complete).toList();
        if (complete.size() < 2) {
            String by = TextReport.granularity(b.period);
            List<String> partial = trend.stream().filter(f -> !f.complete()).map(TextReport::period).toList();
            notes.add("no change shown: it compares the last two complete " + by + "s, and " + from + ".." + to
                    + " has " + (complete.isEmpty() ? "none" : "one")
                    + (partial.isEmpty() ? "" : " (partial: " + String.join(", ", partial) + ")"));
            return List.of();
        }
        PeriodFigures previous = complete.get(complete.size() - 2);
        PeriodFigures current = complete.get(complete.size() - 1);
        MetricSeries.MoneyBuilder investment = MetricSeries.money("investment", currency);
        MetricSeries.MoneyBuilder revenue = MetricSeries.money("revenue", currency);
        MetricSeries.CountBuilder conversions = MetricSeries.counts("conversions");
        MetricSeries.RateBuilder roas = MetricSeries.rate("roas", "revenue", "investment");
        for (PeriodFigures f : List.of(previous, current)) {
            LocalDate day = f.period().start();
            investment.add(day, f.investment());
            revenue.add(day, f.revenue());
            conversions.add(day, f.conversions());
            roas.add(day, f.revenue().amount(), f.investment().amount());
        }
        List<Movement> movements = new ArrayList<>();
        if (hasCosts) {
            movements.add(movement(investment.build().rollUp(b.period), previous.period(), current.period(),
                    Optional.of(previous.investment().amount()), Optional.of(current.investment().amount())));
        }
        movements.add(movement(revenue.build().rollUp(b.period), previous.period(), current.period(),
                Optional.of(previous.revenue().amount()), Optional.of(current.revenue().amount())));
        movements.add(movement(conversions.build().rollUp(b.period), previous.period(), current.period(),
                Optional.of(BigDecimal.valueOf(previous.conversions())),
                Optional.of(BigDecimal.valueOf(current.conversions()))));
        if (hasCosts) {
            MetricSeries<Ratio> series = roas.build().rollUp(b.period);
            movements.add(movement(series, previous.period(), current.period(),
                    series.value(previous.period()).flatMap(Ratio::toOptional),
                    series.value(current.period()).flatMap(Ratio::toOptional)));
        }
        return movements;
    }

    private static Movement movement(MetricSeries<?> series, CalendarPeriod from, CalendarPeriod to,
            Optional<BigDecimal> previous, Optional<BigDecimal> current) {
        Change change = series.change(from, to);
        Direction direction = change.difference().map(d -> d.signum() > 0 ? Direction.UP
                : d.signum() < 0 ? Direction.DOWN : Direction.FLAT).orElse(Direction.UNKNOWN);
        return new Movement(series.name(), previous, current, change, direction);
    }

    private List<GoalProgress> goals(Scorecard s, Credits credits) {
        List<GoalProgress> progress = new ArrayList<>();
        for (Goal g : b.goals) {
            Optional<BigDecimal> actual = switch (g.metric()) {
                case "investment" -> s.investment().map(Money::amount);
                case "revenue" -> Optional.of(s.revenue().amount());
                case "profit" -> s.profit().map(Money::amount);
                case "conversions" -> Optional.of(BigDecimal.valueOf(s.conversions()));
                case "leads" -> Optional.of(BigDecimal.valueOf(credits.leads));
                case "sales" -> Optional.of(BigDecimal.valueOf(credits.sales));
                case "roi" -> s.roi().toOptional();
                default -> s.roas().toOptional();
            };
            if (actual.isPresent()) {
                progress.add(g.progress(to, actual.get()));
            } else {
                notes.add("goal on " + g.metric() + " not assessed: " + g.metric() + " is undefined");
            }
        }
        return progress;
    }

    private List<Performance> performances(List<AttributionRow> rows) {
        List<Performance> result = new ArrayList<>();
        for (AttributionRow r : rows) {
            result.add(new Performance(r.name(), r.conversions(), r.revenue(), r.cost(), reworded(r.roi()),
                    reworded(r.roas()), reworded(r.cpa())));
        }
        return result;
    }

    /**
     * Returns {@code ratio} with the engine's reason {@code "no cost"} (a row without costs) read
     * as the report's {@value #NO_COSTS}, in the same form; any other ratio as it is.
     */
    static Ratio reworded(Ratio ratio) {
        return ratio.isUndefined() && ratio.reason().orElse("").equals("no cost")
                ? Ratio.undefined(NO_COSTS).withForm(ratio.form()) : ratio;
    }

    static BigDecimal millionths(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN);
    }

    /** Figures summed from the per-touch credits and the journeys' touches. */
    private final class Credits {

        /** Per attribute, per value: journeys, converted journeys, weight sum, revenue. */
        final Map<String, Map<String, Figures>> segments = new TreeMap<>();
        BigDecimal socialSales = BigDecimal.ZERO;
        BigDecimal socialConversions = BigDecimal.ZERO;
        long leads;
        long sales;
        Money leadValue = Money.zero(currency);
        boolean hasContent;
        final List<Journey> seen = new ArrayList<>();
        final List<List<ConversionCredit>> credits = new ArrayList<>();

        void add(Journey journey, List<ConversionCredit> credited) {
            seen.add(journey);
            credits.add(credited);
            boolean converted = false;
            for (Conversion c : journey.conversions()) {
                if (inWindow(date(c))) {
                    converted = true;
                    if (c.type().equals(b.leadType)) {
                        leads++;
                        leadValue = leadValue.plus(c.value());
                    }
                    if (c.type().equals(b.saleType)) {
                        sales++;
                    }
                }
            }
            Set<String> touched = new HashSet<>();
            for (Touchpoint t : journey.touchpoints()) {
                if (t.attribute(b.contentAttribute).isPresent()) {
                    hasContent = true;
                }
                if (!inWindow(t)) {
                    continue;
                }
                for (Map.Entry<String, String> e : dimensions(t).entrySet()) {
                    if (touched.add(e.getKey() + '\u0000' + e.getValue())) {
                        Figures f = figures(e.getKey(), e.getValue());
                        f.journeys++;
                        if (converted) {
                            f.converted++;
                        }
                    }
                }
            }
            for (ConversionCredit credit : credited) {
                boolean sale = credit.conversion().type().equals(b.saleType);
                for (TouchCredit tc : credit.touches()) {
                    BigDecimal weight = new BigDecimal(tc.weight());
                    if (b.socialChannels.contains(tc.touchpoint().channel())) {
                        socialConversions = socialConversions.add(weight);
                        if (sale) {
                            socialSales = socialSales.add(weight);
                        }
                    }
                    for (Map.Entry<String, String> e : dimensions(tc.touchpoint()).entrySet()) {
                        figures(e.getKey(), e.getValue()).credit(weight, tc.amount());
                    }
                }
            }
        }

        private Map<String, String> dimensions(Touchpoint t) {
            if (t.type().isEmpty()) {
                return t.attributes();
            }
            Map<String, String> all = new TreeMap<>(t.attributes());
            all.put(TYPE, t.type().get());
            return all;
        }

        private Figures figures(String attribute, String value) {
            return segments.computeIfAbsent(attribute, k -> new TreeMap<>())
                    .computeIfAbsent(value, v -> new Figures(Money.zero(currency)));
        }

        List<Segment> segments() {
            List<Segment> result = new ArrayList<>();
            List<String> names = new ArrayList<>(segments.keySet());
            if (names.remove(TYPE)) {
                names.add(TYPE);
            }
            for (String name : names) {
                List<SegmentRow> rows = new ArrayList<>();
                segments.get(name).forEach((value, f) -> rows.add(new SegmentRow(value, f.journeys, f.converted,
                        Ratio.of(f.converted, f.journeys, "journeys"), millionths(f.weight), f.revenue)));
                rows.sort(Comparator.comparing(SegmentRow::revenue).reversed().thenComparing(SegmentRow::value));
                result.add(new Segment(name, rows));
            }
            return result;
        }

        List<ContentPerformance> content(boolean best) {
            Map<String, Figures> byContent = new TreeMap<>();
            for (Journey j : seen) {
                for (Touchpoint t : j.touchpoints()) {
                    if (inWindow(t)) {
                        contentOf(t).ifPresent(c -> byContent.computeIfAbsent(c, k -> new Figures(Money.zero(currency)))
                                .touches++);
                    }
                }
            }
            for (List<ConversionCredit> journeyCredits : credits) {
                for (ConversionCredit credit : journeyCredits) {
                    for (TouchCredit tc : credit.touches()) {
                        contentOf(tc.touchpoint()).ifPresent(c -> byContent
                                .computeIfAbsent(c, k -> new Figures(Money.zero(currency))).credit(new BigDecimal(tc.weight()), tc.amount()));
                    }
                }
            }
            List<ContentPerformance> rows = new ArrayList<>();
            byContent.forEach((c, f) -> rows.add(new ContentPerformance(c, f.touches, millionths(f.weight),
                    f.revenue)));
            Comparator<ContentPerformance> byRevenue = Comparator.comparing(ContentPerformance::revenue);
            rows.sort((best ? byRevenue.reversed() : byRevenue).thenComparing(ContentPerformance::content));
            return rows.subList(0, Math.min(b.top, rows.size()));
        }

        private Optional<String> contentOf(Touchpoint t) {
            return hasContent ? t.attribute(b.contentAttribute)
                    : Optional.of(t.campaign().orElse(AttributionReport.NO_CAMPAIGN));
        }

    }

    /** Mutable sums of one segment value or piece of content. */
    private static final class Figures {
        long journeys;
        long converted;
        long touches;
        BigDecimal weight = BigDecimal.ZERO;
        Money revenue;

        Figures(Money zero) {
            this.revenue = zero;
        }

        void credit(BigDecimal w, Money amount) {
            weight = weight.add(w);
            revenue = revenue.plus(amount);
        }
    }
}
