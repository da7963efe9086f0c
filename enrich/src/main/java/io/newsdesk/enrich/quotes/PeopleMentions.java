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
    private final List<String> names = new ArrayList<>();
    private final List<Mention> others = new ArrayList<>();

    /** The entities' mentions, entity by entity in the order given. */
    PeopleMentions(List<Entity> entities) {
        for (Entity e : entities) {
            boolean person = e.getType() == EntityType.PERSON;
            for (Mention m : e.getMentions()) {
                if (person) {
                    people.add(m);
                    names.add(e.getName());
                } else {
                    others.add(m);
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

    /** The name of the person whose mention overlaps [start, end), or null. */
    String personName(int start, int end) {
        int i = overlapping(people, start, end);
        return i < 0 ? null : names.get(i);
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
