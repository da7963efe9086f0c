package io.newsdesk.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * The figures of one half of the news evaluation set (evaluation/news/README.md), counted exactly as the
 * lead's /work/tools/score.py counts them, so the two agree on the same output: an output entity matches
 * the first still-open gold entity of its type sharing a normalised form (name or alias; lower case, curly
 * apostrophe straightened, a leading "the " dropped); a gold quote is found by the first open output quote
 * whose normalised text starts with its normalised first words; the main topic is right when its top-level
 * concept (first broader link up to the root) is that of the gold topic or of an alsoAccepted one. Added to
 * score.py: ISO codes of matched gold places that carry one, and the byline where the gold has one.
 */
final class NewsEvaluationScore {

    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "PLACE");

    /** True/false positives and false negatives of one field. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final MediaTopicVocabulary vocabulary;
    final String half;
    int articles;
    final Counts entities = new Counts();
    final Map<String, Counts> byType = new LinkedHashMap<>();
    int isoGold;
    int isoFound;
    int isoRight;
    final Counts quotes = new Counts();
    int speakerFound;
    int speakerRight;
    int rawPages;
    int headlineExact;
    int bylineGold;
    int bylineExact;
    int topicRight;

    NewsEvaluationScore(String half, MediaTopicVocabulary vocabulary) {
        this.half = half;
        this.vocabulary = vocabulary;
        TYPES.forEach(t -> byType.put(t, new Counts()));
    }

    void add(JsonNode gold, EnrichedArticle out) {
        articles++;
        scoreEntities(gold.get("entities"), out.getEntities());
        scoreQuotes(gold.get("quotes"), out.getQuotes());
        if ("RAW_PAGE".equals(gold.get("channel").asText())) {
            rawPages++;
            String headline = out.getContent().getHeadline();
            if ((headline == null ? "" : headline).strip().equals(gold.get("expectedHeadline").asText().strip())) {
                headlineExact++;
            }
        }
        JsonNode byline = gold.path("expectedByline");
        if (!byline.isMissingNode() && !byline.isNull()) {
            bylineGold++;
            if (producedByline(out).map(b -> b.strip().equals(byline.asText().strip())).orElse(false)) {
                bylineExact++;
            }
        }
        String predicted = out.getTopics().isEmpty() ? null : out.getTopics().get(0).getCode();
        boolean right = false;
        if (predicted != null) {
            String top = topLevel(predicted);
            right = topLevel(gold.get("topic").asText()).equals(top);
            for (JsonNode alt : gold.path("alsoAccepted")) {
                right |= topLevel(alt.asText()).equals(top);
            }
        }
        if (right) {
            topicRight++;
        }
    }

    private String topLevel(String code) {
        List<MediaTopicVocabulary.Concept> chain = vocabulary.broaderChain(code);
        String qcode = chain.isEmpty() ? code : chain.get(chain.size() - 1).code();
        return qcode.substring(qcode.indexOf(':') + 1);
    }

    static String norm(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private void scoreEntities(JsonNode gold, List<Entity> predicted) {
        List<JsonNode> open = new ArrayList<>();
        gold.forEach(open::add);
        for (Entity e : predicted) {
            Set<String> forms = new HashSet<>();
            forms.add(norm(e.getName()));
            e.getAliases().forEach(a -> forms.add(norm(a)));
            String type = e.getType().name();
            JsonNode hit = null;
            for (JsonNode g : open) {
                if (g.get("type").asText().equals(type) && goldForms(g).stream().anyMatch(forms::contains)) {
                    hit = g;
                    break;
                }
            }
            Counts t = byType.computeIfAbsent(type, k -> new Counts());
            if (hit == null) {
                entities.fp++;
                t.fp++;
                continue;
            }
            open.remove(hit);
            entities.tp++;
            t.tp++;
            String iso = isoOf(hit);
            if (iso != null) {
                isoFound++;
                if (iso.equals(e.getIsoCode())) {
                    isoRight++;
                }
            }
        }
        for (JsonNode g : open) {
            entities.fn++;
            byType.computeIfAbsent(g.get("type").asText(), k -> new Counts()).fn++;
        }
        for (JsonNode g : gold) {
            if (isoOf(g) != null) {
                isoGold++;
            }
        }
    }

    private static String isoOf(JsonNode gold) {
        JsonNode iso = gold.path("iso");
        return "PLACE".equals(gold.get("type").asText()) && iso.isTextual() && !iso.asText().isBlank() ? iso.asText() : null;
    }

    /** An annotated entity's name and alternatives, normalised as predictions are compared. */
    static Set<String> goldForms(JsonNode gold) {
        Set<String> out = new HashSet<>();
        out.add(norm(gold.get("name").asText()));
        for (JsonNode alt : gold.path("alt")) {
            out.add(norm(alt.asText()));
        }
        return out;
    }

    /** The first of {@code open} whose text starts as an annotated quote does (both normalised); null when none. */
    static Quote firstStartingWith(String annotatedStart, List<Quote> open) {
        String start = norm(annotatedStart);
        for (Quote q : open) {
            if (norm(q.getText()).startsWith(start)) {
                return q;
            }
        }
        return null;
    }

    private void scoreQuotes(JsonNode gold, List<Quote> predicted) {
        List<Quote> open = new ArrayList<>(predicted);
        for (JsonNode g : gold) {
            Quote hit = firstStartingWith(g.get("start").asText(), open);
            if (hit == null) {
                quotes.fn++;
                continue;
            }
            open.remove(hit);
            quotes.tp++;
            speakerFound++;
            String speaker = g.get("speaker").isNull() ? null : g.get("speaker").asText();
            String said = hit.getSpeaker();
            if (speaker == null ? said == null : said != null && norm(speaker).equals(norm(said))) {
                speakerRight++;
            }
        }
        quotes.fp += open.size();
    }

    /**
     * The byline the pipeline found, read by field name from the enriched article or its content: the
     * field is another change's, and until the schema has it the table says "not produced".
     */
    static Optional<String> producedByline(EnrichedArticle out) {
        for (SpecificRecordBase record : List.<SpecificRecordBase>of(out, out.getContent())) {
            Schema.Field field = record.getSchema().getField("byline");
            if (field != null) {
                Object value = record.get(field.pos());
                return Optional.ofNullable(value).map(Object::toString);
            }
        }
        return Optional.empty();
    }

    static boolean bylineProduced() {
        return EnrichedArticle.getClassSchema().getField("byline") != null
                || io.newsdesk.schemas.ArticleContent.getClassSchema().getField("byline") != null;
    }

    double speakerAccuracy() {
        return speakerFound == 0 ? 1 : (double) speakerRight / speakerFound;
    }

    double headlineExact() {
        return rawPages == 0 ? 1 : (double) headlineExact / rawPages;
    }

    double topicTopLevel() {
        return articles == 0 ? 1 : (double) topicRight / articles;
    }

    /** The half's table; its first three lines read as score.py's. */
    String table() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%n== news %s: %d articles%n", half, articles));
        t.append(String.format(Locale.ROOT, "  entities P/R/F1 %.3f/%.3f/%.3f  ", entities.precision(), entities.recall(), entities.f1()));
        byType.forEach((type, c) -> t.append(String.format(Locale.ROOT, "%s F1 %.3f  ", type.substring(0, 3), c.f1())));
        t.append(String.format(Locale.ROOT, "%n  quotes recall %.3f (precision %.3f); speaker right of found %.3f (%d/%d)%n",
                quotes.recall(), quotes.precision(), speakerAccuracy(), speakerRight, speakerFound));
        t.append(String.format(Locale.ROOT, "  headline exact (raw pages) %.3f (%d/%d); main topic top-level %.3f (%d/%d)%n",
                headlineExact(), headlineExact, rawPages, topicTopLevel(), topicRight, articles));
        t.append(String.format(Locale.ROOT, "  %-14s %9s %9s %9s %6s %6s %6s%n", "entities", "precision", "recall", "F1", "TP", "FP", "FN"));
        row(t, "all", entities);
        byType.forEach((type, c) -> row(t, type, c));
        t.append(String.format(Locale.ROOT, "  ISO code right   %d of %d gold places with a code found (%d annotated; %.3f of annotated)%n",
                isoRight, isoFound, isoGold, isoGold == 0 ? 1.0 : (double) isoRight / isoGold));
        t.append(bylineProduced()
                ? String.format(Locale.ROOT, "  byline exact     %.3f (%d/%d where the gold has one)%n",
                        bylineGold == 0 ? 1.0 : (double) bylineExact / bylineGold, bylineExact, bylineGold)
                : String.format(Locale.ROOT, "  byline exact     not produced (%d articles have one in the gold)%n", bylineGold));
        return t.toString();
    }

    private static void row(StringBuilder t, String name, Counts c) {
        t.append(String.format(Locale.ROOT, "  %-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn));
    }
}
