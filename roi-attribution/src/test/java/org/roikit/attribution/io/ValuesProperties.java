package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast paths of {@link Values} agree with {@code java.time} on every input. */
class ValuesProperties {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** Epoch seconds whose local date-time has a four-digit year at every offset. */
    private static Gen<Long> seconds() {
        return longs().between(-62_167_219_200L + 18 * 3600, 253_402_300_799L - 18 * 3600);
    }

    private static Gen<Integer> offsetMinutes() {
        return integers().between(-18 * 60, 18 * 60);
    }

    /** Texts close to the fixed-width forms: digits and separators in any place. */
    private static Gen<String> nearMisses() {
        String alphabet = "0123456789-:T+Z 9";
        return integers().between(0, 1).flatMap(form -> lists().of(integers().between(0, alphabet.length() - 1))
                .ofSize(form == 0 ? 20 : 25).map(ix -> {
                    StringBuilder sb = new StringBuilder();
                    ix.forEach(i -> sb.append(alphabet.charAt(i)));
                    return sb.toString();
                }));
    }

    @Test
    void fastInstant_readsEveryWholeSecondInBothForms() {
        qt().forAll(seconds(), offsetMinutes()).checkAssert((s, minutes) -> {
            Instant instant = Instant.ofEpochSecond(s);
            String text = OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(minutes * 60)).format(SECONDS)
                    .replace("+00:00", minutes % 2 == 0 ? "Z" : "+00:00");
            char[] chars = text.toCharArray();
            assertThat(Values.fastInstant(chars, 0, chars.length)).isEqualTo(instant);
            assertThat(Values.instant(chars, 0, chars.length)).isEqualTo(instant);
            assertThat(Values.slowInstant(text)).isEqualTo(instant);
        });
    }

    @Test
    void fastInstant_acceptsNothingThatJavaTimeRejects() {
        qt().forAll(nearMisses()).checkAssert(text -> {
            char[] chars = ("<<" + text + ">>").toCharArray();
            Instant fast = Values.fastInstant(chars, 2, text.length());
            if (fast != null) {
                assertThat(fast).isEqualTo(Values.slowInstant(text));
            }
            assertThat(Values.instant(chars, 2, text.length())).isEqualTo(Values.slowInstant(text));
        });
    }

    @Test
    void fastInstant_agreesWithJavaTimeOnValidTextsWithOneCharacterChanged() {
        String alphabet = "0123456789-:T+Z t";
        qt().forAll(seconds(), offsetMinutes(), integers().between(0, 24), integers().between(0, alphabet.length() - 1))
                .checkAssert((s, minutes, at, replacement) -> {
                    String valid = OffsetDateTime.ofInstant(Instant.ofEpochSecond(s),
                            ZoneOffset.ofTotalSeconds(minutes * 60)).format(SECONDS);
                    char[] chars = valid.toCharArray();
                    chars[at] = alphabet.charAt(replacement);
                    String text = new String(chars);
                    assertThat(Values.instant(chars, 0, chars.length)).isEqualTo(Values.slowInstant(text));
                });
    }

    @Test
    void date_agreesWithLocalDateParse() {
        qt().forAll(longs().between(-719_528, 2_932_896)).checkAssert(day -> {
            LocalDate date = LocalDate.ofEpochDay(day);
            char[] chars = date.toString().toCharArray();
            assertThat(Values.date(chars, 0, chars.length)).isEqualTo(date);
        });
        qt().forAll(nearMisses()).checkAssert(text -> {
            String ten = text.substring(0, 10);
            LocalDate expected;
            try {
                expected = LocalDate.parse(ten);
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            assertThat(Values.date(ten.toCharArray(), 0, 10)).isEqualTo(expected);
        });
    }

    @Test
    void date_agreesWithLocalDateOf_onEveryYearMonthAndDayOfMonthUpTo31() {
        char[] chars = "0000-00-00".toCharArray();
        for (int year = 0; year <= 9999; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 31; day++) {
                    chars[0] = (char) ('0' + year / 1000);
                    chars[1] = (char) ('0' + year / 100 % 10);
                    chars[2] = (char) ('0' + year / 10 % 10);
                    chars[3] = (char) ('0' + year % 10);
                    chars[5] = (char) ('0' + month / 10);
                    chars[6] = (char) ('0' + month % 10);
                    chars[8] = (char) ('0' + day / 10);
                    chars[9] = (char) ('0' + day % 10);
                    LocalDate expected;
                    try {
                        expected = LocalDate.of(year, month, day);
                    } catch (java.time.DateTimeException e) {
                        expected = null;
                    }
                    LocalDate actual = Values.date(chars, 0, 10);
                    if (!java.util.Objects.equals(actual, expected)) {
                        assertThat(actual).as(new String(chars)).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void instantParts_readFractionsOfOneToNineDigitsAsJavaTimeDoes() {
        qt().forAll(seconds(), offsetMinutes(), integers().between(0, 999_999_999), integers().between(1, 9))
                .checkAssert((s, minutes, nano, digits) -> {
                    String fraction = String.format(Locale.ROOT, "%09d", nano).substring(0, digits);
                    String valid = OffsetDateTime.ofInstant(Instant.ofEpochSecond(s),
                            ZoneOffset.ofTotalSeconds(minutes * 60)).format(SECONDS);
                    String text = valid.substring(0, 19) + "." + fraction + valid.substring(19);
                    char[] chars = text.toCharArray();
                    long[] parts = new long[2];
                    assertThat(Values.fastParts(chars, 0, chars.length, parts)).isTrue();
                    Instant expected = OffsetDateTime.parse(text).toInstant();
                    assertThat(parts).containsExactly(expected.getEpochSecond(), expected.getNano());
                    assertThat(Values.instant(chars, 0, chars.length)).isEqualTo(expected);
                });
    }

    @Test
    void instantParts_agreeWithJavaTimeOnNearMissesWithFractions() {
        String alphabet = "0123456789.Z+-:";
        qt().forAll(seconds(), integers().between(0, 30), integers().between(0, alphabet.length() - 1))
                .checkAssert((s, at, replacement) -> {
                    String valid = Instant.ofEpochSecond(s, 123_456_000).toString();
                    char[] chars = valid.toCharArray();
                    if (at < chars.length) {
                        chars[at] = alphabet.charAt(replacement);
                    }
                    String text = new String(chars);
                    long[] parts = new long[2];
                    Instant slow = Values.slowInstant(text);
                    assertThat(Values.instantParts(chars, 0, chars.length, parts)).isEqualTo(slow != null);
                    if (slow != null) {
                        assertThat(parts).containsExactly(slow.getEpochSecond(), slow.getNano());
                    }
                });
    }

    @Test
    void fastMinorUnits_agreesWithBigDecimal_orDeclines() {
        String alphabet = "0123456789.-";
        qt().forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 22),
                integers().between(0, 3)).checkAssert((ix, digits) -> {
                    StringBuilder sb = new StringBuilder();
                    ix.forEach(i -> sb.append(alphabet.charAt(i)));
                    String text = sb.toString();
                    long minor = Values.fastMinorUnits(text.toCharArray(), 0, text.length(), digits);
                    if (minor >= 0) {
                        assertThat(Values.isPlainDecimal(text.toCharArray(), 0, text.length())).isTrue();
                        assertThat(new java.math.BigDecimal(text).movePointRight(digits)
                                .toBigIntegerExact().longValueExact()).isEqualTo(minor);
                    }
                });
        assertThat(Values.fastMinorUnits("12.5".toCharArray(), 0, 4, 2)).isEqualTo(1250);
        assertThat(Values.fastMinorUnits("0012.30".toCharArray(), 0, 7, 2)).isEqualTo(1230);
        assertThat(Values.fastMinorUnits("5000".toCharArray(), 0, 4, 0)).isEqualTo(5000);
        assertThat(Values.fastMinorUnits("1.250".toCharArray(), 0, 5, 2)).isEqualTo(-1);
        assertThat(Values.fastMinorUnits("-1".toCharArray(), 0, 2, 2)).isEqualTo(-1);
        assertThat(Values.fastMinorUnits("1234567890123456.78".toCharArray(), 0, 19, 2)).isEqualTo(123456789012345678L);
        assertThat(Values.fastMinorUnits("12345678901234567.8".toCharArray(), 0, 19, 2)).isEqualTo(-1);
    }
}
