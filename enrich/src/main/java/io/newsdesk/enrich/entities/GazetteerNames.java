package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.schemas.EntityType;
import java.util.List;

/**
 * Names the gazetteer knows (countries, states, cities, organisations, famous people), longest match first
 * and case as written, unless the match is part of something longer: a given name starting a longer name
 * ("Jordan Smith") or a surname after one ("George Washington"), a famous surname before another name
 * ("Trump Tower"), or a known name inside a longer capitalised name ("Portland Police Bureau", "University
 * of Sao Paulo"; a demonym there still mentions its country). A country's name before an institution
 * noun is also an organisation ("the Mexican government"); a person's title and roles are read around the name.
 */
public final class GazetteerNames implements EntityPass {
    /** "an Ohio Democrat": a party word after a place makes no longer name with it. */
    private static final java.util.Set<String> PARTY_MEMBER_WORDS = EntityWords.lexiconOf("party-member-words");

    @Override
    public void run(Recognition r) {
        PhraseTrie.Result<GazetteerEntry> found = r.gazetteer.names().findLongest(r.size(), i -> nameKey(r, i));
        int reservedUntil = 0;
        List<PhraseTrie.Match<GazetteerEntry>> matches = found.matches();
        for (int index = 0; index < matches.size(); index++) {
            PhraseTrie.Match<GazetteerEntry> m = matches.get(index);
            int from = m.from();
            int to = m.to();
            if (to - from == 1 && partOfPersonName(r, from)) {
                continue;
            }
            if (from < reservedUntil || NameSpans.ofOrganisation(r, from)) {
                continue; // inside a longer name: "University of Sao Paulo", "Royal College of Surgeons of England"
            }
            int longer = NameSpans.longerNameEnd(r, from, to);
            if (longer > to) {
                reservedUntil = longer; // a place word inside an organisation's name is no mention of the place
                continue;
            }
            GazetteerEntry entry = choose(m.values());
            if (entry.type() == EntityType.PLACE && knownOrganisationAfter(r, matches, index) > to) {
                reservedUntil = knownOrganisationAfter(r, matches, index);
                r.organisation(from, reservedUntil); // "Belize Red Cross", "Scottish Labour": a place's branch of a known one
                continue;
            }
            if (entry.form() == GazetteerEntry.Form.DEMONYM && to - from == 1 && languageSense(r, from)) {
                r.claim(from, to); // "speaking in French", "French versions": the language, not the country
                continue;
            }
            if (entry.type() == EntityType.PLACE && entry.form() != GazetteerEntry.Form.DEMONYM) {
                int start = longerNameStart(r, from, reservedUntil);
                if (start < from && RunTypes.decide(r, start, to, null)) {
                    continue; // "Salinas Victoria", "Halcones de Saltillo": a longer name the typer recognised
                }
                if (start == from && wordOpeningSentenceBefore(r, from, reservedUntil) && RunTypes.decide(r, from - 1, to, null)) {
                    continue; // "Football Australia said", "Police Scotland": a body named by its sport or service and its country
                }
                int after = longerNameAfter(r, to);
                if (after > to && RunTypes.decide(r, from, after, null)) {
                    continue; // "Perth Wildcats", "Seattle Mariners": a place opening a team's or a body's name
                }
                if ((SportContext.teamSlot(r, from, to) || SportContext.matchReport(r) && !DatelinePlace.within(r, from))
                        && r.typer.type(r, from, to, null, EntityType.PLACE) == EntityType.ORGANIZATION) {
                    // "Lahore beat Quetta", "Fiji coach Mosese Waqa": a city or country standing for its team, in a match
                    // report anywhere the typer reads it as a side
                    r.organisation(from, to);
                    continue;
                }
            }
            if (entry.type() == EntityType.ORGANIZATION) {
                int start = longerNameStart(r, from, reservedUntil);
                if (start < from) {
                    r.organisation(start, to); // "United Conservative Party", "Peoples Democratic Party"
                    continue;
                }
                if ("company".equals(entry.kind()) && to - from == 1 && productNameAfter(r, to)) {
                    r.claim(from, NameSpans.runEnd(r, from)); // "a Toyota Hilux", "the Boeing 737 Max": a product
                    continue;
                }
            }
            if (entry.type() == EntityType.PERSON && to - from == 1 && to < r.size() && r.nameWord(to)) {
                continue; // "Trump Tower", "Francis Scott" - not the famous person
            }
            EntityDraft d = r.draft(entry);
            d.mention(r.token(from).start(), r.token(to - 1).end(), r.slice(from, to));
            r.claim(from, to);
            if (entry.type() == EntityType.PERSON) {
                String title = PersonTitles.titleBefore(r, from);
                if (title != null) {
                    d.titles.add(title);
                }
                Appositives.roles(r, d, from, to);
            }
            if (entry.type() == EntityType.PLACE) {
                Institutions.after(r, entry, from, to);
            }
            if (entry.type() == EntityType.ORGANIZATION) {
                r.acronymDefinition(d, to);
            }
        }
    }

    /**
     * The end of a known organisation's name that starts right after the place {@code m} ("Belize" "Red Cross"),
     * in the same sentence, or {@code m.to()} if none.
     */
    private static int knownOrganisationAfter(Recognition r, List<PhraseTrie.Match<GazetteerEntry>> matches, int index) {
        PhraseTrie.Match<GazetteerEntry> m = matches.get(index);
        int to = m.to();
        if (index + 1 >= matches.size() || to >= r.size() || !r.nameWord(to) || r.text.sentenceOf(to) != r.text.sentenceOf(m.from())) {
            return to;
        }
        // matches come in text order and do not overlap: only the next one can start where this one ends
        PhraseTrie.Match<GazetteerEntry> next = matches.get(index + 1);
        if (next.from() == to && (next.to() - to > 1 || !EntityWords.ORG_WORDS.contains(r.token(to).text()))) {
            // not "U.S. Senate", "Israeli Army": a country's own institution is no branch of a known body
            for (GazetteerEntry e : next.values()) {
                if (e.type() == EntityType.ORGANIZATION) {
                    return next.to();
                }
            }
        }
        return to;
    }

    /** The trie key of token i, or null when it is claimed or can be in no name (so no walk goes on through it). */
    private static String nameKey(Recognition r, int i) {
        if (r.claimed[i] || !r.mayBeInName(i)) {
            return null;
        }
        return r.token(i).text().replace('\u2019', '\'');
    }

    /** A one-word gazetteer hit that is really part of a person's name: "Jordan Smith", "George Washington". */
    private static boolean partOfPersonName(Recognition r, int i) {
        if (r.gazetteer.isFirstName(r.token(i).text()) && i + 1 < r.size() && r.nameWord(i + 1)
                && r.gazetteer.lookup(r.token(i + 1).text()).isEmpty()) {
            return true;
        }
        return i > 0 && r.gazetteer.isFirstName(r.token(i - 1).text()) && r.token(i - 1).isCapitalized()
                && !r.stopWordAt(i - 1);
    }

    /** The start of a longer organisation name that ends with a known one: capitalised words before it, not opening a sentence. */
    private static int longerNameStart(Recognition r, int from, int reservedUntil) {
        int k = from;
        while (true) {
            int before = k - 1;
            if (before - 1 >= reservedUntil && r.token(before).text().length() <= 3 && EntityWords.CONNECTORS.contains(r.token(before).text())
                    && !r.token(before).text().equals("of")) {
                before--; // "Halcones de Saltillo"
            }
            // "PT Dirgantara Indonesia", "CB Atlántico Gran Canaria": letters in capitals open a longer name only as a legal form or a club's
            if (before >= reservedUntil && r.nameWord(before) && (!r.token(before).isAllCaps() || EntityWords.ORG_FIRST_WORDS.contains(r.token(before).text()))
                    && (!r.initial(before) || EntityWords.ORG_FIRST_WORDS.contains(r.token(before).text()))
                    && PersonTitles.titleAt(r, before) == before && r.gazetteer.lookup(r.token(before).text()).isEmpty()) {
                k = before;
            } else {
                return k;
            }
        }
    }

    /** The word before {@code from} opens its sentence and could open a name: no title, role, given name or known name. */
    private static boolean wordOpeningSentenceBefore(Recognition r, int from, int reservedUntil) {
        int k = from - 1;
        return k >= reservedUntil && !r.claimed[k] && r.initial(k) && r.nameWord(k) && !r.token(k).isAllCaps()
                && PersonTitles.titleAt(r, k) == k && !Appositives.isRoleNoun(r.lower(k)) && !PersonTitles.isTitleModifier(r.lower(k))
                && !r.gazetteer.isFirstName(r.token(k).text()) && r.gazetteer.lookup(r.token(k).text()).isEmpty();
    }

    /**
     * The end of capitalised words right after a place that no list knows and that are no title, role, month or
     * given name ("Perth" "Wildcats"), or {@code to} if there are none.
     */
    private static int longerNameAfter(Recognition r, int to) {
        int k = to;
        while (k < r.size() && k - to < 3 && !r.claimed[k] && r.nameWord(k) && !r.token(k).isAllCaps()
                && PersonTitles.titleAt(r, k) == k && !Appositives.isRoleNoun(r.lower(k))
                && !EntityWords.MONTHS_AND_WEEKDAYS.contains(r.lower(k)) && !r.gazetteer.isFirstName(r.token(k).text())
                && !PARTY_MEMBER_WORDS.contains(r.token(k).text())
                && r.gazetteer.lookup(r.token(k).text()).isEmpty()) {
            k++;
        }
        return k < r.size() && r.nameWord(k) ? to : k; // a longer run goes on into a known name: leave it to the rules
    }

    /** A model name after a company's: a capitalised word or a number that is no organisation word, title or known name. */
    private static boolean productNameAfter(Recognition r, int i) {
        if (i >= r.size() || r.claimed[i] || !r.token(i).isWord() || r.text.sentenceOf(i) != r.text.sentenceOf(i - 1)) {
            return false;
        }
        String t = r.token(i).text();
        boolean modelLike = r.nameWord(i) || r.token(i).isNumber() || t.chars().anyMatch(Character::isDigit);
        return modelLike && !EntityWords.ORG_WORDS.contains(t) && PersonTitles.titleAt(r, i) == i
                && !EntityWords.SPEECH_VERBS.contains(r.lower(i)) && r.gazetteer.lookup(t).isEmpty();
    }

    /** A demonym in a language's slot: after "in", "speaking", "of", before "version", or alone before a mark. */
    private static boolean languageSense(Recognition r, int i) {
        boolean before = i > 0 && EntityWords.LANGUAGE_CONTEXTS.contains(r.lower(i - 1));
        boolean after = i + 1 < r.size() && (EntityWords.LANGUAGE_CONTEXTS.contains(r.lower(i + 1)) || r.token(i + 1).text().equals("."));
        return before && (i + 1 >= r.size() || !r.token(i + 1).isWord()) || after && !(i + 1 < r.size() && r.token(i + 1).text().equals("in"));
    }

    /** Among entries sharing a name, the country: in running text a capital's name stands for its country's government. */
    private static GazetteerEntry choose(List<GazetteerEntry> entries) {
        if (entries.size() == 1) {
            return entries.get(0);
        }
        for (GazetteerEntry e : entries) {
            if ("country".equals(e.kind())) {
                return e;
            }
        }
        return entries.get(0);
    }
}
