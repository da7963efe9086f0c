package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTypeTrainingTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final List<EntityPass> PASSES = StandardProcessors.entityPasses(GAZETTEER);

    @Test
    void retrainingFromTheTaggedNewsGivesTheSameModel() {
        long t0 = System.nanoTime();
        List<TaggedText> texts = SpanTypeTraining.taggedTexts();
        List<SpanTypeModel.Example> examples = SpanTypeTraining.examples(GAZETTEER, PASSES, texts);
        SpanTypeModel once = SpanTypeModel.fit(examples);
        long t1 = System.nanoTime();
        List<TaggedText> texts2 = SpanTypeTraining.taggedTexts();
        long ta = System.nanoTime();
        List<SpanTypeModel.Example> ex2 = SpanTypeTraining.examples(GAZETTEER, PASSES, texts2);
        long tb = System.nanoTime();
        SpanTypeModel again = SpanTypeModel.fit(ex2);
        long t2 = System.nanoTime();
        System.out.printf("parse %d examples %d fit %d%n", (ta - t1) / 1_000_000, (tb - ta) / 1_000_000, (t2 - tb) / 1_000_000);
        System.out.printf("span type model: %d articles, %d candidates, %d features; trained in %d ms cold, %d ms warm%n",
                texts.size(), examples.size(), once.featureCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        assertEquals(once.featureCount(), again.featureCount());
        for (String f : List.of("bias", "orgWordLast", "givenFirst", "speechAfter", "rule=null")) {
            for (EntityType type : EntityType.values()) {
                assertEquals(once.weight(f, type), again.weight(f, type), f + " " + type);
            }
        }
        assertTrue(examples.size() > 1000, "candidates: " + examples.size());
    }

    @Test
    void tagsGiveThePlainTextAndTheirSpans() {
        TaggedText t = TaggedText.parse("Sen. <PER>Dana Holt</PER> of <LOC>Ohio</LOC> said.");
        assertEquals("Sen. Dana Holt of Ohio said.", t.text());
        assertEquals(List.of(new TaggedText.Span(5, 14, EntityType.PERSON), new TaggedText.Span(18, 22, EntityType.PLACE)), t.spans());
    }
}
