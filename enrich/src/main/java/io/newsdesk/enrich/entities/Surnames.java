package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EntityType;

/**
 * Later mentions of people by surname: "Trone" is the David Trone named in full before (with any title
 * before the surname, "Rep. Trone"), unless two people share the surname. A lone capitalised word that
 * speaks ("Okafor said", "said Okafor.") is a person even without a first name.
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
            boolean speaks = i + 1 < r.size() && EntityWords.SPEECH_VERBS.contains(r.token(i + 1).lower())
                    || i > 0 && EntityWords.SPEECH_VERBS.contains(r.token(i - 1).lower()) && (i + 1 >= r.size() || !r.token(i + 1).isWord());
            String word = r.token(i).text();
            if (speaks && !EnglishWords.isCommon(word) && !EnglishWords.isStopWord(word)) {
                EntityDraft d = r.draft(EntityType.PERSON, word);
                d.mention(r.token(i).start(), r.token(i).end(), word);
                r.claimed[i] = true;
            }
        }
    }
}
