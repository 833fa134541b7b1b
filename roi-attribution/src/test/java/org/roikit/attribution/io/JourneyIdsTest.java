package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyIdsTest {

    private static int id(JourneyIds ids, String text) {
        char[] chars = ("<" + text + ">").toCharArray();
        return ids.idOf(chars, 1, text.length());
    }

    @Test
    void idOf_numbersIdsInOrderOfFirstAppearance() {
        JourneyIds ids = new JourneyIds();
        assertThat(id(ids, "a")).isZero();
        assertThat(id(ids, "b")).isEqualTo(1);
        assertThat(id(ids, "a")).isZero();
        assertThat(id(ids, "\u00e9")).isEqualTo(2);
        assertThat(id(ids, "\ud83d\ude00")).isEqualTo(3);
        assertThat(id(ids, "e")).isEqualTo(4);
        assertThat(id(ids, "\u00e9")).isEqualTo(2);
        assertThat(id(ids, "")).isEqualTo(5);
        assertThat(ids.count()).isEqualTo(6);
    }

    @Test
    void idOf_keepsHundredsOfThousandsOfIdsAndVeryLongOnes() {
        JourneyIds ids = new JourneyIds();
        String longId = "x".repeat(300_000);
        String longerId = "\u00e9".repeat(200_000);
        for (int i = 0; i < 200_000; i++) {
            assertThat(id(ids, "j-" + i)).isEqualTo(i);
            if (i == 1000) {
                assertThat(id(ids, longId)).isEqualTo(1001);
                assertThat(id(ids, longerId)).isEqualTo(1002);
                i += 2;
            }
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(id(ids, "j-" + i)).isEqualTo(i);
        }
        assertThat(id(ids, longId)).isEqualTo(1001);
        assertThat(id(ids, longerId)).isEqualTo(1002);
        assertThat(ids.bytes()).isBetween(200_000L * 12, 200_000L * 40 + 1_000_000);
        ids.release();
        assertThat(ids.bytes()).isLessThan(100);
    }
}
