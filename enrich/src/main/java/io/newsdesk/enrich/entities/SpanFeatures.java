package io.newsdesk.enrich.entities;

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

    /**
     * Where the features go: a list of their names for training and inspection ({@link #of}), or the model's
     * scores at run time ({@link SpanTypeModel}), which hashes each name from its parts as {@link String#hashCode}
     * would hash the whole, so no name is built. A feature is one string or a prefix and a value (and a suffix).
     */
    interface Sink {
        void add(String feature);

        void add(String prefix, String value);

        void add(String prefix, String value, String suffix);
    }

    private static final String[] LENGTHS = {"len=0", "len=1", "len=2", "len=3", "len=4"};
    private static final String[] INITIAL_LENGTHS = {"initial&len=0", "initial&len=1", "initial&len=2", "initial&len=3"};
    private static final String[] PREV = {"", "prev1=", "prev2="};
    private static final String[] NEXT = {"", "next1=", "next2="};

    /** The features of tokens [from, end) by name, in the order {@link #write} gives them. */
    static List<String> of(Recognition r, int from, int end, String title, EntityType ruleGuess) {
        List<String> f = new ArrayList<>(48);
        write(r, from, end, title, ruleGuess, new Sink() {
            @Override
            public void add(String feature) {
                f.add(feature);
            }

            @Override
            public void add(String prefix, String value) {
                f.add(prefix + value);
            }

            @Override
            public void add(String prefix, String value, String suffix) {
                f.add(prefix + value + suffix);
            }
        });
        return f;
    }

    static void write(Recognition r, int from, int end, String title, EntityType ruleGuess, Sink f) {
        int length = end - from;
        f.add("bias");
        f.add(LENGTHS[Math.min(length, 4)]);
        f.add("rule=", String.valueOf(ruleGuess));
        if (title != null) {
            f.add("title");
            // "Ms", "Coach", "Prime Minister": the title's last word, as some titles are surer of a person than others
            f.add("title=", title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        StringBuilder shapes = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token t = r.token(k);
            String w = r.lower(k);
            String shape = shape(t.text());
            if (k > from) {
                shapes.append(' ');
            }
            shapes.append(shape);
            f.add("w=", w);
            f.add("shape=", shape);
            if (t.isWord()) {
                if (r.text.commonWord(k)) {
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
                    f.add("gaz=", e.type().name(), k == end - 1 ? "@last" : "");
                }
            }
        }
        f.add("shapes=", shapes.toString());
        String first = r.lower(from);
        String last = r.lower(end - 1);
        f.add("first=", first);
        f.add("last=", last);
        f.add("suffix=", suffix(last));
        if (length > 1) {
            f.add("firstSuffix=", suffix(first));
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
            f.add(INITIAL_LENGTHS[Math.min(length, 3)]);
        }
        if (r.capitalizedMidSentence.contains(r.token(from).text())) {
            f.add("seenMidSentence");
        }
        context(r, from, end, f);
        EntityDraft same = null;
        String name = r.slice(from, end);
        for (EntityType type : EntityType.values()) {
            EntityDraft d = r.draftOrNull(type, name);
            if (d != null) {
                f.add("named=", type.name());
                same = d;
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
        NameUsage.features(r, from, end, f);
    }

    private static void context(Recognition r, int from, int end, Sink f) {
        for (int k = 1; k <= CONTEXT_WORDS; k++) {
            f.add(PREV[k], from - k >= 0 ? word(r, from - k) : "<s>");
            f.add(NEXT[k], end + k - 1 < r.size() ? word(r, end + k - 1) : "</s>");
        }
        if (from > 0) {
            String prev = r.lower(from - 1);
            if (EntityWords.SPEECH_VERBS.contains(prev)) {
                f.add("speechBefore");
            }
            if (from > 1 && r.lower(from - 2).equals("the")) {
                f.add("the_X_span");
            }
        }
        if (end < r.size() && EntityWords.SPEECH_VERBS.contains(r.lower(end))) {
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
        String w = r.lower(k);
        return t.isCapitalized() && !r.text.commonWord(k) && !r.stopWordAt(k) ? "<Cap>" : w;
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
