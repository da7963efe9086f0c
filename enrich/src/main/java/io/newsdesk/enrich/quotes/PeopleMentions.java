package io.newsdesk.enrich.quotes;

import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions the entity recognition found, as the speaker finder asks about them: is a span of text a
 * person (someone who can be quoted), or an organisation or a place (who cannot)?
 */
final class PeopleMentions {
    private final List<Mention> people = new ArrayList<>();
    private final List<Mention> others = new ArrayList<>();
    private final List<String> otherNames = new ArrayList<>();

    /** The entities' mentions, entity by entity in the order given. */
    PeopleMentions(List<Entity> entities) {
        for (Entity e : entities) {
            boolean person = e.getType() == EntityType.PERSON;
            for (Mention m : e.getMentions()) {
                if (person) {
                    people.add(m);
                } else {
                    others.add(m);
                    otherNames.add(e.getName());
                }
            }
        }
    }

    /** A person's mention overlaps the text [start, end). */
    boolean personWithin(int start, int end) {
        return overlapping(people, start, end) >= 0;
    }

    /** An organisation's or a place's mention overlaps the text [start, end). */
    boolean otherWithin(int start, int end) {
        return overlapping(others, start, end) >= 0;
    }

    /**
     * An organisation's or a place's mention covers exactly {@code written} at [start, end) under another name:
     * a demonym or an adjective ("Estonian" for Estonia), not the place's own name ("Wellington").
     */
    boolean otherUnderAnotherName(int start, int end, String written) {
        for (int i = 0; i < others.size(); i++) {
            Mention m = others.get(i);
            if (m.getStart() == start && m.getEnd() == end && !otherNames.get(i).equals(written)) {
                return true;
            }
        }
        return false;
    }

    private static int overlapping(List<Mention> mentions, int start, int end) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.getStart() < end && m.getEnd() > start) {
                return i;
            }
        }
        return -1;
    }
}
