package io.newsdesk.publish.browser;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;

import io.newsdesk.publish.site.TestArticles;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.util.List;

/** The articles {@link HostileContentInBrowserIT} serves: every field an upstream system controls carries every payload. */
final class HostileArticles {
    static final String HEADLINE = "Court rules " + Payload.all("headline");
    static final String BYLINE = Payload.all("byline");
    static final String QUOTE = Payload.all("quote");
    static final String SPEAKER = "Eve Mallory " + Payload.all("speaker");
    static final String CORRECTION = Payload.all("correction");

    private HostileArticles() {
    }

    static PublishedArticle html() {
        Subject topic = Subject.newBuilder().setCode("medtop:20000096").setLabel("drug trafficking " + Payload.all("topic"))
                .setScore(90).setBroader(List.of(SubjectRef.newBuilder().setCode("medtop:02000000")
                        .setLabel("crime " + Payload.all("broader")).build())).build();
        return article("hostile-1").slug("hostile-one").firstPublished(T0)
                .headline(HEADLINE).byline(BYLINE).summary(Payload.all("summary"))
                .body("<p>Facts.</p>" + Payload.all("body"), "Facts. " + Payload.all("bodytext"))
                .url(Payload.javascriptUrl("source"))
                .topics(topic)
                .keywords("pill press", Payload.all("keyword"))
                // The person is also the quote's speaker, so the quote's link to the speaker has a page.
                .entities(TestArticles.entity(EntityType.PERSON, SPEAKER, null, List.of(Payload.all("title"))),
                        TestArticles.entity(EntityType.PLACE, "Ohio " + Payload.all("place"),
                                "US-OH" + Payload.ATTRIBUTE_BREAKOUT.in("isocode"), List.of()),
                        TestArticles.entity(EntityType.ORGANIZATION, "Sheriff " + Payload.all("org"), null, List.of()))
                .quotes(Quote.newBuilder().setText(QUOTE).setSpeaker(SPEAKER).setAttribution(Payload.all("attribution")).build())
                .cited(CitedSource.newBuilder().setName("Ledger " + Payload.all("cited"))
                        .setPhrases(List.of(Payload.all("phrase"))).setMentionCount(1).build())
                .correction(2, CORRECTION, T0.plusSeconds(600))
                .build();
    }

    /** No HTML body: the site renders the plain text, which must be escaped, not trusted. */
    static PublishedArticle text() {
        return article("hostile-2").slug("hostile-two").firstPublished(T0.minusSeconds(3600))
                .headline("Plain text " + Payload.all("headline2")).byline("By Ana Soto")
                .body("", "First paragraph " + Payload.all("plaintext") + "\n\nSecond paragraph.")
                .build();
    }

    static PublishedArticle toBeRetracted() {
        return article("hostile-3").slug("hostile-three").firstPublished(T0.minusSeconds(7200))
                .headline("Retracted " + Payload.all("retracted")).byline(Payload.all("retractedbyline"))
                .build();
    }
}
