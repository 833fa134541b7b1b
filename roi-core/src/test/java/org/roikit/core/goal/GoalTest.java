package org.roikit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.roikit.core.Ratio;

class GoalTest {

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** "Engagement rate from 2% to 4% within six months", rates as decimals. */
    private static final Goal ENGAGEMENT = Goal.reach("engagement rate", bd("0.02"), bd("0.04"),
            day(2026, 1, 1), day(2026, 7, 1));

    /** "10,000 Instagram followers by 31 December", from 4,000 on 31 December the year before. */
    private static final Goal FOLLOWERS = Goal.reach("Instagram followers", bd("4000"), bd("10000"),
            day(2025, 12, 31), day(2026, 12, 31));

    /** "+10% followers every month" for six months: x 1.1^6 = x 1.771561. */
    private static final Goal GROWTH = Goal.grow("followers", bd("1000"), bd("0.1"), Cadence.MONTH,
            day(2026, 1, 1), 6);

    /** A decrease goal: cost per acquisition from EUR 12 to EUR 9 within a quarter. */
    private static final Goal CPA = Goal.reach("CPA", bd("12"), bd("9"), day(2026, 1, 1), day(2026, 4, 1));

    private static Ratio number(String value) {
        return Ratio.ofDecimal(value).withForm(Ratio.Form.NUMBER);
    }

    // ---------------------------------------------------------------- engagement rate 2% -> 4%

    @Test
    void reach_engagementRate_isALinearIncreaseGoalCountedInMonths() {
        assertThat(ENGAGEMENT.metric()).isEqualTo("engagement rate");
        assertThat(ENGAGEMENT.baseline()).isEqualTo(bd("0.02"));
        assertThat(ENGAGEMENT.target()).isEqualTo(bd("0.04"));
        assertThat(ENGAGEMENT.start()).isEqualTo(day(2026, 1, 1));
        assertThat(ENGAGEMENT.deadline()).isEqualTo(day(2026, 7, 1));
        assertThat(ENGAGEMENT.path()).isEqualTo(Goal.Path.LINEAR);
        assertThat(ENGAGEMENT.cadence()).isEqualTo(Cadence.MONTH);
        assertThat(ENGAGEMENT.ratePerPeriod()).isEmpty();
        assertThat(ENGAGEMENT.isIncrease()).isTrue();
        assertThat(ENGAGEMENT).hasToString(
                "engagement rate: 0.02 -> 0.04, 2026-01-01 to 2026-07-01, linear by month");
    }

    @Test
    void progress_engagementRate_beforeTheStartIsNotStarted() {
        GoalProgress p = ENGAGEMENT.progress(day(2025, 12, 15), bd("0.019"));
        assertThat(p.status()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(p.expected()).isEqualTo(bd("0.02"));
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("-0.05"));
        assertThat(p.gapToPath()).isEqualTo(bd("-0.001"));
        // All six months still lie ahead: (0.04 - 0.019) / 6.
        assertThat(p.neededPerPeriod()).isEqualTo(number("0.0035"));
    }

    @Test
    void progress_engagementRate_atTheStart() {
        GoalProgress p = ENGAGEMENT.progress(day(2026, 1, 1), bd("0.02"));
        assertThat(p.goal()).isSameAs(ENGAGEMENT);
        assertThat(p.date()).isEqualTo(day(2026, 1, 1));
        assertThat(p.actual()).isEqualTo(bd("0.02"));
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(p.expected()).isEqualTo(bd("0.02"));
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0"));
        assertThat(p.gapToPath()).isEqualTo(BigDecimal.ZERO);
        // 0.02 / 6, rounded to 34 significant digits.
        assertThat(p.neededPerPeriod()).isEqualTo(number("0.00" + "3".repeat(34)));
        assertThat(p).hasToString("engagement rate 2026-01-01: 0.02 (0.00% of the way), expected 0.02, "
                + "ON_TRACK; needs +0.003333333 a month");
    }

    @Test
    void progress_engagementRate_midFebruaryIsOneAndAHalfMonthsIn() {
        // 14 of February's 28 days: e = 1.5 of 6, expected 0.02 + 0.02 x 1.5 / 6 = 0.025.
        GoalProgress p = ENGAGEMENT.progress(day(2026, 2, 15), bd("0.026"));
        assertThat(p.expected()).isEqualTo(bd("0.025"));
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.3"));
        assertThat(p.gapToPath()).isEqualTo(bd("0.001"));
        // 4.5 months left: 0.014 / 4.5 = 0.00311..., 34 significant digits.
        assertThat(p.neededPerPeriod()).isEqualTo(number("0.003" + "1".repeat(33)));
    }

    @Test
    void progress_engagementRate_afterThreeMonthsIsBehindAndNeedsMorePerMonth() {
        GoalProgress p = ENGAGEMENT.progress(day(2026, 4, 1), bd("0.028"));
        assertThat(p.expected()).isEqualTo(bd("0.03"));
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.4"));
        assertThat(p.gapToPath()).isEqualTo(bd("-0.002"));
        // (0.04 - 0.028) / 3 months left.
        assertThat(p.neededPerPeriod()).isEqualTo(number("0.004"));
        assertThat(p.neededPerPeriod().form()).isEqualTo(Ratio.Form.NUMBER);
        assertThat(p).hasToString("engagement rate 2026-04-01: 0.028 (40.00% of the way), expected 0.03, "
                + "BEHIND; needs +0.004 a month");
    }

    @Test
    void expectedAt_engagementRate_withinAMonthIsLinearInThatMonthsDays() {
        // 15 of April's 30 days: e = 3.5, 0.02 + 0.02 x 3.5 / 6 = 5.7 / 180 = 0.031666...
        assertThat(ENGAGEMENT.expectedAt(day(2026, 4, 16)))
                .isEqualTo(bd("0.031" + "6".repeat(31) + "7"));
    }

    @Test
    void progress_engagementRate_onTheDeadline() {
        GoalProgress behind = ENGAGEMENT.progress(day(2026, 7, 1), bd("0.039"));
        assertThat(behind.expected()).isEqualTo(bd("0.04"));
        assertThat(behind.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(behind.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.95"));
        assertThat(behind.neededPerPeriod()).isEqualTo(Ratio.undefined("no time left: deadline 2026-07-01"));
        assertThat(behind).hasToString("engagement rate 2026-07-01: 0.039 (95.00% of the way), expected 0.04, "
                + "BEHIND; rate needed undefined (no time left: deadline 2026-07-01)");

        GoalProgress achieved = ENGAGEMENT.progress(day(2026, 7, 1), bd("0.041"));
        assertThat(achieved.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(achieved.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("1.05"));
        assertThat(achieved.gapToPath()).isEqualTo(bd("0.001"));
    }

    @Test
    void progress_engagementRate_afterTheDeadlineIsMissedUnlessAchieved() {
        GoalProgress missed = ENGAGEMENT.progress(day(2026, 7, 2), bd("0.039"));
        assertThat(missed.status()).isEqualTo(GoalStatus.MISSED);
        assertThat(missed.expected()).isEqualTo(bd("0.04"));
        assertThat(missed.neededPerPeriod().reason()).contains("no time left: deadline 2026-07-01");

        GoalProgress achieved = ENGAGEMENT.progress(day(2026, 9, 1), bd("0.04"));
        assertThat(achieved.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(achieved.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("1"));
    }

    @Test
    void progress_achievedBeforeTheDeadlineIsAchieved() {
        GoalProgress p = ENGAGEMENT.progress(day(2026, 3, 1), bd("0.05"));
        assertThat(p.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("1.5"));
        // Four months left and already 0.01 beyond: the rate may fall by 0.0025 a month.
        assertThat(p.neededPerPeriod()).isEqualTo(number("-0.0025"));
    }

    // ---------------------------------------------------------------- 10,000 followers by 31 December

    @Test
    void reach_followersByDecember31_countsMonthEndsFromTheStart() {
        assertThat(FOLLOWERS).hasToString(
                "Instagram followers: 4000 -> 10000, 2025-12-31 to 2026-12-31, linear by month");
        // Monthly boundaries from 31 December: 31 January, 28 February, 31 March, ..., 30 June.
        assertThat(FOLLOWERS.expectedAt(day(2026, 1, 31))).isEqualTo(bd("4500"));
        assertThat(FOLLOWERS.expectedAt(day(2026, 2, 28))).isEqualTo(bd("5000"));
        assertThat(FOLLOWERS.expectedAt(day(2026, 6, 30))).isEqualTo(bd("7000"));
        assertThat(FOLLOWERS.expectedAt(day(2026, 12, 31))).isEqualTo(bd("10000"));
    }

    @Test
    void progress_followers_midMarch() {
        // 28 February + 15 days of the 31 to 31 March: e = 2 + 15/31 = 77/31 of 12 months,
        // expected 4000 + 6000 x 77 / 372 = 1950000 / 372.
        GoalProgress p = FOLLOWERS.progress(day(2026, 3, 15), bd("5000"));
        assertThat(p.expected()).isEqualTo(bd("5241.935483870967741935483870967742"));
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.1666666666666666666666666666666667"));
        assertThat(p.gapToPath()).isEqualTo(bd("-241.935483870967741935483870967742"));
        // 12 - 77/31 = 295/31 months left: 5000 x 31 / 295 = 155000 / 295.
        assertThat(p.neededPerPeriod()).isEqualTo(number("525.4237288135593220338983050847458"));
        assertThat(p).hasToString("Instagram followers 2026-03-15: 5000 (16.67% of the way), "
                + "expected 5241.935, BEHIND; needs +525.4237 a month");
    }

    @Test
    void progress_followers_onThePathIsOnTrack() {
        GoalProgress p = FOLLOWERS.progress(day(2026, 6, 30), bd("7000"));
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(p.gapToPath()).isEqualTo(BigDecimal.ZERO);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.5"));
        assertThat(p.neededPerPeriod()).isEqualTo(number("500"));
    }

    @Test
    void progress_followers_aroundTheDeadline() {
        assertThat(FOLLOWERS.progress(day(2026, 12, 31), bd("10000")).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(FOLLOWERS.progress(day(2026, 12, 31), bd("9800")).status()).isEqualTo(GoalStatus.BEHIND);
        GoalProgress missed = FOLLOWERS.progress(day(2027, 1, 1), bd("9800"));
        assertThat(missed.status()).isEqualTo(GoalStatus.MISSED);
        assertThat(missed).hasToString("Instagram followers 2027-01-01: 9800 (96.67% of the way), "
                + "expected 10000, MISSED; rate needed undefined (no time left: deadline 2026-12-31)");
        GoalProgress late = FOLLOWERS.progress(day(2027, 1, 1), bd("10250"));
        assertThat(late.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(late.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("1.041666666666666666666666666666667"));
    }

    @Test
    void reach_withWeeklyCadence_countsWeeks() {
        Goal weekly = Goal.reach("signups", bd("0"), bd("70"), day(2026, 1, 1), day(2026, 1, 15), Cadence.WEEK);
        assertThat(weekly.cadence()).isEqualTo(Cadence.WEEK);
        // 3 of 7 days into two weeks: 70 x (3/7) / 2 = 15.
        GoalProgress p = weekly.progress(day(2026, 1, 4), bd("15"));
        assertThat(p.expected()).isEqualTo(bd("15"));
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        // 2 - 3/7 = 11/7 weeks left: 55 x 7 / 11 = 35 a week.
        assertThat(p.neededPerPeriod()).isEqualTo(number("35"));
        assertThat(p).hasToString(
                "signups 2026-01-04: 15 (21.43% of the way), expected 15, ON_TRACK; needs +35 a week");
    }

    // ---------------------------------------------------------------- decrease: CPA 12 -> 9

    @Test
    void reach_cpaFrom12To9_isADecreaseGoal() {
        assertThat(CPA.isIncrease()).isFalse();
        assertThat(CPA.expectedAt(day(2026, 2, 1))).isEqualTo(bd("11"));
        assertThat(CPA.expectedAt(day(2026, 3, 1))).isEqualTo(bd("10"));
    }

    @Test
    void progress_cpa_aboveThePathIsBehind() {
        GoalProgress p = CPA.progress(day(2026, 2, 1), bd("11.50"));
        assertThat(p.actual()).isEqualTo(bd("11.5"));
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(p.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.1666666666666666666666666666666667"));
        assertThat(p.gapToPath()).isEqualTo(bd("0.5"));
        // (9 - 11.5) / 2 months left.
        assertThat(p.neededPerPeriod()).isEqualTo(number("-1.25"));
        assertThat(p).hasToString(
                "CPA 2026-02-01: 11.5 (16.67% of the way), expected 11, BEHIND; needs -1.25 a month");
    }

    @Test
    void progress_cpa_atOrBelowThePathIsOnTrack() {
        GoalProgress below = CPA.progress(day(2026, 2, 1), bd("10.5"));
        assertThat(below.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(below.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.5"));
        assertThat(below.gapToPath()).isEqualTo(bd("-0.5"));
        assertThat(below.neededPerPeriod()).isEqualTo(number("-0.75"));
        assertThat(CPA.progress(day(2026, 2, 1), bd("11")).status()).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void progress_cpa_statusesAcrossTime() {
        GoalProgress early = CPA.progress(day(2025, 12, 1), bd("13"));
        assertThat(early.status()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(early.expected()).isEqualTo(bd("12"));
        assertThat(early.neededPerPeriod()).isEqualTo(number("-1.333333333333333333333333333333333"));
        assertThat(CPA.progress(day(2026, 3, 1), bd("9")).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(CPA.progress(day(2026, 4, 2), bd("9.5")).status()).isEqualTo(GoalStatus.MISSED);
        assertThat(CPA.progress(day(2026, 4, 2), bd("8.9")).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void progress_beforeTheStartIsNotStartedEvenIfTheTargetIsMet() {
        assertThat(CPA.progress(day(2025, 12, 31), bd("8")).status()).isEqualTo(GoalStatus.NOT_STARTED);
    }

    // ---------------------------------------------------------------- +10% a month, compounding

    @Test
    void grow_tenPercentAMonthForSixMonths_compoundsTo1771561PerMille() {
        assertThat(GROWTH.target()).isEqualTo(bd("1771.561"));
        assertThat(GROWTH.target()).isNotEqualByComparingTo(bd("1600"));
        assertThat(GROWTH.deadline()).isEqualTo(day(2026, 7, 1));
        assertThat(GROWTH.path()).isEqualTo(Goal.Path.COMPOUNDING);
        assertThat(GROWTH.cadence()).isEqualTo(Cadence.MONTH);
        assertThat(GROWTH.ratePerPeriod()).contains(Ratio.ofDecimal("0.1"));
        assertThat(GROWTH.isIncrease()).isTrue();
        assertThat(GROWTH).hasToString("followers: 1000 -> 1771.561, 2026-01-01 to 2026-07-01, +10% a month");
    }

    @Test
    void expectedAt_growth_compoundsAtMonthBoundariesAndIsLinearWithinAMonth() {
        assertThat(GROWTH.expectedAt(day(2025, 12, 1))).isEqualTo(bd("1000"));
        assertThat(GROWTH.expectedAt(day(2026, 1, 1))).isEqualTo(bd("1000"));
        assertThat(GROWTH.expectedAt(day(2026, 2, 1))).isEqualTo(bd("1100"));
        assertThat(GROWTH.expectedAt(day(2026, 4, 1))).isEqualTo(bd("1331"));
        // 15 of April's 30 days: 1331 x (1 + 0.1 x 0.5).
        assertThat(GROWTH.expectedAt(day(2026, 4, 16))).isEqualTo(bd("1397.55"));
        assertThat(GROWTH.expectedAt(day(2026, 5, 1))).isEqualTo(bd("1464.1"));
        assertThat(GROWTH.expectedAt(day(2026, 7, 1))).isEqualTo(bd("1771.561"));
        assertThat(GROWTH.expectedAt(day(2026, 8, 1))).isEqualTo(bd("1771.561"));
    }

    @Test
    void progress_growth_onThePathNeedsTheGoalsOwnRate() {
        GoalProgress atStart = GROWTH.progress(day(2026, 1, 1), bd("1000"));
        assertThat(atStart.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(atStart.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("0.1"));
        GoalProgress atThree = GROWTH.progress(day(2026, 4, 1), bd("1331"));
        assertThat(atThree.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(atThree.gapToPath()).isEqualTo(BigDecimal.ZERO);
        // 331 / 771.561 = 0.429000 429000 ..., 34 significant digits.
        assertThat(atThree.shareOfTheWay()).isEqualTo(Ratio.ofDecimal("0.429000429000429000429000429000429"));
        assertThat(atThree.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("0.1"));
    }

    @Test
    void progress_growth_behindNeedsAHigherCompoundRate() {
        // 1771.561 / 1210 = 1.4641 = 1.21^2 over the two months left.
        GoalProgress p = GROWTH.progress(day(2026, 5, 1), bd("1210"));
        assertThat(p.expected()).isEqualTo(bd("1464.1"));
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(p.gapToPath()).isEqualTo(bd("-254.1"));
        assertThat(p.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("0.21"));
        assertThat(p.neededPerPeriod().form()).isEqualTo(Ratio.Form.PERCENT);
        assertThat(p).hasToString("followers 2026-05-01: 1210 (27.22% of the way), expected 1464.1, "
                + "BEHIND; needs +21% a month");
    }

    @Test
    void progress_growth_aroundTheDeadline() {
        assertThat(GROWTH.progress(day(2026, 7, 1), bd("1771.561")).status()).isEqualTo(GoalStatus.ACHIEVED);
        GoalProgress shortOfIt = GROWTH.progress(day(2026, 7, 1), bd("1771"));
        assertThat(shortOfIt.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(shortOfIt.neededPerPeriod()).isEqualTo(Ratio.undefined("no time left: deadline 2026-07-01"));
        assertThat(GROWTH.progress(day(2026, 7, 2), bd("1771")).status()).isEqualTo(GoalStatus.MISSED);
        assertThat(GROWTH.progress(day(2025, 12, 31), bd("1000")).status()).isEqualTo(GoalStatus.NOT_STARTED);
    }

    @Test
    void progress_growth_rateNeededIsUndefinedFromZeroOrBelow() {
        GoalProgress zero = GROWTH.progress(day(2026, 2, 1), bd("0"));
        assertThat(zero.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(zero.neededPerPeriod()).isEqualTo(Ratio.undefined("actual 0 is not positive"));
        assertThat(zero).hasToString("followers 2026-02-01: 0 (-129.61% of the way), expected 1100, BEHIND; "
                + "rate needed undefined (actual 0 is not positive)");
        assertThat(GROWTH.progress(day(2026, 2, 1), bd("-5")).neededPerPeriod())
                .isEqualTo(Ratio.undefined("actual -5 is not positive"));
    }

    @Test
    void progress_compounding_withAPartPeriodLeftSolvesTheGoalsRule() {
        // 1000 x 1.2^2 = 1440 from 1 April to 1 June. On 16 April (15 of 30 days) 1.5 months are
        // left: one whole and a half, so 1024 x x x (1 + (x - 1) / 2) = 1440 has x = 1.25, since
        // 1.25 x 1.125 = 1.40625 = 1440 / 1024.
        Goal goal = Goal.grow("followers", bd("1000"), bd("0.2"), Cadence.MONTH, day(2026, 4, 1), 2);
        assertThat(goal.target()).isEqualTo(bd("1440"));
        GoalProgress p = goal.progress(day(2026, 4, 16), bd("1024"));
        assertThat(p.expected()).isEqualTo(bd("1100"));
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(p.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("0.25"));
    }

    @Test
    void progress_compounding_withLessThanAPeriodLeftIsLinear() {
        // 1 March to 1 May; 16 April is 1.5 months in (15 of April's 30 days): expected
        // 1200 x (1 + 0.2 x 0.5) = 1320, and 1380 x (1 + r / 2) = 1440 gives r = 120 / 1380 = 2/23.
        Goal goal = Goal.grow("followers", bd("1000"), bd("0.2"), Cadence.MONTH, day(2026, 3, 1), 2);
        GoalProgress p = goal.progress(day(2026, 4, 16), bd("1380"));
        assertThat(p.expected()).isEqualTo(bd("1320"));
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(p.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("0.08695652173913043478260869565217391"));
        assertThat(p).hasToString("followers 2026-04-16: 1380 (86.36% of the way), expected 1320, "
                + "ON_TRACK; needs +8.7% a month");
    }

    @Test
    void grow_negativeRate_isACompoundingDecreaseGoal() {
        Goal goal = Goal.grow("CPA", bd("12"), bd("-0.25"), Cadence.MONTH, day(2026, 1, 1), 2);
        assertThat(goal.target()).isEqualTo(bd("6.75"));
        assertThat(goal.deadline()).isEqualTo(day(2026, 3, 1));
        assertThat(goal.isIncrease()).isFalse();
        assertThat(goal).hasToString("CPA: 12 -> 6.75, 2026-01-01 to 2026-03-01, -25% a month");
        // 15 of January's 31 days: 12 x (1 - 0.25 x 15/31) = 327 / 31.
        assertThat(goal.expectedAt(day(2026, 1, 16))).isEqualTo(bd("10.54838709677419354838709677419355"));
        assertThat(goal.expectedAt(day(2026, 2, 1))).isEqualTo(bd("9"));
        GoalProgress behind = goal.progress(day(2026, 2, 1), bd("10"));
        assertThat(behind.status()).isEqualTo(GoalStatus.BEHIND);
        // One month left: 6.75 / 10 - 1.
        assertThat(behind.neededPerPeriod()).isEqualTo(Ratio.ofDecimal("-0.325"));
        assertThat(goal.progress(day(2026, 2, 1), bd("8.5")).status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(goal.progress(day(2026, 2, 1), bd("6.75")).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void grow_otherCadences() {
        Goal weekly = Goal.grow("signups", bd("100"), bd("0.5"), Cadence.WEEK, day(2026, 1, 1), 2);
        assertThat(weekly.deadline()).isEqualTo(day(2026, 1, 15));
        assertThat(weekly.target()).isEqualTo(bd("225"));
        // 10 days in: one week and 3 of 7 days, 150 x (1 + 0.5 x 3/7) = 1275 / 7.
        assertThat(weekly.expectedAt(day(2026, 1, 11))).isEqualTo(bd("182.1428571428571428571428571428571"));
        assertThat(weekly).hasToString("signups: 100 -> 225, 2026-01-01 to 2026-01-15, +50% a week");

        Goal quarterly = Goal.grow("revenue", bd("100"), bd("0.1"), Cadence.QUARTER, day(2026, 1, 1), 4);
        assertThat(quarterly.deadline()).isEqualTo(day(2027, 1, 1));
        assertThat(quarterly.target()).isEqualTo(bd("146.41"));
        assertThat(quarterly.expectedAt(day(2026, 7, 1))).isEqualTo(bd("121"));

        Goal yearly = Goal.grow("customers", bd("100"), bd("1"), Cadence.YEAR, day(2024, 2, 29), 1);
        assertThat(yearly.deadline()).isEqualTo(day(2025, 2, 28));
        assertThat(yearly.target()).isEqualTo(bd("200"));
        assertThat(yearly).hasToString("customers: 100 -> 200, 2024-02-29 to 2025-02-28, +100% a year");
    }

    @Test
    void grow_fromTheLastDayOfAMonth_endsOnTheLastDayOfTheNext() {
        Goal goal = Goal.grow("followers", bd("100"), bd("0.1"), Cadence.MONTH, day(2026, 1, 31), 1);
        assertThat(goal.deadline()).isEqualTo(day(2026, 2, 28));
        // 14 of the 28 days from 31 January to 28 February.
        assertThat(goal.expectedAt(day(2026, 2, 14))).isEqualTo(bd("105"));
        assertThat(goal.expectedAt(day(2026, 2, 28))).isEqualTo(bd("110"));
    }

    @Test
    void cadence_periods() {
        assertThat(Cadence.WEEK.period()).isEqualTo(Period.ofWeeks(1));
        assertThat(Cadence.MONTH.period()).isEqualTo(Period.ofMonths(1));
        assertThat(Cadence.QUARTER.period()).isEqualTo(Period.ofMonths(3));
        assertThat(Cadence.YEAR.period()).isEqualTo(Period.ofYears(1));
    }

    // ---------------------------------------------------------------- rejections

    @Test
    void reach_rejectsAGoalWithNothingToMeasure() {
        assertThatThrownBy(() -> Goal.reach("engagement rate", bd("0.02"), bd("0.020"), day(2026, 1, 1),
                day(2026, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target (0.020) must differ from baseline (0.02): the goal has nothing to measure");
    }

    @Test
    void reach_rejectsADeadlineNotAfterTheStart() {
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), bd("9"), day(2026, 1, 1), day(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadline (2026-01-01) must be after start (2026-01-01)");
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), bd("9"), day(2026, 7, 1), day(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadline (2026-01-01) must be after start (2026-07-01)");
    }

    @Test
    void reach_rejectsABlankMetric() {
        assertThatThrownBy(() -> Goal.reach("  ", bd("12"), bd("9"), day(2026, 1, 1), day(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric (\"  \") must not be blank");
    }

    @Test
    void reach_rejectsNulls() {
        LocalDate start = day(2026, 1, 1);
        LocalDate deadline = day(2026, 4, 1);
        assertThatThrownBy(() -> Goal.reach(null, bd("12"), bd("9"), start, deadline))
                .isInstanceOf(NullPointerException.class).hasMessage("metric");
        assertThatThrownBy(() -> Goal.reach("CPA", null, bd("9"), start, deadline))
                .isInstanceOf(NullPointerException.class).hasMessage("baseline");
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), null, start, deadline))
                .isInstanceOf(NullPointerException.class).hasMessage("target");
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), bd("9"), null, deadline))
                .isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), bd("9"), start, null))
                .isInstanceOf(NullPointerException.class).hasMessage("deadline");
        assertThatThrownBy(() -> Goal.reach("CPA", bd("12"), bd("9"), start, deadline, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cadence");
    }

    @Test
    void reach_rejectsADeadlineWhosePeriodEndsAfterTheLastDate() {
        // Months from the 15th: the month holding 31 December 999999999 would end in year 1000000000.
        assertThatThrownBy(() -> Goal.reach("x", bd("1"), bd("2"), day(2026, 1, 15), LocalDate.MAX))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void grow_rejectsARateOfMinusOneOrLess() {
        assertThatThrownBy(() -> Goal.grow("CPA", bd("12"), bd("-1"), Cadence.MONTH, day(2026, 1, 1), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratePerPeriod (-1) must be > -1");
        assertThatThrownBy(() -> Goal.grow("CPA", bd("12"), bd("-1.5"), Cadence.MONTH, day(2026, 1, 1), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratePerPeriod (-1.5) must be > -1");
    }

    @Test
    void grow_rejectsAZeroRate() {
        assertThatThrownBy(() -> Goal.grow("followers", bd("1000"), bd("0.00"), Cadence.MONTH, day(2026, 1, 1), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratePerPeriod (0.00) must not be 0: the goal has nothing to measure");
    }

    @Test
    void grow_rejectsARateTooSmallToMoveTheTarget() {
        // 1000 x (1 + 1e-40)^6 rounds to 1000 at 34 significant digits.
        assertThatThrownBy(() -> Goal.grow("followers", bd("1000"), bd("1E-40"), Cadence.MONTH, day(2026, 1, 1), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target (1000) must differ from baseline (1000): the goal has nothing to measure");
    }

    @Test
    void grow_rejectsABaselineOfZeroOrBelow() {
        assertThatThrownBy(() -> Goal.grow("followers", bd("0"), bd("0.1"), Cadence.MONTH, day(2026, 1, 1), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline (0) must be > 0 for a compounding goal");
        assertThatThrownBy(() -> Goal.grow("followers", bd("-5"), bd("0.1"), Cadence.MONTH, day(2026, 1, 1), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline (-5) must be > 0 for a compounding goal");
    }

    @Test
    void grow_rejectsPeriodsOutOfRange() {
        assertThatThrownBy(() -> Goal.grow("followers", bd("1000"), bd("0.1"), Cadence.MONTH, day(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods (0) must be between 1 and 10000");
        assertThatThrownBy(() -> Goal.grow("followers", bd("1000"), bd("0.1"), Cadence.WEEK, day(2026, 1, 1), 10_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods (10001) must be between 1 and 10000");
        assertThat(Goal.grow("x", bd("1"), bd("0.001"), Cadence.WEEK, day(2026, 1, 1), Goal.MAX_PERIODS).deadline())
                .isEqualTo(day(2026, 1, 1).plusWeeks(10_000));
    }

    @Test
    void grow_rejectsADeadlineAfterTheLastDate() {
        assertThatThrownBy(() -> Goal.grow("x", bd("1"), bd("0.1"), Cadence.YEAR, day(999_999_999, 6, 1), 1))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void grow_rejectsABlankMetricAndNulls() {
        LocalDate start = day(2026, 1, 1);
        assertThatThrownBy(() -> Goal.grow("", bd("1000"), bd("0.1"), Cadence.MONTH, start, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric (\"\") must not be blank");
        assertThatThrownBy(() -> Goal.grow(null, bd("1000"), bd("0.1"), Cadence.MONTH, start, 6))
                .isInstanceOf(NullPointerException.class).hasMessage("metric");
        assertThatThrownBy(() -> Goal.grow("f", null, bd("0.1"), Cadence.MONTH, start, 6))
                .isInstanceOf(NullPointerException.class).hasMessage("baseline");
        assertThatThrownBy(() -> Goal.grow("f", bd("1000"), null, Cadence.MONTH, start, 6))
                .isInstanceOf(NullPointerException.class).hasMessage("ratePerPeriod");
        assertThatThrownBy(() -> Goal.grow("f", bd("1000"), bd("0.1"), null, start, 6))
                .isInstanceOf(NullPointerException.class).hasMessage("cadence");
        assertThatThrownBy(() -> Goal.grow("f", bd("1000"), bd("0.1"), Cadence.MONTH, null, 6))
                .isInstanceOf(NullPointerException.class).hasMessage("start");
    }

    @Test
    void expectedAtAndProgress_rejectNulls() {
        assertThatThrownBy(() -> GROWTH.expectedAt(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> GROWTH.progress(null, bd("1")))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> GROWTH.progress(day(2026, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("actual");
    }

    // ---------------------------------------------------------------- equality

    @Test
    void goal_equalsComparesAllPartsAndBaselinesByValue() {
        Goal same = Goal.reach("engagement rate", bd("0.020"), bd("0.0400"), day(2026, 1, 1), day(2026, 7, 1),
                Cadence.MONTH);
        assertThat(same).isEqualTo(ENGAGEMENT).hasSameHashCodeAs(ENGAGEMENT);
        assertThat(same.baseline()).isEqualTo(bd("0.02"));
        assertThat(ENGAGEMENT).isEqualTo(ENGAGEMENT).isNotEqualTo(null).isNotEqualTo("engagement rate");
        assertThat(Goal.reach("reach rate", bd("0.02"), bd("0.04"), day(2026, 1, 1), day(2026, 7, 1)))
                .isNotEqualTo(ENGAGEMENT);
        assertThat(Goal.reach("engagement rate", bd("0.01"), bd("0.04"), day(2026, 1, 1), day(2026, 7, 1)))
                .isNotEqualTo(ENGAGEMENT);
        assertThat(Goal.reach("engagement rate", bd("0.02"), bd("0.05"), day(2026, 1, 1), day(2026, 7, 1)))
                .isNotEqualTo(ENGAGEMENT);
        assertThat(Goal.reach("engagement rate", bd("0.02"), bd("0.04"), day(2026, 1, 2), day(2026, 7, 1)))
                .isNotEqualTo(ENGAGEMENT);
        assertThat(Goal.reach("engagement rate", bd("0.02"), bd("0.04"), day(2026, 1, 1), day(2026, 7, 2)))
                .isNotEqualTo(ENGAGEMENT);
        assertThat(Goal.reach("engagement rate", bd("0.02"), bd("0.04"), day(2026, 1, 1), day(2026, 7, 1),
                Cadence.QUARTER)).isNotEqualTo(ENGAGEMENT);
        // The same numbers on a compounding path are a different goal.
        Goal linear = Goal.reach("followers", bd("1000"), bd("1100"), day(2026, 1, 1), day(2026, 2, 1));
        Goal compounding = Goal.grow("followers", bd("1000"), bd("0.1"), Cadence.MONTH, day(2026, 1, 1), 1);
        assertThat(compounding.target()).isEqualTo(linear.target());
        assertThat(compounding.deadline()).isEqualTo(linear.deadline());
        assertThat(compounding).isNotEqualTo(linear);
        assertThat(Goal.grow("followers", bd("1000.0"), bd("0.10"), Cadence.MONTH, day(2026, 1, 1), 6))
                .isEqualTo(GROWTH).hasSameHashCodeAs(GROWTH);
    }

    @Test
    void progress_equalsComparesGoalDateAndActualByValue() {
        GoalProgress p = GROWTH.progress(day(2026, 4, 1), bd("1331"));
        GoalProgress same = GROWTH.progress(day(2026, 4, 1), bd("1331.00"));
        assertThat(same).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p).isEqualTo(p).isNotEqualTo(null).isNotEqualTo("1331");
        assertThat(GROWTH.progress(day(2026, 4, 2), bd("1331"))).isNotEqualTo(p);
        assertThat(GROWTH.progress(day(2026, 4, 1), bd("1330"))).isNotEqualTo(p);
        assertThat(ENGAGEMENT.progress(day(2026, 4, 1), bd("1331"))).isNotEqualTo(p);
    }
}
