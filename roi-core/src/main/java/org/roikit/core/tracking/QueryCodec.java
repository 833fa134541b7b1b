package org.roikit.core.tracking;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits URLs into query parameters, percent-decodes what is read and percent-encodes what is
 * written. Errors name the text, the problem, the index and the parameter.
 */
final class QueryCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryCodec() {
    }

    /**
     * One {@code name=value} piece of a query, as positions in the text; {@code valueStart} is
     * {@code end} when there is no {@code '='}.
     */
    record Piece(String text, int start, int nameEnd, int valueStart, int end) {

        String rawName() {
            return text.substring(start, nameEnd);
        }
    }

    /** A URL or query split into pieces, with its label ({@code url}, {@code query}, ...) for errors. */
    static final class Split {
        final String text;
        final String label;
        final List<Piece> pieces;

        Split(String text, String label, List<Piece> pieces) {
            this.text = text;
            this.label = label;
            this.pieces = pieces;
        }

        String decodeName(Piece piece) {
            return decode(this, piece.start, piece.nameEnd);
        }

        String decodeValue(Piece piece) {
            return decode(this, piece.valueStart, piece.end);
        }

        IllegalArgumentException malformed(String problem, int index) {
            StringBuilder message = new StringBuilder(label).append(" (\"").append(text)
                    .append("\") is malformed: ").append(problem).append(" at index ").append(index);
            for (Piece piece : pieces) {
                if (index >= piece.start && index < piece.end) {
                    message.append(" in parameter ").append(piece.rawName());
                    break;
                }
            }
            return new IllegalArgumentException(message.toString());
        }
    }

    /**
     * Returns the pieces of a URL's query, after checking the parts of the URL that are read.
     *
     * @param url the URL text, not blank
     * @param label what the text is called in error messages
     */
    static Split splitUrl(String url, String label) {
        int end = fragmentStart(url);
        int question = url.indexOf('?');
        boolean hasQuery = question >= 0 && question < end;
        int queryStart = hasQuery ? question + 1 : end;
        Split split = new Split(url, label, pieces(url, queryStart, end));
        checkCharacters(split, end);
        checkStructure(split, hasQuery ? question : end);
        return split;
    }

    /**
     * Returns the pieces of a bare query string, with or without a leading {@code '?'}.
     *
     * @param query the query text, not blank
     * @param label what the text is called in error messages
     */
    static Split splitQuery(String query, String label) {
        int end = fragmentStart(query);
        int start = query.startsWith("?") ? 1 : 0;
        Split split = new Split(query, label, pieces(query, start, end));
        checkCharacters(split, end);
        return split;
    }

    private static int fragmentStart(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text.length() : hash;
    }

    private static List<Piece> pieces(String text, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        int start = from;
        while (start < to) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 || amp > to ? to : amp;
            if (end > start) {
                int eq = text.indexOf('=', start);
                boolean hasValue = eq >= 0 && eq < end;
                pieces.add(new Piece(text, start, hasValue ? eq : end, hasValue ? eq + 1 : end, end));
            }
            start = end + 1;
        }
        return pieces;
    }

    // A raw space or control character cannot be part of a URL (RFC 3986); it usually means the
    // text was cut, glued to other text or never encoded, so guessing what was meant would hide it.
    private static void checkCharacters(Split split, int end) {
        String text = split.text;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw split.malformed("unencoded control character (" + codePoint(c) + ")", i);
            }
            if (Character.isSpaceChar(c)) {
                throw split.malformed("unencoded space (" + codePoint(c) + ")", i);
            }
        }
    }

    private static void checkStructure(Split split, int headEnd) {
        String text = split.text;
        int schemeEnd = schemeEnd(text, headEnd);
        int afterScheme = schemeEnd < 0 ? 0 : schemeEnd + 1;
        if (text.startsWith("//", afterScheme)) {
            int hostStart = afterScheme + 2;
            int hostEnd = text.indexOf('/', hostStart);
            if (hostEnd < 0 || hostEnd > headEnd) {
                hostEnd = headEnd;
            }
            if (hostEnd == hostStart) {
                throw split.malformed("empty host after \"" + text.substring(0, hostStart) + "\"", hostStart);
            }
        } else if (schemeEnd >= 0) {
            String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                throw split.malformed("no \"//\" after \"" + text.substring(0, afterScheme) + "\"", afterScheme);
            }
        } else {
            int segmentEnd = text.indexOf('/');
            if (segmentEnd < 0 || segmentEnd > headEnd) {
                segmentEnd = headEnd;
            }
            int colon = text.indexOf(':');
            if (colon >= 0 && colon < segmentEnd) {
                throw split.malformed("\":\" without a scheme before it", colon);
            }
        }
    }

    /** Returns the index of the colon that ends a scheme (RFC 3986: a letter, then letters, digits, +, -, .), or -1. */
    private static int schemeEnd(String text, int headEnd) {
        if (headEnd == 0 || !isAsciiLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < headEnd; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Returns {@code c} as {@code U+XXXX}. */
    static String codePoint(char c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0000".substring(hex.length()) + hex;
    }

    /**
     * Returns text[from, to) with {@code '+'} read as a space and runs of {@code %XX} escapes read
     * as UTF-8; other characters, including literal non-ASCII ones, are kept as they are.
     */
    private static String decode(Split split, int from, int to) {
        String text = split.text;
        StringBuilder out = new StringBuilder(to - from);
        byte[] bytes = null;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c == '%') {
                if (bytes == null) {
                    bytes = new byte[(to - from) / 3 + 1];
                }
                int runStart = i;
                int n = 0;
                while (i < to && text.charAt(i) == '%') {
                    if (i + 3 > to) {
                        throw split.malformed("incomplete percent escape \"" + text.substring(i, to) + "\"", i);
                    }
                    int high = hexValue(text.charAt(i + 1));
                    int low = hexValue(text.charAt(i + 2));
                    if (high < 0 || low < 0) {
                        throw split.malformed("bad percent escape \"" + text.substring(i, i + 3) + "\"", i);
                    }
                    bytes[n++] = (byte) (high << 4 | low);
                    i += 3;
                }
                try {
                    out.append(utf8().decode(ByteBuffer.wrap(bytes, 0, n)));
                } catch (CharacterCodingException e) {
                    throw split.malformed("invalid UTF-8 in percent escapes \""
                            + text.substring(runStart, i) + "\"", runStart);
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /**
     * Returns {@code value} percent-encoded as UTF-8: the unreserved characters of RFC 3986
     * ({@code A-Z a-z 0-9 - . _ ~}) stay, everything else becomes {@code %XX}, so a space is
     * {@code %20} and {@code +} is {@code %2B}.
     *
     * @param value text without unpaired surrogates
     */
    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Returns the index of the first unpaired surrogate in {@code value}, or -1. */
    static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
