package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A text with inline entity tags ("said <PER>Amara Obi</PER> of <ORG>Lagos Mills</ORG>"), the form of the
 * training text: the plain text a recognizer sees and each tagged span in it (character offsets, end
 * exclusive). Tags never nest.
 */
record TaggedText(String text, List<Span> spans) {

    record Span(int start, int end, EntityType type) {
    }

    static TaggedText parse(String tagged) {
        StringBuilder plain = new StringBuilder(tagged.length());
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int openAt = -1;
        EntityType open = null;
        while (i < tagged.length()) {
            EntityType type = tagAt(tagged, i, false);
            if (type != null) {
                if (open != null) {
                    throw new IllegalArgumentException("nested tag at " + i + ": " + excerpt(tagged, i));
                }
                open = type;
                openAt = plain.length();
                i += 5;
                continue;
            }
            type = tagAt(tagged, i, true);
            if (type != null) {
                if (type != open) {
                    throw new IllegalArgumentException("closing tag without its opening one at " + i + ": " + excerpt(tagged, i));
                }
                spans.add(new Span(openAt, plain.length(), type));
                open = null;
                i += 6;
                continue;
            }
            plain.append(tagged.charAt(i++));
        }
        if (open != null) {
            throw new IllegalArgumentException("tag left open at the end of: " + excerpt(tagged, tagged.length() - 1));
        }
        return new TaggedText(plain.toString(), List.copyOf(spans));
    }

    /** The type of a "<PER>" (or "</PER>" when {@code closing}) tag at i, or null. */
    private static EntityType tagAt(String s, int i, boolean closing) {
        String prefix = closing ? "</" : "<";
        int name = i + prefix.length();
        if (!s.startsWith(prefix, i) || name + 4 > s.length() || s.charAt(name + 3) != '>') {
            return null;
        }
        return switch (s.substring(name, name + 3)) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> null;
        };
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 40));
    }
}
