package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.schemas.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theShippedModelIsWhatTrainingOnTheTaggedNewsGives() throws IOException {
        long started = System.nanoTime();
        List<SpanTypeModel.Example> examples = SpanTypeTraining.examples(GAZETTEER, PASSES, SpanTypeTraining.taggedTexts());
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
                    SpanTypeModel.RESOURCE + " is not what training on enrich/training/tagged-news.json gives now: retrain with -D"
                            + RETRAIN_PROPERTY + "=true (see enrich/training/README.md)");
        }
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        List<SpanTypeModel.Example> examples = SpanTypeTraining.examples(GAZETTEER, PASSES, SpanTypeTraining.taggedTexts());
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
}
