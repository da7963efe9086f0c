package io.newsdesk.publish.site;

import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * The site's read model of {@code articles.published}: every live article by id, slug, IPTC topic and
 * entity, newest first, plus what was removed and why. Publish's feed thread {@link #apply applies}
 * each record of the compacted topic in offset order; HTTP threads read concurrently. Replaying the
 * topic from the beginning rebuilds exactly what a running instance holds, so any instance can serve
 * any page.
 *
 * <p>Listings are ordered by <em>first</em> publication, newest first, so a corrected or updated
 * article keeps its place on the home page and in feeds instead of jumping to the top.
 *
 * <p>Concurrency: one read-write lock guards plain collections. Writes are tiny (one article's
 * postings) and reads copy out a page of results, so readers never see half of an update (an article
 * in the topic index but not yet by id) and never block each other.
 */
public final class ArticleIndex {
    /** Why an article left the site. */
    public enum RemovalReason {
        /** Killed: its page answers 410 Gone so search engines and readers learn it is withdrawn. */
        RETRACTED,
        /** Held back, possibly to return: its page answers 404 like an article never published. */
        WITHHELD;

        static RemovalReason fromHeader(String header) {
            // Anything but an explicit retraction is treated as withheld: claiming a kill that did not
            // happen would be worse than a plain 404.
            return header != null && header.strip().equalsIgnoreCase("RETRACTED") ? RETRACTED : WITHHELD;
        }
    }

    /** An article that was live and is no longer; {@code slug} is null if this instance never saw it live. */
    public record Removal(String articleId, String slug, RemovalReason reason, Instant at, long lastVersion) {
    }

    /** A page of articles and how many there are in all. */
    public record Slice(List<PublishedArticle> items, int total) {
        public Slice {
            items = List.copyOf(items);
        }
    }

    /** What a slug points at: a live article, a removed one, or nothing. */
    public record SlugLookup(PublishedArticle live, Removal removal) {
        public boolean isLive() {
            return live != null;
        }

        public boolean isRetracted() {
            return live == null && removal != null && removal.reason() == RemovalReason.RETRACTED;
        }
    }

    /**
     * The latest change to one article, for pull-based consumers: either its live version
     * ({@code article}) or its removal.
     */
    public record Change(String articleId, Instant at, PublishedArticle article, Removal removal) {
    }

    private record Listing(Instant firstPublishedAt, String articleId) {
    }

    /** Where a live article is filed: its listing and the topic and entity indexes that hold it. */
    private record Postings(Listing listing, List<String> topicCodes, List<EntityKey> entityKeys) {
    }

    private static final Comparator<Listing> NEWEST_FIRST = Comparator
            .comparing(Listing::firstPublishedAt).reversed()
            .thenComparing(Listing::articleId);
    private static final Comparator<Change> OLDEST_CHANGE_FIRST = Comparator
            .comparing(Change::at)
            .thenComparing(Change::articleId);
    private static final String IPTC_MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Pattern QCODE = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._-]+");

    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, PublishedArticle> live = new HashMap<>();
    private final Map<String, Long> highestVersion = new HashMap<>();
    private final Map<String, String> idBySlug = new HashMap<>();
    private final Map<String, Removal> removedById = new HashMap<>();
    private final Map<String, Removal> removedBySlug = new HashMap<>();
    private final NavigableSet<Listing> newestFirst = new TreeSet<>(NEWEST_FIRST);
    private final Map<String, NavigableSet<Listing>> byTopic = new HashMap<>();
    private final Map<String, String> topicLabels = new HashMap<>();
    private final Map<EntityKey, NavigableSet<Listing>> byEntity = new HashMap<>();
    private final Map<EntityKey, String> entityNames = new HashMap<>();
    private final NavigableSet<Change> changes = new TreeSet<>(OLDEST_CHANGE_FIRST);
    private final Map<String, Change> changeById = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();

    public ArticleIndex() {
        this(Clock.systemUTC());
    }

    /** {@code clock} dates removals applied without a record timestamp. */
    public ArticleIndex(Clock clock) {
        this.clock = clock;
    }

    /** value null = tombstone; tombstoneReason "RETRACTED" or "WITHHELD" (from the record header), else null */
    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason) {
        // A removal without a record timestamp is dated by the clock (see the four-argument form).
        apply(articleId, valueOrNull, tombstoneReason, null);
    }

    /**
     * As {@link #apply(String, PublishedArticle, String)}, with the record's timestamp dating a removal, so
     * a replay reports the same retraction time as the instance that saw it happen.
     */
    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason, Instant recordTimestamp) {
        apply(articleId, valueOrNull, tombstoneReason, recordTimestamp, true);
    }

    /**
     * As {@link #apply(String, PublishedArticle, String)} for a record the caller hands over: decoded for
     * the index alone, and neither kept nor changed by the caller afterwards, as the published-article
     * feed's records are. The index keeps that very instance instead of a private copy: a deep copy of
     * a ~20 KB article cost as much as decoding it again (about half of what the feed thread allocated
     * per record).
     */
    public void applyHandedOver(String articleId, PublishedArticle valueOrNull, String tombstoneReason) {
        apply(articleId, valueOrNull, tombstoneReason, null, false);
    }

    private void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason, Instant recordTimestamp,
                       boolean copy) {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId is required");
        }
        if (valueOrNull != null && !articleId.equals(valueOrNull.getArticleId())) {
            throw new IllegalArgumentException("record key " + articleId + " does not match its value's articleId "
                    + valueOrNull.getArticleId());
        }
        lock.writeLock().lock();
        try {
            if (valueOrNull == null) {
                remove(articleId, RemovalReason.fromHeader(tombstoneReason),
                        recordTimestamp == null ? clock.instant() : recordTimestamp);
            } else {
                put(valueOrNull, copy);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(PublishedArticle incoming, boolean copy) {
        String id = incoming.getArticleId();
        Long highest = highestVersion.get(id);
        if (highest != null && incoming.getVersion() <= highest) {
            // A late or duplicate record: the index already shows something at least as new.
            return;
        }
        // Avro records are mutable; a private copy keeps readers safe from whatever the caller does next.
        PublishedArticle article = copy ? PublishedArticle.newBuilder(incoming).build() : incoming;
        PublishedArticle previous = live.get(id);
        if (previous != null) {
            unindex(previous);
        }
        Removal removal = removedById.remove(id);
        if (removal != null && removal.slug() != null) {
            removedBySlug.remove(removal.slug(), removal);
        }
        live.put(id, article);
        highestVersion.put(id, article.getVersion());
        idBySlug.put(article.getSlug(), id);
        // A slug that once pointed at a removed article now belongs to this live one.
        removedBySlug.remove(article.getSlug());
        Listing listing = new Listing(article.getFirstPublishedAt(), id);
        newestFirst.add(listing);
        List<String> codes = new ArrayList<>();
        for (Subject subject : article.getArticle().getTopics()) {
            fileUnderTopic(subject.getCode(), subject.getLabel(), codes);
            for (SubjectRef ref : subject.getBroader()) {
                fileUnderTopic(ref.getCode(), ref.getLabel(), codes);
            }
        }
        for (String code : codes) {
            byTopic.computeIfAbsent(code, k -> new TreeSet<>(NEWEST_FIRST)).add(listing);
        }
        List<EntityKey> entityKeys = new ArrayList<>();
        for (Entity entity : article.getArticle().getEntities()) {
            EntityKey key = EntityKey.orNull(entity.getType(), entity.getName());
            if (key != null) {
                byEntity.computeIfAbsent(key, k -> new TreeSet<>(NEWEST_FIRST)).add(listing);
                entityNames.putIfAbsent(key, entity.getName());
                entityKeys.add(key);
            }
        }
        // Remembered so that the next version or a removal takes the article out of exactly these
        // listings without normalizing every topic code and entity name again.
        postings.put(id, new Postings(listing, codes, entityKeys));
        recordChange(new Change(id, article.getPublishedAt(), article, null));
    }

    /** Remembers a topic's label (live or since removed) and adds its code to the article's codes once. */
    private void fileUnderTopic(String rawCode, String label, List<String> codes) {
        String code = normalizedTopicCode(rawCode);
        topicLabels.put(code != null ? code : rawCode, label);
        // A handful of codes per article: a list scan is cheaper than a set.
        if (code != null && !codes.contains(code)) {
            codes.add(code);
        }
    }

    private void remove(String id, RemovalReason reason, Instant at) {
        PublishedArticle previous = live.remove(id);
        Removal earlier = removedById.get(id);
        String slug = previous != null ? previous.getSlug() : earlier != null ? earlier.slug() : null;
        long lastVersion = previous != null ? previous.getVersion() : highestVersion.getOrDefault(id, 0L);
        if (previous != null) {
            unindex(previous);
        }
        // Even a tombstone for an article this instance never saw live (compaction dropped its value)
        // is recorded, so the change feed tells pull consumers to drop what they hold.
        Removal removal = new Removal(id, slug, reason, at, lastVersion);
        removedById.put(id, removal);
        if (slug != null) {
            removedBySlug.put(slug, removal);
        }
        recordChange(new Change(id, at, null, removal));
    }

    private void unindex(PublishedArticle article) {
        String id = article.getArticleId();
        idBySlug.remove(article.getSlug(), id);
        Postings filed = postings.remove(id);
        newestFirst.remove(filed.listing());
        for (String code : filed.topicCodes()) {
            NavigableSet<Listing> set = byTopic.get(code);
            if (set != null) {
                set.remove(filed.listing());
                if (set.isEmpty()) {
                    byTopic.remove(code);
                }
            }
        }
        for (EntityKey key : filed.entityKeys()) {
            NavigableSet<Listing> set = byEntity.get(key);
            if (set != null) {
                set.remove(filed.listing());
                if (set.isEmpty()) {
                    byEntity.remove(key);
                }
            }
        }
    }

    private void recordChange(Change change) {
        Change previous = changeById.put(change.articleId(), change);
        if (previous != null) {
            changes.remove(previous);
        }
        changes.add(change);
    }

    /**
     * {@code 20000096} and {@code medtop:20000096} name the same Media Topic; other schemes keep their
     * prefix. Empty for anything that is not a qcode, so junk in a URL never reaches a map lookup.
     */
    public static Optional<String> normalizeTopicCode(String code) {
        return Optional.ofNullable(normalizedTopicCode(code));
    }

    /**
     * {@link #normalizeTopicCode} without the Optional, for the write path. One pass over the chars
     * instead of two regexes, a strip and a lower-cased copy per code: with a dozen codes per article
     * (subjects and their broader chains), the regex form was a visible part of the feed thread's
     * allocation. A code that is already normal (the usual case) is returned as it is.
     */
    static String normalizedTopicCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (isBareMediaTopic(c)) {
            return "medtop:" + c;
        }
        if (c.startsWith(IPTC_MEDIA_TOPIC_URI)) {
            return normalizedTopicCode(c.substring(IPTC_MEDIA_TOPIC_URI.length()));
        }
        int colon = c.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        boolean upper = false;
        for (int i = 0; i < colon; i++) {
            char ch = c.charAt(i);
            if (ch >= 0x80) {
                // Lower-casing outside ASCII can turn a letter into an ASCII one (the Kelvin sign into
                // 'k'): left to the general form, which is rare enough to cost nothing.
                return qcodeByPattern(c, colon);
            }
            boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            if (!letter && (i == 0 || !((ch >= '0' && ch <= '9') || ch == '-'))) {
                return null;
            }
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (colon == c.length() - 1) {
            return null;
        }
        for (int i = colon + 1; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '.' || ch == '_' || ch == '-')) {
                return null;
            }
        }
        return upper ? c.substring(0, colon).toLowerCase(Locale.ROOT) + c.substring(colon) : c;
    }

    private static boolean isBareMediaTopic(String c) {
        if (c.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String qcodeByPattern(String c, int colon) {
        String lowered = c.substring(0, colon).toLowerCase(Locale.ROOT) + c.substring(colon);
        return QCODE.matcher(lowered).matches() ? lowered : null;
    }

    // ---------------------------------------------------------------- reads

    public Optional<PublishedArticle> byId(String articleId) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(live.get(articleId));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The removal of an article that is not live now, if it was ever removed. */
    public Optional<Removal> removal(String articleId) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(removedById.get(articleId));
        } finally {
            lock.readLock().unlock();
        }
    }

    public SlugLookup bySlug(String slug) {
        lock.readLock().lock();
        try {
            String id = idBySlug.get(slug);
            if (id != null) {
                return new SlugLookup(live.get(id), null);
            }
            return new SlugLookup(null, removedBySlug.get(slug));
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return live.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Live articles, newest first publication first. */
    public Slice recent(int offset, int limit) {
        lock.readLock().lock();
        try {
            return new Slice(resolve(newestFirst, offset, limit), newestFirst.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Live articles filed under the topic or under a narrower one, newest first. */
    public Slice byTopic(String code, int offset, int limit) {
        Optional<String> normalized = normalizeTopicCode(code);
        if (normalized.isEmpty()) {
            return new Slice(List.of(), 0);
        }
        lock.readLock().lock();
        try {
            NavigableSet<Listing> set = byTopic.get(normalized.get());
            return set == null ? new Slice(List.of(), 0) : new Slice(resolve(set, offset, limit), set.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The label of a topic any article (live or since removed) was filed under. */
    public Optional<String> topicLabel(String code) {
        Optional<String> normalized = normalizeTopicCode(code);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            return Optional.ofNullable(topicLabels.get(normalized.get()));
        } finally {
            lock.readLock().unlock();
        }
    }

    public Slice byEntity(EntityKey key, int offset, int limit) {
        lock.readLock().lock();
        try {
            NavigableSet<Listing> set = byEntity.get(key);
            return set == null ? new Slice(List.of(), 0) : new Slice(resolve(set, offset, limit), set.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The name an entity was first seen under, for page titles. */
    public Optional<String> entityName(EntityKey key) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(entityNames.get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Live articles first published in [from, to), oldest first: a day's digest, the news sitemap. */
    public List<PublishedArticle> firstPublishedBetween(Instant fromInclusive, Instant toExclusive) {
        if (!fromInclusive.isBefore(toExclusive)) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            // The set is newest first: from "just before toExclusive" down to fromInclusive.
            NavigableSet<Listing> range = newestFirst.subSet(
                    new Listing(toExclusive, "\uffff"), false, new Listing(fromInclusive, "\uffff"), true);
            List<PublishedArticle> out = new ArrayList<>(range.size());
            range.descendingSet().forEach(l -> out.add(live.get(l.articleId())));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Changes strictly after the cursor ({@code since}, {@code afterId}), oldest first: each article at
     * most once, in its latest state. {@code afterId} breaks ties between changes at the same instant;
     * pass null to start at {@code since}.
     */
    public List<Change> changesAfter(Instant since, String afterId, int limit) {
        lock.readLock().lock();
        try {
            Change cursor = new Change(afterId == null ? "" : afterId, since, null, null);
            List<Change> out = new ArrayList<>(Math.min(limit, 64));
            for (Change c : changes.tailSet(cursor, false)) {
                if (out.size() >= limit) {
                    break;
                }
                // afterId == null means "everything after the instant", ties included only if later.
                if (afterId == null && !c.at().isAfter(since)) {
                    continue;
                }
                out.add(c);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<PublishedArticle> resolve(NavigableSet<Listing> set, int offset, int limit) {
        if (offset < 0 || limit <= 0 || offset >= set.size()) {
            return List.of();
        }
        List<PublishedArticle> out = new ArrayList<>(Math.min(limit, set.size() - offset));
        int i = 0;
        for (Listing listing : set) {
            if (i++ < offset) {
                continue;
            }
            out.add(live.get(listing.articleId()));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }
}
