package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.COURT;
import static io.newsdesk.publish.ArticleFixture.CRIME;
import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {
    private static final String EXAMPLE = "crime-law-justice=topic:medtop:02000000, courts=section:courts,"
            + "wire=source:wire,fentanyl=keyword:fentanyl";

    @Test
    void parsesEveryKindAndKeepsTheValueAfterTheFirstColon() {
        Routes routes = Routes.parse(EXAMPLE);
        assertEquals(List.of(
                new RouteRule("crime-law-justice", RouteRule.Kind.TOPIC, "medtop:02000000"),
                new RouteRule("courts", RouteRule.Kind.SECTION, "courts"),
                new RouteRule("wire", RouteRule.Kind.SOURCE, "wire"),
                new RouteRule("fentanyl", RouteRule.Kind.KEYWORD, "fentanyl")), routes.rules());
        assertEquals(List.of("crime-law-justice", "courts", "wire", "fentanyl"), routes.slices());
        assertEquals(EXAMPLE.replace(" ", ""), routes.toString());
    }

    @Test
    void blankConfigurationMeansNoRoutes() {
        assertTrue(Routes.parse(" ").slices().isEmpty());
        assertTrue(Routes.parse(null).rules().isEmpty());
    }

    @Test
    void topicMatchesTheSubjectItselfOrAnyConceptInItsBroaderChain() {
        Routes routes = Routes.parse("crime=topic:" + CRIME + ",court=topic:" + COURT);
        assertEquals(List.of("crime", "court"), routes.slicesFor(article("a1").topic(COURT, CRIME).build()),
                "the court concept matches itself and, through its broader chain, the top-level crime topic");
        assertEquals(List.of("crime"), routes.slicesFor(article("a2").topic(CRIME).build()));
        assertEquals(List.of(), routes.slicesFor(article("a3").topic("medtop:04000000").build()));
    }

    @Test
    void keywordSourceAndSectionMatchWithoutRegardToCase() {
        Routes routes = Routes.parse(EXAMPLE);
        assertEquals(List.of("fentanyl"), routes.slicesFor(article("a1").keyword("Fentanyl").build()));
        assertEquals(List.of("wire"), routes.slicesFor(article("a2").source("WIRE").build()));
        assertEquals(List.of("courts"), routes.slicesFor(article("a3").section("Courts").build()));
        assertEquals(List.of(), routes.slicesFor(article("a4").keyword("ferry").source("desk").build()));
    }

    @Test
    void severalEntriesForOneSliceMatchWhenAnyDoesAndRouteOnce() {
        Routes routes = Routes.parse("justice=section:courts,justice=topic:" + CRIME);
        assertEquals(List.of("justice"), routes.slices());
        assertEquals(List.of("justice"), routes.slicesFor(article("a1").courtStory().build()));
        assertEquals(List.of("justice"), routes.slicesFor(article("a2").section("courts").build()));
    }

    @Test
    void malformedEntriesAreRefusedWithTheEntryAndTheProblem() {
        var noKind = assertThrows(IllegalArgumentException.class, () -> Routes.parse("crime=medtop"));
        assertTrue(noKind.getMessage().contains("'crime=medtop' is not of the form slice=kind:value"), noKind.getMessage());
        var badKind = assertThrows(IllegalArgumentException.class, () -> Routes.parse("crime=iptc:02000000"));
        assertTrue(badKind.getMessage().contains("unknown kind 'iptc'"), badKind.getMessage());
        var badName = assertThrows(IllegalArgumentException.class, () -> Routes.parse("crime law=topic:x"));
        assertTrue(badName.getMessage().contains("slice name 'crime law'"), badName.getMessage());
        var noValue = assertThrows(IllegalArgumentException.class, () -> Routes.parse("crime=topic:"));
        assertTrue(noValue.getMessage().contains("has no value"), noValue.getMessage());
    }
}
