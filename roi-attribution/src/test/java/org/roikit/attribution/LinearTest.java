package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.daily;
import static org.roikit.attribution.Fixtures.eur;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roikit.core.Money;

class LinearTest implements AttributionModelContract {

    private static final Attribution ENGINE = Attribution.of(AttributionModel.linear());

    @Override
    public AttributionModel model() {
        return AttributionModel.linear();
    }

    @Test
    void weigh_givesEveryTouchOneNth() {
        double[] w = new double[4];
        model().weigh(4, new double[4], new boolean[4], w);
        assertThat(w).containsExactly(0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void credits_oneTwoThreeAndFiveTouches() {
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a"))).containsExactly(eur("100.00"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b"))).containsExactly(eur("50.00"), eur("50.00"));
        // 10000 / 3 = 3333 r 1: the cent left over goes to the earliest touch.
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c")))
                .containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        assertThat(amounts(ENGINE, daily("j", eur("100.00"), "a", "b", "c", "d", "e")))
                .containsExactly(eur("20.00"), eur("20.00"), eur("20.00"), eur("20.00"), eur("20.00"));
    }

    @Test
    void credits_aRepeatedChannelGetsASharePerTouch() {
        assertThat(amounts(ENGINE, daily("j", eur("90.00"), "email", "linkedin", "email")))
                .containsExactly(eur("30.00"), eur("30.00"), eur("30.00"));
        AttributionReport report = ENGINE.attribute(List.of(daily("j", eur("90.00"), "email", "linkedin", "email")));
        assertThat(report.byChannel()).extracting(AttributionRow::name, AttributionRow::revenue)
                .containsExactly(tuple("email", eur("60.00")),
                        tuple("linkedin", eur("30.00")));
    }

    @Test
    void credits_jpyAndBhd() {
        // JPY has no minor digits: 1000 / 3 = 333 r 1.
        assertThat(amounts(ENGINE, daily("j", Money.of("1000", "JPY"), "a", "b", "c")))
                .containsExactly(Money.of("334", "JPY"), Money.of("333", "JPY"), Money.of("333", "JPY"));
        // BHD has three: 10.000 / 3 = 3.333 r 0.001.
        assertThat(amounts(ENGINE, daily("j", Money.of("10.000", "BHD"), "a", "b", "c")))
                .containsExactly(Money.of("3.334", "BHD"), Money.of("3.333", "BHD"), Money.of("3.333", "BHD"));
    }

    @Test
    void factoryNameAndTextForm() {
        assertThat(AttributionModel.linear()).isEqualTo(new Linear()).hasSameHashCodeAs(new Linear());
        assertThat(model().name()).isEqualTo("linear");
        assertThat(model()).hasToString("linear");
    }
}
