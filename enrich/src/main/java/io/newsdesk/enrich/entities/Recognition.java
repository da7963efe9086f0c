package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity recognition of one text in progress: what every {@link EntityPass} reads and adds to. It holds
 * the entities found so far (drafts with their mentions, titles and aliases, in the order they were first
 * made), which tokens a name has claimed, and what an earlier pass left for a later one (runs that may be
 * acronyms or lone surnames). The token questions the passes ask again and again (is it a name word, does
 * it open a sentence) are answered here once per token.
 */
final class Recognition {
    final AnalyzedText text;
    private final int size;
    /** May be null; only raises salience. */
    final String headline;
    final Gazetteer gazetteer;
    /** Decides what a candidate name that no list knows names. */
    final SpanTyper typer;
    /** Tokens inside a name found already: no later pass reads them as part of another. */
    final boolean[] claimed;
    /** Acronyms defined in the text ("Drug Enforcement Administration (DEA)") and what they stand for. */
    final Map<String, EntityDraft> acronyms = new HashMap<>();
    /** One-token runs of capitals that no rule typed: a later pass may find them to be a surname or a speaker. */
    final List<Integer> pendingSingles = new ArrayList<>();
    /** All-capital one-token runs: acronyms, typed once every definition has been read. */
    final List<Integer> pendingAcronyms = new ArrayList<>();
    /**
     * Where each capitalised word stands in the text, for {@link NameEchoes}: its first position, and for each
     * position the next of the same word (-1 after the last); built when first asked.
     */
    private Map<String, Integer> firstCapitalised;
    private int[] nextCapitalised;
    /** {@link NameEchoes}' contexts of each one-token mention, plus one (0: not worked out yet); made when first asked. */
    private int[] echoContexts;
    /** Sport words in the text ({@link SportContext#matchReport}); -1 until counted. */
    int sportWords = -1;
    /** Capitalised words seen in the middle of a sentence: at a sentence's start, such a word is still a name. */
    final Set<String> capitalizedMidSentence = new HashSet<>();

    /** Stands for a head word two organisations share. */
    private static final EntityDraft AMBIGUOUS = new EntityDraft(EntityType.ORGANIZATION, "");

    private final Map<EntityDraft.Key, EntityDraft> drafts = new LinkedHashMap<>();
    // People by surname, in the order their drafts were made (kept by draft(), the only place drafts are
    // added): a surname lookup for every capitalised token is one hash probe, not a walk over every draft.
    private final Map<String, List<EntityDraft>> peopleBySurname = new HashMap<>();
    /** Organisations by the first word of a longer name ("Brightwell" of "Brightwell Robotics"); null when shared. */
    private final Map<String, EntityDraft> organisationsByHead = new HashMap<>();
    /** EnglishWords.isStopWord of each token, asked once: 0 not yet, 1 no, 2 yes. */
    private final byte[] stopWord;
    /** Whether each token may be in a gazetteer name ({@link Gazetteer#mayBeInName}). */
    private final boolean[] mayBeInName;

    /** A recognition whose candidates the hand-written rules alone type (what the tests of single passes read). */
    Recognition(AnalyzedText text, String headline, Gazetteer gazetteer) {
        this(text, headline, gazetteer, SpanTyper.RULES);
    }

    Recognition(AnalyzedText text, String headline, Gazetteer gazetteer, SpanTyper typer) {
        this.typer = typer;
        this.text = text;
        this.size = text.size();
        this.headline = headline;
        this.gazetteer = gazetteer;
        this.claimed = new boolean[size];
        this.stopWord = new byte[size];
        this.mayBeInName = new boolean[size];
        String body = text.text();
        for (int i = 0; i < size; i++) {
            Token t = text.token(i);
            char first = body.charAt(t.start());
            // as the trie sees the token: a curly apostrophe made straight
            mayBeInName[i] = gazetteer.mayBeInName(first == '\u2019' ? '\'' : first, t.end() - t.start());
            if (text.isCapitalizedWord(i) && !initial(i)) {
                capitalizedMidSentence.add(t.text());
            }
        }
    }

    int size() {
        return size;
    }

    // the analysed text's array, not the list view: every pass asks for tokens by index again and again
    Token token(int i) {
        return text.token(i);
    }

    String slice(int from, int to) {
        return text.slice(from, to);
    }

    boolean mayBeInName(int i) {
        return mayBeInName[i];
    }

    boolean capitalizedWord(int i) {
        return text.isCapitalizedWord(i);
    }

    boolean stopWordAt(int i) {
        if (stopWord[i] == 0) {
            stopWord[i] = EnglishWords.isStopWord(text.token(i).text()) ? (byte) 2 : (byte) 1;
        }
        return stopWord[i] == 2;
    }

    /** A capitalised word, no number, not claimed, and no stop word unless written in capitals ("US", "IT"). */
    boolean nameWord(int i) {
        if (!capitalizedWord(i) || text.isNumber(i) || claimed[i] || compoundPrefix(i) > 0) {
            return false;
        }
        return !(stopWordAt(i) && !text.token(i).isAllCaps());
    }

    /** The length of "Boston" in "Boston-based" or "Kenya-led" (a name made an adjective), else 0. */
    int compoundPrefix(int i) {
        String t = text.token(i).text();
        int dash = t.lastIndexOf('-');
        if (dash <= 0 || !Character.isUpperCase(t.charAt(0))) {
            return 0;
        }
        return EntityWords.COMPOUND_SUFFIXES.contains(t.substring(dash + 1).toLowerCase(java.util.Locale.ROOT)) ? dash : 0;
    }

    /** True at a sentence start or just after an opening quotation mark (or a colon). */
    boolean initial(int i) {
        if (text.sentenceInitial(i)) {
            return true;
        }
        if (i == 0) {
            return true;
        }
        return text.isStraightQuote(i - 1) && (i < 2 || !text.isWord(i - 2)) || text.introducesQuotation(i - 1);
    }

    /** The first position of a capitalised token written as {@code word}, or -1 if none. */
    int firstPositionOf(String word) {
        if (nextCapitalised == null) {
            indexCapitalised();
        }
        Integer first = firstCapitalised.get(word);
        return first == null ? -1 : first;
    }

    /** The next position of a capitalised token written as the one at {@code p} (a position {@link #firstPositionOf} gave), or -1. */
    int nextPositionOf(int p) {
        return nextCapitalised[p];
    }

    // read from the end, so each token's next occurrence is the one the map held, and the map ends with the first ones
    private void indexCapitalised() {
        Map<String, Integer> first = new HashMap<>(size / 4);
        int[] next = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            Token t = text.token(i);
            if (t.isCapitalized()) {
                Integer after = first.put(t.text(), i);
                next[i] = after == null ? -1 : after;
            }
        }
        firstCapitalised = first;
        nextCapitalised = next;
    }

    int[] echoContexts() {
        if (echoContexts == null) {
            echoContexts = new int[size];
        }
        return echoContexts;
    }

    /** {@code token(i).lower()}, worked out once per text. */
    String lower(int i) {
        return text.lower(i);
    }

    void claim(int from, int to) {
        for (int k = from; k < to; k++) {
            claimed[k] = true;
        }
    }

    // ---- drafts --------------------------------------------------------------------------------------

    EntityDraft draft(GazetteerEntry e) {
        EntityDraft d = draft(e.type(), e.canonical());
        if (e.isoCode() != null) {
            d.isoCode = e.isoCode();
        }
        if (d.kind == null) {
            d.kind = e.kind();
        }
        return d;
    }

    /** The draft of this entity, made now if it is new; a leading "the" is not part of a name (but of an organisation's). */
    EntityDraft draft(EntityType type, String canonical) {
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

    /** The one person with this surname; null when nobody has it, or two people share it. */
    EntityDraft personBySurname(String word) {
        List<EntityDraft> people = peopleBySurname.get(word);
        if (people == null || people.size() > 1) {
            return null;
        }
        return people.get(0);
    }

    /** The one organisation whose longer name starts with this word, or null. */
    EntityDraft organisationByHead(String word) {
        EntityDraft d = organisationsByHead.get(word);
        return d == AMBIGUOUS ? null : d;
    }

    boolean anyoneHasASurname() {
        return !peopleBySurname.isEmpty();
    }

    /** Whether an entity of this type and name was found already. */
    boolean hasDraft(EntityType type, String canonical) {
        return drafts.containsKey(new EntityDraft.Key(type, canonical));
    }

    EntityDraft draftOrNull(EntityType type, String canonical) {
        return drafts.get(new EntityDraft.Key(type, canonical));
    }

    /** Moves every mention, title and alias of {@code from} to {@code into}, and drops {@code from}. */
    void merge(EntityDraft from, EntityDraft into) {
        for (Mention m : from.mentions) {
            into.mention(m.getStart(), m.getEnd(), m.getText());
        }
        into.titles.addAll(from.titles);
        for (String alias : from.aliases) {
            if (!alias.equals(into.canonical)) {
                into.aliases.add(alias);
            }
        }
        if (!from.canonical.equals(into.canonical)) {
            into.aliases.add(from.canonical);
        }
        into.inHeadline |= from.inHeadline;
        from.mentions.clear(); // entities() drops drafts without mentions
    }

    /** Every draft so far, in the order they were made. */
    Collection<EntityDraft> drafts() {
        return drafts.values();
    }

    /** The entities found: every draft with at least one mention. */
    Collection<EntityDraft> entities() {
        drafts.values().removeIf(d -> d.mentions.isEmpty());
        return drafts.values();
    }

    // ---- typed mentions --------------------------------------------------------------------------------

    /** Tokens [start, end) name an organisation; an acronym in brackets after it is its alias. */
    void organisation(int start, int end) {
        String name = text.slice(start, end);
        EntityDraft d = draft(EntityType.ORGANIZATION, name);
        d.mention(text.token(start).start(), text.token(end - 1).end(), name);
        claim(start, end);
        acronymDefinition(d, end);
        String head = text.token(start).text();
        if (end - start > 1 && !text.commonWord(start) && !stopWordAt(start) && !EntityWords.ORG_WORDS.contains(head)
                && gazetteer.lookup(head).isEmpty()) {
            organisationsByHead.merge(head, d, (a, b) -> a == b ? a : AMBIGUOUS);
        }
    }

    /** Tokens [start, end) name a person, with the title before the name if any; roles come from appositives. */
    void person(int start, int end, String title) {
        String name = text.slice(start, end);
        EntityDraft d = null;
        if (end - start == 1) {
            d = personBySurname(text.token(start).text());
        }
        if (d == null) {
            // "President Biden": a title and a famous surname is the famous person
            List<GazetteerEntry> known = gazetteer.lookup(name);
            d = known.isEmpty() || known.get(0).type() != EntityType.PERSON ? draft(EntityType.PERSON, name) : draft(known.get(0));
        }
        d.mention(text.token(start).start(), text.token(end - 1).end(), name);
        if (title != null) {
            d.titles.add(title);
        }
        claim(start, end);
        Appositives.roles(this, d, start, end);
    }

    /** "Drug Enforcement Administration (DEA)": the acronym right after a name is an alias of it. */
    void acronymDefinition(EntityDraft d, int end) {
        if (end + 2 < size && text.token(end).text().equals("(") && text.token(end + 1).isAllCaps()
                && text.token(end + 2).text().equals(")")) {
            String acronym = text.token(end + 1).text();
            acronyms.put(acronym, d);
            d.aliases.add(acronym);
            d.mention(text.token(end + 1).start(), text.token(end + 1).end(), acronym);
            claimed[end + 1] = true;
        }
    }
}
