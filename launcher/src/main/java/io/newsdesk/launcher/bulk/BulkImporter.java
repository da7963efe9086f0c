package io.newsdesk.launcher.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.launcher.CommandFailedException;
import io.newsdesk.launcher.http.IngestClient;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Posts the items of an import to ingest, {@code concurrency} at a time, and journals each answer as
 * it arrives. Order does not matter across items (each is its own article), so a plain pool serves.
 *
 * <p>Answers: 2xx accepted; 401 stops the whole run (a wrong token is not the data's fault, and
 * rejecting two thousand items for it would bury the one message that matters); any other 4xx
 * rejected with ingest's problems; 5xx, 429 and network errors retried with doubling backoff, then
 * counted as failed. A failed item is journaled but not finished, so the next run sends it again.
 * When {@value #FAILURES_IN_A_ROW_TO_STOP} items in a row fail, ingest is down: the run stops instead
 * of grinding through every item's retries.
 *
 * <p>{@link #stop(String)} (Ctrl-C) lets the requests in flight finish and be journaled and starts no
 * more, so a resumed run neither loses nor repeats an item. Only a hard kill between ingest's 202 and
 * the journal write can make the next run send an item again, which ingest then records as version 2
 * of the same article rather than as a second article.
 */
public final class BulkImporter {
    static final int FAILURES_IN_A_ROW_TO_STOP = 24;

    /** Sends one item; {@link IngestClient} in production. */
    @FunctionalInterface
    public interface Poster {
        /** @throws CommandFailedException when ingest cannot be reached (retried) */
        IngestClient.Answer post(ImportItem item) throws CommandFailedException, InterruptedException;
    }

    /** Waits between retries; injected so tests do not wait. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * @param concurrency  requests in flight at once
     * @param retries      further attempts after a failed one
     * @param firstBackoff pause before the first retry; doubled before each further one
     * @param stopAfter    send at most this many items, then stop as if interrupted (tests use it to
     *                     interrupt at a known point); {@code Long.MAX_VALUE} for no limit
     */
    public record Settings(int concurrency, int retries, Duration firstBackoff, long stopAfter) {
        public static Settings defaults(int concurrency) {
            return new Settings(concurrency, 3, Duration.ofMillis(250), Long.MAX_VALUE);
        }

        public Settings stoppingAfter(long items) {
            return new Settings(concurrency, retries, firstBackoff, items);
        }
    }

    private final Poster poster;
    private final Pause pause;
    private final Settings settings;
    private final LongSupplier nanoTime;
    private final AtomicReference<String> stopped = new AtomicReference<>();

    public BulkImporter(Poster poster, Pause pause, Settings settings, LongSupplier nanoTime) {
        if (settings.concurrency() < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + settings.concurrency());
        }
        this.poster = poster;
        this.pause = pause;
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    /** Ends the run early: no further item is started; those in flight finish and are journaled. */
    public void stop(String reason) {
        stopped.compareAndSet(null, reason);
    }

    public ImportSummary run(List<ImportItem> items, ImportJournal journal, ProgressBar progress) throws InterruptedException {
        long startedAt = nanoTime.getAsLong();
        Counts counts = new Counts(items.size());
        List<ImportItem> pending = new ArrayList<>();
        for (ImportItem item : items) {
            if (journal.finished(item)) {
                counts.skipped.incrementAndGet();
            } else {
                pending.add(item);
            }
        }
        progress.update(counts.tally());
        Queue<Outcome> rejections = new ConcurrentLinkedQueue<>();
        AtomicLong started = new AtomicLong();
        AtomicInteger failuresInARow = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "newsdesk-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (ImportItem item : pending) {
                workers.execute(() -> {
                    if (stopped.get() != null) {
                        return;
                    }
                    if (started.incrementAndGet() > settings.stopAfter()) {
                        stop("stopped after " + settings.stopAfter() + " item(s) as asked");
                        return;
                    }
                    Outcome outcome;
                    try {
                        outcome = send(item);
                    } catch (InterruptedException e) {
                        stop("interrupted");
                        return;
                    } catch (FatalAnswer e) {
                        stop(e.getMessage());
                        return;
                    }
                    try {
                        journal.record(outcome);
                    } catch (IOException e) {
                        // Without the journal a resumed run would send this item again: stop rather than risk more.
                        stop("cannot write the journal " + journal.file() + ": " + e);
                        return;
                    }
                    counts.add(outcome);
                    if (outcome.status() == Outcome.Status.REJECTED) {
                        rejections.add(outcome);
                    }
                    if (outcome.status() == Outcome.Status.FAILED) {
                        if (failuresInARow.incrementAndGet() >= FAILURES_IN_A_ROW_TO_STOP) {
                            stop(FAILURES_IN_A_ROW_TO_STOP + " items in a row failed (is ingest up?); last error: "
                                    + String.join("; ", outcome.reasons()));
                        }
                    } else {
                        failuresInARow.set(0);
                    }
                    progress.update(counts.tally());
                });
            }
        } finally {
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                // Requests time out on their own (IngestClient's timeout); waiting for them keeps the journal complete.
            }
        }
        Tally tally = counts.tally();
        progress.finish(tally);
        List<Outcome> sortedRejections = rejections.stream().sorted(Comparator.comparing(Outcome::key)).toList();
        return new ImportSummary(tally, Duration.ofNanos(nanoTime.getAsLong() - startedAt), sortedRejections, stopped.get());
    }

    private Outcome send(ImportItem item) throws InterruptedException, FatalAnswer {
        String hash = item.contentHash();
        if (!item.sendable()) {
            return new Outcome(item.key(), Outcome.Status.REJECTED, hash, item.localProblems());
        }
        String lastError = "";
        Duration backoff = settings.firstBackoff();
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                pause.pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
            IngestClient.Answer answer;
            try {
                answer = poster.post(item);
            } catch (CommandFailedException e) {
                lastError = e.getMessage();
                continue;
            }
            int status = answer.status();
            if (answer.accepted()) {
                return new Outcome(item.key(), Outcome.Status.ACCEPTED, hash, accepted(answer));
            }
            if (status == 401) {
                throw new FatalAnswer("ingest refused the token (401: " + String.join("; ", problems(answer))
                        + "); set NEWSDESK_INGEST_TOKEN to a token of ingest's NEWSDESK_INGEST_TOKENS");
            }
            if (status >= 500 || status == 429) {
                lastError = "HTTP " + status + ": " + String.join("; ", problems(answer));
                continue;
            }
            return new Outcome(item.key(), Outcome.Status.REJECTED, hash, problems(answer));
        }
        return new Outcome(item.key(), Outcome.Status.FAILED, hash,
                List.of("after " + (settings.retries() + 1) + " attempts: " + lastError));
    }

    /** {@code articleId v2}, for the journal: which article the item became. */
    private static List<String> accepted(IngestClient.Answer answer) {
        try {
            JsonNode json = Json.mapper().readTree(answer.body());
            return List.of(json.path("articleId").asText() + " v" + json.path("version").asText());
        } catch (IOException | RuntimeException notJson) {
            return List.of();
        }
    }

    /** Ingest's {@code problems}, else its {@code error}, else the status and the start of the body. */
    static List<String> problems(IngestClient.Answer answer) {
        try {
            JsonNode json = Json.mapper().readTree(answer.body());
            List<String> problems = new ArrayList<>();
            json.path("problems").forEach(p -> problems.add(p.asText()));
            if (problems.isEmpty() && json.hasNonNull("error")) {
                problems.add(answer.status() + " " + json.get("error").asText());
            }
            if (!problems.isEmpty()) {
                return problems;
            }
        } catch (IOException | RuntimeException notJson) {
            // Not ingest's own answer (a proxy's error page): the status and body say what there is.
        }
        String body = answer.body() == null ? "" : answer.body().strip();
        return List.of("HTTP " + answer.status() + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body)));
    }

    /** An answer that ends the run, not just the item. */
    private static final class FatalAnswer extends Exception {
        FatalAnswer(String message) {
            super(message);
        }
    }

    private static final class Counts {
        final long total;
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        Counts(long total) {
            this.total = total;
        }

        void add(Outcome outcome) {
            switch (outcome.status()) {
                case ACCEPTED -> accepted.incrementAndGet();
                case REJECTED -> rejected.incrementAndGet();
                case FAILED -> failed.incrementAndGet();
            }
        }

        Tally tally() {
            return new Tally(total, skipped.get(), accepted.get(), rejected.get(), failed.get());
        }
    }
}
