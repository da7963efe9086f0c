package io.newsdesk.enrich.sources;

import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.schemas.CitedSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitedSourceEnricherTest {

    private static List<CitedSource> cited(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        return new CitedSourceEnricher(Gazetteer.standard()).citedSources(analyzed,
                new EntityEnricher(Gazetteer.standard(), StandardProcessors.entityPasses(Gazetteer.standard())).entities(null, analyzed));
    }

    @Test
    void outletsInAttributingPhrasesAreCited() {
        List<CitedSource> c = cited("NPR reports that the plant will close. The plant manager told NPR the decision was final, "
                + "according to The Washington Post. Reuters reported the same figures.");
        assertEquals(List.of("NPR", "The Washington Post", "Reuters"), c.stream().map(CitedSource::getName).toList());
        assertEquals(List.of("NPR reports", "told NPR"), c.get(0).getPhrases());
        assertEquals(2, c.get(0).getMentionCount());
        assertEquals(List.of("according to The Washington Post"), c.get(1).getPhrases());
    }

    @Test
    void aWireCreditInTheDatelineIsACitation() {
        List<CitedSource> c = cited("LONDON, May 2 (Reuters) - Shares in the bank fell 4% after it warned on profits.");
        assertEquals("Reuters", c.get(0).getName());
        assertEquals(List.of("(Reuters)"), c.get(0).getPhrases());
    }

    @Test
    void aMereMentionOfAnOutletIsNotACitation() {
        assertEquals(List.of(), cited("She worked at NPR for ten years before joining the city council."));
    }
}
