package io.newsdesk.launcher;

import io.newsdesk.launcher.http.IngestClient;
import io.newsdesk.launcher.http.SubmissionFile;
import io.newsdesk.launcher.local.IngestToken;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.publish.status.StatusConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code submit FILE... [--url URL]}: posts files to a running ingest and prints each answer. */
final class SubmitCommand implements Command {

    @Override
    public String name() {
        return "submit";
    }

    @Override
    public String synopsis() {
        return "FILE... [--url URL]";
    }

    @Override
    public String summary() {
        return "post JSON submissions or raw pages to ingest";
    }

    @Override
    public String details() {
        return """
                Posts each FILE to ingest (POST /v1/articles) and prints its answer, one line per file:
                202 with the article id and version, or the status and the problems ingest found.
                  .json          a JSON submission (fields as in the README; source comes from the token)
                  .html, .htm    a raw scraped page, sent as text/html
                  .txt           a raw page as plain text
                A raw page needs the URL it was scraped from: the page's <link rel="canonical"> or og:url,
                or --url URL (only with a single raw page, since the URL is the article's identity).
                Exit status 1 if any file was not accepted.

                environment:
                  NEWSDESK_INGEST_URL    ingest's address (%1$s)
                  NEWSDESK_INGEST_TOKEN  bearer token; default: the token ./newsdesk up stored in
                                         $NEWSDESK_DATA_DIR/ingest-token
                  NEWSDESK_DATA_DIR      (%2$s)""".formatted(StatusConfig.INGEST_URL_SETTING.defaultValue(), LauncherConfig.DATA_DIR_SETTING.defaultValue());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of("url"))
                .requirePositionals(1, Integer.MAX_VALUE, "FILE (one or more files to submit)");
        List<Path> files = arguments.positionals().stream().map(context::resolve).toList();
        Optional<String> url = arguments.option("url");
        if (url.isPresent()) {
            long rawPages = files.stream().filter(f -> SubmissionFile.kindOf(f).map(SubmissionFile.Kind::rawPage).orElse(false)).count();
            if (rawPages != 1 || files.size() != 1) {
                throw new UsageException("--url names the address of one raw page; give exactly one .html, .htm or .txt file with it");
            }
        }
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, context.environment()),
                context.workingDirectory());
        Optional<String> token = config.ingestToken().or(() -> IngestToken.read(config.dataDirectory()));
        if (token.isEmpty()) {
            context.err().println("newsdesk submit: no token (NEWSDESK_INGEST_TOKEN is unset and "
                    + IngestToken.file(config.dataDirectory()) + " does not exist); sending without one");
        }
        IngestClient client = IngestClient.create(config.ingestUrl(), token);
        return submitAll(client, files, url, context);
    }

    /** Posts every file; a file that cannot be read or is refused is reported and the rest still go. */
    static int submitAll(IngestClient client, List<Path> files, Optional<String> url, CliContext context)
            throws CommandFailedException, InterruptedException {
        List<Path> failed = new ArrayList<>();
        for (Path file : files) {
            SubmissionFile submission;
            try {
                submission = SubmissionFile.read(file, url);
            } catch (CommandFailedException e) {
                // The message starts with the file name.
                context.out().println(e.getMessage() + " (not sent)");
                failed.add(file);
                continue;
            }
            IngestClient.Answer answer = client.post(submission);
            context.out().println(file + ": " + answer.status() + " " + answer.body().strip());
            if (!answer.accepted()) {
                failed.add(file);
            }
        }
        if (!failed.isEmpty()) {
            context.err().println("newsdesk submit: " + failed.size() + " of " + files.size() + " file(s) not accepted");
            return NewsdeskCli.FAILED;
        }
        return NewsdeskCli.OK;
    }
}
