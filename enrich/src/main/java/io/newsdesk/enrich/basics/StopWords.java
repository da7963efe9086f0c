package io.newsdesk.enrich.basics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The commonest function words of the languages Newsdesk detects (ISO 639-1 codes), lower case. They
 * are the language detector's profiles and the keyword tagger's stop list: the words that say which
 * language a text is in are exactly the words that say nothing about what it is about.
 */
public final class StopWords {
    private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

    static {
        PROFILES.put("en", words("""
                a about after all also an and any are as at be been before but by can could did do does
                for from had has have he her him his how i if in into is it its just many may me more most
                my no not now of on one only or other our out over she should so some such than that the
                their them then there these they this those through to up us very was we were what when
                where which while who whom why will with would you your"""));
        PROFILES.put("es", words("""
                a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el
                ella ellos en entre era es esa ese eso esta este esto están fue ha hasta hay la las le les
                lo los más me mi muy ni no nos o otra otro para pero por porque que qué se ser si sin
                sobre su sus también tiene todo todos un una uno unos y ya"""));
        PROFILES.put("fr", words("""
                a au aussi aux avec avait ce ces cette comme dans de des du elle en est et été être il
                ils je la le les leur lui mais me même ne nous on ont ou où par pas plus pour qu que qui
                sa se selon ses son sont sur tout très un une vous y"""));
        PROFILES.put("de", words("""
                aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine
                einem einen einer er es für hat haben ich ihr im in ist kann mit nach nicht noch nur oder
                sich sie sind so über um und uns vom von vor war wie wird wurde zu zum zur"""));
        PROFILES.put("it", words("""
                a al alla anche che ci come con da dal del della delle dei degli di e è gli ha hanno il
                in la le lo loro ma molto nel nella non per più quando questa questo se si sono su sua
                suo sulla tra un una uno"""));
        PROFILES.put("pt", words("""
                a ao aos as até com como da das de depois do dos e ela ele eles em entre era essa esse
                está foi há isso já mais mas muito na não nas no nos o os ou para pela pelo por que se
                sem ser seu sua também tem um uma à é"""));
        PROFILES.put("nl", words("""
                aan al als bij dan dat de deze die dit door een en er geen het hij hun in is kan maar
                meer met na naar niet nog of om ook op over te tot uit van voor was wat werd wordt ze
                zich zij zijn"""));
    }

    /**
     * Words that are frequent in English news copy yet name no subject: reporting verbs, time words,
     * vague quantities. Only the keyword tagger drops these; the detector's profiles stay function words.
     */
    private static final Set<String> ENGLISH_NEWS_FILLER = words("""
            according added again against ago already although among another around asked away back
            because being between both came come during each either even ever every few first get
            getting go going got here however it's last later least less like made make making much must
            never new next off often once own part per put rather really recent recently said say saying
            says see seen several since still take taken tell than that's there's they're though three
            time times told too two under until upon use used want way week well whether whose within
            without year years yet""");

    /** Per language, its own function words plus English ones: English names and phrases turn up everywhere. */
    private static final Map<String, Set<String>> KEYWORD_STOP_WORDS = new LinkedHashMap<>();
    private static final Set<String> KEYWORD_STOP_WORDS_ANY_LANGUAGE;

    static {
        PROFILES.forEach((language, words) -> KEYWORD_STOP_WORDS.put(language,
                union(words, "en".equals(language) ? ENGLISH_NEWS_FILLER : union(PROFILES.get("en"), ENGLISH_NEWS_FILLER))));
        KEYWORD_STOP_WORDS_ANY_LANGUAGE = union(
                PROFILES.values().stream().flatMap(Set::stream).collect(Collectors.toSet()), ENGLISH_NEWS_FILLER);
    }

    private StopWords() {
    }

    /** The languages with a profile, in a fixed order. */
    public static Set<String> languages() {
        return PROFILES.keySet();
    }

    /** The function words of one language; empty for a language without a profile. */
    public static Set<String> profile(String language) {
        return PROFILES.getOrDefault(language, Set.of());
    }

    /**
     * The words a keyword must not be in {@code language}; when the language is unknown, every
     * profile's words, since a keyword list of "de" and "la" is wrong in any language.
     */
    public static Set<String> forKeywords(String language) {
        return language != null && KEYWORD_STOP_WORDS.containsKey(language)
                ? KEYWORD_STOP_WORDS.get(language)
                : KEYWORD_STOP_WORDS_ANY_LANGUAGE;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> words(String block) {
        return Arrays.stream(block.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
