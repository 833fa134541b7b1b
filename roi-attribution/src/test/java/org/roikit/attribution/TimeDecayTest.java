package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.attribution.Fixtures.amounts;
import static org.roikit.attribution.Fixtures.day;
import static org.roikit.attribution.Fixtures.eur;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeDecayTest implements AttributionModelContract {

    private static final Attribution ENGINE = Attribution.of(AttributionModel.timeDecay());

    @Override
    public AttributionModel model() {
        return AttributionModel.timeDecay();
    }

    private static Journey touchesDaysBefore(String value, int conversionDay, int... touchDays) {
        Journey.Builder b = Journey.builder("j");
        for (int d : touchDays) {
            b.touch(day(d), "c" + d);
        }
        return b.conversion(day(conversionDay), eur(value)).build();
    }

    @Test
    void weigh_halvesTheWeightPerHalfLifeOfAge() {
        double[] w = new double[3];
        double week = 7 * 86_400;
        model().weigh(3, new double[] {2 * week, week, 0}, new boolean[3], w);
        // 1/4, 1/2 and 1, normalised by 7/4.
        assertThat(w).containsExactly(0.25 / 1.75, 0.5 / 1.75, 1 / 1.75);
    }

    @Test
    void weigh_isRelativeToTheYoungestTouch_soOldTouchesDoNotUnderflow() {
        double[] w = new double[2];
        double year = 365 * 86_400;
        AttributionModel.timeDecay(Duration.ofSeconds(1)).weigh(2, new double[] {100 * year, 100 * year}, new boolean[2], w);
        assertThat(w).containsExactly(0.5, 0.5);
    }

    @Test
    void credits_14_7_0DaysBefore70_are10_20_40() {
        assertThat(amounts(ENGINE, touchesDaysBefore("70.00", 14, 0, 7, 14)))
                .containsExactly(eur("10.00"), eur("20.00"), eur("40.00"));
    }

    @Test
    void credits_oneTwoAndFiveTouches() {
        assertThat(amounts(ENGINE, touchesDaysBefore("70.00", 3, 0))).containsExactly(eur("70.00"));
        // 7 and 0 days before: 1/2 and 1, so 1/3 and 2/3.
        assertThat(amounts(ENGINE, touchesDaysBefore("90.00", 7, 0, 7))).containsExactly(eur("30.00"), eur("60.00"));
        // 28, 21, 14, 7 and 0 days before: 1, 2, 4, 8 and 16 sixteenths, out of 31.
        assertThat(amounts(ENGINE, touchesDaysBefore("31.00", 28, 0, 7, 14, 21, 28)))
                .containsExactly(eur("1.00"), eur("2.00"), eur("4.00"), eur("8.00"), eur("16.00"));
    }

    @Test
    void credits_equalTimestampsWeighAlike_leftoverToTheEarlierTouch() {
        Journey journey = Journey.builder("j").touch(day(0), "email").touch(day(0), "linkedin")
                .conversion(day(3), eur("0.01")).build();
        assertThat(amounts(ENGINE, journey)).containsExactly(eur("0.01"), eur("0.00"));
    }

    @Test
    void halfLife_isConfigurable() {
        Attribution halfDay = Attribution.of(AttributionModel.timeDecay(Duration.ofHours(12)));
        // 1 and 0.5 days before a 12-hour half-life: 1/4 and 1/2 and, at the conversion, 1.
        Journey journey = Journey.builder("j").touch(day(0), "a").touch(day(0.5), "b").touch(day(1), "c")
                .conversion(day(1), eur("7.00")).build();
        assertThat(amounts(halfDay, journey)).containsExactly(eur("1.00"), eur("2.00"), eur("4.00"));
    }

    @Test
    void halfLife_mustBePositive() {
        assertThatThrownBy(() -> AttributionModel.timeDecay(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("halfLife (PT0S) must be positive");
        assertThatThrownBy(() -> AttributionModel.timeDecay(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("halfLife (PT-24H) must be positive");
        assertThatThrownBy(() -> AttributionModel.timeDecay(null))
                .isInstanceOf(NullPointerException.class).hasMessage("halfLife");
    }

    @Test
    void factoriesEqualityAndTextForm() {
        assertThat(AttributionModel.timeDecay()).isEqualTo(new TimeDecay(Duration.ofDays(7)))
                .hasSameHashCodeAs(new TimeDecay(Duration.ofDays(7)))
                .isNotEqualTo(AttributionModel.timeDecay(Duration.ofDays(14)));
        assertThat(TimeDecay.DEFAULT_HALF_LIFE).isEqualTo(Duration.ofDays(7));
        assertThat(model().name()).isEqualTo("time-decay");
        assertThat(model()).hasToString("time-decay(P7D)");
        assertThat(AttributionModel.timeDecay(Duration.ofHours(12))).hasToString("time-decay(PT12H)");
        assertThat(AttributionModel.timeDecay(Duration.ofHours(36))).hasToString("time-decay(PT36H)");
        assertThat(AttributionModel.parse("time-decay(PT36H)")).isEqualTo(AttributionModel.timeDecay(Duration.ofHours(36)));
    }
}
