package org.roikit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CalendarPeriodProperties {

    /** Days from year -9999 to 99999, so that signed and five-digit years are covered too. */
    private static Gen<LocalDate> dates() {
        return longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Gen<Granularity> granularities() {
        return integers().between(0, Granularity.values().length - 1).map(i -> Granularity.values()[i]);
    }

    @Test
    void parse_readsBackToString() {
        qt().forAll(dates(), granularities()).checkAssert((date, g) -> {
            CalendarPeriod period = CalendarPeriod.of(date, g);
            assertThat(CalendarPeriod.parse(period.toString())).isEqualTo(period);
        });
    }

    @Test
    void of_containsTheDateAndPeriodsTileTheCalendar() {
        qt().forAll(dates(), granularities()).checkAssert((date, g) -> {
            CalendarPeriod period = CalendarPeriod.of(date, g);
            assertThat(period.contains(date)).isTrue();
            assertThat(period.start()).isBeforeOrEqualTo(date);
            assertThat(period.end()).isAfterOrEqualTo(date);
            assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
            assertThat(period.lengthInDays()).isEqualTo((int) (period.end().toEpochDay() - period.start().toEpochDay() + 1));
            assertThat(period.contains(period.end().plusDays(1))).isFalse();
            assertThat(period.contains(period.start().minusDays(1))).isFalse();
        });
    }

    @Test
    void plus_andMinusTheSameNumberOfPeriodsIsTheSamePeriod() {
        qt().forAll(dates(), granularities(), integers().between(-500, 500)).checkAssert((date, g, n) -> {
            CalendarPeriod period = CalendarPeriod.of(date, g);
            assertThat(period.plus(n).plus(-n)).isEqualTo(period);
            assertThat(Integer.signum(period.plus(n).compareTo(period))).isEqualTo(Integer.signum(n));
        });
    }
}
