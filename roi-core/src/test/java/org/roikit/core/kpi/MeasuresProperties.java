package org.roikit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

class MeasuresProperties {

    private static final Currency EUR = Currency.getInstance("EUR");

    /**
     * Measures with counts up to 10^12 (sums of three never overflow) and many zeros, so that zero
     * denominators are common; spend up to EUR 10^10 and revenue of either sign.
     */
    private static Gen<Measures> measures() {
        Gen<Long> count = longs().between(0, 1_000_000_000_000L).mix(longs().between(0, 3), 30);
        Gen<List<Long>> counts = lists().of(count).ofSize(17);
        Gen<Long> spendMinor = longs().between(0, 1_000_000_000_000L).mix(longs().between(0, 0), 20);
        Gen<Long> revenueMinor = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
        return counts.zip(spendMinor, revenueMinor, (c, s, r) -> new Measures(c.get(0), c.get(1),
                c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8), c.get(9),
                c.get(10), c.get(11), c.get(12), c.get(13), c.get(14), c.get(15), c.get(16),
                Money.ofMinor(s, EUR), Money.ofMinor(r, EUR)));
    }

    @Test
    void plus_isAssociative() {
        qt().forAll(measures(), measures(), measures())
                .checkAssert((a, b, c) -> assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
    }

    @Test
    void plus_isCommutative() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
    }

    @Test
    void plus_hasZeroAsIdentity() {
        qt().forAll(measures())
                .checkAssert(a -> assertThat(a.plus(Measures.zero(EUR))).isEqualTo(a));
    }

    @Test
    void followedBy_isAssociative() {
        qt().forAll(measures(), measures(), measures())
                .checkAssert((a, b, c) -> assertThat(a.followedBy(b).followedBy(c))
                        .isEqualTo(a.followedBy(b.followedBy(c))));
    }

    @Test
    void followedBy_isPlusWithStocksFromEachEnd() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(a.followedBy(b)).isEqualTo(a.plus(b).toBuilder()
                        .followersAtStart(a.followersAtStart()).followersAtEnd(b.followersAtEnd()).build()));
    }

    @Test
    void total_isPlusFolded() {
        qt().forAll(measures(), measures(), measures())
                .checkAssert((a, b, c) -> assertThat(Measures.total(EUR, List.of(a, b, c)))
                        .isEqualTo(a.plus(b).plus(c)));
    }

    @Test
    void ctrOfSum_isSummedClicksOverSummedImpressions() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(Kpis.of(a.plus(b)).ctr()).isEqualTo(
                        Ratio.of(a.clicks() + b.clicks(), a.impressions() + b.impressions(), "impressions")));
    }

    @Test
    void engagementRateByFollowersOfSum_isSummedEngagementsOverSummedFollowers() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(Kpis.of(a.plus(b)).engagementRateByFollowers()).isEqualTo(
                        Ratio.of(a.likes() + a.comments() + a.shares() + a.saves()
                                        + b.likes() + b.comments() + b.shares() + b.saves(),
                                a.followersAtEnd() + b.followersAtEnd(), "followers at end")));
    }

    @Test
    void cpcOfSum_isSummedSpendOverSummedClicks() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(Kpis.of(a.plus(b)).cpc()).isEqualTo(
                        Ratio.perUnit(a.spend().plus(b.spend()), a.clicks() + b.clicks(), "clicks")));
    }

    @Test
    void roasOfSum_isSummedRevenueOverSummedSpend() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> {
                    BigDecimal spend = a.spend().amount().add(b.spend().amount());
                    Ratio roas = Kpis.of(a.plus(b)).roas();
                    if (spend.signum() == 0) {
                        assertThat(roas).hasToString("undefined (zero spend)");
                    } else {
                        assertThat(roas.value()).isEqualTo(
                                Ratio.of(a.revenue().amount().add(b.revenue().amount()), spend, "spend").value());
                    }
                });
    }

    @Test
    void followerGrowthRateOfConsecutivePeriods_spansFirstStartToLastEnd() {
        qt().forAll(measures(), measures())
                .checkAssert((a, b) -> assertThat(Kpis.of(a.followedBy(b)).followerGrowthRate()).isEqualTo(
                        Ratio.of(b.followersAtEnd() - a.followersAtStart(), a.followersAtStart(),
                                "followers at start")));
    }
}
