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

    private SampleTexts() {
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
