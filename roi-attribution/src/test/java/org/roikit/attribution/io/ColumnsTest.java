package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void arrayBytes_countsTheHeaderAndRoundsToEightBytes() {
        assertThat(Columns.arrayBytes(0, 4)).isEqualTo(16);
        assertThat(Columns.arrayBytes(1, 4)).isEqualTo(24);
        assertThat(Columns.arrayBytes(2, 4)).isEqualTo(24);
        assertThat(Columns.arrayBytes(3, 1)).isEqualTo(24);
        assertThat(Columns.arrayBytes(16_384, 8)).isEqualTo(16 + 131_072);
    }

    @Test
    void ints_growByChunks_andSparseOnesHoldNoChunkOfZeros() {
        Columns.Ints dense = new Columns.Ints(false);
        Columns.Ints sparse = new Columns.Ints(true);
        int n = 3 * Columns.CHUNK + 5;
        for (int i = 0; i < n; i++) {
            dense.add(i);
            sparse.add(i >= 2 * Columns.CHUNK && i % 2 == 0 ? i : 0);
        }
        assertThat(dense.size()).isEqualTo(n);
        assertThat(sparse.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 1001) {
            assertThat(dense.get(i)).isEqualTo(i);
            assertThat(sparse.get(i)).isEqualTo(i >= 2 * Columns.CHUNK && i % 2 == 0 ? i : 0);
        }
        assertThat(dense.bytes()).isEqualTo(Columns.arrayBytes(4, 4) + 4 * Columns.arrayBytes(Columns.CHUNK, 4));
        assertThat(sparse.bytes()).isEqualTo(Columns.arrayBytes(4, 4) + 2 * Columns.arrayBytes(Columns.CHUNK, 4));
        sparse.set(7, 0);
        assertThat(sparse.bytes()).isEqualTo(Columns.arrayBytes(4, 4) + 2 * Columns.arrayBytes(Columns.CHUNK, 4));
        sparse.set(7, 9);
        assertThat(sparse.get(7)).isEqualTo(9);
        dense.set(5, -3);
        assertThat(dense.get(5)).isEqualTo(-3);
        dense.release();
        assertThat(dense.size()).isZero();
    }

    @Test
    void seconds_holdIntOffsets_untilAValueIsFarther_thenLongs() {
        Columns.Seconds seconds = new Columns.Seconds();
        long base = 1_772_000_000L;
        for (int i = 0; i < Columns.CHUNK + 10; i++) {
            seconds.add(base + i);
        }
        long narrow = seconds.bytes();
        assertThat(seconds.get(Columns.CHUNK + 3)).isEqualTo(base + Columns.CHUNK + 3);
        seconds.set(3, base - 100);
        assertThat(seconds.get(3)).isEqualTo(base - 100);
        seconds.add(-base * 1000);
        assertThat(seconds.size()).isEqualTo(Columns.CHUNK + 11);
        assertThat(seconds.get(3)).isEqualTo(base - 100);
        assertThat(seconds.get(Columns.CHUNK + 10)).isEqualTo(-base * 1000);
        assertThat(seconds.bytes()).isGreaterThan(narrow * 3 / 2);
        seconds.set(0, 42);
        assertThat(seconds.get(0)).isEqualTo(42);
        Columns.Longs longs = new Columns.Longs();
        longs.add(Long.MIN_VALUE);
        assertThat(longs.get(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(longs.size()).isEqualTo(1);
    }
}
