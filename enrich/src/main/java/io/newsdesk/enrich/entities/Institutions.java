package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;

/**
 * A country's name (or demonym) followed by an institution noun is an organisation of that country: "the
 * Mexican government", "Mexican drug cartels", "the U.S. military". Up to two modifiers may stand between
 * ("drug", "federal"); a group of people ("Mexican authorities", "officials") is not an organisation.
 */
final class Institutions {
    private static final int MAX_MODIFIERS = 2;

    private Institutions() {
    }

    /** After a place mention at tokens [from, to): its institution, if one follows. */
    static void after(Recognition r, GazetteerEntry place, int from, int to) {
        if (!"country".equals(place.kind())) {
            return;
        }
        int j = to;
        int modifiers = 0;
        while (j < r.size() && modifiers <= MAX_MODIFIERS) {
            String w = r.lower(j);
            if (EntityWords.INSTITUTION_HEADS.contains(w) && !Character.isUpperCase(r.token(j).text().charAt(0))) {
                if (EntityWords.GROUP_HEADS.contains(w)) {
                    return;
                }
                String name = r.slice(from, j + 1);
                EntityDraft org = r.draft(EntityType.ORGANIZATION, name);
                org.kind = "government";
                org.mention(r.token(from).start(), r.token(j).end(), name);
                return;
            }
            if (!EntityWords.HEAD_MODIFIERS.contains(w)) {
                return;
            }
            modifiers++;
            j++;
        }
    }
}
