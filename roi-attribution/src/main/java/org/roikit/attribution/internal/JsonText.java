package org.roikit.attribution.internal;

import java.util.Locale;

/** JSON string literals for the writers of results and reports. */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Returns {@code value} as a JSON string literal, escaped as RFC 8259 requires: quote,
     * backslash and the C0 controls (short forms where JSON has them), and also U+2028 and U+2029
     * so that the text can be embedded in a script unchanged.
     *
     * @param value the text
     * @return the quoted, escaped literal
     */
    public static String string(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
