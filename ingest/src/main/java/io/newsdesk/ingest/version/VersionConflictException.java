package io.newsdesk.ingest.version;

/** A client asked for a version that is not greater than the last one ingest knows: answered 409. */
public final class VersionConflictException extends RuntimeException {
    private final String articleId;
    private final long requested;
    private final long last;

    public VersionConflictException(String articleId, long requested, long last) {
        super("version " + requested + " of article " + articleId + " is not greater than the last version " + last);
        this.articleId = articleId;
        this.requested = requested;
        this.last = last;
    }

    public String articleId() {
        return articleId;
    }

    public long requested() {
        return requested;
    }

    public long last() {
        return last;
    }
}
