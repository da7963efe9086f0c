package io.newsdesk.bench;

/**
 * One of the two systems the benchmark compares. Both take the same generated articles and end in a
 * topic of {@code PublishedArticle} records keyed by articleId, which the benchmark reads to see each
 * article arrive.
 */
public interface SystemUnderTest extends AutoCloseable {
    /** "baseline" or "pipeline". */
    String name();

    /** The submitting source; with an article's external id it makes the articleId the output is keyed by. */
    String source();

    String publishedTopic();

    /**
     * How many threads should submit at once: 1 where {@link #submit} only hands the record to an async
     * producer, more where it waits for acknowledgements, as ingest's request threads do.
     */
    int submitThreads();

    /**
     * Submits one article. A submission that fails at once throws; one that fails later (an async send)
     * calls {@code onFailure}, on any thread. Either way the article will never be published.
     */
    void submit(GeneratedArticle article, Runnable onFailure) throws Exception;

    @Override
    void close();
}
