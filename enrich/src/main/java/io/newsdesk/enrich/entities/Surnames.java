package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.Token;

/**
 * Later mentions of people by surname: "Trone" is the David Trone named in full before (with any title
 * before the surname, "Rep. Trone"), unless two people share the surname. A lone capitalised word that
 * names its organisation named in full before ("Brightwell" for "Brightwell Robotics"); any other lone word
 * is typed like a run of capitals ({@link RunTypes#decide}): "Okafor said" is a person, "in Tulsa" a place.
 */
public final class Surnames implements EntityPass {

    @Override
    public void run(Recognition r) {
        // nobody with a surname, no token resolves to one: skip the walk over every token
        for (int i = 0; i < r.size() && r.anyoneHasASurname(); i++) {
            if (r.claimed[i] || !r.capitalizedWord(i)) {
                continue;
            }
            Token t = r.token(i);
            EntityDraft d = r.personBySurname(t.text());
            if (d != null && !t.isAllCaps()) {
                d.mention(t.start(), t.end(), t.text());
                r.claimed[i] = true;
                String title = PersonTitles.titleBefore(r, i);
                if (title != null) {
                    d.titles.add(title);
                }
            }
        }
        for (int i : r.pendingSingles) {
            if (r.claimed[i]) {
                continue;
            }
            Token t = r.token(i);
            EntityDraft org = r.organisationByHead(t.text());
            if (org != null && !placeSlotBefore(r, i)) {
                org.mention(t.start(), t.end(), t.text());
                r.claimed[i] = true;
                continue;
            }
            if (!EntityWords.NOT_NAMES.contains(t.text())) {
                RunTypes.decide(r, i, i + 1, null);
            }
        }
    }

    /**
     * "a scrapyard in Rotherham" beside "Rotherham Metropolitan Borough Council": after "in" or "near" the word is the
     * town the organisation is named after, so the typer reads it rather than the organisation taking it.
     */
    private static boolean placeSlotBefore(Recognition r, int i) {
        return i > 0 && EntityWords.PLACE_SLOT_WORDS.contains(r.token(i - 1).text()) && !r.initial(i);
    }
}
