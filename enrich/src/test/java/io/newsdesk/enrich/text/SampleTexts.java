package io.newsdesk.enrich.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Texts for the tests that prove a faster analysis or tagger gives exactly what the reference version gave:
 * the hand-written evaluation articles (headline and body), and seeded random texts that mix their words with
 * the cases the tokenizer and taggers treat specially (abbreviations, initials, possessives, curly quotes,
 * plurals, all-caps, non-ASCII capitals, headings without punctuation, long capitalised runs).
 */
public final class SampleTexts {

    private static final String[] TRICKY = {
        "U.S.", "D.C.", "Dr.", "Mr.", "Rep.", "Gov.", "Inc.", "St.", "No.", "approx.", "etc.", "gov't.", "John F. Kennedy",
        "officers'", "Mexico's", "Mexico\u2019s", "FBI's", "DEA", "NASA", "AT&T", "3.5", "10,000", "1,50", "co-chair",
        "don't", "can\u2019t", "policies", "taxes", "churches", "heroes", "news", "crisis", "series", "gas", "buses",
        "Monday", "March", "May", "Department of Justice", "Drug Enforcement Administration Task Force Unit",
        "Bristol Rovers", "Mayo Clinic", "Hurricane Delia", "the Senate", "\u201cWe", "said.\u201d", "\u2014", "(", ")", "[",
        "]", "\"", "'", "\u2018", "\u2019", "!", "?", ".", ",", ";", ":", "&", "+", "#", "%", "$5", "50%", "\u0130stanbul",
        "\u00c9cole", "caf\u00e9", "STRASSE", "Stra\u00dfe", "\u212a", "widely", "believed", "smuggling", "quickly", "Running",
        "Officials", "The", "A", "I", "x", "Of", "of", "and", "And", "\u00a0", "\u4e2d\u6587", "\ud83d\ude00", "e\u0301",
        "AI", "Fed", "oil and gas industry", "drug trafficking", "court", "tennis", "cut 300 jobs", "wildfires", "Wildfire"
    };
    private static final String[] GAPS = {" ", " ", " ", " ", "  ", "\n", "\n\n", "\n \n", "\t", "\r\n\r\n"};

    /** Pieces of generated plain-text bodies for the cleaner: markup-like text, entities, odd whitespace, emoji. */
    private static final String[] BODY_PIECES = {
        "The", "court", "said", "\"guilty\"", "'not'", "Smith & Sons", "a<b", "b>c", "<p>", "</p>", "<script>x</script>",
        "&amp;", "&lt;", "&#39;", "&nbsp", "&copy;", "&", ";", "AT&T", "caf\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "\u00a0",
        "\u2028", "\u3000", "\u200d", "\u2019s", "\u00bd", "\u05e9\u05dc\u05d5\u05dd", "--", "\u2014", "e\u0301", "$5.00", "50%",
        "\\", "`", "{}", "=", "\"&\"", "\ufffd", "\ud834\udd1e"
    };
    /** Characters a body should not hold (controls, lone surrogates, noncharacters), mixed into some bodies. */
    private static final String[] BODY_ODD = {"\u0000", "\u0007", "\u0085", "\ud800", "\udfff", "\ufeff", "\uffff", "\u007f",
        "\u000b", "\u000c", "\ud836\udc00"};
    private static final String[] BODY_GAPS = {" ", "  ", "\t", " \t ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n",
        "\n\t\n", "\n\n\n\n", " \n  \n ", "\u000c"};

    private SampleTexts() {
    }

    /** {@code count} seeded random plain-text bodies built from {@link #BODY_PIECES}, a few with odd characters. */
    public static List<String> randomBodies(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            out.add(randomBody(random));
        }
        return out;
    }

    private static String randomBody(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(BODY_GAPS[random.nextInt(BODY_GAPS.length)]);
        }
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 80);
        boolean odd = random.nextInt(6) == 0;
        for (int i = 0; i < pieces; i++) {
            if (odd && random.nextInt(40) == 0) {
                sb.append(BODY_ODD[random.nextInt(BODY_ODD.length)]);
            }
            sb.append(BODY_PIECES[random.nextInt(BODY_PIECES.length)]);
            if (random.nextInt(8) == 0) {
                sb.append(random.nextBoolean() ? "." : ",");
            }
            sb.append(random.nextInt(5) == 0 ? BODY_GAPS[random.nextInt(BODY_GAPS.length)] : " ");
        }
        if (random.nextInt(4) == 0) {
            sb.append(BODY_GAPS[random.nextInt(BODY_GAPS.length)]);
        }
        return sb.toString();
    }

    /** Headline and body of every evaluation article. */
    public static List<String[]> evaluationArticles() {
        try (InputStream in = SampleTexts.class.getResourceAsStream("/evaluation/articles.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String[]> out = new ArrayList<>();
            for (JsonNode a : root.get("articles")) {
                out.add(new String[] {a.path("headline").asText(), a.path("body").asText()});
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} seeded random headline-and-body pairs built from the evaluation words and {@link #TRICKY}. */
    public static List<String[]> random(long seed, int count) {
        List<String> words = new ArrayList<>(List.of(TRICKY));
        for (String[] a : evaluationArticles()) {
            for (String w : (a[0] + " " + a[1]).split("\\s+")) {
                if (!w.isEmpty() && words.size() < 4000) {
                    words.add(w);
                }
            }
        }
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            out.add(new String[] {text(random, words, 3 + random.nextInt(12), false), text(random, words, 1 + random.nextInt(600), true)});
        }
        return out;
    }

    private static String text(Random random, List<String> words, int length, boolean gaps) {
        StringBuilder sb = new StringBuilder();
        // a small pool per text, so that words and phrases repeat as they do in a story
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add(words.get(random.nextInt(words.size())));
        }
        for (int i = 0; i < length; i++) {
            String w = random.nextInt(3) == 0 ? words.get(random.nextInt(words.size())) : pool.get(random.nextInt(pool.size()));
            switch (random.nextInt(12)) {
                case 0 -> w = w.toUpperCase(Locale.ROOT);
                case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                case 2 -> w = w.toLowerCase(Locale.ROOT);
                default -> { }
            }
            sb.append(w);
            sb.append(gaps && random.nextInt(10) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
        }
        return sb.toString();
    }
}
