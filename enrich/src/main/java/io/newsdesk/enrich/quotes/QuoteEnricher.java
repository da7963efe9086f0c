package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import io.newsdesk.schemas.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sets {@code quotes}: every direct quotation in {@code content.text}, with its speaker resolved to a
 * PERSON entity (so it must run after the entity enricher). Straight and curly quotes are paired within a
 * paragraph; a paragraph that ends inside an open quotation continues it in the next one (the newspaper
 * convention). The speaker comes from the attribution after the quotation ({@code "...," said X},
 * {@code "...," X told NPR}, {@code "...," he said}) or before it ({@code X said: "..."}); "he"/"she"
 * is the last person named or quoted before. A quotation with no attribution that follows another one
 * closely continues that speaker's words. Short quoted phrases without attribution (scare quotes,
 * titles) are not quotations.
 */
public final class QuoteEnricher implements Enricher {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,]$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"\u201D]?\\s");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,\\s]+|[,:\\s]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,\\s]+");

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "asks",
            "explained", "explains", "noted", "notes", "wrote", "writes", "stated", "argued", "argues", "recalled", "warned",
            "warns", "insisted", "insists", "continued", "replied", "responded", "testified", "tweeted", "posted",
            "acknowledged", "admitted", "announced", "declared", "confirmed", "agreed", "said.", "quipped", "joked",
            "cautioned", "predicted", "conceded", "remarked", "observed", "urged", "stressed", "emphasized", "emphasised",
            "recounted", "concluded", "according", "shouted", "yelled", "whispered", "countered", "contends", "contended", "maintained");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final int MIN_UNATTRIBUTED_WORDS = 5;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article) {
        enrich(article, AnalyzedText.of(article.getContent().getText()));
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setQuotes(quotes(text, article.getEntities()));
    }

    /** A quotation span: inner text offsets. */
    private record Span(int start, int end, boolean continuesPrevious) {
    }

    public List<Quote> quotes(String text, List<Entity> entities) {
        return quotes(AnalyzedText.of(text), entities);
    }

    /** {@link #quotes(String, List)} of a text analysed already. */
    public List<Quote> quotes(AnalyzedText analyzed, List<Entity> entities) {
        String body = analyzed.text();
        List<Mention> people = new ArrayList<>();
        List<String> peopleNames = new ArrayList<>();
        for (Entity e : entities) {
            if (e.getType() == EntityType.PERSON) {
                for (Mention m : e.getMentions()) {
                    people.add(m);
                    peopleNames.add(e.getName());
                }
            }
        }
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastQuoteEnd = -1;
        for (Span s : spans(body)) {
            String inner = body.substring(s.start(), s.end()).strip();
            inner = TRAILING_COMMA.matcher(inner).replaceAll("");
            int words = inner.isEmpty() ? 0 : WHITESPACE.split(inner).length;
            Attribution a = attribution(body, analyzed, s, people, peopleNames);
            String speaker = a == null ? null : a.speaker;
            String attributionText = a == null ? null : a.text;
            if (a != null && a.pronoun) {
                speaker = lastSpeaker != null && recent(body, lastQuoteEnd, s.start()) ? lastSpeaker
                        : lastPersonBefore(s.start(), people, peopleNames);
            }
            if (a == null) {
                boolean continuation = s.continuesPrevious() || lastSpeaker != null && recent(body, lastQuoteEnd, s.start());
                if (words < MIN_UNATTRIBUTED_WORDS && !continuation) {
                    continue; // a scare quote or a title, not a quotation
                }
                if (continuation) {
                    speaker = lastSpeaker;
                } else if (words < MIN_UNATTRIBUTED_WORDS) {
                    continue;
                }
            }
            if (words < 2) {
                continue;
            }
            out.add(Quote.newBuilder().setText(inner).setSpeaker(speaker).setStart(s.start()).setEnd(s.end())
                    .setAttribution(attributionText).build());
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            lastQuoteEnd = s.end();
        }
        return out;
    }

    /** The text between two offsets holds at most one sentence break and one paragraph break. */
    private static boolean recent(String body, int previousEnd, int start) {
        if (previousEnd < 0 || start < previousEnd) {
            return false;
        }
        String between = body.substring(previousEnd, start);
        int sentences = SENTENCE_BREAK.split(between).length - 1;
        return between.length() < 400 && sentences <= 2 && !between.contains("\n\n\n");
    }

    private static String lastPersonBefore(int offset, List<Mention> people, List<String> names) {
        String best = null;
        int bestStart = -1;
        for (int i = 0; i < people.size(); i++) {
            Mention m = people.get(i);
            if (m.getEnd() <= offset && m.getStart() > bestStart) {
                bestStart = m.getStart();
                best = names.get(i);
            }
        }
        return best;
    }

    private record Attribution(String speaker, String text, boolean pronoun) {
    }

    private static Attribution attribution(String body, AnalyzedText analyzed, Span s, List<Mention> people, List<String> names) {
        // after the closing mark: up to the end of the sentence
        int closing = Math.min(body.length(), s.end() + 1);
        int after = analyzed.tokenAt(closing);
        int limit = Math.min(analyzed.size(), after + 14);
        if (after < analyzed.size() && s.end() > 0) {
            // an attribution never crosses into the next paragraph
            int paragraph = analyzed.paragraphOf(Math.max(0, analyzed.tokenAt(s.end()) - 1));
            limit = Math.min(limit, analyzed.paragraphs().get(paragraph).to());
        }
        int stop = after;
        boolean verb = false;
        while (stop < limit) {
            String t = analyzed.token(stop).text();
            if (t.equals(".") || t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals(";") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (SPEECH_VERBS.contains(t.toLowerCase(Locale.ROOT))) {
                verb = true;
            }
            stop++;
        }
        boolean quoteEndsSentence = endsSentence(body, s);
        if (verb && stop > after && (!quoteEndsSentence || startsLowerOrVerb(analyzed, after))) {
            Attribution a = speakerIn(body, analyzed, after, stop, people, names);
            if (a != null) {
                return a;
            }
        }
        // before the opening mark, in the same sentence: "X said:" / "said X," / "According to X,"
        int open = analyzed.tokenAt(s.start()) - 1;
        int from = open;
        verb = false;
        int paragraphStart = open >= 0 ? analyzed.paragraphs().get(analyzed.paragraphOf(open)).from() : 0;
        while (from - 1 >= paragraphStart && open - from < 16) {
            String t = analyzed.token(from - 1).text();
            if (t.equals(".") || t.equals("\"") || t.equals("\u201D") || t.equals("\u201C") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (SPEECH_VERBS.contains(t.toLowerCase(Locale.ROOT))) {
                verb = true;
            }
            from--;
        }
        if (verb && from < open) {
            return speakerIn(body, analyzed, from, open, people, names);
        }
        return null;
    }

    private static boolean endsSentence(String body, Span s) {
        String inner = body.substring(s.start(), s.end()).stripTrailing();
        return inner.endsWith(".") || inner.endsWith("!") || inner.endsWith("?");
    }

    /** After a quote ending with a full stop, an attribution starts with a lower-case word or a name plus verb. */
    private static boolean startsLowerOrVerb(AnalyzedText analyzed, int i) {
        if (i >= analyzed.size()) {
            return false;
        }
        Token t = analyzed.token(i);
        if (!t.isCapitalized()) {
            return true;
        }
        for (int k = i; k < Math.min(analyzed.size(), i + 4); k++) {
            if (SPEECH_VERBS.contains(analyzed.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static Attribution speakerIn(String body, AnalyzedText analyzed, int fromToken, int toToken,
            List<Mention> people, List<String> names) {
        int start = analyzed.token(fromToken).start();
        int end = analyzed.token(toToken - 1).end();
        String words = EDGE_PUNCTUATION.matcher(body.substring(start, end)).replaceAll("");
        for (int i = 0; i < people.size(); i++) {
            Mention m = people.get(i);
            if (m.getStart() >= start && m.getEnd() <= end) {
                // the attribution ends with the speaker's name or the speech verb, whichever is later
                int verbEnd = start;
                for (int k = fromToken; k < toToken; k++) {
                    if (SPEECH_VERBS.contains(analyzed.token(k).lower())) {
                        verbEnd = Math.max(verbEnd, analyzed.token(k).end());
                        break;
                    }
                }
                int stop = Math.max(m.getEnd(), verbEnd);
                return new Attribution(names.get(i), LEADING_PUNCTUATION.matcher(body.substring(start, stop)).replaceAll(""), false);
            }
        }
        for (int k = fromToken; k < toToken; k++) {
            if (PRONOUNS.contains(analyzed.token(k).lower())) {
                return new Attribution(null, words, true);
            }
        }
        // attributed to an organisation or an unnamed group ("police said"): no person
        return new Attribution(null, words, false);
    }

    /** Quotation spans in text order; a paragraph ending inside a quotation continues it in the next. */
    static List<Span> spans(String body) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        boolean continued = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' && open >= 0 && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                // paragraph break inside an open quotation
                out.add(new Span(open, trimEnd(body, i), continued));
                int next = i + 2;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                if (next < body.length() && (body.charAt(next) == '"' || body.charAt(next) == '\u201C')) {
                    open = next + 1;
                    continued = true;
                    i = next;
                } else {
                    open = -1;
                    continued = false;
                }
                continue;
            }
            if (c == '\u201C' || c == '"' && open < 0 && opensHere(body, i)) {
                if (open < 0) {
                    open = i + 1;
                    continued = false;
                }
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                if (i > open) {
                    out.add(new Span(open, i, continued));
                }
                open = -1;
                continued = false;
            }
        }
        return out;
    }

    private static int trimEnd(String body, int i) {
        int e = i;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A straight quote opens when it is not glued to the end of a word ("12" in 12" pipe is not a quote). */
    private static boolean opensHere(String body, int i) {
        return i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) || body.charAt(i - 1) == ' ';
    }
}
