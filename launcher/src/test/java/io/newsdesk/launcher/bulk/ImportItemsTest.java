package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.launcher.http.SubmissionFile;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportItemsTest {
    private final ImportItems items = new ImportItems(Optional.of("https://archive.example.org/"));

    @Test
    void jsonLinesGiveOneItemPerLineKeyedByLineNumberAndABrokenLineIsRejectedWithIt() {
        String lines = "{\"externalId\":\"a\",\"headline\":\"A\",\"body\":\"x\"}\r\n"
                + "\n"
                + "{\"externalId\":\"b\", \"headline\": \n"
                + "{\"externalId\":\"c\",\"headline\":\"C\",\"body\":\"z\"}";

        List<ImportItem> result = items.of(file("monday/wire.jsonl", lines));

        assertEquals(List.of("monday/wire.jsonl:1", "monday/wire.jsonl:3", "monday/wire.jsonl:4"),
                result.stream().map(ImportItem::key).toList());
        assertTrue(result.get(0).sendable());
        assertEquals("{\"externalId\":\"a\",\"headline\":\"A\",\"body\":\"x\"}", text(result.get(0)), "without the CR");
        ImportItem broken = result.get(1);
        assertFalse(broken.sendable());
        assertEquals(1, broken.localProblems().size());
        assertTrue(broken.localProblems().get(0).startsWith("line 3: not valid JSON"), broken.localProblems().toString());
        assertTrue(result.get(2).sendable());
    }

    @Test
    void aJsonArrayGivesOneItemPerElementKeyedByIndex() throws IOException {
        String array = "[{\"externalId\":\"a\",\"headline\":\"A\"}, {\"externalId\":\"b\",\"headline\":\"B\"}]";

        List<ImportItem> result = items.of(file("batch.json", array));

        assertEquals(List.of("batch.json[0]", "batch.json[1]"), result.stream().map(ImportItem::key).toList());
        JsonNode second = Json.mapper().readTree(result.get(1).content());
        assertEquals("b", second.get("externalId").asText());
        assertEquals("B", second.get("headline").asText());
        assertEquals(SubmissionFile.Kind.JSON, result.get(1).kind());
    }

    @Test
    void aSingleJsonSubmissionIsSentAsWritten() {
        String json = "{ \"externalId\": \"a\" }";

        List<ImportItem> result = items.of(file("one.json", json));

        assertEquals(1, result.size());
        assertEquals("one.json", result.get(0).key());
        assertEquals(json, text(result.get(0)));
    }

    @Test
    void aBrokenJsonFileIsOneRejectedItem() {
        List<ImportItem> result = items.of(file("broken.json", "[{\"a\": 1}, "));

        assertEquals(1, result.size());
        assertFalse(result.get(0).sendable());
        assertTrue(result.get(0).localProblems().get(0).startsWith("file: not valid JSON"), result.get(0).localProblems().toString());
    }

    @Test
    void aRawPageUsesItsCanonicalLinkElseThePrefixAndItsPath() {
        ImportItem canonical = items.of(file("pages/a.html",
                "<html><head><link rel=\"canonical\" href=\"https://news.example.com/a\"></head><body>x</body></html>")).get(0);
        ImportItem prefixed = items.of(file("pages/court day.txt", "Court day.")).get(0);

        assertEquals(Optional.of("https://news.example.com/a"), canonical.url());
        assertEquals(SubmissionFile.Kind.HTML, canonical.kind());
        assertEquals(Optional.of("https://archive.example.org/pages/court%20day.txt"), prefixed.url());
        assertEquals(SubmissionFile.Kind.TEXT, prefixed.kind());
    }

    @Test
    void aRawPageWithoutAnyUrlAndAnUnknownFileAreRejectedWithTheReason() {
        ImportItems withoutPrefix = new ImportItems(Optional.empty());

        ImportItem page = withoutPrefix.of(file("a.htm", "<p>no link</p>")).get(0);
        ImportItem unknown = withoutPrefix.of(file("notes.docx", "binary")).get(0);

        assertTrue(page.localProblems().get(0).contains("--url-prefix"), page.localProblems().toString());
        assertTrue(unknown.localProblems().get(0).contains("not a submission file"), unknown.localProblems().toString());
    }

    private static SourceFile file(String name, String content) {
        return new SourceFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ImportItem item) {
        return new String(item.content(), StandardCharsets.UTF_8);
    }
}
