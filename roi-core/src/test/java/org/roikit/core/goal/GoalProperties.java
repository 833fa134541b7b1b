package org.roikit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.roikit.core.Ratio;

class GoalProperties {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final Cadence[] CADENCES = Cadence.values();

    private static Gen<LocalDate> dates() {
        return integers().between(0, 36_500).map(FIRST::plusDays);
    }

    private static Gen<Cadence> cadences() {
        return integers().between(0, CADENCES.length - 1).map(i -> CADENCES[i]);
    }

    /** Decimals with up to four places between -1,000,000 and 1,000,000. */
    private static Gen<BigDecimal> values() {
        return longs().between(-10_000_000_000L, 10_000_000_000L)
                .zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    private static Gen<Goal> linearGoals() {
        Gen<BigDecimal[]> ends = values().zip(values(), (b, t) -> new BigDecimal[] {b, t})
                .assuming(bt -> bt[0].compareTo(bt[1]) != 0);
        Gen<LocalDate[]> span = dates().zip(integers().between(1, 2_000), (s, d) -> new LocalDate[] {s, s.plusDays(d)});
        return ends.zip(span, cadences(),
                (bt, se, c) -> Goal.reach("metric", bt[0], bt[1], se[0], se[1], c));
    }

    private static Gen<Goal> compoundingGoals() {
        Gen<BigDecimal> baselines = longs().between(1, 100_000_000L).zip(integers().between(0, 2), BigDecimal::valueOf);
        Gen<BigDecimal> rates = integers().between(-900, 2_000).assuming(r -> r != 0)
                .map(r -> BigDecimal.valueOf(r, 3));
        return baselines.zip(rates, cadences(), dates().zip(integers().between(1, 60), (s, n) -> new Object[] {s, n}),
                (b, r, c, sn) -> Goal.grow("metric", b, r, c, (LocalDate) sn[0], (Integer) sn[1]));
    }

    private static Gen<Goal> goals() {
        return linearGoals().mix(compoundingGoals());
    }

    /** A day from a week before the start to a week after the deadline. */
    private static Gen<Object[]> goalsAndDays() {
        return goals().zip(integers().between(0, 1_000_000), (g, i) -> {
            long days = g.deadline().toEpochDay() - g.start().toEpochDay() + 14;
            return new Object[] {g, g.start().minusDays(7).plusDays(i % days)};
        });
    }

    @Test
    void expectedAt_isTheBaselineAtTheStartAndTheTargetAtTheDeadline() {
        qt().forAll(goals()).checkAssert(g -> {
            assertThat(g.expectedAt(g.start())).isEqualTo(g.baseline());
            assertThat(g.expectedAt(g.start().minusDays(1))).isEqualTo(g.baseline());
            assertThat(g.expectedAt(g.deadline())).isEqualTo(g.target());
            assertThat(g.expectedAt(g.deadline().plusDays(1))).isEqualTo(g.target());
        });
    }

    @Test
    void shareOfTheWay_isZeroAtTheBaselineAndExactlyOneAtTheTarget() {
        qt().forAll(goalsAndDays()).checkAssert(gd -> {
            Goal g = (Goal) gd[0];
            LocalDate day = (LocalDate) gd[1];
            assertThat(g.progress(day, g.baseline()).shareOfTheWay().value()).isEqualTo(BigDecimal.ZERO);
            assertThat(g.progress(day, g.target()).shareOfTheWay().value()).isEqualTo(BigDecimal.ONE);
        });
    }

    @Test
    void expectedAt_movesMonotonicallyFromTheBaselineToTheTarget() {
        qt().forAll(goalsAndDays(), integers().between(0, 400)).checkAssert((gd, step) -> {
            Goal g = (Goal) gd[0];
            LocalDate day = (LocalDate) gd[1];
            int direction = g.isIncrease() ? 1 : -1;
            BigDecimal here = g.expectedAt(day);
            BigDecimal later = g.expectedAt(day.plusDays(step));
            assertThat(later.subtract(here).signum() * direction).isGreaterThanOrEqualTo(0);
            assertThat(here.subtract(g.baseline()).signum() * direction).isGreaterThanOrEqualTo(0);
            assertThat(g.target().subtract(here).signum() * direction).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void progress_onThePathIsOnTrackAndAtTheTargetIsAchieved() {
        qt().forAll(goalsAndDays()).checkAssert(gd -> {
            Goal g = (Goal) gd[0];
            LocalDate day = (LocalDate) gd[1];
            GoalProgress onPath = g.progress(day, g.expectedAt(day));
            GoalStatus expected = day.isBefore(g.start()) ? GoalStatus.NOT_STARTED
                    : day.isBefore(g.deadline()) ? GoalStatus.ON_TRACK : GoalStatus.ACHIEVED;
            assertThat(onPath.status()).isEqualTo(expected);
            assertThat(onPath.gapToPath()).isEqualTo(BigDecimal.ZERO);
            if (!day.isBefore(g.start())) {
                assertThat(g.progress(day, g.target()).status()).isEqualTo(GoalStatus.ACHIEVED);
            }
        });
    }

    @Test
    void neededPerPeriod_isUndefinedFromTheDeadlineOn() {
        qt().forAll(goals(), integers().between(0, 1_000)).checkAssert((g, after) -> {
            Ratio needed = g.progress(g.deadline().plusDays(after), g.baseline()).neededPerPeriod();
            assertThat(needed.reason()).contains("no time left: deadline " + g.deadline());
        });
    }

    @Test
    void neededPerPeriod_ofALinearGoalOverWholePeriodsIsTheEqualShare() {
        Gen<Object[]> schedules = cadences().zip(dates(), integers().between(1, 120),
                (c, s, n) -> new Object[] {c, s, n});
        qt().forAll(values(), values(), schedules)
                .assuming((b, t, csn) -> b.compareTo(t) != 0)
                .checkAssert((b, t, csn) -> {
                    Cadence c = (Cadence) csn[0];
                    LocalDate s = (LocalDate) csn[1];
                    int n = (Integer) csn[2];
                    Goal g = Goal.reach("metric", b, t, s, c.plus(s, n), c);
                    BigDecimal needed = g.progress(s, b).neededPerPeriod().value();
                    BigDecimal exact = t.subtract(b).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
                    assertThat(needed).isEqualByComparingTo(exact);
                });
    }

    @Test
    void neededPerPeriod_onACompoundingPathAtAPeriodBoundaryIsTheGoalsRate() {
        qt().forAll(compoundingGoals(), integers().between(0, 59)).checkAssert((g, k) -> {
            int periods = (int) g.cadence().wholePeriods(g.start(), g.deadline());
            LocalDate boundary = g.cadence().plus(g.start(), k % periods);
            BigDecimal needed = g.progress(boundary, g.expectedAt(boundary)).neededPerPeriod().value();
            BigDecimal rate = g.ratePerPeriod().orElseThrow().value();
            // The path values are rounded to 34 digits, so the rate comes back to about 30.
            assertThat(needed.subtract(rate).abs()).isLessThanOrEqualTo(new BigDecimal("1E-29"));
        });
    }

    @Test
    void compoundRate_solvesTheGoalsRule() {
        Gen<BigDecimal> factors = longs().between(1, 1_000_000_000_000L)
                .zip(integers().between(0, 12), BigDecimal::valueOf);
        Gen<BigDecimal> fractions = integers().between(0, 999).map(f -> BigDecimal.valueOf(f, 3));
        qt().forAll(factors, integers().between(1, Goal.MAX_PERIODS), fractions).checkAssert((q, k, f) -> {
            BigDecimal r = CompoundRate.solve(q, k, f);
            MathContext wide = new MathContext(80);
            BigDecimal back = BigDecimal.ONE.add(r).pow(k, wide).multiply(BigDecimal.ONE.add(r.multiply(f)), wide);
            BigDecimal relative = back.subtract(q).abs().divide(q, wide);
            // r has 34 significant digits; its rounding moves the result by about k x 1e-34.
            assertThat(relative).isLessThanOrEqualTo(BigDecimal.valueOf(k + 1).scaleByPowerOfTen(-33));
        });
    }
}
