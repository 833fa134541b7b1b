package org.roikit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roikit.core.series.Granularity.DAY;
import static org.roikit.core.series.Granularity.ISO_WEEK;
import static org.roikit.core.series.Granularity.MONTH;
import static org.roikit.core.series.Granularity.QUARTER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void of_findsThePeriodContainingTheDate() {
        // 2026-03-14 is a Saturday; its ISO week runs Monday 9 to Sunday 15 March.
        LocalDate d = date(2026, 3, 14);
        assertThat(CalendarPeriod.of(d, DAY)).isEqualTo(new CalendarPeriod(DAY, d));
        assertThat(CalendarPeriod.of(d, ISO_WEEK)).isEqualTo(new CalendarPeriod(ISO_WEEK, date(2026, 3, 9)));
        assertThat(CalendarPeriod.of(d, MONTH)).isEqualTo(new CalendarPeriod(MONTH, date(2026, 3, 1)));
        assertThat(CalendarPeriod.of(d, QUARTER)).isEqualTo(new CalendarPeriod(QUARTER, date(2026, 1, 1)));
    }

    @Test
    void toString_writesTheFourForms() {
        LocalDate d = date(2026, 3, 14);
        assertThat(CalendarPeriod.of(d, DAY)).hasToString("2026-03-14");
        assertThat(CalendarPeriod.of(d, ISO_WEEK)).hasToString("2026-W11");
        assertThat(CalendarPeriod.of(d, MONTH)).hasToString("2026-03");
        assertThat(CalendarPeriod.of(d, QUARTER)).hasToString("2026-Q1");
    }

    @Test
    void isoWeek_lastDaysOf2026AndFirstOf2027AreInWeek53Of2026() {
        // 1 January 2026 is a Thursday, so 2026 has 53 ISO weeks; week 53 runs 2026-12-28 to 2027-01-03.
        CalendarPeriod week53 = new CalendarPeriod(ISO_WEEK, date(2026, 12, 28));
        assertThat(CalendarPeriod.of(date(2026, 12, 31), ISO_WEEK)).isEqualTo(week53);
        assertThat(CalendarPeriod.of(date(2027, 1, 1), ISO_WEEK)).isEqualTo(week53);
        assertThat(CalendarPeriod.of(date(2027, 1, 3), ISO_WEEK)).isEqualTo(week53);
        assertThat(week53).hasToString("2026-W53");
        assertThat(week53.end()).isEqualTo(date(2027, 1, 3));
        assertThat(week53.lengthInDays()).isEqualTo(7);
        assertThat(CalendarPeriod.of(date(2027, 1, 4), ISO_WEEK)).hasToString("2027-W01");
        assertThat(week53.next()).isEqualTo(new CalendarPeriod(ISO_WEEK, date(2027, 1, 4)));
    }

    @Test
    void isoWeek_week1OfAYearCanStartInDecember() {
        assertThat(CalendarPeriod.of(date(2025, 12, 29), ISO_WEEK)).hasToString("2026-W01");
        assertThat(CalendarPeriod.of(date(2025, 12, 28), ISO_WEEK))
                .isEqualTo(new CalendarPeriod(ISO_WEEK, date(2025, 12, 22)))
                .hasToString("2025-W52");
        assertThat(CalendarPeriod.parse("2026-W01").start()).isEqualTo(date(2025, 12, 29));
    }

    @Test
    void quarter_boundaries() {
        assertThat(CalendarPeriod.of(date(2026, 3, 31), QUARTER)).hasToString("2026-Q1");
        assertThat(CalendarPeriod.of(date(2026, 4, 1), QUARTER)).hasToString("2026-Q2");
        assertThat(CalendarPeriod.of(date(2026, 9, 30), QUARTER)).hasToString("2026-Q3");
        assertThat(CalendarPeriod.of(date(2026, 10, 1), QUARTER)).hasToString("2026-Q4");
        CalendarPeriod q4 = CalendarPeriod.of(date(2026, 12, 31), QUARTER);
        assertThat(q4.start()).isEqualTo(date(2026, 10, 1));
        assertThat(q4.end()).isEqualTo(date(2026, 12, 31));
        assertThat(q4.next()).hasToString("2027-Q1");
    }

    @Test
    void lengthInDays_ofEachGranularity() {
        assertThat(CalendarPeriod.parse("2026-03-14").lengthInDays()).isEqualTo(1);
        assertThat(CalendarPeriod.parse("2026-W11").lengthInDays()).isEqualTo(7);
        assertThat(CalendarPeriod.parse("2026-02").lengthInDays()).isEqualTo(28);
        assertThat(CalendarPeriod.parse("2024-02").lengthInDays()).isEqualTo(29);
        assertThat(CalendarPeriod.parse("2026-Q1").lengthInDays()).isEqualTo(90);
        assertThat(CalendarPeriod.parse("2024-Q1").lengthInDays()).isEqualTo(91);
        assertThat(CalendarPeriod.parse("2026-Q2").lengthInDays()).isEqualTo(91);
        assertThat(CalendarPeriod.parse("2026-Q4").lengthInDays()).isEqualTo(92);
    }

    @Test
    void end_isTheInclusiveLastDay() {
        assertThat(CalendarPeriod.parse("2026-03-14").end()).isEqualTo(date(2026, 3, 14));
        assertThat(CalendarPeriod.parse("2026-W11").end()).isEqualTo(date(2026, 3, 15));
        assertThat(CalendarPeriod.parse("2024-02").end()).isEqualTo(date(2024, 2, 29));
        assertThat(CalendarPeriod.parse("2026-Q1").end()).isEqualTo(date(2026, 3, 31));
    }

    @Test
    void nextAndPlus_moveByWholePeriods() {
        assertThat(CalendarPeriod.parse("2026-02-28").next()).hasToString("2026-03-01");
        assertThat(CalendarPeriod.parse("2026-12").next()).hasToString("2027-01");
        assertThat(CalendarPeriod.parse("2026-Q1").plus(4)).hasToString("2027-Q1");
        assertThat(CalendarPeriod.parse("2026-Q1").plus(-1)).hasToString("2025-Q4");
        assertThat(CalendarPeriod.parse("2027-W01").plus(-1)).hasToString("2026-W53");
        assertThat(CalendarPeriod.parse("2026-W11").plus(0)).hasToString("2026-W11");
        assertThat(CalendarPeriod.parse("2026-01").plus(13)).hasToString("2027-02");
    }

    @Test
    void contains_includesFirstAndLastDay() {
        CalendarPeriod week53 = CalendarPeriod.parse("2026-W53");
        assertThat(week53.contains(date(2026, 12, 27))).isFalse();
        assertThat(week53.contains(date(2026, 12, 28))).isTrue();
        assertThat(week53.contains(date(2027, 1, 3))).isTrue();
        assertThat(week53.contains(date(2027, 1, 4))).isFalse();
        CalendarPeriod q2 = CalendarPeriod.parse("2026-Q2");
        assertThat(q2.contains(date(2026, 3, 31))).isFalse();
        assertThat(q2.contains(date(2026, 4, 1))).isTrue();
        assertThat(q2.contains(date(2026, 6, 30))).isTrue();
        assertThat(q2.contains(date(2026, 7, 1))).isFalse();
        assertThat(CalendarPeriod.parse("2026-03-14").contains(date(2026, 3, 14))).isTrue();
        assertThatThrownBy(() -> q2.contains(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void compareTo_ordersByStartThenGranularity() {
        CalendarPeriod march = CalendarPeriod.parse("2026-03");
        CalendarPeriod firstOfMarch = CalendarPeriod.parse("2026-03-01");
        assertThat(march.compareTo(CalendarPeriod.parse("2026-04"))).isNegative();
        assertThat(CalendarPeriod.parse("2026-04").compareTo(march)).isPositive();
        assertThat(march.compareTo(CalendarPeriod.parse("2026-03"))).isZero();
        assertThat(firstOfMarch.compareTo(march)).isNegative();
        assertThat(march.compareTo(firstOfMarch)).isPositive();
        assertThat(CalendarPeriod.parse("2026-02").compareTo(firstOfMarch)).isNegative();
    }

    @Test
    void equalsAndHashCode_byGranularityAndStart() {
        CalendarPeriod a = CalendarPeriod.parse("2026-Q1");
        CalendarPeriod b = CalendarPeriod.of(date(2026, 2, 14), QUARTER);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(CalendarPeriod.parse("2026-01"));
        assertThat(a).isNotEqualTo(CalendarPeriod.parse("2026-Q2"));
    }

    @Test
    void parse_readsWhatToStringWrites() {
        for (String text : new String[] {"2026-03-14", "2026-W11", "2026-W53", "2027-W01", "2026-03",
                "2026-Q1", "2026-Q4", "0999-12", "-0001-03", "+10000-Q1", "-0001-03-05"}) {
            assertThat(CalendarPeriod.parse(text)).hasToString(text);
        }
        assertThat(CalendarPeriod.parse("2026-W11")).isEqualTo(new CalendarPeriod(ISO_WEEK, date(2026, 3, 9)));
        assertThat(CalendarPeriod.parse("2026-Q3")).isEqualTo(new CalendarPeriod(QUARTER, date(2026, 7, 1)));
        assertThat(CalendarPeriod.parse("+10000-Q1").start()).isEqualTo(date(10000, 1, 1));
        assertThat(CalendarPeriod.parse("-0001-03").start()).isEqualTo(date(-1, 3, 1));
        assertThat(CalendarPeriod.of(date(10000, 5, 5), MONTH)).hasToString("+10000-05");
    }

    @Test
    void parse_rejectsTextOfNoKnownForm() {
        for (String text : new String[] {"", "2026", "2026-3", "2026-003", "2026-W1", "2026-Q", "2026-Q12",
                "+2026-03", "10000-03", "2026/03", " 2026-03", "2026-w11", "2026-03-14T00:00"}) {
            assertThatThrownBy(() -> CalendarPeriod.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text (\"" + text + "\") must be a period such as 2026-03-14, 2026-W11,"
                            + " 2026-03 or 2026-Q1");
        }
        assertThatThrownBy(() -> CalendarPeriod.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void parse_rejectsPeriodsThatDoNotExist() {
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-13\") names month 13, which must be between 01 and 12");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-00\") names month 0, which must be between 01 and 12");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-W54"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-W54\") names week 54, but week-based year 2026 has weeks 01 to 53");
        // 1 January 2027 is a Friday and 2027 is no leap year, so 2027 has only 52 ISO weeks.
        assertThatThrownBy(() -> CalendarPeriod.parse("2027-W53"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2027-W53\") names week 53, but week-based year 2027 has weeks 01 to 52");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-W00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-W00\") names week 0, but week-based year 2026 has weeks 01 to 53");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-Q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-Q5\") names quarter 5, which must be between 1 and 4");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-Q0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-Q0\") names quarter 0, which must be between 1 and 4");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-02-29"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-02-29\") is not a valid date: Invalid date 'February 29' as '2026'"
                        + " is not a leap year");
        assertThatThrownBy(() -> CalendarPeriod.parse("2026-04-31"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text (\"2026-04-31\") is not a valid date: Invalid date 'APRIL 31'");
    }

    @Test
    void constructor_rejectsAStartThatIsNotTheFirstDay() {
        assertThatThrownBy(() -> new CalendarPeriod(MONTH, date(2026, 3, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start (2026-03-14) must be the first day of its MONTH period, 2026-03-01");
        assertThatThrownBy(() -> new CalendarPeriod(ISO_WEEK, date(2026, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start (2026-03-10) must be the first day of its ISO_WEEK period, 2026-03-09");
        assertThatThrownBy(() -> new CalendarPeriod(QUARTER, date(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start (2026-02-01) must be the first day of its QUARTER period, 2026-01-01");
        assertThatThrownBy(() -> new CalendarPeriod(null, date(2026, 2, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("granularity");
        assertThatThrownBy(() -> new CalendarPeriod(DAY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("start");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> CalendarPeriod.of(null, DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> CalendarPeriod.of(date(2026, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("granularity");
    }

    @Test
    void granularity_canRollUpToTheGranularitiesItNestsIn() {
        assertThat(DAY.canRollUpTo(DAY)).isTrue();
        assertThat(DAY.canRollUpTo(ISO_WEEK)).isTrue();
        assertThat(DAY.canRollUpTo(MONTH)).isTrue();
        assertThat(DAY.canRollUpTo(QUARTER)).isTrue();
        assertThat(ISO_WEEK.canRollUpTo(DAY)).isFalse();
        assertThat(ISO_WEEK.canRollUpTo(ISO_WEEK)).isTrue();
        assertThat(ISO_WEEK.canRollUpTo(MONTH)).isFalse();
        assertThat(ISO_WEEK.canRollUpTo(QUARTER)).isFalse();
        assertThat(MONTH.canRollUpTo(DAY)).isFalse();
        assertThat(MONTH.canRollUpTo(ISO_WEEK)).isFalse();
        assertThat(MONTH.canRollUpTo(MONTH)).isTrue();
        assertThat(MONTH.canRollUpTo(QUARTER)).isTrue();
        assertThat(QUARTER.canRollUpTo(MONTH)).isFalse();
        assertThat(QUARTER.canRollUpTo(QUARTER)).isTrue();
        assertThatThrownBy(() -> DAY.canRollUpTo(null))
                .isInstanceOf(NullPointerException.class).hasMessage("coarser");
    }
}
