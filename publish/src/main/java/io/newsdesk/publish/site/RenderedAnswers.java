package io.newsdesk.publish.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers rendered from one state of the read model, served again until it changes: the home page, a
 * topic page or a feed is the same for every reader between two refreshes of the index, and rendering
 * one (fifty articles for a feed) costs far more than handing out the bytes. An entry is keyed by the
 * request's path and query and stamped with the index's generation; a refresh makes every entry stale.
 * Bounded by bytes, so it never grows with the archive.
 *
 * <p>What is let go is chosen by how often each answer was asked for (Caffeine's W-TinyLFU), not only how
 * lately: article pages read once each (a reader opening old articles, a crawler) no longer push out the
 * pages every reader shares, and an answer asked for once can leave the heap young. Kept least recently
 * used, each such page stayed until 32 MB of newer ones had come in (a second or more when readers open
 * old articles at random), long enough for the young collections to copy it and promote it into the old
 * generation, to become old garbage there, for almost no hits.
 *
 * <p>Only 200 answers are kept (an error or a 404 is rendered each time); the bytes carry their ETag, so a
 * 304 costs a header comparison.
 */
public final class RenderedAnswers {
    /** Enough for the pages and feeds readers share; a single answer above an eighth of it is not kept. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /** @param validator what the answer was rendered from ({@link #answer(Request, Supplier, Supplier)}), or null */
    private record Entry(long generation, Response response, Object validator) {
    }

    private final LongSupplier generation;
    private final long maxBytes;
    private final Cache<String, Entry> entries;
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();

    /** @param generation the index's {@code generation()}: a new value makes every entry stale */
    public RenderedAnswers(LongSupplier generation, long maxBytes) {
        this.generation = generation;
        this.maxBytes = maxBytes;
        // Evictions run on the caller's thread: no pool threads of its own, and the bound holds when a call returns.
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> entry.response().body().length)
                .executor(Runnable::run).build();
    }

    /**
     * The request's answer: the kept one while the index is unchanged, else {@code render}'s, kept. When
     * many readers ask for the same page right after a refresh, one renders it and the others wait for
     * that answer instead of rendering it too.
     */
    public Response answer(Request r, Supplier<Response> render) {
        return answer(r, null, render);
    }

    /**
     * As {@link #answer(Request, Supplier)}, but when the index has changed, the kept answer is served
     * again (and stamped with the new state) if {@code validator} gives what it gave when the answer was
     * rendered. For answers that a refresh seldom changes and that cost far more to render than to check:
     * a topic's feed (fifty whole articles decoded and written) changes only when one of its articles does,
     * which the ids and versions of its items, read from the index's columns, tell. The validator runs
     * once per change of the index, by the reader who would otherwise render, while the others wait.
     *
     * @param validator gives a value that is equal for two states of the index exactly when the answer is
     *                  the same in both; null (or a null value) renders each time the index changes
     */
    public Response answer(Request r, Supplier<?> validator, Supplier<Response> render) {
        // Every parameter, in one order: the same page asked for with its parameters in another order is one entry.
        String key = r.rawPath() + "?" + new TreeMap<>(r.queryParams());
        long now = generation.getAsLong();
        Entry kept = entries.getIfPresent(key);
        if (kept != null && kept.generation() >= now) {
            return ConditionalGet.answer(r, kept.response());
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            Entry theirs = awaitOther(running);
            if (theirs.generation() >= now) {
                return ConditionalGet.answer(r, theirs.response());
            }
        }
        try {
            Object valid = validator == null ? null : validator.get();
            if (valid != null && kept != null && valid.equals(kept.validator())) {
                Entry still = new Entry(now, kept.response(), valid);
                entries.put(key, still);
                mine.complete(still);
                return ConditionalGet.answer(r, still.response());
            }
            Response rendered = ConditionalGet.tagged(render.get());
            Entry entry = new Entry(now, rendered, valid);
            if (rendered.status() == 200 && rendered.body().length <= maxBytes / 8) {
                entries.put(key, entry);
            }
            mine.complete(entry);
            return ConditionalGet.answer(r, rendered);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            if (running == null) {
                rendering.remove(key, mine);
            }
        }
    }

    /** Another reader's render of the same page: its answer, or its failure (a 404, say) as if this reader's own. */
    private static Entry awaitOther(CompletableFuture<Entry> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Bytes held now (for tests and the curious). */
    public long bytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
