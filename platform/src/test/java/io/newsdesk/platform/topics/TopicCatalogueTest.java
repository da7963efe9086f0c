package io.newsdesk.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/topics.md is generated from the code; this fails when someone changes one and not the other. */
class TopicCatalogueTest {

    @Test
    void theCommittedCatalogueMatchesTheCode() throws Exception {
        Path doc = Path.of("..", "docs", "topics.md");
        String expected = TopicCatalogue.markdown(Topics.standard(), 6);
        if (Boolean.getBoolean("newsdesk.catalogue.write")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/topics.md is out of date: run `mvn -pl platform test -Dtest=TopicCatalogueTest "
                        + "-Dnewsdesk.catalogue.write=true` and commit the file");
    }
}
