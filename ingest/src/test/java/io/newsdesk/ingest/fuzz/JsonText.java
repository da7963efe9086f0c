package io.newsdesk.ingest.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON text by hand, for fuzzing: unlike Jackson it happily writes duplicate keys, and it
 * escapes every control character and every surrogate as {@code \\uXXXX}, so a lone surrogate reaches
 * ingest's parser as an escape (which decodes to an unpaired surrogate) rather than as a byte sequence
 * the encoder would have replaced.
 */
final class JsonText {
    private JsonText() {
    }

    /** A JSON string literal holding exactly {@code value}'s UTF-16 units. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || (c >= 0x7f && c <= 0x9f)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object from members already written as JSON text; a key may appear twice. */
    static String object(List<Map.Entry<String, String>> members) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> member : members) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(string(member.getKey())).append(':').append(member.getValue());
        }
        return out.append('}').toString();
    }
}
