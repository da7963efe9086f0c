package io.newsdesk.enrich.text;

import java.util.Locale;
import java.util.Set;

/** Function words and general-purpose words of English, loaded once from the shipped lists. */
public final class EnglishWords {

    private static final Set<String> STOP = WordList.words("/gazetteer/stopwords.txt");
    private static final Set<String> COMMON = WordList.words("/gazetteer/common-english.txt");

    private EnglishWords() {
    }

    public static boolean isStopWord(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** A frequent, topic-neutral word ("said", "year", "people", "new"). */
    public static boolean isCommon(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMMON.contains(w) || COMMON.contains(WordForms.singular(w));
    }
}
