package io.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes English news articles for the benchmark: court cases, police reports, city hall, business,
 * health, weather and schools, with a cast of named people (full name on first mention, surname after),
 * officials with titles, real cities and states, agencies, direct quotations, money, percentages, ages,
 * dates and case numbers. The taggers and enrichers see what real copy gives them (capitalised names,
 * quotes to attribute, figures to find, sentences to split); lorem ipsum would exercise none of that.
 *
 * <p>Deterministic: article {@code i} of seed {@code s} is always the same text (the JDK's
 * {@link Random} is specified bit for bit), so the baseline, the pipeline and every later run move the
 * same bytes. Bodies are 1–10 KB of UTF-8, plain text with paragraphs separated by a blank line.
 *
 * <p>This class lays out the article (headline, lede, paragraphs up to the size wanted); a {@link Beat} holds a
 * beat's templates, a {@link Story} the cast, places and figures that fill a template's slots.
 */
public final class ArticleGenerator {
    public static final int MIN_BYTES = 1024;
    public static final int MAX_BYTES = 10 * 1024;

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /** Article number {@code index}: a body of 1–10 KB, most often 2–6 KB, as a newsroom's day has. */
    public GeneratedArticle article(int index) {
        Random random = randomFor(index);
        // Skewed towards short and medium stories; the long tail reaches the 10 KB ceiling.
        int target = MIN_BYTES + (int) ((MAX_BYTES - MIN_BYTES) * Math.pow(random.nextDouble(), 1.6));
        return write(index, random, target, MAX_BYTES);
    }

    /**
     * Article number {@code index} with a body of at least {@code minBytes} and at most {@code maxBytes}
     * (whole sentences, so a little slack is needed: at least 400 bytes between the two).
     */
    public GeneratedArticle article(int index, int minBytes, int maxBytes) {
        if (minBytes < 1 || maxBytes < minBytes + 400) {
            throw new IllegalArgumentException("need 0 < minBytes and maxBytes >= minBytes + 400, got "
                    + minBytes + ".." + maxBytes);
        }
        return write(index, randomFor(index), minBytes, maxBytes);
    }

    private Random randomFor(int index) {
        // Mix the index so that neighbouring articles do not start from neighbouring generator states.
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    private GeneratedArticle write(int index, Random random, int minBytes, int maxBytes) {
        Beat beat = Beat.values()[random.nextInt(Beat.values().length)];
        Story story = new Story(random, beat);
        String headline = story.fill(Story.pick(random, beat.headlines));
        // A headline names people by full name, and so does the first sentence after it.
        story.forgetMentions();

        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(new ArrayList<>(List.of(story.fill(Story.pick(random, beat.ledes)))));
        int size = utf8(paragraphs.get(0).get(0));
        Deck beatDeck = new Deck(beat.sentences, random);
        Deck generalDeck = new Deck(GENERAL, random);
        Deck quoteDeck = new Deck(QUOTE_FRAMES, random);
        int refusals = 0;
        List<String> current = new ArrayList<>();
        int wanted = 1 + random.nextInt(3);
        while (size < minBytes && refusals < 40) {
            double roll = random.nextDouble();
            String template = roll < 0.25 ? quoteDeck.next() : roll < 0.7 ? beatDeck.next() : generalDeck.next();
            String sentence = story.fill(template);
            int cost = utf8(sentence) + (current.isEmpty() ? 2 : 1);
            if (size + cost > maxBytes) {
                refusals++;
                continue;
            }
            current.add(sentence);
            size += cost;
            // News paragraphs are short: one to three sentences, quotes often standing alone.
            if (current.size() >= wanted || template.startsWith("\"")) {
                paragraphs.add(current);
                current = new ArrayList<>();
                wanted = 1 + random.nextInt(3);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        StringBuilder body = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(String.join(" ", paragraph));
        }
        String byline = "By " + story.reporter();
        Instant created = Instant.parse("2025-03-03T06:00:00Z").plusSeconds(index * 397L % (86_400L * 60));
        return new GeneratedArticle(String.format(Locale.ROOT, "bench-%d-%07d", seed, index), headline, byline,
                beat.section, body.toString(), created);
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Draws templates without repeating one until all were used, as a writer would avoid repeating lines. */
    private static final class Deck {
        private final String[] cards;
        private final Random random;
        private final List<String> left = new ArrayList<>();

        Deck(String[] cards, Random random) {
            this.cards = cards;
            this.random = random;
        }

        String next() {
            if (left.isEmpty()) {
                left.addAll(List.of(cards));
            }
            return left.remove(random.nextInt(left.size()));
        }
    }

    private static final String[] GENERAL = {
        "The decision comes as {city} grapples with rising costs and a shrinking tax base.",
        "{official} did not respond to a request for comment on {weekday}.",
        "Records obtained by {outlet} show that the problem was first reported in {year}.",
        "It was not immediately clear how many people were affected.",
        "{expert} said similar cases in {state} had taken years to resolve.",
        "The figures were first reported by {outlet}.",
        "A hearing on the matter is scheduled for {date}.",
        "{resident} said {he} had lived in the neighborhood for {years} years and had never seen anything like it.",
        "Officials said they expected to release more details later in the week.",
        "The {agency} has opened a separate review, according to {few} people familiar with the matter.",
        "According to {outlet}, the total could exceed {money}.",
        "The number has more than doubled since {year}.",
        "About {pct} of those surveyed said they supported the change.",
        "{official} said the city would \"look at every option\" before making a final decision.",
        "Several residents said they learned of the plan only after reading about it online.",
        "The meeting, held at the library on {street}, drew about {count} people.",
        "Officials in neighboring {county} are considering a similar measure.",
        "The report, which runs {count} pages, was released late on {weekday}."};

    private static final String[] QUOTE_FRAMES = {
        "\"{quote},\" {official} {said}.",
        "\"{quote},\" {expert} {said}.",
        "\"{quote},\" {resident} {said}.",
        "\"{quote},\" {said} {official}, adding that the review would continue.",
        "{official} put it plainly: \"{quote}.\"",
        "\"{quote},\" {expert} {said}. \"Nobody should be surprised by this.\""};
}
