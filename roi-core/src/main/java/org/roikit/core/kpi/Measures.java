package org.roikit.core.kpi;

import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.internal.Checks;

/**
 * The additive base measures of one scope (a post, a day, a channel, a campaign, ...), from which
 * {@link Kpis} computes every rate.
 *
 * <p>KPIs are never stored or averaged. To get the KPIs of several scopes, combine their measures
 * first and compute once, so that every aggregate is a ratio of sums:
 * <ul>
 *   <li>{@link #plus(Measures)} combines scopes side by side in the same period (another post,
 *       another channel): every field sums, including the follower stocks, which then count the
 *       followers of all channels together.</li>
 *   <li>{@link #followedBy(Measures)} joins consecutive periods of the same scope: the flows sum,
 *       the starting follower stock is the earlier period's and the closing stock the later's.</li>
 *   <li>{@link #total(Currency, Iterable)} sums many scopes with {@code plus}.</li>
 * </ul>
 *
 * <p><b>Reach is not additive.</b> Reach counts unique accounts, but summing it over posts or days
 * counts an account once per post or day that reached it, so summed reach overstates unique reach
 * (it is an upper bound). Rates over summed reach therefore read "per reached account per post (or
 * day)": {@link Kpis#frequency()} over summed reach is the impressions per reached account per
 * post, not per unique person. Supply a deduplicated reach yourself, with
 * {@link #toBuilder()}, when you have one for the combined scope.
 *
 * <p>The record is wide, so build it with {@link #builder(Currency)}
 * ({@code Measures.builder(EUR).impressions(12000).clicks(240).spend(Money.of("300.00", "EUR")).build()})
 * or start from {@link #zero(Currency)}. Every count is at least zero; {@code spend} is at least
 * zero; {@code revenue} may be negative (net of refunds). Spend and revenue share one currency.
 *
 * <p>Two measures are equal when every component is equal; {@link Money} equality is exact.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param impressions times content was shown, counting repeats
 * @param reach accounts that saw content; unique within this scope only (see above)
 * @param likes likes and other one-tap reactions
 * @param comments comments and replies
 * @param shares shares, reposts and retweets
 * @param saves saves and bookmarks
 * @param clicks link clicks
 * @param followersAtStart followers when the period began (a stock, not a flow)
 * @param followersAtEnd followers when the period ended (a stock, not a flow)
 * @param newFollowersOrganic followers gained without paid promotion
 * @param newFollowersPaid followers gained through paid promotion
 * @param mentions mentions of the brand
 * @param competitorMentions mentions of the competitors tracked for share of voice
 * @param posts posts published
 * @param leads leads generated
 * @param customers new customers acquired
 * @param conversions conversions of any type (purchases, sign-ups, ...)
 * @param spend money spent, at least zero
 * @param revenue revenue attributed to the scope, in the currency of {@code spend}
 */
public record Measures(
        long impressions,
        long reach,
        long likes,
        long comments,
        long shares,
        long saves,
        long clicks,
        long followersAtStart,
        long followersAtEnd,
        long newFollowersOrganic,
        long newFollowersPaid,
        long mentions,
        long competitorMentions,
        long posts,
        long leads,
        long customers,
        long conversions,
        Money spend,
        Money revenue) {

    /**
     * Creates measures from every component; prefer {@link #builder(Currency)}, which names them.
     *
     * @param impressions the impressions, at least zero
     * @param reach the reach, at least zero
     * @param likes the likes, at least zero
     * @param comments the comments, at least zero
     * @param shares the shares, at least zero
     * @param saves the saves, at least zero
     * @param clicks the clicks, at least zero
     * @param followersAtStart the followersAtStart, at least zero
     * @param followersAtEnd the followersAtEnd, at least zero
     * @param newFollowersOrganic the newFollowersOrganic, at least zero
     * @param newFollowersPaid the newFollowersPaid, at least zero
     * @param mentions the mentions, at least zero
     * @param competitorMentions the competitorMentions, at least zero
     * @param posts the posts, at least zero
     * @param leads the leads, at least zero
     * @param customers the customers, at least zero
     * @param conversions the conversions, at least zero
     * @param spend the spend, at least zero
     * @param revenue the revenue, in the currency of {@code spend}
     * @throws NullPointerException if {@code spend} or {@code revenue} is null
     * @throws IllegalArgumentException if a count or {@code spend} is negative; the message names
     *     the field and the value, such as {@code "clicks (-3) must be >= 0"}
     * @throws CurrencyMismatchException if {@code spend} and {@code revenue} have different
     *     currencies
     */
    public Measures {
        Checks.nonNegative(impressions, "impressions");
        Checks.nonNegative(reach, "reach");
        Checks.nonNegative(likes, "likes");
        Checks.nonNegative(comments, "comments");
        Checks.nonNegative(shares, "shares");
        Checks.nonNegative(saves, "saves");
        Checks.nonNegative(clicks, "clicks");
        Checks.nonNegative(followersAtStart, "followersAtStart");
        Checks.nonNegative(followersAtEnd, "followersAtEnd");
        Checks.nonNegative(newFollowersOrganic, "newFollowersOrganic");
        Checks.nonNegative(newFollowersPaid, "newFollowersPaid");
        Checks.nonNegative(mentions, "mentions");
        Checks.nonNegative(competitorMentions, "competitorMentions");
        Checks.nonNegative(posts, "posts");
        Checks.nonNegative(leads, "leads");
        Checks.nonNegative(customers, "customers");
        Checks.nonNegative(conversions, "conversions");
        nonNegative(spend, "spend");
        Objects.requireNonNull(revenue, "revenue");
        if (!spend.currency().equals(revenue.currency())) {
            throw new CurrencyMismatchException(spend.currency(), revenue.currency());
        }
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns measures with every count zero and zero spend and revenue in {@code currency}.
     *
     * @param currency the currency of spend and revenue
     * @return the zero measures, the identity of {@link #plus(Measures)}
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor unit
     */
    public static Measures zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new Measures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, zero, zero);
    }

    /**
     * Returns a builder whose counts start at zero and whose spend and revenue start at zero in
     * {@code currency}.
     *
     * @param currency the currency of spend and revenue
     * @return a new builder
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor unit
     */
    public static Builder builder(Currency currency) {
        return new Builder(currency);
    }

    /**
     * Returns the sum of {@code measures} with {@link #plus(Measures)}, or
     * {@link #zero(Currency)} when there are none.
     *
     * @param currency the currency of every element and of the result
     * @param measures the measures of scopes in the same period
     * @return the sum
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the currency has no minor unit
     * @throws CurrencyMismatchException if an element is in another currency
     * @throws ArithmeticException if a summed count overflows a {@code long}
     */
    public static Measures total(Currency currency, Iterable<Measures> measures) {
        Objects.requireNonNull(measures, "measures");
        Measures sum = zero(currency);
        for (Measures m : measures) {
            sum = sum.plus(m);
        }
        return sum;
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the currency of spend and revenue.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return spend.currency();
    }

    /**
     * Returns the count of one kind of interaction: {@code count(LIKES)} is {@link #likes()}.
     *
     * @param interaction the kind of interaction
     * @return its count
     * @throws NullPointerException if {@code interaction} is null
     */
    public long count(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        switch (interaction) {
            case LIKES:
                return likes;
            case COMMENTS:
                return comments;
            case SHARES:
                return shares;
            case SAVES:
                return saves;
            default:
                return clicks;
        }
    }

    /**
     * Returns the number of engagements: the sum of the counts of {@code interactions}, such as
     * {@code engagements(Interaction.defaultEngagement())} for likes + comments + shares + saves.
     *
     * @param interactions the interactions that count as engagement, not empty
     * @return the sum of their counts
     * @throws NullPointerException if {@code interactions} or an element is null
     * @throws IllegalArgumentException if {@code interactions} is empty
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public long engagements(Set<Interaction> interactions) {
        Objects.requireNonNull(interactions, "interactions");
        if (interactions.isEmpty()) {
            throw new IllegalArgumentException("interactions must not be empty");
        }
        long sum = 0;
        for (Interaction interaction : interactions) {
            sum = Math.addExact(sum, count(Objects.requireNonNull(interaction, "interactions element")));
        }
        return sum;
    }

    // ---------------------------------------------------------------- combining

    /**
     * Returns the measures of this scope and {@code other} together in the same period, such as two
     * posts or two channels: every field sums, the follower stocks included, so that
     * {@code followersAtStart} and {@code followersAtEnd} count the followers of both (an account
     * following both channels counts twice). Summed reach overstates unique reach.
     *
     * <p>{@code plus} is associative and commutative, with {@link #zero(Currency)} as identity.
     *
     * @param other the measures of another scope, in the same currency
     * @return the field-by-field sum
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if a summed count overflows a {@code long}
     */
    public Measures plus(Measures other) {
        requireSameCurrency(other);
        return new Measures(
                Math.addExact(impressions, other.impressions),
                Math.addExact(reach, other.reach),
                Math.addExact(likes, other.likes),
                Math.addExact(comments, other.comments),
                Math.addExact(shares, other.shares),
                Math.addExact(saves, other.saves),
                Math.addExact(clicks, other.clicks),
                Math.addExact(followersAtStart, other.followersAtStart),
                Math.addExact(followersAtEnd, other.followersAtEnd),
                Math.addExact(newFollowersOrganic, other.newFollowersOrganic),
                Math.addExact(newFollowersPaid, other.newFollowersPaid),
                Math.addExact(mentions, other.mentions),
                Math.addExact(competitorMentions, other.competitorMentions),
                Math.addExact(posts, other.posts),
                Math.addExact(leads, other.leads),
                Math.addExact(customers, other.customers),
                Math.addExact(conversions, other.conversions),
                spend.plus(other.spend),
                revenue.plus(other.revenue));
    }

    /**
     * Returns the measures of this period followed by {@code next}, the period right after it in
     * the same scope (this week, then next week): every flow sums, {@code followersAtStart} is this
     * period's and {@code followersAtEnd} is {@code next}'s. Summed reach overstates unique reach.
     *
     * <p>The follower stocks are taken as given: {@code next.followersAtStart()} need not equal
     * {@code this.followersAtEnd()}, since platforms snapshot stocks at slightly different times.
     * {@code followedBy} is associative but not commutative.
     *
     * @param next the measures of the next period, in the same currency
     * @return the measures of both periods as one
     * @throws NullPointerException if {@code next} is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if a summed count overflows a {@code long}
     */
    public Measures followedBy(Measures next) {
        Measures sum = plus(next);
        return new Measures(sum.impressions, sum.reach, sum.likes, sum.comments, sum.shares,
                sum.saves, sum.clicks, followersAtStart, next.followersAtEnd,
                sum.newFollowersOrganic, sum.newFollowersPaid, sum.mentions,
                sum.competitorMentions, sum.posts, sum.leads, sum.customers, sum.conversions,
                sum.spend, sum.revenue);
    }

    /**
     * Returns a builder that starts from these measures, to copy them with some fields changed:
     * {@code m.toBuilder().reach(dedupedReach).build()}.
     *
     * @return a new builder holding every field of this
     */
    public Builder toBuilder() {
        return new Builder(currency())
                .impressions(impressions).reach(reach).likes(likes).comments(comments)
                .shares(shares).saves(saves).clicks(clicks)
                .followersAtStart(followersAtStart).followersAtEnd(followersAtEnd)
                .newFollowersOrganic(newFollowersOrganic).newFollowersPaid(newFollowersPaid)
                .mentions(mentions).competitorMentions(competitorMentions).posts(posts)
                .leads(leads).customers(customers).conversions(conversions)
                .spend(spend).revenue(revenue);
    }

    // ---------------------------------------------------------------- helpers

    private void requireSameCurrency(Measures other) {
        Objects.requireNonNull(other, "other");
        if (!currency().equals(other.currency())) {
            throw new CurrencyMismatchException(currency(), other.currency());
        }
    }

    static Money nonNegative(Money value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
        }
        return value;
    }

    /**
     * A builder of {@link Measures}, set one field at a time; every field starts at zero.
     *
     * <p>Each setter validates at once and returns this builder. A builder is mutable and not
     * thread-safe; the measures it builds are immutable.
     */
    public static final class Builder {

        private final Currency currency;
        private long impressions;
        private long reach;
        private long likes;
        private long comments;
        private long shares;
        private long saves;
        private long clicks;
        private long followersAtStart;
        private long followersAtEnd;
        private long newFollowersOrganic;
        private long newFollowersPaid;
        private long mentions;
        private long competitorMentions;
        private long posts;
        private long leads;
        private long customers;
        private long conversions;
        private Money spend;
        private Money revenue;

        private Builder(Currency currency) {
            this.spend = Money.zero(currency);
            this.revenue = spend;
            this.currency = currency;
        }

        /**
         * Returns this builder, with the impressions set.
         *
         * @param impressions times content was shown, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code impressions} is negative
         */
        public Builder impressions(long impressions) {
            this.impressions = Checks.nonNegative(impressions, "impressions");
            return this;
        }

        /**
         * Returns this builder, with the reach set.
         *
         * @param reach accounts that saw content, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code reach} is negative
         */
        public Builder reach(long reach) {
            this.reach = Checks.nonNegative(reach, "reach");
            return this;
        }

        /**
         * Returns this builder, with the likes set.
         *
         * @param likes likes and reactions, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code likes} is negative
         */
        public Builder likes(long likes) {
            this.likes = Checks.nonNegative(likes, "likes");
            return this;
        }

        /**
         * Returns this builder, with the comments set.
         *
         * @param comments comments and replies, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code comments} is negative
         */
        public Builder comments(long comments) {
            this.comments = Checks.nonNegative(comments, "comments");
            return this;
        }

        /**
         * Returns this builder, with the shares set.
         *
         * @param shares shares and reposts, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code shares} is negative
         */
        public Builder shares(long shares) {
            this.shares = Checks.nonNegative(shares, "shares");
            return this;
        }

        /**
         * Returns this builder, with the saves set.
         *
         * @param saves saves and bookmarks, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code saves} is negative
         */
        public Builder saves(long saves) {
            this.saves = Checks.nonNegative(saves, "saves");
            return this;
        }

        /**
         * Returns this builder, with the clicks set.
         *
         * @param clicks link clicks, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code clicks} is negative
         */
        public Builder clicks(long clicks) {
            this.clicks = Checks.nonNegative(clicks, "clicks");
            return this;
        }

        /**
         * Returns this builder, with the followers at the start of the period set.
         *
         * @param followersAtStart the follower stock when the period began, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code followersAtStart} is negative
         */
        public Builder followersAtStart(long followersAtStart) {
            this.followersAtStart = Checks.nonNegative(followersAtStart, "followersAtStart");
            return this;
        }

        /**
         * Returns this builder, with the followers at the end of the period set.
         *
         * @param followersAtEnd the follower stock when the period ended, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code followersAtEnd} is negative
         */
        public Builder followersAtEnd(long followersAtEnd) {
            this.followersAtEnd = Checks.nonNegative(followersAtEnd, "followersAtEnd");
            return this;
        }

        /**
         * Returns this builder, with the followers gained organically set.
         *
         * @param newFollowersOrganic followers gained without paid promotion, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code newFollowersOrganic} is negative
         */
        public Builder newFollowersOrganic(long newFollowersOrganic) {
            this.newFollowersOrganic = Checks.nonNegative(newFollowersOrganic, "newFollowersOrganic");
            return this;
        }

        /**
         * Returns this builder, with the followers gained through paid promotion set.
         *
         * @param newFollowersPaid followers gained through paid promotion, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code newFollowersPaid} is negative
         */
        public Builder newFollowersPaid(long newFollowersPaid) {
            this.newFollowersPaid = Checks.nonNegative(newFollowersPaid, "newFollowersPaid");
            return this;
        }

        /**
         * Returns this builder, with the brand mentions set.
         *
         * @param mentions mentions of the brand, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code mentions} is negative
         */
        public Builder mentions(long mentions) {
            this.mentions = Checks.nonNegative(mentions, "mentions");
            return this;
        }

        /**
         * Returns this builder, with the competitor mentions set.
         *
         * @param competitorMentions mentions of the tracked competitors, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code competitorMentions} is negative
         */
        public Builder competitorMentions(long competitorMentions) {
            this.competitorMentions = Checks.nonNegative(competitorMentions, "competitorMentions");
            return this;
        }

        /**
         * Returns this builder, with the posts set.
         *
         * @param posts posts published, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code posts} is negative
         */
        public Builder posts(long posts) {
            this.posts = Checks.nonNegative(posts, "posts");
            return this;
        }

        /**
         * Returns this builder, with the leads set.
         *
         * @param leads leads generated, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code leads} is negative
         */
        public Builder leads(long leads) {
            this.leads = Checks.nonNegative(leads, "leads");
            return this;
        }

        /**
         * Returns this builder, with the new customers set.
         *
         * @param customers new customers acquired, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code customers} is negative
         */
        public Builder customers(long customers) {
            this.customers = Checks.nonNegative(customers, "customers");
            return this;
        }

        /**
         * Returns this builder, with the conversions set.
         *
         * @param conversions conversions of any type, at least zero
         * @return this builder
         * @throws IllegalArgumentException if {@code conversions} is negative
         */
        public Builder conversions(long conversions) {
            this.conversions = Checks.nonNegative(conversions, "conversions");
            return this;
        }

        /**
         * Returns this builder, with the spend set.
         *
         * @param spend money spent, at least zero, in the builder's currency
         * @return this builder
         * @throws NullPointerException if {@code spend} is null
         * @throws CurrencyMismatchException if {@code spend} is in another currency
         * @throws IllegalArgumentException if {@code spend} is negative
         */
        public Builder spend(Money spend) {
            this.spend = nonNegative(inCurrency(spend, "spend"), "spend");
            return this;
        }

        /**
         * Returns this builder, with the revenue set.
         *
         * @param revenue revenue attributed to the scope, in the builder's currency; may be
         *     negative (net of refunds)
         * @return this builder
         * @throws NullPointerException if {@code revenue} is null
         * @throws CurrencyMismatchException if {@code revenue} is in another currency
         */
        public Builder revenue(Money revenue) {
            this.revenue = inCurrency(revenue, "revenue");
            return this;
        }

        /**
         * Returns the measures holding the values set so far.
         *
         * @return new measures
         */
        public Measures build() {
            return new Measures(impressions, reach, likes, comments, shares, saves, clicks,
                    followersAtStart, followersAtEnd, newFollowersOrganic, newFollowersPaid,
                    mentions, competitorMentions, posts, leads, customers, conversions,
                    spend, revenue);
        }

        private Money inCurrency(Money value, String name) {
            Objects.requireNonNull(value, name);
            if (!currency.equals(value.currency())) {
                throw new CurrencyMismatchException(currency, value.currency());
            }
            return value;
        }
    }
}
