package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.Tokenizer;
import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name lists the entity, quote and source enrichers share, compiled once into case-sensitive
 * {@link PhraseTrie}s (so lookups cost the same with ten names or ten thousand): countries with ISO
 * 3166-1 codes and demonyms, US states and other countries' first-level subdivisions with ISO 3166-2 codes,
 * continents and world regions, major cities, organisations with acronyms
 * (news outlets marked), well-known people with the surname they go by, person titles and given names.
 * A leading "The" is not part of a key: "The Washington Post" and "the Washington Post" both match.
 */
public final class Gazetteer {

    private static final Gazetteer STANDARD = new Gazetteer();

    private final PhraseTrie<GazetteerEntry> names = new PhraseTrie<>();
    private final PhraseTrie<String> titles = new PhraseTrie<>();
    private final Set<String> firstNames;
    /**
     * One bit per (first char, length) of every token of every name key. A text token whose bit is clear is
     * in no name, so the recognizer hands the trie no key for it: most tokens of a text are lower-case
     * words that no name contains, and this test is cheaper than the trie's hash lookup that fails.
     */
    private final long[] nameTokenShapes = new long[256];
    /** The first tokens of the title keys: a title can only start at one of them. */
    private final Set<String> titleFirstTokens = new HashSet<>();

    private Gazetteer() {
        for (String line : WordList.lines("/gazetteer/countries.txt")) {
            String[] f = fields(line, 4);
            add(f[1], new GazetteerEntry(EntityType.PLACE, f[1], f[0], "country", GazetteerEntry.Form.CANONICAL));
            for (String alias : list(f[2])) {
                add(alias, new GazetteerEntry(EntityType.PLACE, f[1], f[0], "country", GazetteerEntry.Form.ALIAS));
            }
            for (String demonym : list(f[3])) {
                add(demonym, new GazetteerEntry(EntityType.PLACE, f[1], f[0], "country", GazetteerEntry.Form.DEMONYM));
            }
        }
        for (String line : concat(WordList.lines("/gazetteer/us-states.txt"), WordList.lines("/gazetteer/subdivisions.txt"))) {
            String[] f = fields(line, 4);
            String canonical = f[1].replaceAll("\\s*\\(.*\\)", "");
            // "Georgia (U.S. state)" shares its name with the country: only its abbreviation is a key
            if (canonical.equals(f[1])) {
                add(canonical, new GazetteerEntry(EntityType.PLACE, canonical, f[0], "state", GazetteerEntry.Form.CANONICAL));
            }
            for (String alias : list(f[2])) {
                add(alias, new GazetteerEntry(EntityType.PLACE, canonical, f[0], "state", GazetteerEntry.Form.ALIAS));
            }
            for (String demonym : list(f[3])) {
                add(demonym, new GazetteerEntry(EntityType.PLACE, canonical, f[0], "state", GazetteerEntry.Form.DEMONYM));
            }
        }
        for (String line : WordList.lines("/gazetteer/regions.txt")) {
            String[] f = fields(line, 3);
            add(f[0], new GazetteerEntry(EntityType.PLACE, f[0], null, "region", GazetteerEntry.Form.CANONICAL));
            for (String alias : list(f[1])) {
                add(alias, new GazetteerEntry(EntityType.PLACE, f[0], null, "region", GazetteerEntry.Form.ALIAS));
            }
            for (String adjective : list(f[2])) {
                add(adjective, new GazetteerEntry(EntityType.PLACE, f[0], null, "region", GazetteerEntry.Form.DEMONYM));
            }
        }
        for (String line : WordList.lines("/gazetteer/cities.txt")) {
            String[] f = fields(line, 3);
            add(f[0], new GazetteerEntry(EntityType.PLACE, f[0], f[1], "city", GazetteerEntry.Form.CANONICAL));
            for (String alias : list(f[2])) {
                add(alias, new GazetteerEntry(EntityType.PLACE, f[0], f[1], "city", GazetteerEntry.Form.ALIAS));
            }
        }
        for (String line : WordList.lines("/gazetteer/organizations.txt")) {
            String[] f = fields(line, 3);
            GazetteerEntry canonical = new GazetteerEntry(EntityType.ORGANIZATION, f[0], null, f[2], GazetteerEntry.Form.CANONICAL);
            add(f[0], canonical);
            for (String alias : list(f[1])) {
                add(alias, new GazetteerEntry(EntityType.ORGANIZATION, f[0], null, f[2], GazetteerEntry.Form.ALIAS));
            }
        }
        for (String line : WordList.lines("/gazetteer/people.txt")) {
            String[] f = fields(line, 3);
            String title = f[2].isBlank() ? null : f[2];
            add(f[0], new GazetteerEntry(EntityType.PERSON, f[0], null, title, GazetteerEntry.Form.CANONICAL));
            for (String alias : list(f[1])) {
                add(alias, new GazetteerEntry(EntityType.PERSON, f[0], null, title, GazetteerEntry.Form.ALIAS));
            }
        }
        for (String title : WordList.lines("/gazetteer/person-titles.txt")) {
            addTitle(keys(title), title);
            String lower = title.toLowerCase(Locale.ROOT);
            if (!lower.equals(title)) {
                addTitle(keys(lower), lower); // "former president Obama", "police chief Ann Ray"
            }
        }
        Set<String> given = new HashSet<>();
        for (String line : WordList.lines("/gazetteer/first-names.txt")) {
            Collections.addAll(given, line.split("\\s+"));
        }
        this.firstNames = Collections.unmodifiableSet(given);
    }

    /** The gazetteers shipped in the jar, loaded once. Immutable, shared by all threads. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    public PhraseTrie<GazetteerEntry> names() {
        return names;
    }

    public PhraseTrie<String> titles() {
        return titles;
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /**
     * False when no name key has a token with this first char and length, so the token is in no name;
     * true does not mean it is in one. {@code first} is as the trie sees it (’ made ').
     */
    public boolean mayBeInName(char first, int length) {
        return (nameTokenShapes[Math.min(first, 255)] & (1L << Math.min(length, 63))) != 0;
    }

    /** False when no title starts with this token (as the trie sees it), so no title starts there. */
    public boolean mayStartTitle(String token) {
        return titleFirstTokens.contains(token);
    }

    private static int shapeRow(String token) {
        return Math.min(token.charAt(0), 255);
    }

    private static long shapeBit(String token) {
        return 1L << Math.min(token.length(), 63);
    }

    /** The entries a phrase names exactly, e.g. "DEA" or "Mexico City"; empty if none. */
    public List<GazetteerEntry> lookup(String phrase) {
        List<String> key = plainWords(phrase);
        if (key == null) {
            key = keys(phrase);
        }
        PhraseTrie.Result<GazetteerEntry> r = names.findLongest(key.size(), key::get);
        if (r.matches().size() == 1 && r.matches().get(0).from() == 0 && r.matches().get(0).to() == key.size()) {
            return r.matches().get(0).values();
        }
        return List.of();
    }

    private void add(String name, GazetteerEntry entry) {
        List<String> key = keys(name);
        if (key.size() > 1 && key.get(0).equalsIgnoreCase("the")) {
            key = key.subList(1, key.size());
        }
        names.put(key, entry);
        for (String token : key) {
            nameTokenShapes[shapeRow(token)] |= shapeBit(token);
        }
    }

    private void addTitle(List<String> key, String title) {
        titles.put(key, title);
        titleFirstTokens.add(key.get(0));
    }

    /** Token texts as the enrichers see them. */
    static List<String> keys(String phrase) {
        // a word follows, so a final abbreviation ("Rep.", "Md.") keeps its period as it does in running text
        List<Token> tokens = Tokenizer.tokenize(phrase + " x");
        List<String> out = new ArrayList<>();
        for (Token t : tokens.subList(0, tokens.size() - 1)) {
            out.add(t.text().replace('\u2019', '\''));
        }
        return out;
    }

    /**
     * The keys of a phrase of plain ASCII letter-and-digit words between single spaces ("Helen Brandt"),
     * which are its words, or null for any other phrase. Why: {@link #lookup} runs for names found in the
     * text, which are mostly such phrases, and the tokenizer need not run on them.
     */
    static List<String> plainWords(String phrase) {
        int n = phrase.length();
        if (n == 0) {
            return null;
        }
        int words = 1;
        for (int i = 0; i < n; i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || phrase.charAt(i - 1) == ' ') {
                    return null;
                }
                words++;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        if (words == 1) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>(words);
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || phrase.charAt(i) == ' ') {
                out.add(phrase.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String[] fields(String line, int n) {
        String[] raw = line.split("\\|", -1);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < raw.length ? raw[i].trim() : "";
        }
        if (out[0].isEmpty()) {
            throw new IllegalArgumentException("gazetteer line without a first field: " + line);
        }
        return out;
    }

    private static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
