package io.newsdesk.publish.html;

/**
 * Escaping for text that came from upstream systems. Every headline, byline, quote and name is
 * untrusted: it is escaped for the context it lands in, and characters XML 1.0 forbids (control
 * characters a scraper may hand over) are dropped so no feed or sitemap is ever ill-formed.
 */
public final class Markup {
    private Markup() {
    }

    /** Escapes for HTML or XML text content and double-quoted attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(out, text);
        return out.toString();
    }

    /** {@link #escape(String)} written straight into {@code out}: the HTML templates' escaping (see {@link Templates}). */
    public static void escapeInto(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        String clean = xmlSafe(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** Drops characters that XML 1.0 does not allow, including unpaired surrogates. */
    public static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
