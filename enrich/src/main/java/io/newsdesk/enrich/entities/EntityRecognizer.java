package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of one text. Rules, in order:
 * <ol>
 * <li>a dateline ("NEW YORK, Feb 26 -", "LONDON (AP) -") at the start is a place;</li>
 * <li>gazetteer names (longest match, case-sensitive) - unless the word is a given name starting a
 *     longer capitalised name ("Jordan Smith") or a surname after one ("George Washington");</li>
 * <li>a demonym or country with an institution noun is an organisation ("the Mexican government",
 *     "Mexican drug cartels") and still a mention of the country;</li>
 * <li>runs of capitalised words are people when they carry a title ("Rep.", "President"), start with a
 *     given name, or are followed by a speech verb or an appositive; organisations when they end in an
 *     organisation word ("Department", "Corp."); places when they end in a place word after "in", "at",
 *     "from" ("Harlan County"); a sentence's first word counts only if it also looks like a name;</li>
 * <li>acronyms are organisations, linked to their expansion when the text spells it out
 *     ("Drug Enforcement Administration (DEA)") or the gazetteer knows it;</li>
 * <li>a later surname ("Trone") is the person named in full before; titles and roles are taken from the
 *     words before the name and from appositives ("David Trone, a Maryland Democrat,").</li>
 * </ol>
 * Instances are immutable and thread-safe; each call works on its own state.
 *
 * <p>Cost: the steps that visit every token ask cheap questions first. The gazetteer trie is handed no
 * key for a token no name contains ({@link Gazetteer#mayBeInName}), titles are only looked for where a
 * title can start ({@link Gazetteer#mayStartTitle}), a capitalised token's stop-word test is made once
 * per run rather than once per visit, and surnames are only looked for once someone has one. This took
 * the step from about 115 µs and 60 KB per bench article to about half, with the same entities.
 */
public final class EntityRecognizer {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    /** Nouns before "of" that make a place slot ("the city of Springfield"), looked up ignoring case. */
    private static final CaselessWordSet PLACE_NOUNS = CaselessWordSet.of("city", "town", "village", "county");
    /** Words before a name that make it a place ("in Springfield"); built once, not per call. */
    private static final CaselessWordSet PLACE_SLOT_WORDS = CaselessWordSet.of("in", "near", "outside", "across", "around");

    private static final Set<String> ORG_WORDS = WordList.words("/gazetteer/org-words.txt");
    private static final Set<String> PLACE_WORDS = WordList.words("/gazetteer/place-words.txt");
    // The same lists looked up by a token's text ignoring case, without a lower-case copy per question.
    private static final CaselessWordSet ORG_WORD_SET = CaselessWordSet.of(ORG_WORDS);
    private static final CaselessWordSet PLACE_WORD_SET = CaselessWordSet.of(PLACE_WORDS);
    /** Last words of named things that are not entities: "Paris Agreement", "Australian Open". */
    private static final Set<String> OTHER_NAME_WORDS = Set.of("Agreement", "Accord", "Accords", "Treaty", "Act", "Convention",
            "Protocol", "Award", "Awards", "Prize", "Cup", "Open", "Championship", "Championships", "Games", "Olympics",
            "Festival", "Day", "Week", "Summit", "Doctrine", "Plan", "Bill", "Law", "Amendment", "Series", "Grand Prix");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "da", "dos", "van", "von", "der", "den", "la", "le", "bin", "al", "y", "on");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "explained",
            "noted", "wrote", "writes", "stated", "argued", "argues", "recalled", "warned", "warns", "insisted", "continued",
            "replied", "responded", "testified", "tweeted", "posted", "acknowledged", "admitted", "announced", "declared",
            "confirmed", "agreed", "agrees", "believes", "thinks", "suggested", "cautioned", "predicted", "estimated", "conceded");
    private static final Set<String> INSTITUTION_HEADS = Set.of("government", "governments", "military", "army", "navy",
            "police", "parliament", "cartel", "cartels", "embassy", "ministry", "regime", "coast guard", "armed forces",
            "central bank", "authorities", "security forces", "air force", "congress", "senate", "courts", "officials");
    /** Heads that make an institution; "authorities"/"officials" are groups of people, not organisations. */
    private static final Set<String> NOT_ORG_HEADS = Set.of("authorities", "officials");
    private static final Set<String> HEAD_MODIFIERS = Set.of("drug", "foreign", "federal", "national", "state", "local",
            "interim", "military", "coast", "central", "armed", "security", "air", "crime", "criminal", "new", "ruling");
    private static final Set<String> NON_ORG_ACRONYMS = Set.of("CEO", "CFO", "COO", "CTO", "GDP", "CPI", "TV", "AM", "PM",
            "OK", "ID", "DNA", "AI", "IT", "PR", "HR", "ER", "ICU", "COVID", "HIV", "AIDS", "LGBTQ", "LGBT", "MP", "MPs",
            "EV", "EVs", "US", "UK", "USA", "NYC", "II", "III", "IV", "VIP", "GPS", "PhD", "MD", "RN", "PDF", "SUV", "ATM",
            "IPO", "ETF", "CO2", "UFO", "DIY", "FAQ", "ASAP", "AKA", "RSVP", "USD", "EUR", "GBP", "JPY", "CNY", "MVP",
            "NFT", "LNG", "PPE", "PTSD", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST", "S&P", "ADHD", "IQ", "GOP", "MRI", "ESG", "A", "I", "OPED", "FY", "Q1", "Q2", "Q3", "Q4");
    private static final Set<String> ROLE_NOUNS = Set.of(
            "ambassador", "minister", "president", "secretary", "director", "chief", "head", "leader",
            "spokesman", "spokeswoman", "spokesperson", "official", "officer", "professor", "researcher",
            "analyst", "economist", "scientist", "lawyer", "attorney", "prosecutor", "judge", "senator",
            "representative", "governor", "mayor", "chairman", "chairwoman", "chair", "co-chair", "founder",
            "executive", "CEO", "manager", "coach", "captain", "player", "striker", "author", "editor",
            "reporter", "correspondent", "commissioner", "sheriff", "detective", "doctor", "physician",
            "nurse", "expert", "adviser", "advisor", "aide", "candidate", "member", "owner", "partner",
            "student", "teacher", "principal", "superintendent", "chancellor", "Democrat", "Republican",
            "activist", "lawmaker", "legislator", "diplomat", "envoy", "general", "commander", "meteorologist",
            "forecaster", "epidemiologist", "historian", "curator", "specialist", "strategist", "consultant",
            "investigator", "inspector", "agent", "trooper", "lieutenant", "sergeant", "colonel", "pastor",
            "bishop", "co-founder", "chairperson", "treasurer", "negotiator", "organizer", "organiser",
            "resident", "veteran", "survivor", "mother", "father", "widow", "winner", "champion", "midfielder",
            "defender", "goalkeeper", "forward", "quarterback", "pitcher", "trainer", "CFO", "dean", "fellow",
            "vice", "deputy", "administrator", "councilman", "councilwoman", "councillor", "MP", "ombudsman",
            "mayor-elect", "Conservative", "Labour", "Liberal", "Independent", "pollster", "justice");

    /** Bits of Run.shape. */
    private static final byte WORD = 1;
    private static final byte CAPITALIZED = 2;
    private static final byte NUMBER = 4;
    private static final byte IN_NAME = 8;
    /** The token is a straight double quote; OPENING_MARK: an opening curly quote or a colon. */
    private static final byte STRAIGHT_QUOTE = 16;
    private static final byte OPENING_MARK = 32;

    private final Gazetteer gazetteer;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The entities of {@code text}; {@code headline} (may be null) only raises salience. */
    Collection<EntityDraft> recognize(AnalyzedText text, String headline) {
        return new Run(text).recognize(headline);
    }

    /** The state of one recognition. */
    private final class Run {
        private final AnalyzedText text;
        private final List<Token> tokens;
        private final boolean[] claimed;
        private final Map<EntityDraft.Key, EntityDraft> drafts = new LinkedHashMap<>();
        private final Map<String, EntityDraft> acronyms = new HashMap<>();
        private final List<Integer> pendingSingles = new ArrayList<>();
        private final List<Integer> pendingAcronyms = new ArrayList<>();
        private final Set<String> capitalizedMidSentence = new HashSet<>();
        // People by surname, in the order their drafts were made (kept by draft(), the only place drafts are
        // added): a surname lookup for every capitalised token is one hash probe, not a walk over every draft.
        private final Map<String, List<EntityDraft>> peopleBySurname = new HashMap<>();
        /**
         * EnglishWords.isStopWord of each token, asked once: 0 not yet, 1 no, 2 yes. nameWord() asks it of
         * the same capitalised token up to a dozen times (runs, connectors, starts), and each answer lower-cased a copy.
         */
        private final byte[] stopWord;
        /**
         * What each token's first char says (WORD, CAPITALIZED, NUMBER) and whether it may be in a gazetteer
         * name (IN_NAME), read once here from the text. The later passes over every token (gazetteer,
         * capitalised runs, surnames) ask this array, which stays in the CPU cache, and only follow a
         * token's pointers to its string for the few capitalised words: each pass that touched every
         * token's string cost about 10 µs per article.
         */
        private final byte[] shape;

        Run(AnalyzedText text) {
            this.text = text;
            this.tokens = text.tokens();
            this.claimed = new boolean[tokens.size()];
            this.stopWord = new byte[tokens.size()];
            this.shape = new byte[tokens.size()];
            String body = text.text();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                // a token's text is the body between its offsets: its first char is read from the body
                char first = body.charAt(t.start());
                byte flags = 0;
                if (Character.isLetterOrDigit(first)) {
                    flags |= WORD;
                }
                if (Character.isUpperCase(first)) {
                    flags |= CAPITALIZED;
                }
                if (Character.isDigit(first)) {
                    flags |= NUMBER;
                }
                // as the trie sees the token: a curly apostrophe made straight
                if (gazetteer.mayBeInName(first == '\u2019' ? '\'' : first, t.end() - t.start())) {
                    flags |= IN_NAME;
                }
                if (t.end() - t.start() == 1 && first == '"') {
                    flags |= STRAIGHT_QUOTE;
                } else if (t.end() - t.start() == 1 && (first == '\u201C' || first == ':')) {
                    flags |= OPENING_MARK;
                }
                shape[i] = flags;
                if ((flags & (WORD | CAPITALIZED)) == (WORD | CAPITALIZED) && !initial(i)) {
                    capitalizedMidSentence.add(t.text());
                }
            }
        }

        /** Token.isWord() and Token.isCapitalized() of token i, from the shape array. */
        private boolean capitalizedWord(int i) {
            return (shape[i] & (WORD | CAPITALIZED)) == (WORD | CAPITALIZED);
        }

        Collection<EntityDraft> recognize(String headline) {
            dateline();
            gazetteerNames();
            capitalizedRuns();
            resolveAcronyms();
            resolveSurnames();
            if (headline != null) {
                markHeadline(headline);
            }
            drafts.values().removeIf(d -> d.mentions.isEmpty());
            return drafts.values();
        }

        // ---- 1. dateline --------------------------------------------------------------------------------

        private void dateline() {
            int i = 0;
            while (i < tokens.size() && i < 6 && tokens.get(i).isWord() && tokens.get(i).isAllCaps() && !tokens.get(i).isNumber()) {
                i++;
            }
            if (i == 0 || i >= tokens.size()) {
                return;
            }
            String next = tokens.get(i).text();
            boolean datelineEnd = next.equals(",") || next.equals("(") || next.equals("\u2014") || next.equals("\u2013") || next.equals("-");
            if (!datelineEnd) {
                return;
            }
            String caps = text.slice(0, i);
            String name = titleCase(caps);
            List<GazetteerEntry> entries = gazetteer.lookup(name);
            GazetteerEntry chosen = null;
            for (GazetteerEntry e : entries) {
                // a dateline names a city: prefer the city or district over a country the name also stands for
                if (e.type() == EntityType.PLACE && (chosen == null || !"country".equals(e.kind()) && "country".equals(chosen.kind()))) {
                    chosen = e;
                }
            }
            EntityDraft d = chosen != null ? draft(chosen) : draft(EntityType.PLACE, name);
            d.mention(tokens.get(0).start(), tokens.get(i - 1).end(), caps);
            for (int k = 0; k < i; k++) {
                claimed[k] = true;
            }
        }

        // ---- 2. gazetteer ------------------------------------------------------------------------------

        private void gazetteerNames() {
            PhraseTrie.Result<GazetteerEntry> found = gazetteer.names().findLongest(tokens.size(), this::nameKey);
            for (PhraseTrie.Match<GazetteerEntry> m : found.matches()) {
                int from = m.from();
                int to = m.to();
                if (to - from == 1 && partOfPersonName(from)) {
                    continue;
                }
                if (from < reservedUntil || from >= 2 && tokens.get(from - 1).text().equals("of")
                        && tokens.get(from - 2).isCapitalized() && ORG_WORD_SET.contains(tokens.get(from - 2).text())) {
                    continue; // inside a longer name: "University of Sao Paulo"
                }
                int longer = longerNameEnd(from, to);
                if (longer > to) {
                    reservedUntil = longer;
                    if (m.values().get(0).form() == GazetteerEntry.Form.DEMONYM) {
                        EntityDraft place = draft(m.values().get(0));
                        place.mention(tokens.get(from).start(), tokens.get(to - 1).end(), text.slice(from, to));
                    }
                    continue;
                }
                GazetteerEntry entry = choose(m.values(), from);
                if (entry.type() == EntityType.PERSON && to - from == 1 && to < tokens.size() && nameWord(to)) {
                    continue; // "Trump Tower", "Francis Scott" - not the famous person
                }
                EntityDraft d = draft(entry);
                d.mention(tokens.get(from).start(), tokens.get(to - 1).end(), text.slice(from, to));
                for (int k = from; k < to; k++) {
                    claimed[k] = true;
                }
                if (entry.type() == EntityType.PERSON) {
                    String title = titleBefore(from);
                    if (title != null) {
                        d.titles.add(title);
                    }
                    roles(d, from, to);
                }
                if (entry.type() == EntityType.PLACE) {
                    institution(entry, from, to);
                }
                if (entry.type() == EntityType.ORGANIZATION) {
                    acronymDefinition(d, to);
                }
            }
        }

        private int reservedUntil;

        /** The trie key of token i, or null when it is claimed or can be in no name (so no walk goes on through it). */
        private String nameKey(int i) {
            if (claimed[i] || (shape[i] & IN_NAME) == 0) {
                return null;
            }
            return tokens.get(i).text().replace('\u2019', '\'');
        }

        private boolean stopWordAt(int i) {
            if (stopWord[i] == 0) {
                stopWord[i] = EnglishWords.isStopWord(tokens.get(i).text()) ? (byte) 2 : (byte) 1;
            }
            return stopWord[i] == 2;
        }

        /**
         * "Portland Police Bureau", "Homeland Security Investigations", "University of Sao Paulo", "East
         * Palestine": a known name inside a longer capitalised name is not a mention of its own. Returns the
         * end of the longer name, or {@code to} if there is none.
         */
        private int longerNameEnd(int from, int to) {
            int j = to;
            while (j < tokens.size() && (nameWord(j) || connectorRun(j) > j)) {
                j = connectorRun(j) > j ? connectorRun(j) + 1 : j + 1;
            }
            if (j > to && (ORG_WORD_SET.contains(tokens.get(j - 1).text()) || OTHER_NAME_WORDS.contains(tokens.get(j - 1).text())
                    || orgOfRun(from, j))) {
                return j;
            }
            return to;
        }

        /** A one-word gazetteer hit that is really part of a person's name: "Jordan Smith", "George Washington". */
        private boolean partOfPersonName(int i) {
            Token t = tokens.get(i);
            if (gazetteer.isFirstName(t.text()) && i + 1 < tokens.size() && nameWord(i + 1) && !claimedByLongerName(i + 1)) {
                return true;
            }
            return i > 0 && gazetteer.isFirstName(tokens.get(i - 1).text()) && tokens.get(i - 1).isCapitalized()
                    && !EnglishWords.isStopWord(tokens.get(i - 1).text());
        }

        private boolean claimedByLongerName(int i) {
            return !gazetteer.lookup(tokens.get(i).text()).isEmpty();
        }

        /** Among entries sharing a name, the one matching the story's context. */
        private GazetteerEntry choose(List<GazetteerEntry> entries, int at) {
            if (entries.size() == 1) {
                return entries.get(0);
            }
            for (GazetteerEntry e : entries) {
                if ("country".equals(e.kind())) {
                    return e; // in running text a capital's name stands for its country's government
                }
            }
            return entries.get(0);
        }

        /** "the Mexican government", "Mexican drug cartels", "the U.S. military": an organisation. */
        private void institution(GazetteerEntry place, int from, int to) {
            if (!"country".equals(place.kind())) {
                return;
            }
            int j = to;
            int modifiers = 0;
            while (j < tokens.size() && modifiers <= 2) {
                String w = tokens.get(j).lower();
                if (INSTITUTION_HEADS.contains(w) && !Character.isUpperCase(tokens.get(j).text().charAt(0))) {
                    if (NOT_ORG_HEADS.contains(w)) {
                        return;
                    }
                    String name = text.slice(from, j + 1);
                    EntityDraft org = draft(EntityType.ORGANIZATION, name);
                    org.kind = "government";
                    org.mention(tokens.get(from).start(), tokens.get(j).end(), name);
                    return;
                }
                if (!HEAD_MODIFIERS.contains(w)) {
                    return;
                }
                modifiers++;
                j++;
            }
        }

        // ---- 3. capitalised runs -----------------------------------------------------------------------

        private void capitalizedRuns() {
            int i = 0;
            while (i < tokens.size()) {
                if (!startsName(i)) {
                    i++;
                    continue;
                }
                int end = runEnd(i);
                classify(i, end);
                i = Math.max(end, i + 1);
            }
        }

        private boolean nameWord(int i) {
            if (!capitalizedWord(i) || (shape[i] & NUMBER) != 0 || claimed[i]) {
                return false;
            }
            Token t = tokens.get(i);
            return !(stopWordAt(i) && !t.isAllCaps());
        }

        private boolean startsName(int i) {
            if (!nameWord(i)) {
                return false;
            }
            Token t = tokens.get(i);
            if (!initial(i)) {
                return true;
            }
            if (EnglishWords.isCommon(t.text()) && !gazetteer.isFirstName(t.text())) {
                return false;
            }
            return gazetteer.isFirstName(t.text()) || titleAt(i) > i || t.isAllCaps()
                    || capitalizedMidSentence.contains(t.text())
                    || (i + 1 < tokens.size() && nameWord(i + 1));
        }

        /** True at a sentence start or just after an opening quotation mark. */
        private boolean initial(int i) {
            if (text.sentenceInitial(i)) {
                return true;
            }
            if (i == 0) {
                return true;
            }
            // the previous token's text is " or “ or : (from the shape array: no string to load)
            byte prev = shape[i - 1];
            return (prev & STRAIGHT_QUOTE) != 0 && (i < 2 || (shape[i - 2] & WORD) == 0) || (prev & OPENING_MARK) != 0;
        }

        private int runEnd(int from) {
            int j = from + 1;
            while (j < tokens.size()) {
                if (nameWord(j) && !tokens.get(j).text().endsWith(".") || nameWord(j) && isInitialOrAbbrev(j)) {
                    j++;
                } else if (connectorRun(j) > j) {
                    j = connectorRun(j) + 1;
                } else if (j + 1 < tokens.size() && tokens.get(j).text().equals("and") && nameWord(j + 1)
                        && (endsInOrgWord(j + 1) || orgOfRun(from, j))) {
                    j += 2;
                } else {
                    break;
                }
            }
            return j;
        }

        /** "de la" in "Juan Ramon de la Fuente": index of the name word after the connectors, or j. */
        private int connectorRun(int j) {
            int k = j;
            while (k < tokens.size() && !claimed[k] && k - j < 3
                    && (CONNECTORS.contains(tokens.get(k).text()) || tokens.get(k).text().equals("&"))) {
                k++;
            }
            return k > j && k < tokens.size() && nameWord(k) ? k : j;
        }

        private boolean isInitialOrAbbrev(int j) {
            String t = tokens.get(j).text();
            return t.length() <= 4 || ORG_WORD_SET.contains(t);
        }

        private boolean endsInOrgWord(int from) {
            int j = from;
            while (j < tokens.size() && nameWord(j)) {
                j++;
            }
            return ORG_WORD_SET.contains(tokens.get(j - 1).text());
        }

        private void classify(int from, int end) {
            // a title inside the run splits it: "Acme CEO Jane Roe" is an organisation and a person
            for (int k = from + 1; k < end; k++) {
                int titleEnd = titleAt(k);
                if (titleEnd > k && titleEnd < end) {
                    classify(from, k);
                    classify(k, end);
                    return;
                }
            }
            int start = from;
            String title = null;
            int titleEnd;
            while (start < end && (titleEnd = titleAt(start)) > start) {
                String t = text.slice(start, titleEnd);
                title = title == null ? t : title + " " + t;
                start = titleEnd;
            }
            // "Chief Executive Lauren Bishop": role words right before a given name are a title
            for (int k = start + 1; k < end - 1; k++) {
                if (gazetteer.isFirstName(tokens.get(k).text()) && ROLE_NOUNS.contains(tokens.get(k - 1).lower())) {
                    int r = k - 1;
                    while (r - 1 >= start && ROLE_NOUNS.contains(tokens.get(r - 1).lower())) {
                        r--;
                    }
                    if (r > start) {
                        classify(start, r);
                    }
                    title = title == null ? text.slice(r, k) : title + " " + text.slice(r, k);
                    start = k;
                    break;
                }
            }
            if (title != null && from > 0 && isTitleModifier(tokens.get(from - 1).lower())) {
                title = tokens.get(from - 1).text() + " " + title;
            }
            if (start >= end) {
                return;
            }
            int last = end - 1;
            String lastWord = tokens.get(last).text();
            int length = end - start;
            if (length == 1 && tokens.get(start).isAllCaps() && title == null) {
                pendingAcronyms.add(start);
                return;
            }
            if (ORG_WORD_SET.contains(lastWord) || length > 1 && orgOfRun(start, end)) {
                if (title == null || length > 2) {
                    organisation(start, end);
                    return;
                }
            }
            boolean person = title != null
                    || length >= 2 && gazetteer.isFirstName(tokens.get(start).text()) && !tokens.get(last).isAllCaps()
                    || length >= 2 && length <= 3 && personContext(start, end);
            if (person) {
                person(start, end, title);
                return;
            }
            if (length >= 2 && PLACE_WORD_SET.contains(lastWord) && placeContext(start)) {
                EntityDraft d = draft(EntityType.PLACE, text.slice(start, end));
                d.mention(tokens.get(start).start(), tokens.get(last).end(), text.slice(start, end));
                claim(start, end);
                return;
            }
            if (placeBySyntax(start, end)) {
                return;
            }
            if (length == 1) {
                pendingSingles.add(start);
            }
        }

        /** "in Springfield", "near Otay Mesa", "Mobile, Alabama": a name in a place slot is a place. */
        private boolean placeBySyntax(int start, int end) {
            boolean slot = start > 0 && PLACE_SLOT_WORDS.contains(tokens.get(start - 1).text()) && !initial(start)
                    || start >= 2 && PLACE_NOUNS.contains(tokens.get(start - 2).text()) && tokens.get(start - 1).lower().equals("of");
            String state = null;
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
                List<GazetteerEntry> next = gazetteer.lookup(tokens.get(end + 1).text());
                for (GazetteerEntry e : next) {
                    if (e.type() == EntityType.PLACE && !"city".equals(e.kind())) {
                        state = e.isoCode();
                    }
                }
            }
            if (!slot && state == null) {
                return false;
            }
            for (int k = start; k < end; k++) {
                if (gazetteer.isFirstName(tokens.get(k).text()) && end - start > 1 || MONTHS.contains(tokens.get(k).lower())) {
                    return false;
                }
            }
            String name = text.slice(start, end);
            EntityDraft d = draft(EntityType.PLACE, name);
            if (d.isoCode == null && state != null) {
                d.isoCode = state;
            }
            d.mention(tokens.get(start).start(), tokens.get(end - 1).end(), name);
            claim(start, end);
            return true;
        }

        /** "University of Sao Paulo", "Kansas Department of Health": an organisation word followed by "of". */
        private boolean orgOfRun(int start, int end) {
            for (int k = start; k + 1 < end; k++) {
                if (ORG_WORD_SET.contains(tokens.get(k).text()) && tokens.get(k + 1).text().equals("of")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isTitleModifier(String w) {
            return w.equals("former") || w.equals("acting") || w.equals("interim") || w.equals("then-") || w.equals("late")
                    || w.equals("deputy") || w.equals("retired");
        }

        private boolean personContext(int start, int end) {
            if (end < tokens.size() && SPEECH_VERBS.contains(tokens.get(end).lower())) {
                return true;
            }
            if (start > 0 && SPEECH_VERBS.contains(tokens.get(start - 1).lower())) {
                return true;
            }
            if (start >= 2 && isCloseQuote(tokens.get(start - 1).text()) && tokens.get(start - 2).text().equals(",")) {
                return true; // '..." Kaja Kallas, the ... said': the attribution slot of a quotation
            }
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
                for (int k = end + 1; k < Math.min(tokens.size(), end + 8) && !tokens.get(k).text().equals(","); k++) {
                    if (ROLE_NOUNS.contains(tokens.get(k).lower()) && !tokens.get(k).isCapitalized()) {
                        return true;
                    }
                }
            }
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
                String w = tokens.get(end + 1).lower();
                if (w.equals("a") || w.equals("an") || w.equals("who") || isSmallNumber(w)) {
                    return true;
                }
                if (end + 2 < tokens.size() && (w.equals("the") || w.equals("its")) && ROLE_NOUNS.contains(tokens.get(end + 2).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isCloseQuote(String t) {
            return t.equals("\"") || t.equals("\u201D");
        }

        private boolean placeContext(int start) {
            if (start == 0) {
                return false;
            }
            String w = tokens.get(start - 1).lower();
            return w.equals("in") || w.equals("at") || w.equals("from") || w.equals("near") || w.equals("to")
                    || w.equals("across") || w.equals("outside") || w.equals("through") || w.equals("the");
        }

        private void organisation(int start, int end) {
            int s = start;
            String name = text.slice(s, end);
            EntityDraft d = draft(EntityType.ORGANIZATION, name);
            d.mention(tokens.get(s).start(), tokens.get(end - 1).end(), name);
            claim(s, end);
            acronymDefinition(d, end);
        }

        private void person(int start, int end, String title) {
            String name = text.slice(start, end);
            EntityDraft d = null;
            if (end - start == 1) {
                d = personBySurname(tokens.get(start).text());
            }
            if (d == null) {
                // "President Biden": a title and a famous surname is the famous person
                List<GazetteerEntry> known = gazetteer.lookup(name);
                d = known.isEmpty() || known.get(0).type() != EntityType.PERSON ? draft(EntityType.PERSON, name) : draft(known.get(0));
            }
            d.mention(tokens.get(start).start(), tokens.get(end - 1).end(), name);
            if (title != null) {
                d.titles.add(title);
            }
            claim(start, end);
            roles(d, start, end);
        }

        private void claim(int from, int to) {
            for (int k = from; k < to; k++) {
                claimed[k] = true;
            }
        }

        /** End of a person title starting at i ("Rep.", "Prime Minister"), or i if none. */
        private int titleAt(int i) {
            if (!gazetteer.mayStartTitle(tokens.get(i).text())) {
                return i; // no title starts with this word: the trie would find nothing
            }
            PhraseTrie.Result<String> r = gazetteer.titles().findLongest(Math.min(tokens.size() - i, 4), k -> tokens.get(i + k).text());
            if (!r.matches().isEmpty() && r.matches().get(0).from() == 0) {
                int end = i + r.matches().get(0).to();
                // a title only counts when a name follows it
                if (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized() && !claimedNonPerson(end)) {
                    return end;
                }
            }
            return i;
        }

        private boolean claimedNonPerson(int i) {
            return claimed[i];
        }

        private String titleBefore(int nameStart) {
            for (int len = 4; len >= 1; len--) {
                int s = nameStart - len;
                if (s < 0) {
                    continue;
                }
                int e = s;
                if (!gazetteer.mayStartTitle(tokens.get(s).text())) {
                    continue; // no title starts with this word: the trie would find nothing
                }
                PhraseTrie.Result<String> r = gazetteer.titles().findLongest(len, k -> tokens.get(s + k).text());
                if (!r.matches().isEmpty() && r.matches().get(0).from() == 0 && r.matches().get(0).to() == len) {
                    String title = text.slice(s, nameStart);
                    if (s > 0 && isTitleModifier(tokens.get(s - 1).lower())) {
                        title = tokens.get(s - 1).text() + " " + title;
                    }
                    return e >= 0 ? title : null;
                }
            }
            return null;
        }

        // ---- roles -------------------------------------------------------------------------------------

        /** Appositive roles: "X, a Maryland Democrat who ..." and "Mexico's former ambassador ..., X,". */
        private void roles(EntityDraft d, int start, int end) {
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
                int k = end + 1;
                int stop = k;
                while (stop < tokens.size() && stop - k < 14) {
                    String w = tokens.get(stop).text();
                    if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\u2014") || w.equals("(") || w.equals("\"")
                            || w.equals("\u201C") || w.equals("\u201D") || w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which")
                            || w.equalsIgnoreCase("that") || SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    stop++;
                }
                if (stop > k && rolePhrase(k, stop, true)) {
                    d.titles.add(text.slice(k, stop));
                }
            }
            if (start >= 2 && tokens.get(start - 1).text().equals(",")) {
                int stop = start - 1;
                int k = stop;
                while (k - 1 >= 0 && stop - k < 12) {
                    String w = tokens.get(k - 1).text();
                    if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")
                            || w.equals(":") || SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    k--;
                }
                while (k < stop && (tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("but"))) {
                    k++;
                }
                if (k < stop && text.sentenceOf(k) == text.sentenceOf(start) && rolePhrase(k, stop, false)) {
                    d.titles.add(text.slice(k, stop));
                }
            }
        }

        /** A role phrase names a role ("ambassador", "Democrat") and has no verb-like word in it. */
        private boolean rolePhrase(int from, int to, boolean after) {
            boolean role = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                String w = t.lower();
                // the last test is the word without a final "s" (was the expression s$ replaced by nothing)
                if (ROLE_NOUNS.contains(t.text()) || ROLE_NOUNS.contains(w) || ROLE_NOUNS.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                    role = true;
                }
                if (t.isNumber() && !(after && k == from)) {
                    return false;
                }
                if (!t.isCapitalized() && w.endsWith("ed") && !w.equals("retired") && !w.equals("elected") || EnglishWords.isStopWord(w) && (w.equals("is") || w.equals("was")
                        || w.equals("has") || w.equals("had") || w.equals("will"))) {
                    return false;
                }
            }
            if (!role) {
                return false;
            }
            String first = tokens.get(from).lower();
            if (after) {
                return first.equals("a") || first.equals("an") || first.equals("the") || first.equals("its") || first.equals("his")
                        || first.equals("her") || first.equals("former") || Character.isUpperCase(tokens.get(from).text().charAt(0))
                        || ROLE_NOUNS.contains(first) || tokens.get(from).isNumber();
            }
            return true;
        }

        // ---- acronyms and surnames ------------------------------------------------------------------------

        /** "Drug Enforcement Administration (DEA)": the acronym is an alias of the organisation before it. */
        private void acronymDefinition(EntityDraft d, int end) {
            if (end + 2 < tokens.size() && tokens.get(end).text().equals("(") && tokens.get(end + 1).isAllCaps()
                    && tokens.get(end + 2).text().equals(")")) {
                String acronym = tokens.get(end + 1).text();
                acronyms.put(acronym, d);
                d.aliases.add(acronym);
                d.mention(tokens.get(end + 1).start(), tokens.get(end + 1).end(), acronym);
                claimed[end + 1] = true;
            }
        }

        private void resolveAcronyms() {
            for (int i : pendingAcronyms) {
                if (claimed[i]) {
                    continue;
                }
                String a = tokens.get(i).text();
                EntityDraft d = acronyms.get(a);
                if (d == null) {
                    if (NON_ORG_ACRONYMS.contains(a) || a.length() > 6 || a.length() < 2) {
                        continue;
                    }
                    d = draft(EntityType.ORGANIZATION, a);
                }
                d.mention(tokens.get(i).start(), tokens.get(i).end(), a);
                claimed[i] = true;
            }
        }

        private EntityDraft personBySurname(String word) {
            List<EntityDraft> people = peopleBySurname.get(word);
            if (people == null || people.size() > 1) {
                return null; // nobody, or two people share the surname: leave it unresolved
            }
            return people.get(0);
        }

        private void resolveSurnames() {
            // nobody with a surname, no token resolves to one: skip the walk over every token
            for (int i = 0; i < tokens.size() && !peopleBySurname.isEmpty(); i++) {
                if (claimed[i] || !capitalizedWord(i)) {
                    continue;
                }
                Token t = tokens.get(i);
                EntityDraft d = personBySurname(t.text());
                if (d != null && !t.isAllCaps()) {
                    d.mention(t.start(), t.end(), t.text());
                    claimed[i] = true;
                    String title = titleBefore(i);
                    if (title != null) {
                        d.titles.add(title);
                    }
                }
            }
            // a lone capitalised word that speaks ("Okafor said") is a person even without a first name
            for (int i : pendingSingles) {
                if (claimed[i]) {
                    continue;
                }
                boolean speaks = i + 1 < tokens.size() && SPEECH_VERBS.contains(tokens.get(i + 1).lower())
                        || i > 0 && SPEECH_VERBS.contains(tokens.get(i - 1).lower()) && (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord());
                if (speaks && !EnglishWords.isCommon(tokens.get(i).text()) && !EnglishWords.isStopWord(tokens.get(i).text())) {
                    EntityDraft d = draft(EntityType.PERSON, tokens.get(i).text());
                    d.mention(tokens.get(i).start(), tokens.get(i).end(), tokens.get(i).text());
                    claimed[i] = true;
                }
            }
        }

        private void markHeadline(String headline) {
            for (EntityDraft d : drafts.values()) {
                for (String form : allForms(d)) {
                    if (form.length() > 2 && containsWord(headline, form)) {
                        d.inHeadline = true;
                        break;
                    }
                }
            }
        }

        private List<String> allForms(EntityDraft d) {
            List<String> forms = new ArrayList<>(d.aliases);
            forms.add(d.canonical);
            return forms;
        }

        // ---- drafts ------------------------------------------------------------------------------------------

        private EntityDraft draft(GazetteerEntry e) {
            EntityDraft d = draft(e.type(), e.canonical());
            if (e.isoCode() != null) {
                d.isoCode = e.isoCode();
            }
            if (d.kind == null) {
                d.kind = e.kind();
            }
            return d;
        }

        private EntityDraft draft(EntityType type, String canonical) {
            String name = canonical.startsWith("the ") || canonical.startsWith("The ") && type != EntityType.ORGANIZATION
                    ? canonical.substring(4) : canonical;
            return drafts.computeIfAbsent(new EntityDraft.Key(type, name), k -> {
                EntityDraft d = new EntityDraft(type, name);
                if (type == EntityType.PERSON && d.surname() != null) {
                    peopleBySurname.computeIfAbsent(d.surname(), s -> new ArrayList<>(1)).add(d);
                }
                return d;
            });
        }
    }

    /** One to three ASCII digits (was the expression \\d{1,3}). */
    static boolean isSmallNumber(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < '0' || w.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean containsWord(String haystack, String word) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean right = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }

    static String titleCase(String caps) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : caps.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
