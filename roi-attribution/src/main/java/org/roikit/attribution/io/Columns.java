package org.roikit.attribution.io;

import java.util.Arrays;

/**
 * Growable columns of primitives held in fixed-size chunks, for the compact journey store: growing
 * never copies, and at most one chunk per column is partly empty, so the memory held stays close
 * to what the values need. Each column reports the bytes of heap its arrays take, counted as the
 * virtual machine lays arrays out (a 16-byte header, then the elements, rounded up to 8 bytes).
 *
 * <p>Not thread-safe.
 */
final class Columns {

    static final int CHUNK_BITS = 14;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int MASK = CHUNK - 1;

    /** The bytes of an array header (mark word, compressed class pointer, length). */
    static final long ARRAY_HEADER = 16;

    private Columns() {
    }

    /** Returns the heap bytes of an array of {@code length} elements of {@code size} bytes each. */
    static long arrayBytes(long length, int size) {
        return (ARRAY_HEADER + length * size + 7) & ~7L;
    }

    /** A column of ints; a sparse column allocates a chunk only once it holds a value other than 0. */
    static final class Ints {

        private final boolean sparse;
        private int[][] chunks = new int[4][];
        private long size;

        Ints(boolean sparse) {
            this.sparse = sparse;
        }

        long size() {
            return size;
        }

        void add(int value) {
            long i = size++;
            int chunk = (int) (i >>> CHUNK_BITS);
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            if (chunks[chunk] == null && (!sparse || value != 0)) {
                chunks[chunk] = new int[CHUNK];
            }
            if (value != 0 || !sparse) {
                chunks[chunk][(int) i & MASK] = value;
            }
        }

        int get(long i) {
            int[] chunk = chunks[(int) (i >>> CHUNK_BITS)];
            return chunk == null ? 0 : chunk[(int) i & MASK];
        }

        void set(long i, int value) {
            int c = (int) (i >>> CHUNK_BITS);
            if (chunks[c] == null) {
                if (value == 0) {
                    return;
                }
                chunks[c] = new int[CHUNK];
            }
            chunks[c][(int) i & MASK] = value;
        }

        /** Drops every value, releasing the memory. */
        void release() {
            chunks = new int[1][];
            size = 0;
        }

        long bytes() {
            long bytes = arrayBytes(chunks.length, 4);
            for (int[] chunk : chunks) {
                if (chunk != null) {
                    bytes += arrayBytes(chunk.length, 4);
                }
            }
            return bytes;
        }
    }

    /** A column of longs. */
    static final class Longs {

        private long[][] chunks = new long[4][];
        private long size;

        long size() {
            return size;
        }

        void add(long value) {
            long i = size++;
            int chunk = (int) (i >>> CHUNK_BITS);
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            if (chunks[chunk] == null) {
                chunks[chunk] = new long[CHUNK];
            }
            chunks[chunk][(int) i & MASK] = value;
        }

        long get(long i) {
            return chunks[(int) (i >>> CHUNK_BITS)][(int) i & MASK];
        }

        void set(long i, long value) {
            chunks[(int) (i >>> CHUNK_BITS)][(int) i & MASK] = value;
        }

        long bytes() {
            long bytes = arrayBytes(chunks.length, 4);
            for (long[] chunk : chunks) {
                if (chunk != null) {
                    bytes += arrayBytes(chunk.length, 8);
                }
            }
            return bytes;
        }
    }

    /**
     * A column of epoch seconds: {@code int} offsets from the first value while every value is
     * within about 68 years of it, {@code long}s from the first value that is not.
     */
    static final class Seconds {

        private long base;
        private Ints narrow = new Ints(false);
        private Longs wide;

        long size() {
            return wide != null ? wide.size() : narrow.size();
        }

        void add(long second) {
            if (wide == null) {
                if (narrow.size() == 0) {
                    base = second;
                }
                long offset = second - base;
                if (offset == (int) offset) {
                    narrow.add((int) offset);
                    return;
                }
                wide = new Longs();
                for (long i = 0; i < narrow.size(); i++) {
                    wide.add(base + narrow.get(i));
                }
                narrow = new Ints(false);
            }
            wide.add(second);
        }

        long get(long i) {
            return wide != null ? wide.get(i) : base + narrow.get(i);
        }

        /** Sets value {@code i} to {@code second}, which must be a value the column already holds. */
        void set(long i, long second) {
            if (wide != null) {
                wide.set(i, second);
            } else {
                narrow.set(i, (int) (second - base));
            }
        }

        long bytes() {
            return narrow.bytes() + (wide == null ? 0 : wide.bytes());
        }
    }
}
