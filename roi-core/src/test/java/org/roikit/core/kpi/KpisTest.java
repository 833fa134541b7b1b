package org.roikit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Ratio.Form;

class KpisTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Set<Interaction> LIKES_AND_CLICKS = EnumSet.of(Interaction.LIKES, Interaction.CLICKS);

    /**
     * A month of one channel. Default engagements: 300 likes + 60 comments + 45 shares + 15 saves
     * = 420; likes and clicks: 300 + 240 = 540.
     */
    private static final Measures MONTH = Measures.builder(EUR)
            .impressions(12000).reach(8000)
            .likes(300).comments(60).shares(45).saves(15).clicks(240)
            .followersAtStart(4000).followersAtEnd(5000)
            .newFollowersOrganic(800).newFollowersPaid(200)
            .mentions(120).competitorMentions(280)
            .posts(10).leads(24).customers(6).conversions(12)
            .spend(Money.of("300.00", "EUR")).revenue(Money.of("960.00", "EUR"))
            .build();

    private static final Kpis KPIS = Kpis.of(MONTH);
    private static final Kpis EMPTY = Kpis.of(Measures.zero(EUR));

    private static void assertDefined(Ratio ratio, String value, Form form, String text) {
        assertThat(ratio.value()).isEqualTo(new BigDecimal(value));
        assertThat(ratio.form()).isEqualTo(form);
        assertThat(ratio.currency()).isEqualTo(form == Form.MONEY ? Optional.of(EUR) : Optional.empty());
        assertThat(ratio).hasToString(text);
    }

    private static void assertUndefined(Ratio ratio, String reason, Form form) {
        assertThat(ratio.isUndefined()).isTrue();
        assertThat(ratio.reason()).contains(reason);
        assertThat(ratio.form()).isEqualTo(form);
        assertThat(ratio).hasToString("undefined (" + reason + ")");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> Kpis.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("measures");
    }

    @Test
    void measures_returnsTheMeasures() {
        assertThat(KPIS.measures()).isSameAs(MONTH);
    }

    // ---------------------------------------------------------------- engagement

    @Test
    void engagementRateByFollowers_isEngagementsOverFollowersAtEnd() {
        // 420 / 5000, 540 / 5000
        assertDefined(KPIS.engagementRateByFollowers(), "0.084", Form.PERCENT, "8.40%");
        assertDefined(KPIS.engagementRateByFollowers(LIKES_AND_CLICKS), "0.108", Form.PERCENT, "10.80%");
        assertUndefined(EMPTY.engagementRateByFollowers(), "0 followers at end", Form.PERCENT);
        assertUndefined(EMPTY.engagementRateByFollowers(LIKES_AND_CLICKS), "0 followers at end", Form.PERCENT);
    }

    @Test
    void engagementRateByReach_isEngagementsOverReach() {
        // 420 / 8000, 540 / 8000
        assertDefined(KPIS.engagementRateByReach(), "0.0525", Form.PERCENT, "5.25%");
        assertDefined(KPIS.engagementRateByReach(LIKES_AND_CLICKS), "0.0675", Form.PERCENT, "6.75%");
        assertUndefined(EMPTY.engagementRateByReach(), "0 reach", Form.PERCENT);
        assertUndefined(EMPTY.engagementRateByReach(LIKES_AND_CLICKS), "0 reach", Form.PERCENT);
    }

    @Test
    void engagementRateByImpressions_isEngagementsOverImpressions() {
        // 420 / 12000, 540 / 12000
        assertDefined(KPIS.engagementRateByImpressions(), "0.035", Form.PERCENT, "3.50%");
        assertDefined(KPIS.engagementRateByImpressions(LIKES_AND_CLICKS), "0.045", Form.PERCENT, "4.50%");
        assertUndefined(EMPTY.engagementRateByImpressions(), "0 impressions", Form.PERCENT);
        assertUndefined(EMPTY.engagementRateByImpressions(LIKES_AND_CLICKS), "0 impressions", Form.PERCENT);
    }

    @Test
    void engagementRates_countOnlyTheGivenInteractions() {
        // shares 45 / 12000 impressions
        assertDefined(KPIS.engagementRateByImpressions(Set.of(Interaction.SHARES)), "0.00375",
                Form.PERCENT, "0.38%");
    }

    @Test
    void engagementRates_rejectEmptyOrNullInteractions() {
        assertThatThrownBy(() -> KPIS.engagementRateByFollowers(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interactions must not be empty");
        assertThatThrownBy(() -> KPIS.engagementRateByReach(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interactions must not be empty");
        assertThatThrownBy(() -> KPIS.engagementRateByImpressions(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interactions must not be empty");
        assertThatThrownBy(() -> KPIS.engagementRateByFollowers(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interactions");
        assertThatThrownBy(() -> KPIS.engagementRateByReach(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interactions");
        assertThatThrownBy(() -> KPIS.engagementRateByImpressions(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interactions");
    }

    @Test
    void engagementRates_throwOnOverflow() {
        Kpis huge = Kpis.of(Measures.builder(EUR).likes(Long.MAX_VALUE).saves(1).build());

        assertThatThrownBy(huge::engagementRateByFollowers)
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
        assertThatThrownBy(huge::engagementRateByReach)
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
        assertThatThrownBy(huge::engagementRateByImpressions)
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }

    // ---------------------------------------------------------------- traffic and conversion

    @Test
    void ctr_isClicksOverImpressions() {
        // 240 / 12000
        assertDefined(KPIS.ctr(), "0.02", Form.PERCENT, "2.00%");
        assertUndefined(EMPTY.ctr(), "0 impressions", Form.PERCENT);
    }

    @Test
    void cvr_isConversionsOverClicks() {
        // 12 / 240
        assertDefined(KPIS.cvr(), "0.05", Form.PERCENT, "5.00%");
        assertUndefined(EMPTY.cvr(), "0 clicks", Form.PERCENT);
    }

    @Test
    void cpc_isSpendPerClick() {
        // 300.00 / 240
        assertDefined(KPIS.cpc(), "1.25", Form.MONEY, "EUR 1.25");
        assertUndefined(EMPTY.cpc(), "0 clicks", Form.MONEY);
        assertThat(EMPTY.cpc().currency()).contains(EUR);
    }

    @Test
    void cpc_keepsDigitsBeyondTheCurrency() {
        // 100.00 / 240 = 0.41666...; reads to two digits beyond the cent
        Kpis k = Kpis.of(Measures.builder(EUR).clicks(240).spend(Money.of("100.00", "EUR")).build());

        assertThat(k.cpc()).hasToString("EUR 0.4167");
        assertThat(k.cpc().value()).isEqualTo(new BigDecimal("0.4166666666666666666666666666666667"));
    }

    @Test
    void cpm_isSpendPerThousandImpressions() {
        // 300.00 x 1000 / 12000
        assertDefined(KPIS.cpm(), "25", Form.MONEY, "EUR 25.00");
        assertUndefined(EMPTY.cpm(), "0 impressions", Form.MONEY);
    }

    @Test
    void cpa_isSpendPerConversion() {
        // 300.00 / 12
        assertDefined(KPIS.cpa(), "25", Form.MONEY, "EUR 25.00");
        assertUndefined(EMPTY.cpa(), "0 conversions", Form.MONEY);
    }

    @Test
    void cpl_isSpendPerLead() {
        // 300.00 / 24
        assertDefined(KPIS.cpl(), "12.5", Form.MONEY, "EUR 12.50");
        assertUndefined(EMPTY.cpl(), "0 leads", Form.MONEY);
    }

    @Test
    void cac_isSpendPerCustomer() {
        // 300.00 / 6
        assertDefined(KPIS.cac(), "50", Form.MONEY, "EUR 50.00");
        assertUndefined(EMPTY.cac(), "0 customers", Form.MONEY);
    }

    @Test
    void frequency_isImpressionsOverReach() {
        // 12000 / 8000
        assertDefined(KPIS.frequency(), "1.5", Form.NUMBER, "1.50");
        assertUndefined(EMPTY.frequency(), "0 reach", Form.NUMBER);
    }

    // ---------------------------------------------------------------- amplification, applause, conversation

    @Test
    void amplification_isSharesPerPostAndPerFollower() {
        // 45 / 10 posts, 45 / 5000 followers
        assertDefined(KPIS.amplificationPerPost(), "4.5", Form.NUMBER, "4.50");
        assertDefined(KPIS.amplificationRate(), "0.009", Form.PERCENT, "0.90%");
        assertUndefined(EMPTY.amplificationPerPost(), "0 posts", Form.NUMBER);
        assertUndefined(EMPTY.amplificationRate(), "0 followers at end", Form.PERCENT);
    }

    @Test
    void applause_isLikesPerPostAndPerFollower() {
        // 300 / 10 posts, 300 / 5000 followers
        assertDefined(KPIS.applausePerPost(), "30", Form.NUMBER, "30.00");
        assertDefined(KPIS.applauseRate(), "0.06", Form.PERCENT, "6.00%");
        assertUndefined(EMPTY.applausePerPost(), "0 posts", Form.NUMBER);
        assertUndefined(EMPTY.applauseRate(), "0 followers at end", Form.PERCENT);
    }

    @Test
    void conversation_isCommentsPerPostAndPerFollower() {
        // 60 / 10 posts, 60 / 5000 followers
        assertDefined(KPIS.conversationPerPost(), "6", Form.NUMBER, "6.00");
        assertDefined(KPIS.conversationRate(), "0.012", Form.PERCENT, "1.20%");
        assertUndefined(EMPTY.conversationPerPost(), "0 posts", Form.NUMBER);
        assertUndefined(EMPTY.conversationRate(), "0 followers at end", Form.PERCENT);
    }

    @Test
    void virality_isSharesOverImpressions() {
        // 45 / 12000 = 0.00375, read half-up as 0.38%
        assertDefined(KPIS.virality(), "0.00375", Form.PERCENT, "0.38%");
        assertUndefined(EMPTY.virality(), "0 impressions", Form.PERCENT);
    }

    // ---------------------------------------------------------------- audience

    @Test
    void netFollowerGrowth_isEndMinusStart() {
        assertThat(KPIS.netFollowerGrowth()).isEqualTo(1000);
        assertThat(EMPTY.netFollowerGrowth()).isZero();
    }

    @Test
    void followerGrowth_isNegativeWhenFollowersWereLost() {
        Kpis losing = Kpis.of(Measures.builder(EUR).followersAtStart(5000).followersAtEnd(4000).build());

        assertThat(losing.netFollowerGrowth()).isEqualTo(-1000);
        // -1000 / 5000
        assertDefined(losing.followerGrowthRate(), "-0.2", Form.PERCENT, "-20.00%");
    }

    @Test
    void netFollowerGrowth_cannotOverflow() {
        Kpis extreme = Kpis.of(Measures.builder(EUR).followersAtStart(Long.MAX_VALUE).build());

        assertThat(extreme.netFollowerGrowth()).isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    void followerGrowthRate_isGrowthOverFollowersAtStart() {
        // 1000 / 4000
        assertDefined(KPIS.followerGrowthRate(), "0.25", Form.PERCENT, "25.00%");
        assertUndefined(EMPTY.followerGrowthRate(), "0 followers at start", Form.PERCENT);
    }

    @Test
    void shareOfGrowth_splitsNewFollowersIntoOrganicAndPaid() {
        // 800 / (800 + 200), 200 / (800 + 200)
        assertDefined(KPIS.organicShareOfGrowth(), "0.8", Form.PERCENT, "80.00%");
        assertDefined(KPIS.paidShareOfGrowth(), "0.2", Form.PERCENT, "20.00%");
        assertUndefined(EMPTY.organicShareOfGrowth(), "0 new followers", Form.PERCENT);
        assertUndefined(EMPTY.paidShareOfGrowth(), "0 new followers", Form.PERCENT);
    }

    @Test
    void shareOfVoice_isMentionsOverAllMentions() {
        // 120 / (120 + 280)
        assertDefined(KPIS.shareOfVoice(), "0.3", Form.PERCENT, "30.00%");
        assertUndefined(EMPTY.shareOfVoice(), "0 mentions", Form.PERCENT);
    }

    @Test
    void shares_doNotOverflowNearLongMax() {
        Kpis extreme = Kpis.of(Measures.builder(EUR).mentions(Long.MAX_VALUE).competitorMentions(Long.MAX_VALUE)
                .newFollowersOrganic(Long.MAX_VALUE).newFollowersPaid(Long.MAX_VALUE).build());

        assertDefined(extreme.shareOfVoice(), "0.5", Form.PERCENT, "50.00%");
        assertDefined(extreme.organicShareOfGrowth(), "0.5", Form.PERCENT, "50.00%");
        assertDefined(extreme.paidShareOfGrowth(), "0.5", Form.PERCENT, "50.00%");
    }

    // ---------------------------------------------------------------- return

    @Test
    void roiAndRoas_compareRevenueWithSpend() {
        // (960 - 300) / 300 = 2.2, 960 / 300 = 3.2
        assertDefined(KPIS.roi(), "2.2", Form.PERCENT, "220.00%");
        assertDefined(KPIS.roas(), "3.2", Form.MULTIPLE, "3.20x");
        assertUndefined(EMPTY.roi(), "zero spend", Form.PERCENT);
        assertUndefined(EMPTY.roas(), "zero spend", Form.MULTIPLE);
    }

    @Test
    void roi_isNegativeWhenRevenueIsBelowSpend() {
        Kpis losing = Kpis.of(Measures.builder(EUR)
                .spend(Money.of("300.00", "EUR")).revenue(Money.of("150.00", "EUR")).build());

        // (150 - 300) / 300, 150 / 300
        assertDefined(losing.roi(), "-0.5", Form.PERCENT, "-50.00%");
        assertDefined(losing.roas(), "0.5", Form.MULTIPLE, "0.50x");
    }

    // ---------------------------------------------------------------- ratio of sums

    @Test
    void ctrOfCombinedPosts_isRatioOfSumsNotAverageOfRatios() {
        Measures small = Measures.builder(EUR).clicks(10).impressions(100).build();
        Measures large = Measures.builder(EUR).clicks(10).impressions(900).build();

        Ratio combined = Kpis.of(small.plus(large)).ctr();

        // (10 + 10) / (100 + 900) = 2%
        assertThat(combined.value()).isEqualTo(new BigDecimal("0.02"));
        // (10% + 1.111...%) / 2 = 5.555...%: the small post weighs as much as the large one
        BigDecimal averageOfRatios = Kpis.of(small).ctr().value().add(Kpis.of(large).ctr().value())
                .divide(BigDecimal.valueOf(2));
        assertThat(averageOfRatios).isGreaterThan(new BigDecimal("0.0555"))
                .isLessThan(new BigDecimal("0.0556"));
        assertThat(combined.value()).isNotEqualByComparingTo(averageOfRatios);
    }

    @Test
    void frequencyOverSummedReach_isPerReachedAccountPerPost() {
        // The same 100 people saw both posts: summed reach is 200, not 100 unique accounts.
        Measures post1 = Measures.builder(EUR).impressions(150).reach(100).build();
        Measures post2 = Measures.builder(EUR).impressions(150).reach(100).build();
        Measures both = post1.plus(post2);

        assertThat(both.reach()).isEqualTo(200);
        assertThat(Kpis.of(both).frequency().value()).isEqualTo(new BigDecimal("1.5"));
        // with the deduplicated reach supplied, frequency is per unique account
        assertThat(Kpis.of(both.toBuilder().reach(100).build()).frequency().value()).isEqualTo(new BigDecimal("3"));
    }

    // ---------------------------------------------------------------- object methods

    @Test
    void equalsAndHashCode_followTheMeasures() {
        Kpis same = Kpis.of(MONTH.toBuilder().build());

        assertThat(KPIS).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(KPIS).isNotEqualTo(Kpis.of(MONTH.toBuilder().clicks(241).build()));
        assertThat(KPIS).isNotEqualTo(MONTH).isNotEqualTo(null);
    }

    @Test
    void toString_isAnAlignedTableOfEveryKpi() {
        assertThat(KPIS).hasToString(String.join("\n",
                "engagementRateByFollowers    8.40%",
                "engagementRateByReach        5.25%",
                "engagementRateByImpressions  3.50%",
                "ctr                          2.00%",
                "cvr                          5.00%",
                "cpc                          EUR 1.25",
                "cpm                          EUR 25.00",
                "cpa                          EUR 25.00",
                "cpl                          EUR 12.50",
                "cac                          EUR 50.00",
                "frequency                    1.50",
                "amplificationPerPost         4.50",
                "amplificationRate            0.90%",
                "applausePerPost              30.00",
                "applauseRate                 6.00%",
                "conversationPerPost          6.00",
                "conversationRate             1.20%",
                "virality                     0.38%",
                "netFollowerGrowth            1000",
                "followerGrowthRate           25.00%",
                "organicShareOfGrowth         80.00%",
                "paidShareOfGrowth            20.00%",
                "shareOfVoice                 30.00%",
                "roi                          220.00%",
                "roas                         3.20x"));
    }

    @Test
    void toString_showsUndefinedReasons() {
        assertThat(EMPTY).hasToString(String.join("\n",
                "engagementRateByFollowers    undefined (0 followers at end)",
                "engagementRateByReach        undefined (0 reach)",
                "engagementRateByImpressions  undefined (0 impressions)",
                "ctr                          undefined (0 impressions)",
                "cvr                          undefined (0 clicks)",
                "cpc                          undefined (0 clicks)",
                "cpm                          undefined (0 impressions)",
                "cpa                          undefined (0 conversions)",
                "cpl                          undefined (0 leads)",
                "cac                          undefined (0 customers)",
                "frequency                    undefined (0 reach)",
                "amplificationPerPost         undefined (0 posts)",
                "amplificationRate            undefined (0 followers at end)",
                "applausePerPost              undefined (0 posts)",
                "applauseRate                 undefined (0 followers at end)",
                "conversationPerPost          undefined (0 posts)",
                "conversationRate             undefined (0 followers at end)",
                "virality                     undefined (0 impressions)",
                "netFollowerGrowth            0",
                "followerGrowthRate           undefined (0 followers at start)",
                "organicShareOfGrowth         undefined (0 new followers)",
                "paidShareOfGrowth            undefined (0 new followers)",
                "shareOfVoice                 undefined (0 mentions)",
                "roi                          undefined (zero spend)",
                "roas                         undefined (zero spend)"));
    }
}
