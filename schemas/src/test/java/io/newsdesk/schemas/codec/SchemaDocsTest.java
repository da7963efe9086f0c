package io.newsdesk.schemas.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDocsTest {

    @Test
    void everyFieldOfEveryTopicSchemaHasADoc() {
        List<String> missing = SchemaDocs.undocumentedFields();
        assertTrue(missing.isEmpty(), "add a \"doc\" to these fields in schemas/src/main/avro: " + missing);
    }

    @Test
    void theCommittedSchemaPageMatchesTheSchemas() throws Exception {
        Path page = Path.of("..", "docs", "schemas.md");
        String expected = SchemaDocs.markdown();
        if (Boolean.getBoolean("newsdesk.docs.write")) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(page, StandardCharsets.UTF_8),
                "docs/schemas.md is out of date: run `mvn -pl schemas test -Dtest=SchemaDocsTest "
                        + "-Dnewsdesk.docs.write=true` and commit the file");
    }

    @Test
    void fingerprintsAreWrittenInHeaderByteOrder() {
        // the first header bytes after C3 01 are the fingerprint's low byte first
        String hex = SchemaDocs.fingerprintHex(io.newsdesk.schemas.Submission.getClassSchema());
        long fp = org.apache.avro.SchemaNormalization.parsingFingerprint64(io.newsdesk.schemas.Submission.getClassSchema());
        assertEquals(String.format("%02x", fp & 0xff), hex.substring(0, 2));
    }
}
