package org.roikit.attribution.io;

import java.util.function.Function;

/**
 * Maps a stretch of characters to one shared value per distinct text, such as one
 * {@code String} per channel name, without building a string when the text was seen before.
 *
 * <p>Holds at most {@code maxEntries} texts; once full, unseen texts are converted afresh every
 * time, so memory stays bounded even when a column holds millions of distinct values. The
 * conversion may return null (for a text that has no value); null is then remembered like any
 * other value.
 *
 * <p>Not thread-safe.
 *
 * @param <V> the value made from a text
 */
final class Interner<V> {

    private final Function<String, V> make;
    private final int maxEntries;
    private String[] keys;
    private Object[] values;
    private int size;

    Interner(Function<String, V> make, int maxEntries) {
        this.make = make;
        this.maxEntries = maxEntries;
        this.keys = new String[16];
        this.values = new Object[16];
    }

    /** Returns the value of the text {@code chars[offset..offset+length)}. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                break;
            }
            if (key.hashCode() == hash && sameText(key, chars, offset, length)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(chars, offset, length);
        V value = make.apply(text);
        if (size < maxEntries) {
            keys[slot] = text;
            values[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return value;
    }

    /** Returns the number of texts held. */
    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = spread(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean sameText(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
