package io.newsdesk.enrich.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Function words and general-purpose words of English, loaded once from the shipped lists. */
public final class EnglishWords {

    private static final Set<String> STOP = WordList.words("/gazetteer/stopwords.txt");
    /** The same list asked ignoring case, without a lower-case copy of each word: asked of nearly every token. */
    private static final CaselessWordSet STOP_CASELESS = CaselessWordSet.of(STOP);
    private static final Set<String> COMMON = WordList.words("/gazetteer/common-english.txt");
    private static final int STOP_FLAG = 1;
    private static final int COMMON_FLAG = 2;
    /** Both lists in one read-only map: {@link TokenForms} asks both questions of every token with one probe. */
    private static final Map<String, Integer> FLAGS = flags();

    private EnglishWords() {
    }

    /** A function word ("the", "of", "she"), in any case; a curly apostrophe counts as a straight one. */
    public static boolean isStopWord(String word) {
        // The caseless set answers exactly what contains(word.toLowerCase(Locale.ROOT)) would; only a word
        // with a curly apostrophe needs the straightened copy.
        return word.indexOf('\u2019') >= 0
                ? STOP.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                : STOP_CASELESS.contains(word);
    }

    /** A frequent, topic-neutral word ("said", "year", "people", "new"). */
    public static boolean isCommon(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMMON.contains(w) || COMMON.contains(WordForms.singular(w));
    }

    /** Bit {@value #STOP_FLAG} stop word, bit {@value #COMMON_FLAG} common word, of a word as it is (already lower case). */
    static int flagsOf(String lowerWord) {
        Integer f = FLAGS.get(lowerWord);
        return f == null ? 0 : f;
    }

    static boolean stopFlag(int flags) {
        return (flags & STOP_FLAG) != 0;
    }

    static boolean commonFlag(int flags) {
        return (flags & COMMON_FLAG) != 0;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new HashMap<>();
        for (String w : STOP) {
            flags.merge(w, STOP_FLAG, (a, b) -> a | b);
        }
        for (String w : COMMON) {
            flags.merge(w, COMMON_FLAG, (a, b) -> a | b);
        }
        return Collections.unmodifiableMap(flags);
    }
}
