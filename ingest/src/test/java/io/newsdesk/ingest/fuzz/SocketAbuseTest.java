package io.newsdesk.ingest.fuzz;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.articles.ArticleIds;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.Example;

/**
 * Ingest's routes on a real socket, abused at the HTTP level: fuzzed requests through the JDK server's
 * own parsing (malformed query strings too), slow, truncated and stalled uploads, oversized bodies and
 * header lines. Same invariants as {@link SubmissionFuzzTest}; a connection the server closes without
 * an answer is allowed (it is not a 5xx) as long as nothing was written.
 */
class SocketAbuseTest {
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final String ARTICLE = "{\"externalId\":\"sock-%s\",\"headline\":\"Jury retires\",\"body\":\"The jury retired to consider its verdict.\"}";

    private static IngestUnderFuzz ingest;
    private static final IngestUnderFuzz.StatusCounts COUNTS = new IngestUnderFuzz.StatusCounts();

    @BeforeContainer
    static void start() throws Exception {
        ingest = new IngestUnderFuzz();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("[ingest-fuzz] over the socket: answers per status: %s (-1 = closed without an answer)%n", COUNTS);
        ingest.close();
    }

    private static Map<String, String> jsonHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN);
        return headers;
    }

    private static FuzzRequest article(String id) {
        return new FuzzRequest(SubmissionArbitraries.ARTICLES, jsonHeaders(),
                String.format(ARTICLE, id).getBytes(StandardCharsets.UTF_8), false, "ordinary article " + id);
    }

    private static RawHttp.Answer send(FuzzRequest request) throws Exception {
        int before = ingest.recordsWritten();
        RawHttp.Answer answer = RawHttp.exchange(ingest.port(),
                RawHttp.request(request.pathAndQuery(), request.headers(), request.body()), ANSWER_WITHIN);
        check(request, answer, before);
        return answer;
    }

    private static void check(FuzzRequest request, RawHttp.Answer answer, int before) {
        COUNTS.add(answer.status());
        if (answer.timedOut()) {
            throw new AssertionError("no answer within " + ANSWER_WITHIN + " for " + request);
        }
        if (answer.answered()) {
            ingest.check(request, answer.status(), answer.body(), before);
        } else {
            assertEquals(before, ingest.recordsWritten(), "closed without an answer but wrote records: " + request);
        }
    }

    @Property(tries = 150)
    void fuzzedRequestsThroughTheRealServerGetOnly2xxOr4xx(@ForAll("overTheWire") FuzzRequest request) throws Exception {
        send(request);
    }

    @AfterProperty
    void ingestStillServes() throws Exception {
        assertEquals(202, send(article("after-" + System.nanoTime())).status());
    }

    @Provide
    Arbitrary<FuzzRequest> overTheWire() {
        // Odd but syntactically valid URIs; one the JDK server itself refuses is pinned in
        // aMalformedQueryStringIsRefusedAsAClientErrorAndWritesNothing.
        Arbitrary<FuzzRequest> badQueries = Arbitraries.of("?source=a%00b", "?url=%E0%A4", "?source=&source=x", "?&&&=&",
                        "?url=https://x.example/%C0%AF", "?externalId=" + "x".repeat(5_000), "?source=harbour-courier%0D%0AX:1")
                .map(q -> new FuzzRequest(SubmissionArbitraries.ARTICLES + q,
                        Map.of("Content-Type", "text/html", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                        "<p>page</p>".getBytes(StandardCharsets.UTF_8), false, "malformed query"));
        // Content-Length is the framing on a real socket: a wrong one is the stalled/truncated case below.
        Arbitrary<FuzzRequest> odd = SubmissionArbitraries.oddRequests().map(r -> {
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            headers.remove("Content-Length");
            return new FuzzRequest(r.pathAndQuery(), headers, r.body(), r.mustBeRefused(), r.how());
        });
        return Arbitraries.oneOf(SubmissionArbitraries.jsonSubmissions(), SubmissionArbitraries.mutatedSubmissions(),
                SubmissionArbitraries.rawPages(), odd, badQueries);
    }

    /**
     * Found by the fuzzer: a request line whose query is not a valid URI ({@code %zz}, a lone {@code %})
     * is refused by the JDK server itself, before HttpApp sees it, with {@code <h1>400 Bad Request</h1>
     * URISyntaxException thrown} as HTML: a 4xx without the JSON problems every other error has. We keep
     * the JDK's server (see HttpApp), so the guarantee pinned here is the one that matters: a client error,
     * never a 5xx, and nothing written.
     */
    @Example
    void aMalformedQueryStringIsRefusedAsAClientErrorAndWritesNothing() throws Exception {
        int before = ingest.recordsWritten();
        RawHttp.Answer answer = RawHttp.exchange(ingest.port(), RawHttp.request(SubmissionArbitraries.ARTICLES + "?source=%zz",
                Map.of("Content-Type", "text/html", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                "<p>page</p>".getBytes(StandardCharsets.UTF_8)), ANSWER_WITHIN);
        assertEquals(400, answer.status(), answer.body());
        assertEquals(before, ingest.recordsWritten(), "a refused request wrote records");
    }

    @Example
    void aSlowUploadIsAnsweredNormally() throws Exception {
        FuzzRequest request = article("slow");
        byte[] bytes = RawHttp.request(request.pathAndQuery(), request.headers(), request.body());
        int before = ingest.recordsWritten();
        try (Socket socket = RawHttp.open(ingest.port(), ANSWER_WITHIN)) {
            OutputStream out = socket.getOutputStream();
            // A byte every few milliseconds: about a second for the whole request.
            for (int i = 0; i < bytes.length; i += 2) {
                out.write(bytes, i, Math.min(2, bytes.length - i));
                out.flush();
                Thread.sleep(8);
            }
            RawHttp.Answer answer = RawHttp.read(socket);
            check(request, answer, before);
            assertEquals(202, answer.status(), answer.body());
        }
    }

    @Example
    void aTruncatedUploadIsRefusedAndWritesNothing() throws Exception {
        FuzzRequest request = article("truncated");
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("Content-Length", Integer.toString(request.body().length + 500));
        byte[] bytes = RawHttp.request(request.pathAndQuery(), headers, request.body());
        int before = ingest.recordsWritten();
        try (Socket socket = RawHttp.open(ingest.port(), ANSWER_WITHIN)) {
            socket.getOutputStream().write(bytes);
            // The client gives up half-way: its side of the connection ends before the promised length.
            socket.shutdownOutput();
            RawHttp.Answer answer = RawHttp.read(socket);
            check(request.withBody(request.body(), true, "500 bytes short"), answer, before);
            assertTrue(!answer.answered() || answer.status() == 400, "truncated upload: " + answer);
        }
    }

    /**
     * Found by the fuzzer: the JDK server has no read timeout, so clients that send headers and then stall
     * held every request thread and locked everyone else out for good. HttpApp now has the server cut a
     * request that has not arrived within {@code sun.net.httpserver.maxReqTime} (5 s), which also cuts
     * connections queued behind the stalled ones for as long. The guarantee pinned here: stalled uploads
     * never write anything, and they cannot lock other clients out for longer than that limit; once it
     * has passed, with the stalled sockets still open, ingest serves again.
     *
     * <p>The JDK counts that limit from the moment it accepted the connection, so the queued request can be
     * cut while its handler is already running: its client sees the connection close and the handler still
     * writes the submission a moment later (found in CI, where that record landed in the next request's
     * count). That is HTTP's usual uncertainty after a lost answer, and nothing is lost: a client that
     * retries sends a new version of the same article. So the queued request may write one record whatever
     * its client saw, and the test waits for the request threads to go idle before it counts.
     */
    @Example
    void stalledUploadsCannotLockOtherClientsOutForLong() throws Exception {
        FuzzRequest request = article("stalled");
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("Content-Length", Integer.toString(request.body().length + 1_000));
        byte[] bytes = RawHttp.request(request.pathAndQuery(), headers, request.body());
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < IngestUnderFuzz.HTTP_THREADS + 1; i++) {
                Socket socket = RawHttp.open(ingest.port(), ANSWER_WITHIN);
                stalled.add(socket);
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
            }
            // Queued behind the stalled uploads: answered, or cut with them, but never left hanging.
            RawHttp.Answer queued = RawHttp.exchange(ingest.port(),
                    RawHttp.request(SubmissionArbitraries.ARTICLES, jsonHeaders(),
                            String.format(ARTICLE, "queued").getBytes(StandardCharsets.UTF_8)), ANSWER_WITHIN);
            assertTrue(!queued.timedOut(), "a client queued behind stalled uploads was left hanging");
            await().atMost(ANSWER_WITHIN).until(ingest::requestThreadsIdle);
            long queuedRecords = ingest.recordsFor(idOf("queued"));
            if (queued.status() == 202) {
                assertEquals(1, queuedRecords, "the queued request was answered 202");
            } else {
                assertTrue(queuedRecords <= 1, "the queued request, cut, wrote " + queuedRecords + " records");
            }
            // The stalled uploads have been cut by now; a new client is served although their sockets are open.
            RawHttp.Answer after = send(article("after-the-stalled"));
            assertEquals(202, after.status(), "an ordinary client after the stalled uploads were cut: " + after);
            assertEquals(1, ingest.recordsFor(idOf("after-the-stalled")), "the client after the stalled uploads");
            assertEquals(0, ingest.recordsFor(idOf("stalled")), "a stalled upload wrote a record");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private static String idOf(String articleSuffix) {
        return ArticleIds.of(SubmissionArbitraries.COURIER, "sock-" + articleSuffix);
    }

    @Example
    void anOversizeBodyIsRefusedWith413() throws Exception {
        FuzzRequest request = article("oversize").withBody(new byte[IngestUnderFuzz.MAX_BODY + 1], true, "oversize body");
        assertEquals(413, send(request).status());
    }

    /** What a reverse proxy answers too: 431 for a 100 KB header (HttpApp's limit is 16 KB of headers). */
    @Example
    void aHundredKilobyteHeaderIsAnswered431AndWritesNothing() throws Exception {
        FuzzRequest request = article("header-100k");
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("X-Filler", "f".repeat(100 * 1024));
        RawHttp.Answer answer = send(new FuzzRequest(request.pathAndQuery(), headers, request.body(), true, "100 KB header"));
        assertEquals(431, answer.status(), answer.body());
    }

    /** 414 for a request line over 8 KB, before any handler reads the body. */
    @Example
    void anOverLongRequestLineIsAnswered414AndWritesNothing() throws Exception {
        FuzzRequest request = article("uri-9k");
        RawHttp.Answer answer = send(new FuzzRequest(request.pathAndQuery() + "?source=" + "s".repeat(9 * 1024),
                request.headers(), request.body(), true, "9 KB request line"));
        assertEquals(414, answer.status(), answer.body());
    }

    @Example
    void anOversizeHeaderIsRefusedNeverAccepted() throws Exception {
        FuzzRequest request = article("big-header");
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("X-Filler", "f".repeat(4 * 1024 * 1024));
        RawHttp.Answer answer = send(new FuzzRequest(request.pathAndQuery(), headers, request.body(), true, "4 MiB header line"));
        assertTrue(!answer.answered() || (answer.status() >= 400 && answer.status() < 500),
                "a 4 MiB header must be refused: " + answer.status());
    }
}
