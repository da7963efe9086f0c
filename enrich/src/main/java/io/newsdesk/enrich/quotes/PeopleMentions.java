package io.newsdesk.enrich.quotes;

import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.List;

/** Every mention of a person in the text, with the person's name: who a quotation can be attributed to. */
final class PeopleMentions {
    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** The PERSON entities' mentions, entity by entity in the order given. */
    PeopleMentions(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.getType() == EntityType.PERSON) {
                for (Mention m : e.getMentions()) {
                    mentions.add(m);
                    names.add(e.getName());
                }
            }
        }
    }

    /** Index of the first mention (in entity order) that lies within [start, end), or -1. */
    int firstWithin(int start, int end) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.getStart() >= start && m.getEnd() <= end) {
                return i;
            }
        }
        return -1;
    }

    Mention mention(int i) {
        return mentions.get(i);
    }

    String name(int i) {
        return names.get(i);
    }

    /** The person mentioned last before {@code offset} (by the mention's start), or null. */
    String lastBefore(int offset) {
        String best = null;
        int bestStart = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.getEnd() <= offset && m.getStart() > bestStart) {
                bestStart = m.getStart();
                best = names.get(i);
            }
        }
        return best;
    }
}
