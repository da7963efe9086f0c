package io.newsdesk.publish.rules;

import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.PublishedArticle;
import java.util.List;
import java.util.Objects;

/**
 * What publish does with one accepted version of an article, decided by {@link PublishRules} without
 * touching Kafka; the topology carries it out.
 *
 * @param action        publish, unpublish, hold for embargo, or leave the outputs alone
 * @param published     the record for the published topic and its slices ({@link Action#PUBLISH})
 * @param tombstone     why the article leaves the published topic ({@link Action#UNPUBLISH})
 * @param event         the event to write, or null
 * @param slices        {@code PUBLISH}: slices that get the record; {@code UNPUBLISH}: slices that get the tombstone
 * @param leftSlices    {@code PUBLISH}: slices the previous version was in and this one is not (tombstone UNROUTED)
 * @param live          the article's new live record, or null to leave it as it is
 * @param dropHold      remove whatever the embargo store holds for the article (a newer version supersedes it)
 * @param why           one line for the log
 */
public record Decision(
        Action action,
        PublishedArticle published,
        TombstoneReason tombstone,
        ArticleEvent event,
        List<String> slices,
        List<String> leftSlices,
        LiveArticle live,
        boolean dropHold,
        String why) {

    public enum Action {
        PUBLISH, UNPUBLISH, HOLD, NOTHING
    }

    public Decision {
        Objects.requireNonNull(action, "action");
        slices = List.copyOf(slices);
        leftSlices = List.copyOf(leftSlices);
        Objects.requireNonNull(why, "why");
    }

    static Decision publish(PublishedArticle published, ArticleEvent event, List<String> slices,
                            List<String> leftSlices, LiveArticle live, String why) {
        return new Decision(Action.PUBLISH, published, null, event, slices, leftSlices, live, true, why);
    }

    static Decision unpublish(TombstoneReason reason, ArticleEvent event, List<String> slices, LiveArticle live,
                              String why) {
        return new Decision(Action.UNPUBLISH, null, reason, event, slices, List.of(), live, true, why);
    }

    static Decision hold(String why) {
        return new Decision(Action.HOLD, null, null, null, List.of(), List.of(), null, false, why);
    }

    static Decision nothing(boolean dropHold, String why) {
        return new Decision(Action.NOTHING, null, null, null, List.of(), List.of(), null, dropHold, why);
    }
}
