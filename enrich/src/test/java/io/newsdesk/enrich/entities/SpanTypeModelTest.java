package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.TrainingNews;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.Mention;
import io.newsdesk.schemas.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped span typer is what training on the tagged news gives: nobody ships a model that cannot be rebuilt.
 * After a change to the features, the passes or the training text, rebuild it (and review the diff):
 * <pre>
 * mvn -B -o -pl enrich -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false -Dtest=SpanTypeModelTest -Dnewsdesk.retrain=true
 * </pre>
 */
class SpanTypeModelTest {
    private static final String RETRAIN_PROPERTY = "newsdesk.retrain";
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final List<EntityPass> PASSES = StandardProcessors.entityPasses(GAZETTEER);
    private static final List<TaggedText> TEXTS = SpanTypeTraining.taggedTexts(TrainingNews.files());
    private static final int FOLDS = 10;
    /** A file to write the cross-validation's false positives and negatives to, one line each (for study). */
    private static final String ERRORS_PROPERTY = "newsdesk.cv.errors";

    @Test
    void theShippedModelIsWhatTrainingOnTheTaggedNewsGives() throws IOException {
        long started = System.nanoTime();
        List<SpanTypeModel.Example> examples = SpanTypeTraining.examples(GAZETTEER, PASSES, TEXTS);
        SpanTypeModel trained = SpanTypeModel.fit(examples);
        System.out.printf("span type model: %d candidates, %d features, trained in %d ms%n", examples.size(), trained.featureCount(),
                (System.nanoTime() - started) / 1_000_000);
        String text = trained.serialize();
        if (Boolean.getBoolean(RETRAIN_PROPERTY)) {
            Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
            Files.writeString(module.resolve("src/main/resources" + SpanTypeModel.RESOURCE), text, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = SpanTypeModel.class.getResourceAsStream(SpanTypeModel.RESOURCE)) {
            assertNotNull(in, SpanTypeModel.RESOURCE + " is missing: retrain with -D" + RETRAIN_PROPERTY + "=true");
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(text),
                    SpanTypeModel.RESOURCE + " is not what training on enrich/training/tagged-news*.json gives now: retrain with -D"
                            + RETRAIN_PROPERTY + "=true (see enrich/training/README.md)");
        }
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        List<SpanTypeModel.Example> examples = SpanTypeTraining.examples(GAZETTEER, PASSES, TEXTS);
        assertEquals(SpanTypeModel.fit(examples).serialize(), SpanTypeModel.fit(List.copyOf(examples)).serialize());
    }

    @Test
    void theShippedModelReadsBackAsWritten() {
        SpanTypeModel shipped = SpanTypeModel.standard();
        assertEquals(shipped.serialize(), SpanTypeModel.parse(List.of(shipped.serialize().lines()
                .filter(l -> !l.startsWith("#")).toArray(String[]::new))).serialize());
        assertTrue(shipped.featureCount() > 1000, "features: " + shipped.featureCount());
    }

    @Test
    void anOrganisationWordMakesAnOrganisationAndASpeechVerbAPerson() {
        SpanTypeModel shipped = SpanTypeModel.standard();
        assertTrue(shipped.weight("orgWordLast", EntityType.ORGANIZATION) > shipped.weight("orgWordLast", EntityType.PERSON));
        assertTrue(shipped.weight("speechAfter", EntityType.PERSON) > shipped.weight("speechAfter", EntityType.PLACE));
    }

    @Test
    void tagsGiveThePlainTextAndTheirSpans() {
        TaggedText t = TaggedText.parse("Sen. <PER>Dana Holt</PER> of <LOC>Ohio</LOC> said.");
        assertEquals("Sen. Dana Holt of Ohio said.", t.text());
        assertEquals(List.of(new TaggedText.Span(5, 14, EntityType.PERSON), new TaggedText.Span(18, 22, EntityType.PLACE)), t.spans());
    }

    /**
     * At run time the typer hashes each feature from its parts instead of building its name: on every candidate of
     * the training text it must give the probabilities the named features give, and no two features of the shipped
     * model may share a hash.
     */
    @Test
    void hashedFeaturesScoreAsTheNamedOnes() {
        SpanTypeModel shipped = SpanTypeModel.standard();
        assertEquals(0, shipped.hashCollisions(), "features of the shipped model sharing a hash");
        int[] compared = new int[1];
        SpanTyper checking = (r, from, end, title, guess) -> {
            double[] named = shipped.probabilities(SpanFeatures.of(r, from, end, title, guess));
            org.junit.jupiter.api.Assertions.assertArrayEquals(named, shipped.hashedProbabilities(r, from, end, title, guess), 1e-12,
                    () -> "hashed and named features differ on " + r.slice(from, end));
            compared[0]++;
            return shipped.type(r, from, end, title, guess);
        };
        EntityEnricher enricher = new EntityEnricher(GAZETTEER, PASSES, checking);
        for (TaggedText t : TEXTS) {
            enricher.entities(null, AnalyzedText.of(t.text()));
        }
        assertTrue(compared[0] > 1000, "candidates compared: " + compared[0]);
    }

    /**
     * A witness less fitted to the evaluation set than its development half: 10-fold cross-validation over the
     * training articles. Each fold's model is trained on the other nine tenths and the whole recognizer (every
     * pass, the gazetteer, the fold's typer) reads the fold's plain text; its mentions are scored against the
     * tags, exact span and type. Printed, and asserted only far below what the model reaches.
     */
    @Test
    void crossValidatedMentionScoresArePrinted() {
        long started = System.nanoTime();
        List<List<SpanTypeModel.Example>> perText = new ArrayList<>();
        for (TaggedText t : TEXTS) {
            perText.add(SpanTypeTraining.examples(GAZETTEER, PASSES, List.of(t)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(14));
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // true positives, found, tagged
        String errorsFile = System.getProperty(ERRORS_PROPERTY);
        StringBuilder errors = errorsFile == null ? null : new StringBuilder();
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<SpanTypeModel.Example> train = new ArrayList<>();
            List<TaggedText> test = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                if (j % FOLDS == fold) {
                    test.add(TEXTS.get(order.get(j)));
                } else {
                    train.addAll(perText.get(order.get(j)));
                }
            }
            EntityEnricher enricher = new EntityEnricher(GAZETTEER, PASSES, SpanTypeModel.fit(train));
            for (TaggedText t : test) {
                List<Entity> found = enricher.entities(null, AnalyzedText.of(t.text()));
                score(t, found, counts);
                if (errors != null) {
                    listErrors(t, found, errors);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%n%d-fold cross-validated mentions on %d training articles"
                + " (exact span and type):%n", FOLDS, TEXTS.size()));
        int[] all = new int[3];
        for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            report.append(String.format(Locale.ROOT, "  %-13s %s%n", e.getKey(), prf(c)));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        }
        report.append(String.format(Locale.ROOT, "  %-13s %s  (%d ms)%n", "all", prf(all), (System.nanoTime() - started) / 1_000_000));
        System.out.print(report);
        if (errors != null) {
            try {
                Files.writeString(Path.of(errorsFile), errors, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertTrue(f1(all) > 0.6, "cross-validated mention F1 " + f1(all));
    }

    /**
     * The fold's errors, one line each, for studying the kinds of error the recognizer makes on text it was not
     * trained on: "FP found-type gold-type-or-none span | context" and "FN gold-type span | context".
     */
    private static void listErrors(TaggedText t, List<Entity> found, StringBuilder out) {
        Map<String, EntityType> tagged = new java.util.HashMap<>();
        for (TaggedText.Span s : t.spans()) {
            tagged.put(s.start() + ":" + s.end(), s.type());
        }
        Set<String> right = new HashSet<>();
        for (Entity e : found) {
            for (Mention m : e.getMentions()) {
                String key = m.getStart() + ":" + m.getEnd();
                EntityType gold = tagged.get(key);
                if (gold == e.getType()) {
                    right.add(key);
                } else {
                    out.append(String.format(Locale.ROOT, "FP %s %s [%s] | %s%n", e.getType(), gold == null ? "none" : gold,
                            t.text().substring(m.getStart(), m.getEnd()), context(t.text(), m.getStart(), m.getEnd())));
                }
            }
        }
        for (TaggedText.Span s : t.spans()) {
            if (!right.contains(s.start() + ":" + s.end())) {
                out.append(String.format(Locale.ROOT, "FN %s [%s] | %s%n", s.type(), t.text().substring(s.start(), s.end()),
                        context(t.text(), s.start(), s.end())));
            }
        }
    }

    private static String context(String text, int start, int end) {
        return (text.substring(Math.max(0, start - 50), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 50))).replace('\n', ' ');
    }

    private static void score(TaggedText t, List<Entity> found, Map<EntityType, int[]> counts) {
        Set<String> tagged = new HashSet<>();
        for (TaggedText.Span s : t.spans()) {
            tagged.add(s.start() + ":" + s.end() + ":" + s.type());
            counts.get(s.type())[2]++;
        }
        for (Entity e : found) {
            for (Mention m : e.getMentions()) {
                counts.get(e.getType())[1]++;
                if (tagged.contains(m.getStart() + ":" + m.getEnd() + ":" + e.getType())) {
                    counts.get(e.getType())[0]++;
                }
            }
        }
    }

    private static double f1(int[] c) {
        return c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
    }

    private static String prf(int[] c) {
        return String.format(Locale.ROOT, "P/R/F1 %.3f/%.3f/%.3f (%d of %d found, %d tagged)", c[1] == 0 ? 0 : (double) c[0] / c[1],
                c[2] == 0 ? 0 : (double) c[0] / c[2], f1(c), c[0], c[1], c[2]);
    }
}
