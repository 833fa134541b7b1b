package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionSettingsTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    @Test
    void defaults() {
        AttributionSettings d = AttributionSettings.defaults();
        assertThat(d.lookback()).isEqualTo(Duration.ofDays(90)).isEqualTo(AttributionSettings.DEFAULT_LOOKBACK);
        assertThat(d.policy()).isEqualTo(ConversionPolicy.SERVE_EVERY_CONVERSION);
        assertThat(d.collapseRepeats()).isFalse();
        assertThat(d.from()).isEmpty();
        assertThat(d.to()).isEmpty();
        assertThat(d).hasToString("lookback P90D, serve every conversion, repeats kept, all dates");
    }

    @Test
    void withers_copyWithOneChange() {
        AttributionSettings s = AttributionSettings.defaults().withLookback(Duration.ofHours(36))
                .withPolicy(ConversionPolicy.RESET_AFTER_CONVERSION).withCollapsedRepeats(true)
                .withPeriod(MARCH_1, MARCH_31);
        assertThat(s).isEqualTo(new AttributionSettings(Duration.ofHours(36), ConversionPolicy.RESET_AFTER_CONVERSION,
                true, Optional.of(MARCH_1), Optional.of(MARCH_31)))
                .hasSameHashCodeAs(new AttributionSettings(Duration.ofHours(36),
                        ConversionPolicy.RESET_AFTER_CONVERSION, true, Optional.of(MARCH_1), Optional.of(MARCH_31)));
        assertThat(s).hasToString("lookback PT36H, reset after conversion, repeats collapsed, 2026-03-01..2026-03-31");
        assertThat(s.withoutPeriod()).isEqualTo(new AttributionSettings(Duration.ofHours(36),
                ConversionPolicy.RESET_AFTER_CONVERSION, true, Optional.empty(), Optional.empty()));
        assertThat(s.withPeriod(MARCH_1, MARCH_1).to()).contains(MARCH_1);
    }

    @Test
    void inPeriod_isInclusiveOnUtcDays() {
        AttributionSettings s = AttributionSettings.defaults().withPeriod(MARCH_1, MARCH_31);
        long march1 = MARCH_1.toEpochDay() * 86_400;
        assertThat(s.inPeriod(march1 - 1)).isFalse();
        assertThat(s.inPeriod(march1)).isTrue();
        long april1 = MARCH_31.plusDays(1).toEpochDay() * 86_400;
        assertThat(s.inPeriod(april1 - 1)).isTrue();
        assertThat(s.inPeriod(april1)).isFalse();
        assertThat(AttributionSettings.defaults().inPeriod(Long.MIN_VALUE)).isTrue();
    }

    @Test
    void components_areChecked() {
        assertThatThrownBy(() -> AttributionSettings.defaults().withLookback(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lookback (PT0S) must be positive");
        assertThatThrownBy(() -> AttributionSettings.defaults().withLookback(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lookback (PT-1H) must be positive");
        assertThatThrownBy(() -> AttributionSettings.defaults().withLookback(null))
                .isInstanceOf(NullPointerException.class).hasMessage("lookback");
        assertThatThrownBy(() -> AttributionSettings.defaults().withPolicy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThatThrownBy(() -> AttributionSettings.defaults().withPeriod(MARCH_31, MARCH_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to (2026-03-01) must not be before from (2026-03-31)");
        assertThatThrownBy(() -> AttributionSettings.defaults().withPeriod(null, MARCH_1))
                .isInstanceOf(NullPointerException.class).hasMessage("newFrom");
        assertThatThrownBy(() -> AttributionSettings.defaults().withPeriod(MARCH_1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("newTo");
        assertThatThrownBy(() -> new AttributionSettings(Duration.ofDays(1), ConversionPolicy.SERVE_EVERY_CONVERSION,
                false, Optional.of(MARCH_1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from (2026-03-01) and to (none) must be both present or both absent");
        assertThatThrownBy(() -> new AttributionSettings(Duration.ofDays(1), ConversionPolicy.SERVE_EVERY_CONVERSION,
                false, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> new AttributionSettings(Duration.ofDays(1), ConversionPolicy.SERVE_EVERY_CONVERSION,
                false, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }
}
