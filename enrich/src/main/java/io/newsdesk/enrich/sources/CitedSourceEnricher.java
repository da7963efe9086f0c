package io.newsdesk.enrich.sources;

import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.entities.GazetteerEntry;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sets {@code citedSources}: the news outlets the story attributes its reporting to. An outlet is an
 * organisation the gazetteer lists as one, or whose name ends like a masthead ("Times", "Post", "News");
 * it is cited when a mention of it sits in an attributing phrase: "NPR reports", "Reuters reported",
 * "told NPR", "according to The Washington Post", "in an interview with CNN", "first reported by",
 * or a wire credit in the dateline ("LONDON (Reuters) -"). A mere mention ("he worked at NPR") is not a
 * citation. Runs after the entity enricher.
 */
public final class CitedSourceEnricher implements Enricher {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s|\u2019s");

    private static final Set<String> VERBS_AFTER = WordList.set("/lexicon/sources/verbs-after.txt");
    private static final Set<String> MASTHEAD_WORDS = WordList.set("/lexicon/sources/masthead-words.txt");
    /** One- and two-word phrases before an outlet's name that cite it ("told", "according to"). */
    private static final Set<String> PHRASES_BEFORE = WordList.set("/lexicon/sources/phrases-before.txt");

    private final Gazetteer gazetteer;

    public CitedSourceEnricher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "cited-sources";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setCitedSources(citedSources(text, article.getEntities()));
    }

    /** The outlets a text analysed already cites, among the organisations of {@code entities}, in order of first citation. */
    public List<CitedSource> citedSources(AnalyzedText analyzed, List<Entity> entities) {
        String body = analyzed.text();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        List<Object[]> ordered = new ArrayList<>();
        for (Entity e : entities) {
            if (e.getType() != EntityType.ORGANIZATION || !isOutlet(e.getName())) {
                continue;
            }
            for (Mention m : e.getMentions()) {
                ordered.add(new Object[] {m, e.getName()});
            }
        }
        ordered.sort((a, b) -> Integer.compare(((Mention) a[0]).getStart(), ((Mention) b[0]).getStart()));
        for (Object[] o : ordered) {
            Mention m = (Mention) o[0];
            String phrase = attributingPhrase(body, analyzed, m);
            if (phrase != null) {
                phrases.computeIfAbsent((String) o[1], k -> new ArrayList<>()).add(phrase);
            }
        }
        List<CitedSource> out = new ArrayList<>();
        phrases.forEach((name, list) -> out.add(new CitedSource(name, list.size(), list)));
        return out;
    }

    private boolean isOutlet(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isOutlet()) {
                return true;
            }
        }
        String[] words = WHITESPACE.split(name);
        return words.length > 1 && MASTHEAD_WORDS.contains(words[words.length - 1]);
    }

    private static String attributingPhrase(String body, AnalyzedText t, Mention m) {
        int first = t.tokenAt(m.getStart());
        int last = t.tokenAt(m.getEnd()) - 1;
        if (first >= t.size() || last < first) {
            return null;
        }
        // "NPR reports", "Reuters reported", "The Post's investigation found"
        int after = last + 1;
        if (after < t.size() && POSSESSIVE.matcher(t.token(after).text()).matches()) {
            after++;
        }
        if (after < t.size() && VERBS_AFTER.contains(t.token(after).lower())) {
            int end = after + 1;
            if (t.token(after).lower().equals("first") || t.token(after).lower().equals("previously") || t.token(after).lower().equals("has")) {
                if (end < t.size() && t.token(end).lower().startsWith("report")) {
                    end++;
                } else {
                    return null;
                }
            }
            return body.substring(start(t, first), t.token(end - 1).end());
        }
        // "told NPR", "according to The Washington Post", "reported by CNN", "interview with the BBC"
        int before = first - 1;
        if (before >= 0 && (t.token(before).is("the") || t.token(before).is("The"))) {
            before--;
        }
        if (before >= 0) {
            String w = t.token(before).lower();
            String w2 = before >= 1 ? t.token(before - 1).lower() + " " + w : w;
            boolean oneWord = PHRASES_BEFORE.contains(w);
            if (oneWord || PHRASES_BEFORE.contains(w2)) {
                int s = oneWord ? before : before - 1;
                return body.substring(t.token(s).start(), m.getEnd());
            }
            // dateline wire credit: "LONDON (Reuters) -"
            if (w.equals("(") && last + 1 < t.size() && t.token(last + 1).text().equals(")") && t.paragraphOf(first) == 0 && first < 10) {
                return body.substring(t.token(before).start(), t.token(last + 1).end());
            }
        }
        return null;
    }

    private static int start(AnalyzedText t, int first) {
        Token tok = t.token(first);
        if (first > 0 && t.token(first - 1).text().equals("The")) {
            return t.token(first - 1).start();
        }
        return tok.start();
    }
}
