package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private static final ModelComparison FIRST_VS_LINEAR =
            ModelComparison.of(AttributionModel.firstTouch(), AttributionModel.linear());
    private static final ComparisonReport COMPARISON = FIRST_VS_LINEAR.attribute(Fixtures.example());

    @Test
    void eachModelGetsItsOwnReport_inOrder() {
        assertThat(COMPARISON.models()).containsExactly(AttributionModel.firstTouch(), AttributionModel.linear());
        assertThat(COMPARISON.reports()).containsExactly(
                Attribution.of(AttributionModel.firstTouch()).attribute(Fixtures.example()),
                Attribution.of(AttributionModel.linear()).attribute(Fixtures.example()));
        assertThat(COMPARISON.report(AttributionModel.linear()))
                .isEqualTo(Attribution.of(AttributionModel.linear()).attribute(Fixtures.example()));
        assertThat(COMPARISON.settings()).isEqualTo(AttributionSettings.defaults());
        assertThat(COMPARISON.from()).isEqualTo(COMPARISON.reports().get(0).from());
        assertThat(COMPARISON.to()).isEqualTo(COMPARISON.reports().get(0).to());
        assertThat(COMPARISON.hasCosts()).isFalse();
        assertThatThrownBy(() -> COMPARISON.report(AttributionModel.lastTouch()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model (last-touch) is not one of the models compared [first-touch, linear]");
    }

    @Test
    void accumulatorsMerge() {
        ModelComparison.Accumulator a = FIRST_VS_LINEAR.newAccumulator().add(Fixtures.example().get(0));
        ModelComparison.Accumulator b = FIRST_VS_LINEAR.newAccumulator().addAll(Fixtures.example().subList(1, 3));
        assertThat(b.merge(a).finish()).isEqualTo(COMPARISON);
        assertThatThrownBy(() -> a.merge(ModelComparison.of(AttributionModel.linear()).newAccumulator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("other accumulator ([linear]; ");
        assertThatThrownBy(() -> a.merge(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void modelsAreChecked() {
        assertThatThrownBy(() -> ModelComparison.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("models ([]) must name at least one model");
        assertThatThrownBy(() -> ModelComparison.of(AttributionModel.linear(), new Linear()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("models[1] (linear) appears twice");
        assertThatThrownBy(() -> ModelComparison.of(Arrays.asList(AttributionModel.linear(), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("models[1]");
        assertThatThrownBy(() -> ModelComparison.of((AttributionModel[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("models");
        assertThatThrownBy(() -> FIRST_VS_LINEAR.withSettings(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newSettings");
    }

    @Test
    void equalityAndTextForm() {
        AttributionSettings week = AttributionSettings.defaults().withLookback(Duration.ofDays(7));
        assertThat(FIRST_VS_LINEAR.withSettings(week).settings()).isEqualTo(week);
        assertThat(FIRST_VS_LINEAR).isEqualTo(ModelComparison.of(List.of(new FirstTouch(), new Linear())))
                .hasSameHashCodeAs(ModelComparison.of(List.of(new FirstTouch(), new Linear())))
                .isNotEqualTo(ModelComparison.of(AttributionModel.linear(), AttributionModel.firstTouch()))
                .isNotEqualTo(FIRST_VS_LINEAR.withSettings(week));
        assertThat(FIRST_VS_LINEAR.models()).containsExactly(AttributionModel.firstTouch(), AttributionModel.linear());
        assertThat(FIRST_VS_LINEAR).hasToString(
                "ModelComparison[first-touch, linear; lookback P90D, serve every conversion, repeats kept, all dates]");
        assertThat(COMPARISON).isEqualTo(FIRST_VS_LINEAR.attribute(Fixtures.example()))
                .hasSameHashCodeAs(FIRST_VS_LINEAR.attribute(Fixtures.example()))
                .isNotEqualTo(COMPARISON.withCosts(Fixtures.exampleCosts()));
    }

    @Test
    void toString_isTheRevenueSideBySide() {
        // First touch: j1's 120.00 to linkedin, j2's 80.00 to email. Linear: 40.00 each for j1.
        assertThat(COMPARISON).hasToString(String.join("\n",
                "Model comparison by channel; lookback P90D, serve every conversion, repeats kept; conversions 2026-03-02..2026-03-04",
                "EUR revenue",
                "  channel         first-touch  linear",
                "  direct                 0.00   40.00",
                "  email                 80.00  120.00",
                "  linkedin             120.00   40.00",
                "  (unattributed)        50.00   50.00",
                "  total                250.00  250.00"));
    }

    @Test
    void toTable_withCosts_addsTheCostAndTheRoasOfEachModel() {
        // Without a period every cost counts: linkedin 20.00 + 100.00 = 120.00, ROAS 120 / 120 = 1 under first
        // touch and 40 / 120 = 0.33 under linear; total 185.00, ROAS 250 / 185 = 1.35.
        assertThat(COMPARISON.withCosts(Fixtures.exampleCosts()).toTable(Dimension.CHANNEL)).isEqualTo(String.join("\n",
                "Model comparison by channel; lookback P90D, serve every conversion, repeats kept; conversions 2026-03-02..2026-03-04,"
                        + " costs of any date",
                "EUR revenue",
                "  channel           cost  first-touch  linear",
                "  (unassigned)     25.00         0.00    0.00",
                "  direct            0.00         0.00   40.00",
                "  email            30.00        80.00  120.00",
                "  linkedin        120.00       120.00   40.00",
                "  tiktok           10.00         0.00    0.00",
                "  (unattributed)                50.00   50.00",
                "  total           185.00       250.00  250.00",
                "EUR ROAS",
                "  channel       first-touch  linear",
                "  (unassigned)        0.00x   0.00x",
                "  direct                  -       -",
                "  email               2.67x   4.00x",
                "  linkedin            1.00x   0.33x",
                "  tiktok              0.00x   0.00x",
                "  total               1.35x   1.35x"));
    }

    @Test
    void toTable_modelsSharingANameAreHeadedByTheirTextForm_andEmptyComparisons() {
        ComparisonReport decays = ModelComparison.of(AttributionModel.timeDecay(),
                AttributionModel.timeDecay(Duration.ofDays(1))).attribute(List.of(Fixtures.daily("j", Fixtures.eur("1.00"), "a")));
        assertThat(decays.toTable(Dimension.CAMPAIGN)).contains("  campaign        time-decay(P7D)  time-decay(P1D)");
        assertThat(FIRST_VS_LINEAR.attribute(List.of())).hasToString(String.join("\n",
                "Model comparison by channel; lookback P90D, serve every conversion, repeats kept; no conversions",
                "(no conversions)"));
        assertThatThrownBy(() -> COMPARISON.toTable(null)).isInstanceOf(NullPointerException.class).hasMessage("dimension");
        assertThatThrownBy(() -> COMPARISON.withCosts(null)).isInstanceOf(NullPointerException.class).hasMessage("investment");
        assertThatThrownBy(() -> COMPARISON.report(null)).isInstanceOf(NullPointerException.class).hasMessage("model");
    }
}
