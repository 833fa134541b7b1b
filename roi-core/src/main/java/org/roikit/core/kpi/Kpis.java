package org.roikit.core.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.roikit.core.Ratio;

/**
 * The key performance indicators of one set of {@link Measures}, one method per KPI.
 *
 * <p>Every KPI is computed from the base measures, never from other KPIs, so the KPIs of combined
 * measures ({@link Measures#plus(Measures)}, {@link Measures#followedBy(Measures)}) are ratios of
 * sums: the CTR of two posts is their total clicks over their total impressions, not the average
 * of their two CTRs.
 *
 * <p>Each method's Javadoc gives the formula, the {@link Ratio.Form} its value reads in, and the
 * result when the denominator is zero: an undefined ratio whose reason names the empty
 * denominator, such as {@code "0 impressions"}; never NaN, infinity or a silent zero. Rates read
 * as percentages, counts per post and frequency as plain numbers, money per unit (CPC, CPM, CPA,
 * CPL, CAC) as an amount in the measures' currency, and ROAS as a multiple.
 *
 * <p>The engagement rates count the interactions in {@link Interaction#defaultEngagement()} unless
 * given a set. Rates "by followers" and per-follower rates divide by
 * {@link Measures#followersAtEnd()}.
 *
 * <p>{@link #toString()} is a two-column table of every KPI, for reading in JShell. Two instances
 * are equal when their measures are equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Kpis {

    private static final String IMPRESSIONS = "impressions";
    private static final String REACH = "reach";
    private static final String CLICKS = "clicks";
    private static final String POSTS = "posts";
    private static final String FOLLOWERS_AT_END = "followers at end";
    private static final String FOLLOWERS_AT_START = "followers at start";
    private static final String SPEND = "spend";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Measures measures;

    private Kpis(Measures measures) {
        this.measures = measures;
    }

    /**
     * Returns the KPIs of {@code measures}.
     *
     * @param measures the base measures
     * @return the KPIs
     * @throws NullPointerException if {@code measures} is null
     */
    public static Kpis of(Measures measures) {
        return new Kpis(Objects.requireNonNull(measures, "measures"));
    }

    /**
     * Returns the measures these KPIs are computed from.
     *
     * @return the measures
     */
    public Measures measures() {
        return measures;
    }

    // ---------------------------------------------------------------- engagement

    /**
     * Returns the engagement rate by followers with the default interactions:
     * (likes + comments + shares + saves) / followersAtEnd, as a percentage.
     *
     * @return the rate; undefined with the reason {@code "0 followers at end"} when there are no
     *     followers at the end of the period
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByFollowers() {
        return engagementRateByFollowers(Interaction.defaultEngagement());
    }

    /**
     * Returns the engagement rate by followers: engagements({@code interactions}) / followersAtEnd,
     * as a percentage.
     *
     * @param interactions the interactions that count as engagement, not empty
     * @return the rate; undefined with the reason {@code "0 followers at end"} when there are no
     *     followers at the end of the period
     * @throws NullPointerException if {@code interactions} or an element is null
     * @throws IllegalArgumentException if {@code interactions} is empty
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByFollowers(Set<Interaction> interactions) {
        return Ratio.of(measures.engagements(interactions), measures.followersAtEnd(), FOLLOWERS_AT_END);
    }

    /**
     * Returns the engagement rate by reach with the default interactions:
     * (likes + comments + shares + saves) / reach, as a percentage. Over summed reach (see
     * {@link Measures}) this is engagements per reached account per post or day.
     *
     * @return the rate; undefined with the reason {@code "0 reach"} when the reach is zero
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByReach() {
        return engagementRateByReach(Interaction.defaultEngagement());
    }

    /**
     * Returns the engagement rate by reach: engagements({@code interactions}) / reach, as a
     * percentage.
     *
     * @param interactions the interactions that count as engagement, not empty
     * @return the rate; undefined with the reason {@code "0 reach"} when the reach is zero
     * @throws NullPointerException if {@code interactions} or an element is null
     * @throws IllegalArgumentException if {@code interactions} is empty
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByReach(Set<Interaction> interactions) {
        return Ratio.of(measures.engagements(interactions), measures.reach(), REACH);
    }

    /**
     * Returns the engagement rate by impressions with the default interactions:
     * (likes + comments + shares + saves) / impressions, as a percentage.
     *
     * @return the rate; undefined with the reason {@code "0 impressions"} when there are no
     *     impressions
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByImpressions() {
        return engagementRateByImpressions(Interaction.defaultEngagement());
    }

    /**
     * Returns the engagement rate by impressions: engagements({@code interactions}) / impressions,
     * as a percentage.
     *
     * @param interactions the interactions that count as engagement, not empty
     * @return the rate; undefined with the reason {@code "0 impressions"} when there are no
     *     impressions
     * @throws NullPointerException if {@code interactions} or an element is null
     * @throws IllegalArgumentException if {@code interactions} is empty
     * @throws ArithmeticException if the engagements overflow a {@code long}
     */
    public Ratio engagementRateByImpressions(Set<Interaction> interactions) {
        return Ratio.of(measures.engagements(interactions), measures.impressions(), IMPRESSIONS);
    }

    // ---------------------------------------------------------------- traffic and conversion

    /**
     * Returns the click-through rate: clicks / impressions, as a percentage.
     *
     * @return the CTR; undefined with the reason {@code "0 impressions"} when there are no
     *     impressions
     */
    public Ratio ctr() {
        return Ratio.of(measures.clicks(), measures.impressions(), IMPRESSIONS);
    }

    /**
     * Returns the conversion rate: conversions / clicks, as a percentage.
     *
     * @return the CVR; undefined with the reason {@code "0 clicks"} when there are no clicks
     */
    public Ratio cvr() {
        return Ratio.of(measures.conversions(), measures.clicks(), CLICKS);
    }

    /**
     * Returns the cost per click: spend / clicks, as money per click.
     *
     * @return the CPC; undefined with the reason {@code "0 clicks"} when there are no clicks
     */
    public Ratio cpc() {
        return Ratio.perUnit(measures.spend(), measures.clicks(), CLICKS);
    }

    /**
     * Returns the cost per thousand impressions: spend x 1000 / impressions, as money per thousand
     * impressions.
     *
     * @return the CPM; undefined with the reason {@code "0 impressions"} when there are no
     *     impressions
     */
    public Ratio cpm() {
        return Ratio.perUnit(measures.spend().multipliedBy(THOUSAND), measures.impressions(), IMPRESSIONS);
    }

    /**
     * Returns the cost per acquisition (per conversion): spend / conversions, as money per
     * conversion.
     *
     * @return the CPA; undefined with the reason {@code "0 conversions"} when there are no
     *     conversions
     */
    public Ratio cpa() {
        return Ratio.perUnit(measures.spend(), measures.conversions(), "conversions");
    }

    /**
     * Returns the cost per lead: spend / leads, as money per lead.
     *
     * @return the CPL; undefined with the reason {@code "0 leads"} when there are no leads
     */
    public Ratio cpl() {
        return Ratio.perUnit(measures.spend(), measures.leads(), "leads");
    }

    /**
     * Returns the customer acquisition cost: spend / customers, as money per new customer.
     *
     * @return the CAC; undefined with the reason {@code "0 customers"} when there are no new
     *     customers
     */
    public Ratio cac() {
        return Ratio.perUnit(measures.spend(), measures.customers(), "customers");
    }

    /**
     * Returns the frequency: impressions / reach, as a plain number. Over summed reach (see
     * {@link Measures}) this is the impressions per reached account per post or day, not per
     * unique person.
     *
     * @return the frequency; undefined with the reason {@code "0 reach"} when the reach is zero
     */
    public Ratio frequency() {
        return Ratio.of(measures.impressions(), measures.reach(), REACH).withForm(Ratio.Form.NUMBER);
    }

    // ---------------------------------------------------------------- amplification, applause, conversation

    /**
     * Returns the amplification per post: shares / posts, as a plain number (shares per post).
     *
     * @return the shares per post; undefined with the reason {@code "0 posts"} when there are no
     *     posts
     */
    public Ratio amplificationPerPost() {
        return perPost(measures.shares());
    }

    /**
     * Returns the amplification rate: shares / followersAtEnd, as a percentage (shares per
     * follower over the period).
     *
     * @return the rate; undefined with the reason {@code "0 followers at end"} when there are no
     *     followers at the end of the period
     */
    public Ratio amplificationRate() {
        return perFollower(measures.shares());
    }

    /**
     * Returns the applause per post: likes / posts, as a plain number (likes per post).
     *
     * @return the likes per post; undefined with the reason {@code "0 posts"} when there are no
     *     posts
     */
    public Ratio applausePerPost() {
        return perPost(measures.likes());
    }

    /**
     * Returns the applause rate: likes / followersAtEnd, as a percentage (likes per follower over
     * the period).
     *
     * @return the rate; undefined with the reason {@code "0 followers at end"} when there are no
     *     followers at the end of the period
     */
    public Ratio applauseRate() {
        return perFollower(measures.likes());
    }

    /**
     * Returns the conversation per post: comments / posts, as a plain number (comments per post).
     *
     * @return the comments per post; undefined with the reason {@code "0 posts"} when there are
     *     no posts
     */
    public Ratio conversationPerPost() {
        return perPost(measures.comments());
    }

    /**
     * Returns the conversation rate: comments / followersAtEnd, as a percentage (comments per
     * follower over the period).
     *
     * @return the rate; undefined with the reason {@code "0 followers at end"} when there are no
     *     followers at the end of the period
     */
    public Ratio conversationRate() {
        return perFollower(measures.comments());
    }

    /**
     * Returns the virality rate: shares / impressions, as a percentage.
     *
     * @return the rate; undefined with the reason {@code "0 impressions"} when there are no
     *     impressions
     */
    public Ratio virality() {
        return Ratio.of(measures.shares(), measures.impressions(), IMPRESSIONS);
    }

    // ---------------------------------------------------------------- audience

    /**
     * Returns the net follower growth: followersAtEnd - followersAtStart, negative when followers
     * were lost. It cannot overflow, since both stocks are at least zero.
     *
     * @return the change in followers over the period
     */
    public long netFollowerGrowth() {
        return measures.followersAtEnd() - measures.followersAtStart();
    }

    /**
     * Returns the follower growth rate: (followersAtEnd - followersAtStart) / followersAtStart, as
     * a percentage, negative when followers were lost.
     *
     * @return the rate; undefined with the reason {@code "0 followers at start"} when there were
     *     no followers at the start of the period
     */
    public Ratio followerGrowthRate() {
        return Ratio.of(netFollowerGrowth(), measures.followersAtStart(), FOLLOWERS_AT_START);
    }

    /**
     * Returns the organic share of follower growth: newFollowersOrganic / (newFollowersOrganic +
     * newFollowersPaid), as a percentage. The sum is exact, so it cannot overflow.
     *
     * @return the share; undefined with the reason {@code "0 new followers"} when no follower was
     *     gained
     */
    public Ratio organicShareOfGrowth() {
        return shareOf(measures.newFollowersOrganic(), measures.newFollowersPaid(), "new followers");
    }

    /**
     * Returns the paid share of follower growth: newFollowersPaid / (newFollowersOrganic +
     * newFollowersPaid), as a percentage. The sum is exact, so it cannot overflow.
     *
     * @return the share; undefined with the reason {@code "0 new followers"} when no follower was
     *     gained
     */
    public Ratio paidShareOfGrowth() {
        return shareOf(measures.newFollowersPaid(), measures.newFollowersOrganic(), "new followers");
    }

    /**
     * Returns the share of voice: mentions / (mentions + competitorMentions), as a percentage. The
     * sum is exact, so it cannot overflow.
     *
     * @return the share; undefined with the reason {@code "0 mentions"} when neither the brand nor
     *     its competitors were mentioned
     */
    public Ratio shareOfVoice() {
        return shareOf(measures.mentions(), measures.competitorMentions(), "mentions");
    }

    // ---------------------------------------------------------------- return

    /**
     * Returns the return on investment: (revenue - spend) / spend, as a percentage; negative when
     * revenue is below spend. Spend here is the measures' spend only; costs such as tools and
     * staff time belong in a full investment.
     *
     * @return the ROI; undefined with the reason {@code "zero spend"} when nothing was spent
     */
    public Ratio roi() {
        return Ratio.of(measures.revenue().minus(measures.spend()), measures.spend(), SPEND);
    }

    /**
     * Returns the return on ad spend: revenue / spend, as a multiple.
     *
     * @return the ROAS; undefined with the reason {@code "zero spend"} when nothing was spent
     */
    public Ratio roas() {
        return Ratio.of(measures.revenue(), measures.spend(), SPEND).withForm(Ratio.Form.MULTIPLE);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a {@code Kpis} of equal measures.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Kpis other && measures.equals(other.measures);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return measures.hashCode();
    }

    /**
     * Returns a table of every KPI, one per line: the method name, padded to align the values,
     * then the value as {@link Ratio#toString()} gives it, such as {@code 2.00%} for the CTR or
     * {@code undefined (0 clicks)} for the CPC.
     * Engagement rates use the default interactions. Lines are separated by {@code '\n'}, with
     * none after the last.
     *
     * @return the table
     */
    @Override
    public String toString() {
        String[][] rows = {
            {"engagementRateByFollowers", engagementRateByFollowers().toString()},
            {"engagementRateByReach", engagementRateByReach().toString()},
            {"engagementRateByImpressions", engagementRateByImpressions().toString()},
            {"ctr", ctr().toString()},
            {"cvr", cvr().toString()},
            {"cpc", cpc().toString()},
            {"cpm", cpm().toString()},
            {"cpa", cpa().toString()},
            {"cpl", cpl().toString()},
            {"cac", cac().toString()},
            {"frequency", frequency().toString()},
            {"amplificationPerPost", amplificationPerPost().toString()},
            {"amplificationRate", amplificationRate().toString()},
            {"applausePerPost", applausePerPost().toString()},
            {"applauseRate", applauseRate().toString()},
            {"conversationPerPost", conversationPerPost().toString()},
            {"conversationRate", conversationRate().toString()},
            {"virality", virality().toString()},
            {"netFollowerGrowth", Long.toString(netFollowerGrowth())},
            {"followerGrowthRate", followerGrowthRate().toString()},
            {"organicShareOfGrowth", organicShareOfGrowth().toString()},
            {"paidShareOfGrowth", paidShareOfGrowth().toString()},
            {"shareOfVoice", shareOfVoice().toString()},
            {"roi", roi().toString()},
            {"roas", roas().toString()},
        };
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length());
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            if (table.length() > 0) {
                table.append('\n');
            }
            table.append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]);
        }
        return table.toString();
    }

    // ---------------------------------------------------------------- helpers

    private Ratio perPost(long count) {
        return Ratio.of(count, measures.posts(), POSTS).withForm(Ratio.Form.NUMBER);
    }

    private Ratio perFollower(long count) {
        return Ratio.of(count, measures.followersAtEnd(), FOLLOWERS_AT_END);
    }

    private static Ratio shareOf(long part, long rest, String wholeName) {
        BigDecimal p = BigDecimal.valueOf(part);
        return Ratio.of(p, p.add(BigDecimal.valueOf(rest)), wholeName);
    }
}
