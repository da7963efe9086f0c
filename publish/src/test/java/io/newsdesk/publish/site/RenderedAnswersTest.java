package io.newsdesk.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RenderedAnswersTest {
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();

    private static Request get(String uri, String... headers) {
        Map<String, String> h = headers.length == 0 ? Map.of() : Map.of(headers[0], headers[1]);
        return Request.of("GET", uri, Map.of(), h, new byte[0]);
    }

    private Response page(String text) {
        renders.incrementAndGet();
        return Response.html(200, text);
    }

    @Test
    void anAnswerIsRenderedOncePerStateOfTheIndex() {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1024 * 1024);
        assertEquals("home 1", answers.answer(get("/"), () -> page("home 1")).bodyText());
        assertEquals("home 1", answers.answer(get("/"), () -> page("home 2")).bodyText(), "the kept answer");
        assertEquals(1, renders.get());
        generation.incrementAndGet();
        assertEquals("home 2", answers.answer(get("/"), () -> page("home 2")).bodyText(), "a refresh makes it stale");
        assertEquals(2, renders.get());
    }

    @Test
    void aKeptAnswerWhoseValidatorStillHoldsIsServedAgainAfterARefresh() {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1024 * 1024);
        AtomicReference<String> items = new AtomicReference<>("a@1");
        AtomicInteger checks = new AtomicInteger();
        Supplier<Object> validator = () -> {
            checks.incrementAndGet();
            return items.get();
        };
        assertEquals("feed 1", answers.answer(get("/feeds/rss.xml"), validator, () -> page("feed 1")).bodyText());
        generation.incrementAndGet();
        assertEquals("feed 1", answers.answer(get("/feeds/rss.xml"), validator, () -> page("feed 2")).bodyText(),
                "the same items: the kept answer");
        assertEquals("feed 1", answers.answer(get("/feeds/rss.xml"), validator, () -> page("feed 2")).bodyText());
        assertEquals(1, renders.get());
        assertEquals(2, checks.get(), "checked once per state of the index");
        items.set("a@2");
        generation.incrementAndGet();
        assertEquals("feed 2", answers.answer(get("/feeds/rss.xml"), validator, () -> page("feed 2")).bodyText(),
                "other items: rendered again");
        generation.incrementAndGet();
        assertEquals("feed 3", answers.answer(get("/feeds/rss.xml"), () -> null, () -> page("feed 3")).bodyText(),
                "no value to compare: rendered");
        assertEquals(3, renders.get());
    }

    @Test
    void theQueryIsPartOfTheKeyInAnyOrder() {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1024 * 1024);
        answers.answer(get("/?page=2&after=1.a"), () -> page("two"));
        assertEquals("two", answers.answer(get("/?after=1.a&page=2"), () -> page("other")).bodyText());
        assertEquals("three", answers.answer(get("/?page=3&after=1.a"), () -> page("three")).bodyText());
    }

    @Test
    void keptAnswersCarryTheirEtagAndA304CostsNoRendering() {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1024 * 1024);
        String etag = answers.answer(get("/feeds/rss.xml"), () -> page("feed")).headers().get("ETag");
        Response again = answers.answer(get("/feeds/rss.xml", "If-None-Match", etag), () -> page("feed"));
        assertEquals(304, again.status());
        assertEquals(1, renders.get());
    }

    @Test
    void errorsAreNotKeptAndTheBytesAreBounded() {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1600);
        answers.answer(get("/missing"), () -> {
            renders.incrementAndGet();
            return Response.html(404, "gone");
        });
        answers.answer(get("/missing"), () -> page("now here"));
        assertEquals(2, renders.get(), "a 404 is rendered each time");
        answers.answer(get("/big"), () -> page("x".repeat(200)));
        answers.answer(get("/huge"), () -> page("x".repeat(201)));
        assertEquals(8 + 200, answers.bytes(), "an answer above an eighth of the bound is not kept");
        // Caffeine counts how often each key is asked for once the cache is half full.
        for (int i = 0; i < 8; i++) {
            answers.answer(get("/first" + i), () -> page("y".repeat(190)));
        }
        for (int i = 0; i < 5; i++) {
            answers.answer(get("/home"), () -> page("z".repeat(190)));
        }
        for (int i = 0; i < 40; i++) {
            answers.answer(get("/p" + i), () -> page("y".repeat(190)));
        }
        assertEquals(true, answers.bytes() <= 1600, "the bound holds: " + answers.bytes());
        int before = renders.get();
        answers.answer(get("/home"), () -> page("again"));
        assertEquals(before, renders.get(), "a page asked for often is kept over forty asked for once");
        for (int i = 0; i < 40; i++) {
            answers.answer(get("/p" + i), () -> page("again"));
        }
        assertEquals(true, renders.get() - before >= 40 - 1600 / 198, "the one-off pages were mostly let go");
    }

    @Test
    void readersAskingTogetherWaitForOneRenderAndShareItsFailureToo() throws Exception {
        RenderedAnswers answers = new RenderedAnswers(generation::get, 1024 * 1024);
        java.util.concurrent.CountDownLatch rendering = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Future<Response> first = pool.submit(() -> answers.answer(get("/feeds/rss.xml"), () -> {
                rendering.countDown();
                await(release);
                return page("feed");
            }));
            rendering.await();
            java.util.List<java.util.concurrent.Future<Response>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> answers.answer(get("/feeds/rss.xml"), () -> page("rendered again"))));
            }
            release.countDown();
            assertEquals("feed", first.get().bodyText());
            for (java.util.concurrent.Future<Response> other : others) {
                assertEquals("feed", other.get().bodyText());
            }
            assertEquals(1, renders.get(), "one render for four readers");
        } finally {
            pool.shutdownNow();
        }
        generation.incrementAndGet();
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> answers.answer(get("/feeds/rss.xml"), () -> {
                    throw new IllegalStateException("no such topic");
                }));
        assertEquals("no such topic", e.getMessage());
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
