package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A markup writer that can only produce well-formed XML: element and attribute names are checked,
 * text and attribute values are escaped, and every element opened is closed in order.
 *
 * <p>Characters that XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF) and the C1 controls U+0080 to U+009F are written as
 * U+FFFD, the replacement character, so that a hostile label shows up visibly instead of breaking
 * the document. {@code ]]>} needs no special case because every {@code >} is escaped.
 *
 * <p>Numbers for coordinates go through {@link #decimal(double, int)}: locale-free, fixed
 * decimals, never an exponent.
 *
 * <p>A writer is mutable and not thread-safe; the static helpers are.
 */
public final class Xml {

    /** The XHTML namespace name; an identifier, never fetched. */
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** The SVG namespace name; an identifier, never fetched. */
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");
    private static final char REPLACEMENT = '\uFFFD';

    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private int svgDepth;

    /** Starts an empty writer. */
    public Xml() {
    }

    /**
     * Opens element {@code name} with attributes given as name, value pairs.
     *
     * @return this writer
     * @throws IllegalArgumentException if a name is not a plain XML name or the pairs are odd
     */
    public Xml open(String name, String... attributes) {
        startTag(name, attributes);
        open.push(name);
        startTagOpen = true;
        if (svgDepth > 0 || name.equals("svg")) {
            svgDepth++;
        }
        return this;
    }

    /**
     * Closes the innermost open element. An element without content is written {@code <x/>} only
     * where an HTML parser reads that as closed too (inside {@code svg}, and HTML void elements),
     * and {@code <x></x>} elsewhere, so the output is both XML and HTML.
     *
     * @return this writer
     * @throws IllegalStateException if no element is open
     */
    public Xml close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        String name = open.pop();
        if (startTagOpen && (svgDepth > 0 || VOID_ELEMENTS.contains(name))) {
            out.append("/>");
        } else {
            endStartTag();
            out.append("</").append(name).append('>');
        }
        startTagOpen = false;
        if (svgDepth > 0) {
            svgDepth--;
        }
        return this;
    }

    /**
     * Writes element {@code name} with the attributes (name, value pairs) and no content; meant
     * for SVG shapes and HTML void elements such as {@code meta}.
     *
     * @return this writer
     * @throws IllegalArgumentException if a name is not a plain XML name or the pairs are odd
     */
    public Xml empty(String name, String... attributes) {
        return open(name, attributes).close();
    }

    /**
     * Writes element {@code name} with the attributes (name, value pairs) and escaped text content.
     *
     * @return this writer
     * @throws IllegalArgumentException if a name is not a plain XML name or the pairs are odd
     */
    public Xml element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /**
     * Writes {@code text}, escaped, as content of the innermost open element.
     *
     * @return this writer
     */
    public Xml text(String text) {
        Objects.requireNonNull(text, "text");
        endStartTag();
        escape(text, false, out);
        return this;
    }

    /**
     * Writes {@code markup} unchanged; for fragments this package's writers built, never for
     * outside text.
     *
     * @return this writer
     */
    public Xml raw(String markup) {
        Objects.requireNonNull(markup, "markup");
        endStartTag();
        out.append(markup);
        return this;
    }

    /**
     * Returns the markup written.
     *
     * @throws IllegalStateException if an element is still open
     */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("element <" + open.peek() + "> is still open");
        }
        return out.toString();
    }

    /** Returns {@code text} escaped for element content: {@code & < >}, and unsafe characters replaced. */
    public static String escapeText(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, false, b);
        return b.toString();
    }

    /**
     * Returns {@code value} with exactly {@code decimals} decimals, rounded half-even, with a
     * {@code .} decimal point, no grouping and no exponent; negative zero prints as zero.
     *
     * @throws IllegalArgumentException if {@code value} is not finite or {@code decimals} is
     *     outside [0, 6]
     */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value (" + value + ") must be finite");
        }
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals (" + decimals + ") must be between 0 and 6");
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO.setScale(decimals);
        }
        return rounded.toPlainString();
    }

    /** Returns {@code value} with two decimals, the precision of every coordinate this package writes. */
    public static String px(double value) {
        return decimal(value, 2);
    }

    private void startTag(String name, String... attributes) {
        checkName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes (" + attributes.length + " strings) must be name, value pairs");
        }
        endStartTag();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            checkName(attributes[i]);
            Objects.requireNonNull(attributes[i + 1], attributes[i]);
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true, out);
            out.append('"');
        }
    }

    private void endStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name (\"" + escapeText(name) + "\") must match " + NAME.pattern());
        }
    }

    private static void escape(String text, boolean attribute, StringBuilder b) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&#39;" : "'");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        b.append(REPLACEMENT);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }
}
