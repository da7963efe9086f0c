package io.newsdesk.publish.readmodel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling of a topic code the read model files articles under and the site links to:
 * {@code 20000096}, {@code MEDTOP:20000096} and the Media Topic URI all become {@code medtop:20000096};
 * other schemes keep their (lower-cased) prefix. Anything that is not a qcode is no code at all, so junk
 * in a URL never reaches an index lookup.
 */
public final class TopicCodes {
    private static final String IPTC_MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Pattern QCODE = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._-]+");

    private TopicCodes() {
    }

    /** The normal form, or empty for anything that is not a topic code. */
    public static Optional<String> normalize(String code) {
        return Optional.ofNullable(normalizedOrNull(code));
    }

    /**
     * {@link #normalize} without the Optional, for the write path. One pass over the chars instead of
     * two regexes, a strip and a lower-cased copy per code: with a dozen codes per article (subjects and
     * their broader chains), the regex form was a visible part of indexing's allocation. A code that is
     * already normal (the usual case) is returned as it is.
     */
    static String normalizedOrNull(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (isBareMediaTopic(c)) {
            return "medtop:" + c;
        }
        if (c.startsWith(IPTC_MEDIA_TOPIC_URI)) {
            return normalizedOrNull(c.substring(IPTC_MEDIA_TOPIC_URI.length()));
        }
        int colon = c.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        boolean upper = false;
        for (int i = 0; i < colon; i++) {
            char ch = c.charAt(i);
            if (ch >= 0x80) {
                // Lower-casing outside ASCII can turn a letter into an ASCII one (the Kelvin sign into
                // 'k'): left to the general form, which is rare enough to cost nothing.
                return qcodeByPattern(c, colon);
            }
            boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            if (!letter && (i == 0 || !((ch >= '0' && ch <= '9') || ch == '-'))) {
                return null;
            }
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (colon == c.length() - 1) {
            return null;
        }
        for (int i = colon + 1; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '.' || ch == '_' || ch == '-')) {
                return null;
            }
        }
        return upper ? c.substring(0, colon).toLowerCase(Locale.ROOT) + c.substring(colon) : c;
    }

    private static boolean isBareMediaTopic(String c) {
        if (c.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String qcodeByPattern(String c, int colon) {
        String lowered = c.substring(0, colon).toLowerCase(Locale.ROOT) + c.substring(colon);
        return QCODE.matcher(lowered).matches() ? lowered : null;
    }
}
