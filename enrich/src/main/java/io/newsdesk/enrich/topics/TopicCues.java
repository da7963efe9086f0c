package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.Tokenizer;
import io.newsdesk.enrich.text.WordForms;
import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cue phrases that point at Media Topics, compiled into one {@link PhraseTrie}: every active concept's
 * own label (and the parts of labels such as "oil and gas industry" or "kerosene/paraffin") plus the
 * curated lexicon {@code /vocab/topic-cues.tsv}. Cues for concepts the loaded vocabulary does not have,
 * or has retired, are left out with a warning, so a newer vocabulary release never gets a dead code.
 */
final class TopicCues {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCues.class);
    static final String RESOURCE = "/vocab/topic-cues.tsv";

    /**
     * One cue's contribution to one concept. {@code exactForm} is set for cues written with capitals in
     * the lexicon ("AI", "Fed"): they count only when the text has exactly those tokens.
     */
    record Cue(String code, double weight, List<String> exactForm) {
        boolean accepts(List<Token> tokens, int from, int to) {
            if (exactForm == null) {
                return true;
            }
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).text().equals(exactForm.get(i - from))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The value of an idiom's phrase ({@link TopicIdioms}): the walk that finds the cues finds the idioms too,
     * and the longest phrase wins, so "a shot in the arm" is met as one idiom, not as the cue "shot".
     */
    static final Cue IDIOM = new Cue("(idiom)", 0, null);

    private TopicCues() {
    }

    static PhraseTrie<Cue> compile(MediaTopicVocabulary vocabulary) {
        return compile(vocabulary, WordList.lines(RESOURCE));
    }

    /** The cues of the shipped lexicon and the idioms' phrases in one index. */
    static PhraseTrie<Cue> compile(MediaTopicVocabulary vocabulary, TopicIdioms idioms) {
        PhraseTrie<Cue> trie = compile(vocabulary);
        for (List<String> phrase : idioms.phrases()) {
            trie.put(phrase, IDIOM);
        }
        return trie;
    }

    static PhraseTrie<Cue> compile(MediaTopicVocabulary vocabulary, List<String> lexicon) {
        PhraseTrie<Cue> trie = new PhraseTrie<>();
        Set<String> noLabel = new HashSet<>();
        List<String> cueLines = new ArrayList<>();
        for (String line : lexicon) {
            if (line.startsWith("!nolabel")) {
                for (String code : line.substring("!nolabel".length()).trim().split("\\s+")) {
                    noLabel.add(MediaTopicVocabulary.qcode(code));
                }
            } else {
                cueLines.add(line);
            }
        }
        for (MediaTopicVocabulary.Concept c : vocabulary.active()) {
            if (noLabel.contains(c.code())) {
                continue;
            }
            for (String form : labelForms(c.label())) {
                List<String> key = key(form);
                // a one-word label ("court", "tennis") is weaker evidence than a multi-word one ("drug trafficking")
                trie.put(key, new Cue(c.code(), key.size() > 1 ? 1.5 : 1.0, null));
            }
        }
        Set<String> unknown = new HashSet<>();
        for (String line : cueLines) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("cue lexicon line without '|': " + line);
            }
            String code = MediaTopicVocabulary.qcode(line.substring(0, bar).trim());
            var concept = vocabulary.concept(code);
            if (concept.isEmpty() || concept.get().retired()) {
                unknown.add(code);
                continue;
            }
            for (String raw : line.substring(bar + 1).split(",")) {
                String cue = raw.trim();
                if (cue.isEmpty()) {
                    continue;
                }
                double weight = 1.0;
                int caret = cue.lastIndexOf('^');
                if (caret > 0) {
                    weight = Double.parseDouble(cue.substring(caret + 1));
                    cue = cue.substring(0, caret).trim();
                }
                List<String> key = key(cue);
                if (weight > 0 && !key.isEmpty() && key.stream().allMatch(k -> k != null)) {
                    boolean exact = !cue.equals(cue.toLowerCase(java.util.Locale.ROOT));
                    List<String> form = exact ? Tokenizer.tokenize(cue).stream().map(Token::text).toList() : null;
                    trie.put(key, new Cue(code, weight, form));
                }
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warn("topic cue lexicon names {} concept(s) the vocabulary lacks or has retired; their cues are ignored: {}",
                    unknown.size(), unknown);
        }
        return trie;
    }

    /** "oil and gas industry" stays whole; "kerosene/paraffin" gives both; "appeal (court)" gives "appeal". */
    static List<String> labelForms(String label) {
        String base = label.replaceAll("\\s*\\([^)]{0,60}\\)", "").trim();
        List<String> forms = new ArrayList<>();
        for (String part : base.split("/")) {
            if (!part.isBlank()) {
                forms.add(part.trim());
            }
        }
        return forms;
    }

    static List<String> key(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase)) {
            out.add(keyOf(t));
        }
        return out;
    }

    /**
     * The trie key of a token: its folded word form, "#" for any number (so a cue can say "cut # jobs"),
     * or null (a phrase boundary) for punctuation.
     */
    static String keyOf(Token t) {
        String s = t.text();
        if (numeric(s)) {
            return "#";
        }
        if (t.isWord() || s.equals("'s") || s.equals("\u2019s")) {
            return WordForms.fold(s);
        }
        return s.equals("&") || s.equals("+") || s.equals("#") ? s : null;
    }

    /** {@link #keyOf(Token)} of token i of a text, with the word's fold that the text has worked out already. */
    static String keyOf(AnalyzedText text, int i) {
        Token t = text.token(i);
        String s = t.text();
        // most tokens start with an ASCII letter: not a number, a word; one char test settles what the
        // general checks below (a digit scan, then Character.isLetterOrDigit) would
        char first = s.charAt(0);
        int letter = (first | 0x20) - 'a';
        if (first < 0x80 && letter >= 0 && letter < 26) {
            return text.folded(i);
        }
        if (numeric(s)) {
            return "#";
        }
        if (t.isWord() || s.equals("'s") || s.equals("\u2019s")) {
            return text.folded(i);
        }
        return s.equals("&") || s.equals("+") || s.equals("#") ? s : null;
    }

    /** Digits, commas and periods only; a plain loop, as this runs for every token of every article. */
    private static boolean numeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII answered without Character.isDigit's table lookup: the first letter of a word settles it
            boolean digit = c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
            if (!(digit || c == ',' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
