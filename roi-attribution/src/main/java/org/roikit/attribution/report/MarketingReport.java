package org.roikit.attribution.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.Journey;
import org.roikit.core.Funnel;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.goal.Goal;
import org.roikit.core.series.Granularity;
import org.roikit.core.tracking.ChannelGrouping;
import org.roikit.core.tracking.SourceCategory;

/**
 * A marketing report as data: the {@link ExecutiveSummary} for leadership and the
 * {@link TeamDetail} for the marketing team, over one window of days and in one currency, built
 * by {@link #builder()} from journeys and, optionally, costs. Render it with {@link ReportFormat}.
 *
 * <p><b>Window.</b> The report covers the days {@code from..to} in the builder's zone (default
 * the first and last day of the data: conversions dated in the zone and dated costs). Conversions
 * dated outside the window are left out of every figure; costs dated outside it are left out, and
 * undated costs always count ({@link Investment#within(LocalDate, LocalDate)}) but fall in no
 * period of the trend; the notes say how many of each were left out, and how many costs are
 * undated, with their value. Touches before the window still serve conversions
 * in it.
 *
 * <p><b>Currency.</b> One per report: every conversion (in or out of the window), cost and the
 * funnel's value per sale must share it, or {@link Builder#build()} throws.
 *
 * <p><b>Figures and their rounding.</b>
 * <ul>
 *   <li>Scorecard: revenue is the exact sum of the window's conversion values, investment the
 *       exact sum of its costs; profit, ROI, net return per unit invested and ROAS as by
 *       {@link org.roikit.core.Roi}. Without costs the ratios are undefined ({@code "no costs"}).</li>
 *   <li>Attributed and unattributed revenue are the engine's totals
 *       ({@link org.roikit.attribution.AttributionTotals}); they sum exactly to the revenue.</li>
 *   <li>Channel and campaign rows are the engine's rows
 *       ({@link org.roikit.attribution.AttributionReport#byChannel()}): revenue rounded to minor
 *       units by largest remainder over the rows, conversions to millionths the same way.</li>
 *   <li>Segments and content are summed from
 *       {@link org.roikit.attribution.Attribution#credits(Journey)}: revenue is the exact sum of
 *       the per-touch amounts (each rounded per conversion by largest remainder), so it can differ
 *       by a few minor units from the rows; conversions are the sums of touch weights rounded
 *       half-even to millionths. A segment's conversion rate is the converted journeys (with a
 *       conversion in the window) among the journeys with at least one touch carrying the value
 *       dated in the window, over those journeys; a content's touches are those dated in the
 *       window.</li>
 *   <li>CAC from social = cost of the social channels (costs whose channel is one of the builder's
 *       social channels) / sales (conversions of the sale type) attributed to social channels;
 *       CPA from social = that cost / all conversions attributed to social channels. Attributed
 *       counts are sums of the weights of social touches from
 *       {@link org.roikit.attribution.Attribution#credits(Journey)}, rounded half-even to
 *       millionths; the quotient is exact where it terminates, else 34 significant digits.
 *       Undefined with the reason {@code "no costs"} without costs, or
 *       {@code "0 sales attributed to social channels"} (or conversions) when nothing was
 *       attributed to them.</li>
 *   <li>Pipeline value: without a funnel, the exact sum of the values of the window's lead
 *       conversions; with {@link Builder#funnel(Funnel, Money)}, {@code leads x
 *       funnel.overallRate() x valuePerSale}, rounded half-even to minor units, empty (with a
 *       note, and the rate's reason as the summary's pipeline reason) when the funnel's rate is
 *       undefined.</li>
 *   <li>Investment by category: exact sums, share of the investment exact where it terminates.</li>
 *   <li>Trend: per calendar period of the window (the first and last possibly partial, with the
 *       days covered), the costs dated in it, the value and number of conversions dated in it,
 *       and its ROI. The change compares the last two complete periods; with fewer than two,
 *       there is none and a note says why.</li>
 *   <li>Goals: {@link Goal#progress(LocalDate, java.math.BigDecimal)} on the window's last day
 *       with the report's figure named by the goal's metric.</li>
 * </ul>
 *
 * <p>Two reports are equal when both parts are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param executive the summary for leadership
 * @param team the detail for the marketing team
 */
public record MarketingReport(ExecutiveSummary executive, TeamDetail team) {

    /** The default report title: {@code "Marketing report"}. */
    public static final String DEFAULT_TITLE = "Marketing report";

    /** The default conversion type of leads: {@code "lead"}. */
    public static final String DEFAULT_LEAD_TYPE = "lead";

    /** The default conversion type of sales: {@code "sale"}. */
    public static final String DEFAULT_SALE_TYPE = "sale";

    /** The default attribute naming content: {@code "content"}. */
    public static final String DEFAULT_CONTENT_ATTRIBUTE = "content";

    /** The default number of best and worst content rows: 5. */
    public static final int DEFAULT_TOP = 5;

    /**
     * Checks that both parts describe the same report.
     *
     * @param executive the summary
     * @param team the detail
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the parts differ in title, window or currency
     */
    public MarketingReport {
        Objects.requireNonNull(executive, "executive");
        Objects.requireNonNull(team, "team");
        if (!executive.title().equals(team.title()) || !executive.from().equals(team.from())
                || !executive.to().equals(team.to()) || !executive.currency().equals(team.currency())) {
            throw new IllegalArgumentException("executive (" + executive.title() + ", " + executive.from() + ".."
                    + executive.to() + ", " + executive.currency() + ") and team (" + team.title() + ", "
                    + team.from() + ".." + team.to() + ", " + team.currency()
                    + ") must have the same title, window and currency");
        }
    }

    /**
     * Returns a builder with the defaults described on {@link Builder}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the report's one currency.
     *
     * @return the currency of every amount
     */
    public Currency currency() {
        return executive.currency();
    }

    /**
     * Returns the report's title.
     *
     * @return the title
     */
    public String title() {
        return executive.title();
    }

    /**
     * Returns the first day of the report window, in the report's zone.
     *
     * @return the first day
     */
    public LocalDate from() {
        return executive.from();
    }

    /**
     * Returns the last day of the report window, in the report's zone.
     *
     * @return the last day
     */
    public LocalDate to() {
        return executive.to();
    }

    /**
     * Builds a {@link MarketingReport}. Only {@link #journeys(Iterable)} is required; every other
     * setting has a default. A builder is mutable and not thread-safe; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {

        Iterable<Journey> journeys;
        Optional<Investment> costs = Optional.empty();
        AttributionModel model = AttributionModel.positionBased();
        List<AttributionModel> compare = AttributionModel.all();
        AttributionSettings settings = AttributionSettings.defaults();
        Granularity period = Granularity.MONTH;
        ZoneId zone = ZoneOffset.UTC;
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        Set<String> socialChannels = defaultSocialChannels();
        String leadType = DEFAULT_LEAD_TYPE;
        String saleType = DEFAULT_SALE_TYPE;
        Optional<Funnel> funnel = Optional.empty();
        Optional<Money> valuePerSale = Optional.empty();
        List<Goal> goals = List.of();
        String title = DEFAULT_TITLE;
        String contentAttribute = DEFAULT_CONTENT_ATTRIBUTE;
        int top = DEFAULT_TOP;

        Builder() {
        }

        /**
         * Returns the report computed from this builder's settings; see {@link MarketingReport}
         * for the figures.
         *
         * @return the report
         * @throws IllegalStateException if no journeys were set
         * @throws IllegalArgumentException if the conversions, costs and value per sale use more
         *     than one currency, or none at all; if the data has no dated conversion or cost and
         *     the window is not given; if {@code to} is before {@code from}; if the zone is not UTC,
         *     the window leaves out conversions and the settings reset touches after a conversion
         */
        public MarketingReport build() {
            return Computation.compute(this);
        }

        /**
         * Returns the social channels used by default: the social sources of
         * {@link ChannelGrouping#defaultRules()} ({@code facebook}, {@code instagram},
         * {@code linkedin}, {@code tiktok}, {@code x} and the like, with their domains), matched
         * against touch channels exactly.
         *
         * @return an unmodifiable sorted set
         */
        public static Set<String> defaultSocialChannels() {
            return ChannelGrouping.defaultRules().sources(SourceCategory.SOCIAL);
        }

        /**
         * Sets the journeys to report on (required). They are read when {@link #build()} is called,
         * once per call.
         *
         * @param newJourneys the journeys
         * @return this builder
         * @throws NullPointerException if {@code newJourneys} is null
         */
        public Builder journeys(Iterable<Journey> newJourneys) {
            this.journeys = Objects.requireNonNull(newJourneys, "newJourneys");
            return this;
        }

        /**
         * Sets the costs. Without costs, investment-based figures (ROI, ROAS, CPA, CAC) are
         * undefined with the reason {@code "no costs"} (never zero).
         *
         * @param newCosts the costs
         * @return this builder
         * @throws NullPointerException if {@code newCosts} is null
         */
        public Builder costs(Investment newCosts) {
            this.costs = Optional.of(Objects.requireNonNull(newCosts, "newCosts"));
            return this;
        }

        /**
         * Sets the model of the team detail's rows and of every attributed figure of the summary;
         * default {@code position-based(0.4, 0.2, 0.4)}, as the command line.
         *
         * @param newModel the model
         * @return this builder
         * @throws NullPointerException if {@code newModel} is null
         */
        public Builder model(AttributionModel newModel) {
            this.model = Objects.requireNonNull(newModel, "newModel");
            return this;
        }

        /**
         * Sets the models of the comparison table; default the six rule-based models with default
         * parameters, as the command line's {@code --model all}.
         *
         * @param models the models, at least one, without repeats
         * @return this builder
         * @throws NullPointerException if {@code models} or an element is null
         * @throws IllegalArgumentException if {@code models} is empty or has a repeat
         */
        public Builder compare(List<AttributionModel> models) {
            List<AttributionModel> copy = List.copyOf(models);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("models ([]) must not be empty");
            }
            if (Set.copyOf(copy).size() != copy.size()) {
                throw new IllegalArgumentException("models (" + copy + ") must not repeat a model");
            }
            this.compare = copy;
            return this;
        }

        /**
         * Sets the attribution settings (lookback, policy, repeats); default
         * {@link AttributionSettings#defaults()}. The report window is set with
         * {@link #from(LocalDate)} and {@link #to(LocalDate)}, not with the settings' period.
         *
         * @param newSettings the settings, without a report period
         * @return this builder
         * @throws NullPointerException if {@code newSettings} is null
         * @throws IllegalArgumentException if the settings have a report period
         */
        public Builder settings(AttributionSettings newSettings) {
            Objects.requireNonNull(newSettings, "newSettings");
            if (newSettings.from().isPresent()) {
                throw new IllegalArgumentException("settings (" + newSettings
                        + ") must have no period: give the report window with from and to");
            }
            this.settings = newSettings;
            return this;
        }

        /**
         * Sets the length of the trend's periods; default {@link Granularity#MONTH}.
         *
         * @param granularity day, ISO week, month or quarter
         * @return this builder
         * @throws NullPointerException if {@code granularity} is null
         */
        public Builder period(Granularity granularity) {
            this.period = Objects.requireNonNull(granularity, "granularity");
            return this;
        }

        /**
         * Sets the zone in which conversion instants are dated (for the window and the trend);
         * default UTC. Costs carry their own dates.
         *
         * @param newZone the zone
         * @return this builder
         * @throws NullPointerException if {@code newZone} is null
         */
        public Builder zone(ZoneId newZone) {
            this.zone = Objects.requireNonNull(newZone, "newZone");
            return this;
        }

        /**
         * Sets the first day of the report window; default the first day of the data (the
         * earliest conversion or dated cost).
         *
         * @param newFrom the first day, in the report's zone
         * @return this builder
         * @throws NullPointerException if {@code newFrom} is null
         */
        public Builder from(LocalDate newFrom) {
            this.from = Optional.of(Objects.requireNonNull(newFrom, "newFrom"));
            return this;
        }

        /**
         * Sets the last day of the report window; default the last day of the data (the latest
         * conversion or dated cost).
         *
         * @param newTo the last day, in the report's zone
         * @return this builder
         * @throws NullPointerException if {@code newTo} is null
         */
        public Builder to(LocalDate newTo) {
            this.to = Optional.of(Objects.requireNonNull(newTo, "newTo"));
            return this;
        }

        /**
         * Sets the channels counted as social for CAC and CPA from social, matched exactly;
         * default {@link #defaultSocialChannels()}.
         *
         * @param channels the channel names, none blank
         * @return this builder
         * @throws NullPointerException if {@code channels} or an element is null
         * @throws IllegalArgumentException if a channel is blank
         */
        public Builder socialChannels(Collection<String> channels) {
            Set<String> copy = new TreeSet<>();
            for (String c : new ArrayList<>(channels)) {
                copy.add(Values.nonBlank(c, "channel"));
            }
            this.socialChannels = java.util.Collections.unmodifiableSet(copy);
            return this;
        }

        /**
         * Sets the conversion type of leads; default {@value MarketingReport#DEFAULT_LEAD_TYPE}.
         *
         * @param type the conversion type, not blank
         * @return this builder
         * @throws NullPointerException if {@code type} is null
         * @throws IllegalArgumentException if {@code type} is blank
         */
        public Builder leadType(String type) {
            this.leadType = Values.nonBlank(type, "type");
            return this;
        }

        /**
         * Sets the conversion type of sales; default {@value MarketingReport#DEFAULT_SALE_TYPE}.
         *
         * @param type the conversion type, not blank
         * @return this builder
         * @throws NullPointerException if {@code type} is null
         * @throws IllegalArgumentException if {@code type} is blank
         */
        public Builder saleType(String type) {
            this.saleType = Values.nonBlank(type, "type");
            return this;
        }

        /**
         * Sets the funnel that values leads for the pipeline value: each lead of the window is
         * worth {@code funnel.overallRate() x valuePerSale} (the funnel's first stage stands for
         * leads, its last for sales). Without a funnel, the pipeline value is the recorded value of
         * the lead conversions of the window.
         *
         * @param newFunnel the funnel from lead to sale
         * @param newValuePerSale the value of one sale, at least zero, in the report's currency
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code newValuePerSale} is negative
         */
        public Builder funnel(Funnel newFunnel, Money newValuePerSale) {
            Objects.requireNonNull(newFunnel, "newFunnel");
            Objects.requireNonNull(newValuePerSale, "newValuePerSale");
            if (newValuePerSale.isNegative()) {
                throw new IllegalArgumentException("valuePerSale (" + newValuePerSale + ") must be >= 0");
            }
            this.funnel = Optional.of(newFunnel);
            this.valuePerSale = Optional.of(newValuePerSale);
            return this;
        }

        /**
         * Sets the goals whose progress the summary shows on the window's last day. A goal's
         * {@link Goal#metric()} names a figure of the report: {@code investment}, {@code revenue},
         * {@code profit} (amounts), {@code conversions}, {@code leads}, {@code sales} (counts),
         * {@code roi} or {@code roas} (decimal fractions: 0.25 for 25%, 1.25 for 1.25x).
         *
         * @param newGoals the goals
         * @return this builder
         * @throws NullPointerException if {@code newGoals} or an element is null
         * @throws IllegalArgumentException if a goal's metric is not one of those above
         */
        public Builder goals(List<Goal> newGoals) {
            List<Goal> copy = List.copyOf(newGoals);
            for (Goal g : copy) {
                if (!Computation.GOAL_METRICS.contains(g.metric())) {
                    throw new IllegalArgumentException("goal metric (\"" + g.metric() + "\") must be one of "
                            + String.join(", ", Computation.GOAL_METRICS));
                }
            }
            this.goals = copy;
            return this;
        }

        /**
         * Sets the report's title; default {@value MarketingReport#DEFAULT_TITLE}.
         *
         * @param newTitle the title, not blank
         * @return this builder
         * @throws NullPointerException if {@code newTitle} is null
         * @throws IllegalArgumentException if {@code newTitle} is blank
         */
        public Builder title(String newTitle) {
            this.title = Values.nonBlank(newTitle, "newTitle");
            return this;
        }

        /**
         * Sets the touchpoint attribute that names content for best and worst content; default
         * {@value MarketingReport#DEFAULT_CONTENT_ATTRIBUTE}. When no touch carries it, content
         * falls back to the campaign, and the report says so.
         *
         * @param attribute the attribute name, not blank
         * @return this builder
         * @throws NullPointerException if {@code attribute} is null
         * @throws IllegalArgumentException if {@code attribute} is blank
         */
        public Builder contentAttribute(String attribute) {
            this.contentAttribute = Values.nonBlank(attribute, "attribute");
            return this;
        }

        /**
         * Sets how many best and worst content rows the team detail lists; default
         * {@value MarketingReport#DEFAULT_TOP}.
         *
         * @param count the number of rows, at least one
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is less than one
         */
        public Builder top(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("top (" + count + ") must be >= 1");
            }
            this.top = count;
            return this;
        }
    }

    /**
     * Returns the plain-text report: headed sections of aligned tables, lines separated by
     * {@code \n}, as {@link ReportFormat#TEXT} renders it. Amounts are plain decimals in the
     * currency named in the heading; attributed conversions have six decimals; an undefined ratio
     * reads {@code -} in a table.
     *
     * @return the text report
     */
    @Override
    public String toString() {
        return TextReport.report(this);
    }
}
