package io.newsdesk.schemas.codec;

import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import io.newsdesk.schemas.VersionStamp;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The record types that are the value of some topic: the unit of release and compatibility. */
public final class TopLevelRecords {
    public static final List<Class<? extends SpecificRecord>> ALL = List.of(
            Submission.class, TaggedArticle.class, EnrichedArticle.class, PublishedArticle.class,
            ArticleEvent.class, DeadLetter.class, VersionStamp.class, Digest.class, FeedItemState.class);

    private TopLevelRecords() {
    }
}
