package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline command on the project's own samples: parsed as ingest parses, enriched as enrich does. */
class EnrichCommandTest {
    /** Maven runs the tests in launcher/; the samples live at the repository root. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aJsonSubmissionComesOutAsOneObjectWithTheEnrichedFields() throws Exception {
        int status = run(REPOSITORY, "enrich", "--compact", "samples/01-cash-bail-study.json");

        assertEquals(0, status, stderr());
        List<JsonNode> objects = objects();
        assertEquals(1, objects.size());
        JsonNode article = objects.get(0);
        assertEquals("samples/01-cash-bail-study.json", article.get("file").asText());
        assertEquals("Jail Population Fell a Fifth After Ashford County Ended Cash Bail, Study Finds", article.get("headline").asText());
        assertTrue(article.get("slug").asText().startsWith("jail-population-fell"), article.toString());
        // The body has 295 words; the cleaner may count hyphenated or numeric tokens differently.
        int words = article.get("wordCount").asInt();
        assertTrue(words > 250 && words < 320, "wordCount " + words);
        assertTrue(article.get("readingTimeSeconds").asInt() > 0, article.toString());
        assertEquals("en", article.get("language").asText());
        assertFalse(article.get("keywords").isEmpty(), article.toString());
        assertTrue(article.get("summary").asText().startsWith("Two years after Ashford County, Ohio,"), article.toString());
        for (String field : List.of("topics", "entities", "quotes", "citedSources", "figures")) {
            assertTrue(article.get(field).isArray(), field + " is an array: " + article);
        }
    }

    @Test
    void aRawPageLosesItsNavigationAndFindsItsHeadline() throws Exception {
        int status = run(REPOSITORY, "enrich", "--compact", "samples/04-juvenile-detention-page.html");

        assertEquals(0, status, stderr());
        JsonNode article = objects().get(0);
        assertEquals("Judge Orders State to Fix Staffing at Youth Detention Centers", article.get("headline").asText());
        assertTrue(article.get("summary").asText().startsWith("A federal judge in Baton Rouge"), article.toString());
        assertFalse(article.toString().contains("Welcome to Justice Roundup"), article.toString());
    }

    @Test
    void aRawPagesAuthorLineIsItsBylineAndNeverItsHeadline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.txt"), String.join("\n", "RIVERTON GAZETTE", "Home | News | Courts | Sport",
                "Switch to dark mode", "Courts", "Riverton council settles flood lawsuit for $2 million",
                "By Odile Marchetti-Ng (Valley Wire)", "Published May 4, 2025 | Updated 6:05 p.m.",
                "Photo: Ruben Alves / Riverton Gazette",
                "RIVERTON (Valley Wire) \u2014 The Riverton city council agreed on Tuesday to pay $2 million to settle a lawsuit"
                        + " brought by homeowners whose basements flooded after a storm drain collapsed in 2023.",
                "The settlement still needs the approval of a county judge, lawyers for both sides said.",
                "Sign up for our morning newsletter"));

        int status = run(dir, "enrich", "--compact", "page.txt");

        assertEquals(0, status, stderr());
        JsonNode article = objects().get(0);
        assertEquals("Riverton council settles flood lawsuit for $2 million", article.get("headline").asText());
        assertEquals("Odile Marchetti-Ng", article.get("byline").asText());
        assertTrue(article.get("summary").asText().startsWith("RIVERTON (Valley Wire) \u2014 The Riverton city council"), article.toString());
    }

    @Test
    void everySampleIsAValidSubmission() throws Exception {
        List<String> args = new ArrayList<>(List.of("enrich", "--compact"));
        try (var files = Files.list(REPOSITORY.resolve("samples"))) {
            files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(f -> args.add(REPOSITORY.relativize(f).toString()));
        }

        int status = run(REPOSITORY, args.toArray(String[]::new));

        assertEquals(0, status, stderr());
        assertEquals(args.size() - 2, objects().size());
        for (JsonNode article : objects()) {
            assertFalse(article.get("headline").asText().isBlank(), article.toString());
            assertTrue(article.get("wordCount").asInt() > 150, article.toString());
        }
    }

    @Test
    void anInvalidFileIsReportedWithIngestsProblemsAndExitsWithOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"headline\":\"No body\",\"bodyFromat\":\"text\"}");

        int status = run(dir, "enrich", "bad.json");

        assertEquals(NewsdeskCli.FAILED, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(stderr().contains(dir.resolve("bad.json") + ": not a valid submission: "), stderr());
        assertTrue(stderr().contains("bodyFromat: unknown field"), stderr());
        assertTrue(stderr().contains("externalId: required"), stderr());
        assertTrue(stderr().contains("body: required"), stderr());
    }

    @Test
    void urlIsOnlyAcceptedWithASingleFile() {
        int status = run(REPOSITORY, "enrich", "--url", "https://x.example/", "samples/01-cash-bail-study.json",
                "samples/02-prison-college-report.json");

        assertEquals(NewsdeskCli.USAGE, status);
        assertTrue(stderr().startsWith("newsdesk enrich: --url names the address of one raw page"), stderr());
    }

    private int run(Path workingDirectory, String... args) {
        CliContext context = new CliContext(Map.of(), workingDirectory, REPOSITORY,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return NewsdeskCli.standard().run(List.of(args), context);
    }

    private List<JsonNode> objects() throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                objects.add(Json.mapper().readTree(line));
            }
        }
        return objects;
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
