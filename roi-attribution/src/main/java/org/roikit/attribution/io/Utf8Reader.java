package org.roikit.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A reader that decodes strict UTF-8 from a byte stream through one fixed-size byte buffer and
 * reports malformed input with its byte offset.
 *
 * <p>Unlike {@link java.io.InputStreamReader}, it hands out every character decoded before a
 * malformed sequence first and throws {@link MalformedUtf8Exception} on the next read, so a
 * caller that reads character by character knows exactly where in the text the bad bytes are.
 * The error is sticky: every later read throws it again.
 *
 * <p>Not thread-safe.
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    /** Bytes dropped from the front of {@link #bytes} so far, for error offsets. */
    private long discarded;
    private boolean endOfInput;
    private boolean flushed;
    private MalformedUtf8Exception failure;
    private char[] lastArray;
    private CharBuffer lastWrap;

    Utf8Reader(InputStream in, int byteBufferSize) {
        this.in = Objects.requireNonNull(in, "in");
        if (byteBufferSize < 4) {
            throw new IllegalArgumentException("byteBufferSize (" + byteBufferSize + ") must be >= 4");
        }
        this.bytes = ByteBuffer.allocate(byteBufferSize);
        this.bytes.flip();
    }

    /**
     * Reads up to {@code len} characters; {@code len} must be at least 2 so that a surrogate pair
     * always fits.
     */
    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (failure != null) {
            throw failure;
        }
        if (len < 2) {
            throw new IllegalArgumentException("len (" + len + ") must be >= 2");
        }
        CharBuffer out = wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return out.position() > off ? out.position() - off : -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = malformed(result.length());
                if (out.position() > off) {
                    return out.position() - off;
                }
                throw failure;
            }
            if (result.isOverflow()) {
                return out.position() - off;
            }
            // Underflow: every complete sequence in the buffer is decoded.
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                continue;
            }
            if (out.position() > off) {
                return out.position() - off;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        discarded += bytes.position();
        bytes.compact();
        int n;
        try {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } finally {
            bytes.flip();
        }
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.limit(bytes.limit() + n);
        }
    }

    private CharBuffer wrap(char[] cbuf, int off, int len) {
        if (cbuf != lastArray) {
            lastArray = cbuf;
            lastWrap = CharBuffer.wrap(cbuf);
        }
        lastWrap.limit(off + len).position(off);
        return lastWrap;
    }

    private MalformedUtf8Exception malformed(int length) {
        StringBuilder hex = new StringBuilder();
        int start = bytes.position();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(start + i) & 0xFF));
        }
        return new MalformedUtf8Exception(discarded + start, hex.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Signals bytes that are not UTF-8, at a byte offset counted from 0. */
    static final class MalformedUtf8Exception extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        private final long offset;
        private final String bytes;

        MalformedUtf8Exception(long offset, String bytes) {
            this.offset = offset;
            this.bytes = bytes;
        }

        /** Returns the offset of the first bad byte, counted from 0. */
        long offset() {
            return offset;
        }

        /** Returns the bad bytes in hex, such as {@code 0xC3 0x28}. */
        String bytes() {
            return bytes;
        }

        @Override
        public String getMessage() {
            return "malformed UTF-8 at byte offset " + offset + " (" + bytes + ")";
        }
    }
}
