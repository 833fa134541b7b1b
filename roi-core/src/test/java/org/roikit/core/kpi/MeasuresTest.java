package org.roikit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;

class MeasuresTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static final List<String> COUNT_NAMES = List.of("impressions", "reach", "likes",
            "comments", "shares", "saves", "clicks", "followersAtStart", "followersAtEnd",
            "newFollowersOrganic", "newFollowersPaid", "mentions", "competitorMentions", "posts",
            "leads", "customers", "conversions");

    /** Every count distinct (1..17) so a swapped field shows. */
    private static Measures numbered() {
        return Measures.builder(EUR)
                .impressions(1).reach(2).likes(3).comments(4).shares(5).saves(6).clicks(7)
                .followersAtStart(8).followersAtEnd(9).newFollowersOrganic(10).newFollowersPaid(11)
                .mentions(12).competitorMentions(13).posts(14).leads(15).customers(16).conversions(17)
                .spend(Money.of("300.00", "EUR")).revenue(Money.of("900.00", "EUR"))
                .build();
    }

    private static Measures withCounts(long[] counts, Money spend, Money revenue) {
        return new Measures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                counts[6], counts[7], counts[8], counts[9], counts[10], counts[11], counts[12],
                counts[13], counts[14], counts[15], counts[16], spend, revenue);
    }

    private static long[] countsOf(Measures m) {
        return new long[] {m.impressions(), m.reach(), m.likes(), m.comments(), m.shares(),
            m.saves(), m.clicks(), m.followersAtStart(), m.followersAtEnd(),
            m.newFollowersOrganic(), m.newFollowersPaid(), m.mentions(), m.competitorMentions(),
            m.posts(), m.leads(), m.customers(), m.conversions()};
    }

    // ---------------------------------------------------------------- factories

    @Test
    void builder_setsEveryField() {
        Measures m = numbered();

        assertThat(countsOf(m)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(m.spend()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(m.revenue()).isEqualTo(Money.of("900.00", "EUR"));
        assertThat(m.currency()).isEqualTo(EUR);
    }

    @Test
    void builder_startsAtZero() {
        Measures m = Measures.builder(EUR).build();

        assertThat(countsOf(m)).containsOnly(0);
        assertThat(m.spend()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(m.revenue()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void zero_hasEveryFieldZeroInTheCurrency() {
        Measures zero = Measures.zero(USD);

        assertThat(countsOf(zero)).containsOnly(0);
        assertThat(zero.spend()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(zero.revenue()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(zero).isEqualTo(Measures.builder(USD).build());
    }

    @Test
    void zero_rejectsNullCurrency() {
        assertThatThrownBy(() -> Measures.zero(null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void builder_rejectsNullCurrency() {
        assertThatThrownBy(() -> Measures.builder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void builder_rejectsCurrencyWithoutMinorUnit() {
        assertThatThrownBy(() -> Measures.builder(Currency.getInstance("XAU")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency XAU has no minor unit defined by ISO 4217, so it cannot hold money");
    }

    @Test
    void constructor_rejectsEachNegativeCount() {
        for (int i = 0; i < COUNT_NAMES.size(); i++) {
            long[] counts = new long[COUNT_NAMES.size()];
            counts[i] = -3;
            assertThatThrownBy(() -> withCounts(counts, Money.zero(EUR), Money.zero(EUR)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(COUNT_NAMES.get(i) + " (-3) must be >= 0");
        }
    }

    @Test
    void builder_rejectsEachNegativeCountAtOnce() {
        List<Function<Measures.Builder, Measures.Builder>> setters = List.of(
                b -> b.impressions(-1), b -> b.reach(-1), b -> b.likes(-1), b -> b.comments(-1),
                b -> b.shares(-1), b -> b.saves(-1), b -> b.clicks(-1), b -> b.followersAtStart(-1),
                b -> b.followersAtEnd(-1), b -> b.newFollowersOrganic(-1), b -> b.newFollowersPaid(-1),
                b -> b.mentions(-1), b -> b.competitorMentions(-1), b -> b.posts(-1), b -> b.leads(-1),
                b -> b.customers(-1), b -> b.conversions(-1));
        for (int i = 0; i < setters.size(); i++) {
            Function<Measures.Builder, Measures.Builder> setter = setters.get(i);
            assertThatThrownBy(() -> setter.apply(Measures.builder(EUR)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(COUNT_NAMES.get(i) + " (-1) must be >= 0");
        }
    }

    @Test
    void constructor_rejectsNegativeSpend() {
        long[] counts = new long[COUNT_NAMES.size()];
        assertThatThrownBy(() -> withCounts(counts, Money.of("-0.01", "EUR"), Money.zero(EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spend (EUR -0.01) must be >= 0");
    }

    @Test
    void constructor_rejectsNullMoney() {
        long[] counts = new long[COUNT_NAMES.size()];
        assertThatThrownBy(() -> withCounts(counts, null, Money.zero(EUR)))
                .isInstanceOf(NullPointerException.class).hasMessage("spend");
        assertThatThrownBy(() -> withCounts(counts, Money.zero(EUR), null))
                .isInstanceOf(NullPointerException.class).hasMessage("revenue");
    }

    @Test
    void constructor_rejectsSpendAndRevenueInDifferentCurrencies() {
        long[] counts = new long[COUNT_NAMES.size()];
        assertThatThrownBy(() -> withCounts(counts, Money.zero(EUR), Money.zero(USD)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void constructor_acceptsNegativeRevenue() {
        Measures refunds = Measures.builder(EUR).revenue(Money.of("-40.00", "EUR")).build();

        assertThat(refunds.revenue()).isEqualTo(Money.of("-40.00", "EUR"));
    }

    @Test
    void builder_rejectsNegativeSpend() {
        assertThatThrownBy(() -> Measures.builder(EUR).spend(Money.of("-1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spend (EUR -1.00) must be >= 0");
    }

    @Test
    void builder_rejectsMoneyInAnotherCurrency() {
        assertThatThrownBy(() -> Measures.builder(EUR).spend(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> Measures.builder(EUR).revenue(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void builder_rejectsNullMoney() {
        assertThatThrownBy(() -> Measures.builder(EUR).spend(null))
                .isInstanceOf(NullPointerException.class).hasMessage("spend");
        assertThatThrownBy(() -> Measures.builder(EUR).revenue(null))
                .isInstanceOf(NullPointerException.class).hasMessage("revenue");
    }

    @Test
    void toBuilder_copiesEveryFieldAndAllowsChanges() {
        Measures m = numbered();

        assertThat(m.toBuilder().build()).isEqualTo(m);
        Measures deduplicated = m.toBuilder().reach(1).build();
        assertThat(deduplicated.reach()).isEqualTo(1);
        assertThat(countsOf(deduplicated)).containsExactly(1, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(deduplicated.spend()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(m.reach()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- interactions

    @Test
    void count_returnsEachInteraction() {
        Measures m = numbered();

        assertThat(m.count(Interaction.LIKES)).isEqualTo(3);
        assertThat(m.count(Interaction.COMMENTS)).isEqualTo(4);
        assertThat(m.count(Interaction.SHARES)).isEqualTo(5);
        assertThat(m.count(Interaction.SAVES)).isEqualTo(6);
        assertThat(m.count(Interaction.CLICKS)).isEqualTo(7);
    }

    @Test
    void count_rejectsNull() {
        assertThatThrownBy(() -> numbered().count(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interaction");
    }

    @Test
    void engagements_sumsTheGivenInteractions() {
        Measures m = numbered();

        // likes 3 + comments 4 + shares 5 + saves 6
        assertThat(m.engagements(Interaction.defaultEngagement())).isEqualTo(18);
        // ... + clicks 7
        assertThat(m.engagements(EnumSet.allOf(Interaction.class))).isEqualTo(25);
        assertThat(m.engagements(Set.of(Interaction.CLICKS))).isEqualTo(7);
        assertThat(m.engagements(EnumSet.of(Interaction.LIKES, Interaction.SHARES))).isEqualTo(8);
    }

    @Test
    void engagements_rejectsEmptyAndNull() {
        Measures m = numbered();

        assertThatThrownBy(() -> m.engagements(Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interactions must not be empty");
        assertThatThrownBy(() -> m.engagements(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interactions");
        Set<Interaction> withNull = new HashSet<>(Arrays.asList(Interaction.LIKES, null));
        assertThatThrownBy(() -> m.engagements(withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("interactions element");
    }

    @Test
    void engagements_throwsOnOverflow() {
        Measures m = Measures.builder(EUR).likes(Long.MAX_VALUE).comments(1).build();

        assertThatThrownBy(() -> m.engagements(Interaction.defaultEngagement()))
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }

    @Test
    void defaultEngagement_isLikesCommentsSharesSavesInOrderAndUnmodifiable() {
        Set<Interaction> set = Interaction.defaultEngagement();

        assertThat(set).containsExactly(Interaction.LIKES, Interaction.COMMENTS, Interaction.SHARES,
                Interaction.SAVES);
        assertThat(set).doesNotContain(Interaction.CLICKS);
        assertThatThrownBy(() -> set.add(Interaction.CLICKS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- combining

    @Test
    void plus_sumsEveryFieldIncludingFollowerStocks() {
        Measures a = numbered();
        Measures b = Measures.builder(EUR)
                .impressions(100).reach(200).likes(300).comments(400).shares(500).saves(600)
                .clicks(700).followersAtStart(800).followersAtEnd(900).newFollowersOrganic(1000)
                .newFollowersPaid(1100).mentions(1200).competitorMentions(1300).posts(1400)
                .leads(1500).customers(1600).conversions(1700)
                .spend(Money.of("0.50", "EUR")).revenue(Money.of("-0.25", "EUR"))
                .build();

        Measures sum = a.plus(b);

        assertThat(countsOf(sum)).containsExactly(101, 202, 303, 404, 505, 606, 707, 808, 909,
                1010, 1111, 1212, 1313, 1414, 1515, 1616, 1717);
        assertThat(sum.spend()).isEqualTo(Money.of("300.50", "EUR"));
        assertThat(sum.revenue()).isEqualTo(Money.of("899.75", "EUR"));
    }

    @Test
    void plus_zeroIsIdentity() {
        assertThat(numbered().plus(Measures.zero(EUR))).isEqualTo(numbered());
        assertThat(Measures.zero(EUR).plus(numbered())).isEqualTo(numbered());
    }

    @Test
    void plus_rejectsOtherCurrency() {
        assertThatThrownBy(() -> numbered().plus(Measures.zero(USD)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    @Test
    void plus_rejectsNull() {
        assertThatThrownBy(() -> numbered().plus(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void plus_throwsOnOverflow() {
        Measures big = Measures.builder(EUR).impressions(Long.MAX_VALUE).build();
        Measures one = Measures.builder(EUR).impressions(1).build();

        assertThatThrownBy(() -> big.plus(one))
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }

    @Test
    void followedBy_sumsFlowsAndTakesStocksFromEachEnd() {
        Measures week1 = Measures.builder(EUR).impressions(1000).reach(600).likes(40).clicks(20)
                .followersAtStart(5000).followersAtEnd(5100).newFollowersOrganic(120).posts(3)
                .spend(Money.of("50.00", "EUR")).revenue(Money.of("80.00", "EUR")).build();
        Measures week2 = Measures.builder(EUR).impressions(1500).reach(700).likes(60).clicks(30)
                .followersAtStart(5105).followersAtEnd(5300).newFollowersOrganic(210).posts(4)
                .spend(Money.of("70.00", "EUR")).revenue(Money.of("100.00", "EUR")).build();

        Measures both = week1.followedBy(week2);

        assertThat(both).isEqualTo(Measures.builder(EUR).impressions(2500).reach(1300).likes(100)
                .clicks(50).followersAtStart(5000).followersAtEnd(5300).newFollowersOrganic(330)
                .posts(7).spend(Money.of("120.00", "EUR")).revenue(Money.of("180.00", "EUR"))
                .build());
    }

    @Test
    void followedBy_isNotCommutativeForStocks() {
        Measures early = Measures.builder(EUR).followersAtStart(10).followersAtEnd(20).build();
        Measures late = Measures.builder(EUR).followersAtStart(20).followersAtEnd(35).build();

        assertThat(early.followedBy(late).followersAtStart()).isEqualTo(10);
        assertThat(early.followedBy(late).followersAtEnd()).isEqualTo(35);
        assertThat(late.followedBy(early).followersAtStart()).isEqualTo(20);
        assertThat(late.followedBy(early).followersAtEnd()).isEqualTo(20);
    }

    @Test
    void followedBy_rejectsOtherCurrencyAndNull() {
        assertThatThrownBy(() -> numbered().followedBy(Measures.zero(USD)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
        assertThatThrownBy(() -> numbered().followedBy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void followedBy_throwsOnOverflow() {
        Measures big = Measures.builder(EUR).clicks(Long.MAX_VALUE).build();

        assertThatThrownBy(() -> big.followedBy(big))
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }

    @Test
    void total_sumsWithPlus() {
        Measures a = Measures.builder(EUR).clicks(10).impressions(100).spend(Money.of("1.00", "EUR")).build();
        Measures b = Measures.builder(EUR).clicks(20).impressions(900).spend(Money.of("2.50", "EUR")).build();
        Measures c = Measures.builder(EUR).clicks(5).followersAtEnd(70).build();

        assertThat(Measures.total(EUR, List.of(a, b, c))).isEqualTo(Measures.builder(EUR)
                .clicks(35).impressions(1000).followersAtEnd(70).spend(Money.of("3.50", "EUR")).build());
    }

    @Test
    void total_ofNothingIsZero() {
        assertThat(Measures.total(EUR, List.of())).isEqualTo(Measures.zero(EUR));
    }

    @Test
    void total_rejectsNullsAndOtherCurrency() {
        assertThatThrownBy(() -> Measures.total(EUR, null))
                .isInstanceOf(NullPointerException.class).hasMessage("measures");
        assertThatThrownBy(() -> Measures.total(null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> Measures.total(EUR, Arrays.asList(numbered(), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> Measures.total(EUR, List.of(Measures.zero(USD))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: EUR and USD cannot be combined");
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equalsAndHashCode_compareEveryComponent() {
        Measures m = numbered();

        assertThat(m).isEqualTo(numbered()).hasSameHashCodeAs(numbered());
        assertThat(m).isNotEqualTo(m.toBuilder().saves(7).build());
        assertThat(m).isNotEqualTo(m.toBuilder().spend(Money.of("300.01", "EUR")).build());
        assertThat(Measures.zero(EUR)).isNotEqualTo(Measures.zero(USD));
        assertThat(m).isNotEqualTo(null).isNotEqualTo("Measures");
    }

    @Test
    void toString_namesEveryComponent() {
        assertThat(numbered().toString()).isEqualTo("Measures[impressions=1, reach=2, likes=3, "
                + "comments=4, shares=5, saves=6, clicks=7, followersAtStart=8, followersAtEnd=9, "
                + "newFollowersOrganic=10, newFollowersPaid=11, mentions=12, competitorMentions=13, "
                + "posts=14, leads=15, customers=16, conversions=17, spend=EUR 300.00, "
                + "revenue=EUR 900.00]");
    }
}
