package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the {@link SpanTypeModel} reads of a candidate name: its words, their shapes and endings, what the
 * gazetteer and word lists say of them, the words around it, where it stands in its sentence, the rules'
 * guess and what the text already called the same name. Plain strings, so a feature is readable in the
 * trained model and a new one is one line here.
 */
final class SpanFeatures {
    private static final int CONTEXT_WORDS = 2;

    private SpanFeatures() {
    }

    static List<String> of(Recognition r, int from, int end, String title, EntityType ruleGuess) {
        List<String> f = new ArrayList<>(48);
        int length = end - from;
        f.add("bias");
        f.add("len=" + Math.min(length, 4));
        f.add("rule=" + ruleGuess);
        if (title != null) {
            f.add("title");
            // "Ms", "Coach", "Prime Minister": the title's last word, as some titles are surer of a person than others
            f.add("title=" + title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        StringBuilder shapes = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token t = r.token(k);
            String w = t.lower();
            String shape = shape(t.text());
            shapes.append(shape).append(' ');
            f.add("w=" + w);
            f.add("shape=" + shape);
            if (t.isWord()) {
                if (EnglishWords.isCommon(w)) {
                    f.add("common");
                }
                if (r.gazetteer.isFirstName(t.text())) {
                    f.add(k == from ? "givenFirst" : "givenInside");
                }
                if (Appositives.isRoleNoun(w)) {
                    f.add("roleNoun");
                }
                if (EntityWords.MONTHS_AND_WEEKDAYS.contains(w)
                        || EntityWords.DATE_ABBREVIATIONS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
                    f.add("month");
                }
                // "Jordan Pike": a given name that is also a country's says nothing of the place
                boolean givenNameFirst = k == from && length > 1 && r.gazetteer.isFirstName(t.text());
                for (GazetteerEntry e : givenNameFirst ? List.<GazetteerEntry>of() : r.gazetteer.lookup(t.text())) {
                    f.add("gaz=" + e.type() + (k == end - 1 ? "@last" : ""));
                }
            }
        }
        f.add("shapes=" + shapes.toString().trim());
        String first = r.token(from).lower();
        String last = r.token(end - 1).lower();
        f.add("first=" + first);
        f.add("last=" + last);
        f.add("suffix=" + suffix(last));
        if (length > 1) {
            f.add("firstSuffix=" + suffix(first));
        }
        if (EntityWords.ORG_WORDS.contains(r.token(end - 1).text())) {
            f.add("orgWordLast");
        }
        if (length > 1 && EntityWords.ORG_FIRST_WORDS.contains(r.token(from).text())) {
            f.add("orgWordFirst");
        }
        if (length > 1 && EntityWords.PLACE_FIRST_WORDS.contains(r.token(from).text())) {
            f.add("placeWordFirst");
        }
        if (EntityWords.PLACE_WORDS.contains(r.token(end - 1).text())) {
            f.add("placeWordLast");
        }
        if (r.initial(from)) {
            f.add("initial");
            f.add("initial&len=" + Math.min(length, 3));
        }
        if (r.capitalizedMidSentence.contains(r.token(from).text())) {
            f.add("seenMidSentence");
        }
        context(r, from, end, f);
        EntityDraft same = null;
        for (EntityType type : EntityType.values()) {
            if (r.hasDraft(type, r.slice(from, end))) {
                f.add("named=" + type);
                same = r.draftOrNull(type, r.slice(from, end));
            }
        }
        if (same == null && length == 1 && r.personBySurname(r.token(from).text()) != null) {
            f.add("surname");
        }
        if (SportContext.teamSlot(r, from, end)) {
            f.add("teamSlot");
        }
        if (SportContext.matchReport(r)) {
            f.add("matchReport");
            if (SportContext.sportWordNear(r, from, end, 3)) {
                f.add("sportWordNear");
            }
        }
        NameEchoes.features(r, from, end, f);
        return f;
    }

    private static void context(Recognition r, int from, int end, List<String> f) {
        for (int k = 1; k <= CONTEXT_WORDS; k++) {
            f.add("prev" + k + "=" + (from - k >= 0 ? word(r, from - k) : "<s>"));
            f.add("next" + k + "=" + (end + k - 1 < r.size() ? word(r, end + k - 1) : "</s>"));
        }
        if (from > 0) {
            String prev = r.token(from - 1).lower();
            if (EntityWords.SPEECH_VERBS.contains(prev)) {
                f.add("speechBefore");
            }
            if (from > 1 && r.token(from - 2).lower().equals("the")) {
                f.add("the_X_span");
            }
        }
        if (end < r.size() && EntityWords.SPEECH_VERBS.contains(r.token(end).lower())) {
            f.add("speechAfter");
        }
        if (end < r.size() && r.token(end).text().equals("'s")) {
            f.add("possessive");
        }
        if (RunTypes.personContext(r, from, end)) {
            f.add("personContext");
        }
        if (RunTypes.stateAfter(r, end) != null) {
            f.add("commaState");
        }
    }

    /** A token as context: lower case for words, the mark itself for punctuation, "<num>" for numbers. */
    private static String word(Recognition r, int k) {
        Token t = r.token(k);
        if (t.isNumber()) {
            return "<num>";
        }
        String w = t.lower();
        return t.isCapitalized() && !EnglishWords.isCommon(w) && !r.stopWordAt(k) ? "<Cap>" : w;
    }

    /** "Xx", "XX", "Xx-Xx", "X.": letters as X or x (runs collapsed), digits as d, other marks as themselves. */
    static String shape(String token) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != prev) {
                sb.append(s);
            }
            prev = s;
        }
        return sb.toString();
    }

    private static String suffix(String lowerWord) {
        String plain = lowerWord.toLowerCase(Locale.ROOT);
        return plain.length() <= 3 ? plain : plain.substring(plain.length() - 3);
    }
}
