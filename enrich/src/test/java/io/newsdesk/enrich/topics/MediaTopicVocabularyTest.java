package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTopicVocabularyTest {

    @Test
    void shippedReleaseKeepsItsAttributionAndSkipsRetiredConcepts() throws Exception {
        MediaTopicVocabulary v = MediaTopicVocabulary.shipped();
        assertEquals(1286, v.size());
        JsonNode release;
        try (InputStream in = getClass().getResourceAsStream(MediaTopicVocabulary.RESOURCE)) {
            release = new ObjectMapper().readTree(in);
        }
        assertTrue(release.path("licence").asText().contains("creativecommons.org/licenses/by/4.0"), release.path("licence").asText());
        assertTrue(release.path("copyrightHolder").asText().startsWith("IPTC"));
        assertTrue(release.path("source").asText().contains("IPTC Media Topics"));
        assertTrue(v.concept("medtop:20000261").orElseThrow().retired(), "energy industry is retired in this release");
        assertFalse(v.active().stream().anyMatch(c -> c.code().equals("medtop:20000261")));
        assertEquals(1286 - 153, v.active().size());
        assertEquals(1286, v.codes().size());
        assertTrue(v.codes().contains("medtop:20000261") && v.codes().contains("medtop:02000000"), "codes include retired ones");
    }

    @Test
    void broaderChainRunsFromTheParentToTheTopLevel() {
        MediaTopicVocabulary v = MediaTopicVocabulary.shipped();
        assertEquals(java.util.List.of("medtop:20000095", "medtop:20000082", "medtop:02000000"),
                v.broaderChain("medtop:20000096").stream().map(MediaTopicVocabulary.Concept::code).toList());
        assertTrue(v.broaderChain("02000000").isEmpty());
    }

    @Test
    void aNewerReleaseCanBeDroppedInWithTheEnvironmentVariable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newer.json");
        Files.writeString(file, """
                {"source": "test release", "licence": "http://creativecommons.org/licenses/by/4.0/", "copyrightHolder": "IPTC",
                 "concepts": [
                  {"qcode": "medtop:02000000", "label": "crime, law and justice", "broader": [], "retired": null},
                  {"qcode": "medtop:29999999", "label": "space piracy", "broader": ["02000000"], "retired": null}]}
                """);
        MediaTopicVocabulary v = MediaTopicVocabulary.load(Map.of(MediaTopicVocabulary.FILE_VARIABLE, file.toString()));
        assertEquals(2, v.size());
        assertEquals("space piracy", v.concept("medtop:29999999").orElseThrow().label());

        var topics = new MediaTopicTagger(v).topics("Space piracy on the rise", AnalyzedText.of("Space piracy is growing.")).subjects();
        assertEquals("medtop:29999999", topics.get(0).getCode());
        assertEquals("medtop:02000000", topics.get(0).getBroader().get(0).getCode());
    }

    @Test
    void anUnreadableVocabularyFileIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> MediaTopicVocabulary.load(Map.of(MediaTopicVocabulary.FILE_VARIABLE, missing.toString())));
        assertTrue(e.getMessage().contains(MediaTopicVocabulary.FILE_VARIABLE), e.getMessage());
    }
}
