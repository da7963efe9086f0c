package io.newsdesk.enrich.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared sample page (a real scraped page, not ours, kept outside the repository in
 * {@code ../shared/samples/}) must come out as its README describes. The page is looked up from the
 * system property {@code newsdesk.samples.dir}, else by walking up from the working directory; when it
 * is absent the test is skipped, loudly.
 */
public class SamplePageTest {

    public static final String PAGE = "crime-justice-digest-page.txt";
    private static EnrichedArticle article;

    @BeforeAll
    static void enrichTheSamplePage() throws Exception {
        Optional<Path> page = findPage();
        if (page.isEmpty()) {
            System.out.println("SKIPPED SamplePageTest: " + PAGE + " not found (set -Dnewsdesk.samples.dir or run next to ../shared/samples)");
        }
        Assumptions.assumeTrue(page.isPresent(), "sample page " + PAGE + " is not present; skipping the sample page checks");
        article = new EnrichmentFixture().run(EnrichmentFixture.submission("sample", null, Files.readString(page.get()),
                SubmissionChannel.RAW_PAGE, BodyFormat.TEXT));
    }

    public static Optional<Path> findPage() {
        String property = System.getProperty("newsdesk.samples.dir");
        if (property != null && Files.isRegularFile(Path.of(property, PAGE))) {
            return Optional.of(Path.of(property, PAGE));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/samples").resolve(PAGE), dir.resolve("../shared/samples").resolve(PAGE))) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static Entity entity(EntityType type, String name) {
        return article.getEntities().stream().filter(e -> e.getType() == type && e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + name + " missing from "
                        + article.getEntities().stream().map(e -> e.getType() + " " + e.getName()).toList()));
    }

    @Test
    void headlineIsFoundAndTheSiteChromeIsRemoved() {
        assertEquals("War on Fentanyl Smuggling Doomed, Experts Say", article.getContent().getHeadline());
        String text = article.getContent().getText();
        assertEquals(2, text.split("\n\n").length, "two paragraphs");
        assertEquals(6, article.getContent().getRemovedBoilerplate().size(), article.getContent().getRemovedBoilerplate().toString());
        for (String chrome : List.of("top of page", "Welcome to", "Recent Posts", "See All", "co-sponsored", "bottom of page")) {
            assertFalse(text.contains(chrome), chrome);
            assertTrue(article.getContent().getRemovedBoilerplate().stream().anyMatch(l -> l.contains(chrome)), chrome);
        }
        int words = text.split("\\s+").length;
        assertTrue(words > 340 && words < 400, "about 370 words: " + words);
    }

    @Test
    void peopleCarryTheirTitlesAndRoles() {
        Entity trone = entity(EntityType.PERSON, "David Trone");
        assertTrue(trone.getTitles().contains("Rep."), trone.getTitles().toString());
        assertTrue(trone.getTitles().contains("a Maryland Democrat"), trone.getTitles().toString());
        assertTrue(trone.getAliases().contains("Trone"));
        assertTrue(trone.getMentionCount() >= 2);
        Entity sarukhan = entity(EntityType.PERSON, "Arturo Sarukhan");
        assertTrue(sarukhan.getTitles().stream().anyMatch(t -> t.contains("former ambassador to the United States")), sarukhan.getTitles().toString());
        assertTrue(entity(EntityType.PERSON, "Joe Biden").getTitles().contains("President"));
        assertTrue(entity(EntityType.PERSON, "Donald Trump").getAliases().contains("Trump"));
    }

    @Test
    void organisationsAndPlacesAreNamedWithAcronymsAndIsoCodes() {
        entity(EntityType.ORGANIZATION, "NPR");
        assertTrue(entity(EntityType.ORGANIZATION, "Drug Enforcement Administration").getAliases().contains("DEA"));
        entity(EntityType.ORGANIZATION, "Mexican drug cartels");
        entity(EntityType.ORGANIZATION, "Mexican government");
        entity(EntityType.ORGANIZATION, "Chinese government");
        Entity us = entity(EntityType.PLACE, "United States");
        assertEquals("US", us.getIsoCode());
        assertTrue(us.getAliases().containsAll(List.of("U.S.", "American", "Washington")), us.getAliases().toString());
        Entity mexico = entity(EntityType.PLACE, "Mexico");
        assertEquals("MX", mexico.getIsoCode());
        assertTrue(mexico.getAliases().contains("Mexican"));
        assertEquals("US-MD", entity(EntityType.PLACE, "Maryland").getIsoCode());
        assertEquals("CN", entity(EntityType.PLACE, "China").getIsoCode());
    }

    @Test
    void theFourQuotesHaveTheirSpeakers() {
        List<Quote> quotes = article.getQuotes();
        assertEquals(4, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).getText().startsWith("My belief is there's absolutely no way to stop it"));
        assertTrue(quotes.get(1).getText().startsWith("As long as both countries continue"));
        assertTrue(quotes.get(2).getText().startsWith("That's the only chance we've got"));
        assertTrue(quotes.get(3).getText().startsWith("Without the Mexican government's help"));
        assertTrue(quotes.get(3).getText().endsWith("work on prevention."));
        assertEquals(List.of("David Trone", "Arturo Sarukhan", "David Trone", "David Trone"),
                quotes.stream().map(Quote::getSpeaker).toList());
        assertEquals("he said", quotes.get(2).getAttribution());
    }

    @Test
    void nprIsTheCitedOutlet() {
        List<CitedSource> cited = article.getCitedSources();
        assertEquals(List.of("NPR"), cited.stream().map(CitedSource::getName).toList());
        assertEquals(List.of("NPR reports", "told NPR"), cited.get(0).getPhrases());
    }

    @Test
    void theFiguresAreFound() {
        List<Figure> figures = article.getFigures();
        Figure pills = figures.stream().filter(f -> f.getValue() != null && f.getValue() == 5.0E7).findFirst().orElseThrow();
        assertEquals("more than", pills.getQualifier());
        assertTrue(pills.getCounts().startsWith("fake prescription pills"), pills.getCounts());
        Figure powder = figures.stream().filter(f -> f.getValue() != null && f.getValue() == 10000.0).findFirst().orElseThrow();
        assertEquals("pounds", powder.getUnit());
        assertEquals("fentanyl powder", powder.getCounts());
        assertTrue(figures.stream().anyMatch(f -> f.getKind() == FigureKind.YEAR && f.getValue() == 2022.0));
        assertTrue(figures.stream().anyMatch(f -> f.getKind() == FigureKind.CHANGE && f.getText().startsWith("a doubling")));
    }

    @Test
    void mainTopicIsDrugTraffickingUnderCrimeLawAndJustice() {
        assertEquals("medtop:20000096", article.getTopics().get(0).getCode());
        assertEquals("drug trafficking", article.getTopics().get(0).getLabel());
        List<SubjectRef> broader = article.getTopics().get(0).getBroader();
        assertEquals("medtop:02000000", broader.get(broader.size() - 1).getCode());
    }
}
