package io.newsdesk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.launcher.http.IngestClient;
import io.newsdesk.launcher.http.SubmissionFile;
import io.newsdesk.launcher.kafka.PublishedWatcher;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.launcher.local.LocalPipeline;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code demo}: {@code up}, then the project's own sample articles ({@code samples/}) go in through
 * ingest's HTTP API like any upstream system's, and come out of {@code articles.published} tagged and
 * enriched; each is printed as it arrives, then the pipeline keeps running for a look at the site.
 */
final class DemoCommand implements Command {
    static final String SAMPLES_DIRECTORY = "samples";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "[--brokers 1|3|5]";
    }

    @Override
    public String summary() {
        return "up, then post the sample articles and print what was published";
    }

    @Override
    public String details() {
        return """
                Does what ./newsdesk up does (--brokers 3 as well), then posts every file in samples/ (JSON submissions and a raw
                scraped page) to ingest over HTTP, waits until each is on articles.published (at most
                $NEWSDESK_DEMO_TIMEOUT, %1$s), and prints each published article: headline, address on the
                site, topics, keywords, people, places and organisations, quotes with their speakers,
                cited outlets and figures. Then it keeps running until Ctrl-C, so the site can be browsed.
                Run it again and the samples come back as new versions of the same articles.

                environment: as for up, and
                  NEWSDESK_DEMO_TIMEOUT   how long to wait for the samples to be published (%1$s)
                  NEWSDESK_INGEST_TOKEN   the token to post with when NEWSDESK_INGEST_TOKENS is configured""".formatted(LauncherConfig.DEMO_TIMEOUT_SETTING.defaultValue());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        long startedAt = System.nanoTime();
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of(UpCommand.BROKERS_OPTION))
                .requirePositionals(0, 0, "nothing");
        ConfigSource source = ConfigSource.load(LauncherConfig.DEFAULTS, context.environment());
        LauncherConfig config = LauncherConfig.from(source, context.workingDirectory());
        List<Path> samples = sampleFiles(context.home().resolve(SAMPLES_DIRECTORY));
        boolean tokensConfigured = source.optional(IngestConfig.TOKENS).isPresent() || source.optional(IngestConfig.TOKENS_FILE).isPresent();
        if (tokensConfigured && config.ingestToken().isEmpty()) {
            throw new CommandFailedException("ingest tokens are configured (" + IngestConfig.TOKENS + "), so the demo needs "
                    + "one of them to post with: set " + LauncherConfig.INGEST_TOKEN);
        }

        LocalPipeline pipeline = UpCommand.start(context, UpCommand.brokers(arguments));
        CountDownLatch stopped = UpCommand.stopOnShutdown(pipeline, context);
        LocalPipeline.Addresses at = pipeline.addresses();
        // The local run's own token when it made one, else the one the user named.
        Optional<String> token = at.ingestToken().or(config::ingestToken);

        context.out().println();
        context.out().println("Posting " + samples.size() + " sample articles from " + context.home().resolve(SAMPLES_DIRECTORY) + " ...");
        Map<String, Long> awaited = postSamples(IngestClient.create(at.ingestUrl(), token), samples, context);

        context.out().println();
        context.out().println("Waiting for them on " + Topics.withPrefix(config.topicPrefix()).published().name() + " ...");
        KafkaClientConfig kafka = KafkaClientConfig.from(source.with(Map.of(KafkaClientConfig.BOOTSTRAP_KEY, at.bootstrapServers())));
        PublishedWatcher.Outcome outcome;
        try (PublishedWatcher watcher = PublishedWatcher.open(kafka.common(), Topics.withPrefix(config.topicPrefix()).published())) {
            outcome = watcher.await(awaited, config.demoTimeout(), article -> {
                context.out().println();
                context.out().print(describe(article, at.siteUrl()));
                context.out().flush();
            });
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
        context.out().println();
        if (outcome.complete() && awaited.size() == samples.size()) {
            context.out().println("All " + samples.size() + " sample articles were published, " + seconds
                    + " s after the start. The site: " + at.siteUrl() + "/");
        } else {
            context.out().println(outcome.published().size() + " of " + samples.size() + " sample articles were published"
                    + " within " + seconds + " s. Not published: " + outcome.missing().keySet()
                    + ". Records a stage could not process are on the dead-letter topic: ./newsdesk tail "
                    + Topics.withPrefix(config.topicPrefix()).deadLetters().name() + " --from-beginning");
        }
        context.out().println("Still running; Ctrl-C stops.");
        context.out().flush();
        stopped.await();
        return NewsdeskCli.OK;
    }

    /** The files the demo posts: every submission or page in the folder, in name order. */
    static List<Path> sampleFiles(Path directory) throws CommandFailedException {
        if (!Files.isDirectory(directory)) {
            throw new CommandFailedException("no samples folder at " + directory
                    + " (run the demo through the ./newsdesk script, which tells the launcher where the repository is)");
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> samples = files.filter(f -> SubmissionFile.kindOf(f).isPresent()).sorted().toList();
            if (samples.isEmpty()) {
                throw new CommandFailedException("no .json, .html or .txt files in " + directory);
            }
            return samples;
        } catch (IOException e) {
            throw new CommandFailedException("cannot list " + directory + ": " + e, e);
        }
    }

    /** Posts each sample; returns article id to version of the accepted ones. */
    private static Map<String, Long> postSamples(IngestClient client, List<Path> samples, CliContext context)
            throws CommandFailedException, InterruptedException, IOException {
        Map<String, Long> accepted = new LinkedHashMap<>();
        for (Path sample : samples) {
            IngestClient.Answer answer = client.post(SubmissionFile.read(sample, Optional.empty()));
            if (!answer.accepted()) {
                context.out().println("  " + sample.getFileName() + ": NOT accepted, " + answer.status() + " " + answer.body());
                continue;
            }
            JsonNode body = Json.mapper().readTree(answer.body());
            String articleId = body.path("articleId").asText();
            long version = body.path("version").asLong();
            accepted.put(articleId, version);
            context.out().println("  " + sample.getFileName() + ": accepted as article " + articleId + ", version " + version);
        }
        return accepted;
    }

    /** A published article as a person reads it in a terminal. */
    static String describe(PublishedArticle published, String siteUrl) {
        EnrichedArticle article = published.getArticle();
        StringBuilder text = new StringBuilder();
        text.append(article.getContent().getHeadline()).append('\n');
        line(text, "page", siteUrl + "/articles/" + published.getSlug()
                + "   (slug " + published.getSlug() + ", version " + published.getVersion() + ")");
        line(text, "length", article.getWordCount() + " words, " + readingTime(article.getReadingTimeSeconds())
                + " read, language " + article.getLanguage());
        line(text, "topics", article.getTopics().stream().map(DemoCommand::subject).collect(Collectors.joining(", ")));
        line(text, "keywords", String.join(", ", article.getKeywords()));
        line(text, "people", names(article, EntityType.PERSON));
        line(text, "places", names(article, EntityType.PLACE));
        line(text, "organisations", names(article, EntityType.ORGANIZATION));
        if (article.getQuotes().isEmpty()) {
            line(text, "quotes", "");
        }
        for (Quote quote : article.getQuotes()) {
            line(text, "quote", "\"" + quote.getText() + "\" (" + (quote.getSpeaker() == null ? "speaker unknown" : quote.getSpeaker()) + ")");
        }
        line(text, "cited outlets", article.getCitedSources().stream().map(s -> s.getName()).collect(Collectors.joining(", ")));
        line(text, "figures", article.getFigures().stream().map(Figure::getText).collect(Collectors.joining("; ")));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-14s %s%n", label, value == null || value.isEmpty() ? "-" : value));
    }

    private static String subject(Subject subject) {
        return subject.getLabel() + " (" + subject.getCode() + ", " + subject.getScore() + ")";
    }

    private static String names(EnrichedArticle article, EntityType type) {
        return article.getEntities().stream().filter(e -> e.getType() == type).map(Entity::getName)
                .collect(Collectors.joining(", "));
    }

    private static String readingTime(int seconds) {
        return seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
