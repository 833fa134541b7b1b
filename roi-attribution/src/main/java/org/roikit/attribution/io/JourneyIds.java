package org.roikit.attribution.io;

import java.util.Arrays;

/**
 * Numbers journey ids 0, 1, 2, ... in order of first appearance, holding the ids compactly in an
 * open-addressing table of 16-byte slots, each within one cache line: an id of up to
 * {@value #INLINE_BYTES} bytes (one byte per ASCII character and three per other UTF-16 unit) is
 * held in its slot itself, next to its number, so that looking it up reads one slot and nothing
 * else; a longer id keeps its hash and its place in an arena of chunks (a length prefix, then
 * the bytes) in its slot, and a lookup reads the arena only where the hash matches. Growing the
 * table never reads the arena. No {@code String} is made for an id.
 *
 * <p>Not thread-safe.
 */
final class JourneyIds {

    /** The longest encoded id held in its slot: 8 bytes in the first word, 3 in the second. */
    static final int INLINE_BYTES = 11;
    /** The length field of a slot whose id is in the arena. */
    private static final int IN_ARENA = 15;

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
     * Two words per slot. The second: the id's number plus one above bit 32 (0 when the slot is
     * free), the length below bit 28 from bit 24, and for an id held in the slot its bytes 8 to 10
     * below bit 24; the first: bytes 0 to 7 of such an id, or else the id's hash above bit 32 and
     * its arena position plus one (the chunk index above {@link #OFFSET_BITS}, the offset below).
     */
    private long[] slots = new long[2 * 1024];
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
        int n = scratchLength;
        long first;
        int second;
        int hash;
        if (n <= INLINE_BYTES) {
            byte[] s = scratch;
            first = 0;
            for (int i = Math.min(n, 8) - 1; i >= 0; i--) {
                first = first << 8 | (s[i] & 0xFF);
            }
            second = n << 24;
            for (int i = n - 1; i >= 8; i--) {
                second |= (s[i] & 0xFF) << (8 * (i - 8));
            }
            hash = mix(first, second);
        } else {
            hash = hash(scratch, 0, n);
            first = 0;
            second = IN_ARENA << 24;
        }
        long[] table = slots;
        int mask = table.length / 2 - 1;
        int slot = hash & mask;
        while (true) {
            long b = table[2 * slot + 1];
            if (b == 0) {
                break;
            }
            if ((int) b == second) {
                long a = table[2 * slot];
                if (second != IN_ARENA << 24 ? a == first
                        : (int) (a >>> 32) == hash && matches((int) a - 1)) {
                    return (int) (b >>> 32) - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
        if (second == IN_ARENA << 24) {
            first = (long) hash << 32 | (store() + 1L);
        }
        int id = count++;
        table[2 * slot] = first;
        table[2 * slot + 1] = (id + 1L) << 32 | (second & 0xFFFF_FFFFL);
        if (count > mask / 5 * 4) {
            rehash();
        }
        return id;
    }

    /** Releases everything: ids can no longer be looked up. */
    void release() {
        arena = new byte[1][];
        chunkCount = 0;
        slots = new long[2];
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

    /** Copies {@link #scratch} into the arena after its length, and returns its position. */
    private int store() {
        int prefix = scratchLength < 0x80 ? 1 : scratchLength < 0x4000 ? 2 : scratchLength < 0x200000 ? 3 : 4;
        int needed = prefix + scratchLength;
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
        used = at + scratchLength;
        return position;
    }

    private int arenaChunkLength() {
        return chunkCount == 0 ? 0 : arena[chunkCount - 1].length;
    }

    /** Returns whether the id stored at {@code position} is the one in {@link #scratch}. */
    private boolean matches(int position) {
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
        return length == scratchLength && Arrays.equals(chunk, at, at + length, scratch, 0, length);
    }

    private void rehash() {
        long[] old = slots;
        long[] grown = new long[old.length * 2];
        int mask = grown.length / 2 - 1;
        for (int s = 0; s < old.length; s += 2) {
            long a = old[s];
            long b = old[s + 1];
            if (b != 0) {
                int second = (int) b;
                int slot = (second == IN_ARENA << 24 ? (int) (a >>> 32) : mix(a, second)) & mask;
                while (grown[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[2 * slot] = a;
                grown[2 * slot + 1] = b;
            }
        }
        slots = grown;
    }

    /** Returns the hash of an id held in a slot, from its two words. */
    private static int mix(long first, int second) {
        long h = (first ^ (long) second << 32 ^ second) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
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
