package io.newsdesk.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.ingest.intake.SubmissionRecords;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.RawPage;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.launcher.http.SubmissionFile;
import io.newsdesk.launcher.json.ArticleJson;
import io.newsdesk.launcher.local.IngestToken;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code enrich FILE...}: the pipeline's tagging and enrichment on files, offline, without Kafka. Each
 * file is parsed exactly as ingest parses a request (so a file this refuses, ingest refuses too), then
 * run through the same {@link ArticleProcessor} line-up the enrich service uses, and printed as one JSON
 * object: what a newsroom would see the pipeline find in that article.
 */
final class EnrichCommand implements Command {
    private final Clock clock;

    EnrichCommand() {
        this(Clock.systemUTC());
    }

    EnrichCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public String synopsis() {
        return "FILE... [--url URL] [--compact]";
    }

    @Override
    public String summary() {
        return "tag and enrich files offline, no Kafka needed";
    }

    @Override
    public String details() {
        return """
                Parses each FILE as ingest would (.json submission; .html/.htm/.txt raw page), runs the enrich
                service's tagging and enrichment steps on it, and prints one JSON object per file: headline,
                byline, slug, topics [{code,label,score}], keywords, entities [{type,name,...}], quotes
                [{text,speaker}], citedSources, figures [{value,unit,text}], summary, wordCount,
                readingTimeSeconds, language. Nothing is sent anywhere.
                  --url URL   the address of a single raw page without <link rel="canonical">
                  --compact   one line per object (JSON lines) instead of indented JSON
                Files name no source; they are parsed as submitted by the source "local".
                Exit status 1 if any file is not a valid submission (its problems are printed).""";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("compact"), Set.of("url"))
                .requirePositionals(1, Integer.MAX_VALUE, "FILE (one or more files to enrich)");
        List<String> files = arguments.positionals();
        if (arguments.option("url").isPresent() && files.size() != 1) {
            throw new UsageException("--url names the address of one raw page; give exactly one file with it");
        }
        SubmissionParser parser = new SubmissionParser(clock);
        ArticleProcessor processor = StandardProcessors.create();
        int failures = 0;
        for (String name : files) {
            Optional<Submission> submission = parse(context.resolve(name), arguments.option("url"), parser, context);
            if (submission.isEmpty()) {
                failures++;
                continue;
            }
            EnrichedArticle article = processor.process(submission.get());
            ObjectNode json = Json.mapper().createObjectNode();
            json.put("file", name);
            json.setAll(ArticleJson.enriched(article));
            context.out().println(arguments.flag("compact") ? Json.write(json)
                    : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        if (failures > 0) {
            context.err().println("newsdesk enrich: " + failures + " of " + files.size() + " file(s) could not be parsed");
            return NewsdeskCli.FAILED;
        }
        return NewsdeskCli.OK;
    }

    private Optional<Submission> parse(Path file, Optional<String> url, SubmissionParser parser, CliContext context) {
        SubmissionFile input;
        try {
            // Offline, a page's address is only metadata: enrichment does not need it.
            input = SubmissionFile.readWithoutUrl(file, url);
        } catch (CommandFailedException e) {
            context.err().println(e.getMessage());
            return Optional.empty();
        }
        ParseResult result = switch (input.kind()) {
            case JSON -> parser.parseJson(input.content(), IngestToken.LOCAL_SOURCE);
            case HTML, TEXT -> parser.parseRawPage(new RawPage(input.content(), StandardCharsets.UTF_8,
                    input.kind() == SubmissionFile.Kind.HTML ? BodyFormat.HTML : BodyFormat.TEXT,
                    null, input.url().orElse(offlineAddress(file)), null), IngestToken.LOCAL_SOURCE);
        };
        if (result instanceof ParseResult.Invalid invalid) {
            context.err().println(file + ": not a valid submission: " + String.join("; ", invalid.problems()));
            return Optional.empty();
        }
        Submission record = toRecord(((ParseResult.Valid) result).submission(), clock.instant());
        if (input.url().isEmpty()) {
            // The parser insists on an address (ingest does); the stand-in is not a fact about the page.
            record.setUrl(null);
        }
        return Optional.of(record);
    }

    /**
     * A stand-in address for a raw page given without one: the parser wants an http(s) URL, and
     * {@code .invalid} is reserved (RFC 2606) for names that must never resolve. The record drops it.
     */
    private static String offlineAddress(Path file) {
        return "https://offline.invalid/" + java.net.URLEncoder.encode(String.valueOf(file.getFileName()),
                StandardCharsets.UTF_8);
    }

    /**
     * The record ingest would write for this submission ({@link SubmissionRecords}), as enrich would see
     * it if it were the first record of its partition: version 1 (offset 0 + 1). Offline there is no log
     * to number it, and one file is one article's only version here.
     */
    static Submission toRecord(ParsedSubmission parsed, Instant receivedAt) {
        Submission written = SubmissionRecords.of(parsed, UUID.randomUUID().toString(),
                receivedAt.truncatedTo(ChronoUnit.MILLIS));
        return Submission.newBuilder(written).setVersion(ArticleVersions.fromOffset(0)).build();
    }
}
