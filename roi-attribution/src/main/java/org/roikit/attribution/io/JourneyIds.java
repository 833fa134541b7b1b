package org.roikit.attribution.io;

import java.util.Arrays;

/**
 * Numbers journey ids 0, 1, 2, ... in order of first appearance, holding the ids compactly: as
 * bytes in an arena of chunks (a length prefix, one byte per ASCII character and three per other
 * UTF-16 unit, then the id's number in four bytes), found through an open-addressing table of
 * {@code long}s that keep each id's hash next to its place in the arena, so that a lookup reads
 * the arena only where the hash matches, and growing the table never reads it. No
 * {@code String} is made for an id.
 *
 * <p>Not thread-safe.
 */
final class JourneyIds {

    /**
     * Offsets within an arena chunk take this many bits of an id's position. Chunks stay below
     * half of G1's smallest region (1 MiB), so that none is a humongous object that wastes the
     * rest of its regions.
     */
    private static final int OFFSET_BITS = 18;
    private static final int MAX_CHUNK = 1 << OFFSET_BITS;
    private static final int FIRST_CHUNK = 1 << 14;
    private static final int MAX_CHUNKS = 1 << (31 - OFFSET_BITS);

    private byte[][] arena = new byte[8][];
    private int chunkCount;
    private int used = MAX_CHUNK;
    private int nextChunkSize = FIRST_CHUNK;
    /**
     * Per slot, the hash above bit 32 and below it the arena position plus one (the chunk index
     * above {@link #OFFSET_BITS}, the offset below), or 0 when free.
     */
    private long[] slots = new long[1024];
    private int count;
    private byte[] scratch = new byte[64];
    private int scratchLength;

    /** Returns the number of ids. */
    int count() {
        return count;
    }

    /**
     * Returns the number of the id {@code chars[off..off+len)}, numbering it if it is new.
     *
     * @throws IllegalStateException if the ids take more than 2 GiB
     */
    int idOf(char[] chars, int off, int len) {
        encode(chars, off, len);
        int hash = hash(scratch, 0, scratchLength);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            long entry = slots[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == hash) {
                int id = idAt((int) entry - 1);
                if (id >= 0) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        int id = count++;
        slots[slot] = (long) hash << 32 | (store(id) + 1L);
        if (count > slots.length / 4 * 3) {
            rehash();
        }
        return id;
    }

    /** Releases everything: ids can no longer be looked up. */
    void release() {
        arena = new byte[1][];
        chunkCount = 0;
        slots = new long[1];
        scratch = new byte[1];
    }

    /** Returns the heap bytes of the arrays held. */
    long bytes() {
        long bytes = Columns.arrayBytes(arena.length, 4) + Columns.arrayBytes(slots.length, 8)
                + Columns.arrayBytes(scratch.length, 1);
        for (int i = 0; i < chunkCount; i++) {
            bytes += Columns.arrayBytes(arena[i].length, 1);
        }
        return bytes;
    }

    /** Writes the id into {@link #scratch}: each char as one byte below 0x80, else three (0x80-0x83 first). */
    private void encode(char[] chars, int off, int len) {
        if (scratch.length < len * 3) {
            scratch = new byte[Math.max(len * 3, scratch.length * 2)];
        }
        int n = 0;
        for (int i = off, end = off + len; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                scratch[n++] = (byte) c;
            } else {
                scratch[n++] = (byte) (0x80 | (c >>> 14));
                scratch[n++] = (byte) ((c >>> 7) & 0x7F);
                scratch[n++] = (byte) (c & 0x7F);
            }
        }
        scratchLength = n;
    }

    /** Copies {@link #scratch} into the arena after its length and before {@code id}, and returns its position. */
    private int store(int id) {
        int prefix = scratchLength < 0x80 ? 1 : scratchLength < 0x4000 ? 2 : scratchLength < 0x200000 ? 3 : 4;
        int needed = prefix + scratchLength + 4;
        if (used + needed > arenaChunkLength()) {
            if (chunkCount == MAX_CHUNKS) {
                throw new IllegalStateException("the journey ids take more than 2 GiB");
            }
            if (chunkCount == arena.length) {
                arena = Arrays.copyOf(arena, chunkCount * 2);
            }
            // An id longer than a chunk gets a chunk of its own, at offset 0.
            arena[chunkCount++] = new byte[Math.max(needed, nextChunkSize)];
            nextChunkSize = Math.min(MAX_CHUNK, nextChunkSize * 2);
            used = 0;
        }
        byte[] chunk = arena[chunkCount - 1];
        int position = ((chunkCount - 1) << OFFSET_BITS) | used;
        int at = used;
        int length = scratchLength;
        while (length >= 0x80) {
            chunk[at++] = (byte) (0x80 | (length & 0x7F));
            length >>>= 7;
        }
        chunk[at++] = (byte) length;
        System.arraycopy(scratch, 0, chunk, at, scratchLength);
        at += scratchLength;
        chunk[at] = (byte) id;
        chunk[at + 1] = (byte) (id >>> 8);
        chunk[at + 2] = (byte) (id >>> 16);
        chunk[at + 3] = (byte) (id >>> 24);
        used = at + 4;
        return position;
    }

    private int arenaChunkLength() {
        return chunkCount == 0 ? 0 : arena[chunkCount - 1].length;
    }

    /** Returns the number of the id stored at {@code position} if it is the one in {@link #scratch}, else -1. */
    private int idAt(int position) {
        byte[] chunk = arena[position >>> OFFSET_BITS];
        int at = position & (MAX_CHUNK - 1);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = chunk[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        if (length != scratchLength || !Arrays.equals(chunk, at, at + length, scratch, 0, length)) {
            return -1;
        }
        at += length;
        return (chunk[at] & 0xFF) | (chunk[at + 1] & 0xFF) << 8 | (chunk[at + 2] & 0xFF) << 16 | chunk[at + 3] << 24;
    }

    private void rehash() {
        long[] grown = new long[slots.length * 2];
        int mask = grown.length - 1;
        for (long entry : slots) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = entry;
            }
        }
        slots = grown;
    }

    private static int hash(byte[] bytes, int from, int length) {
        int h = 0;
        for (int i = from, end = from + length; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
