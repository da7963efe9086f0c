package io.newsdesk.launcher;

import io.newsdesk.launcher.bulk.BulkImporter;
import io.newsdesk.launcher.bulk.ImportItem;
import io.newsdesk.launcher.bulk.ImportItems;
import io.newsdesk.launcher.bulk.ImportJournal;
import io.newsdesk.launcher.bulk.ImportSummary;
import io.newsdesk.launcher.bulk.ProgressBar;
import io.newsdesk.launcher.bulk.SourceFile;
import io.newsdesk.launcher.bulk.SourceFiles;
import io.newsdesk.launcher.http.IngestClient;
import io.newsdesk.launcher.local.IngestToken;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.publish.status.StatusConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code import PATH [--resume|--restart] [--concurrency N] [--url-prefix URL]}: posts a folder or
 * archive of submissions to a running ingest, as {@code submit} does one file, with a progress bar,
 * a journal to resume from, and a summary of what was accepted, rejected (and why) and what failed.
 */
final class ImportCommand implements Command {
    static final int DEFAULT_CONCURRENCY = 8;
    private static final Duration DRAIN_ON_CTRL_C = Duration.ofSeconds(40);

    private final long stopAfterItems;

    ImportCommand() {
        this(Long.MAX_VALUE);
    }

    /** @param stopAfterItems send at most this many items and stop as an interrupted run would (tests) */
    ImportCommand(long stopAfterItems) {
        this.stopAfterItems = stopAfterItems;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        // --resume (the default) and --url-prefix are in details(); the overview's column is narrow.
        return "PATH [--restart] [--concurrency N]";
    }

    @Override
    public String summary() {
        return "post a folder or archive of submissions to ingest, resumably";
    }

    @Override
    public String details() {
        return """
                Posts every submission under PATH to ingest (POST /v1/articles), N at a time.
                PATH is a folder (read recursively) or a .zip, .tar, .tar.gz or .tgz archive of:
                  .jsonl, .ndjson  one JSON submission per line
                  .json            one JSON submission, or an array of them
                  .html, .htm      a raw page; its URL is the page's <link rel="canonical"> or og:url,
                                   else --url-prefix followed by the file's path in PATH
                  .txt             a raw page as plain text; its URL comes from --url-prefix
                Hidden files and __MACOSX/ are ignored; any other file is reported as rejected.
                A progress bar on stderr shows count, rate, ETA and the outcomes so far.

                Each answer is journaled in $NEWSDESK_DATA_DIR/import/<hash of PATH>.journal as it
                arrives. Run the same command again after an interruption and it resumes: items
                already accepted or rejected are skipped (unless their content changed since), failed
                ones are sent again. Ctrl-C lets the requests in flight finish before stopping.
                  --resume          skip what the journal records (the default when one exists)
                  --restart         ignore the journal and send everything again; items already
                                    accepted become new versions of their articles
                  --concurrency N   requests in flight at once (default 8)
                  --url-prefix URL  base address for raw pages that do not state their own

                The summary counts accepted, rejected (grouped by ingest's reasons), failed (ingest
                unreachable or 5xx after 3 retries with backoff) and skipped items; the rejected items
                and their reasons are written to $NEWSDESK_DATA_DIR/import/<hash>.rejected.jsonl.
                Exit status 0 when nothing failed (rejections are reported, but are the data's fault),
                1 when an item failed or the run was stopped early.

                environment:
                  NEWSDESK_INGEST_URL    ingest's address (%1$s)
                  NEWSDESK_INGEST_TOKEN  bearer token; default: the token ./newsdesk up stored in
                                         $NEWSDESK_DATA_DIR/ingest-token
                  NEWSDESK_DATA_DIR      (%2$s)""".formatted(StatusConfig.INGEST_URL_SETTING.defaultValue(), LauncherConfig.DATA_DIR_SETTING.defaultValue());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("resume", "restart"), Set.of("concurrency", "url-prefix"))
                .requirePositionals(1, 1, "PATH (a folder or a .zip, .tar, .tar.gz or .tgz archive)");
        if (arguments.flag("resume") && arguments.flag("restart")) {
            throw new UsageException("--resume and --restart exclude each other");
        }
        int concurrency = Math.toIntExact(arguments.longOption("concurrency", 1).orElse((long) DEFAULT_CONCURRENCY));
        if (concurrency > 256) {
            throw new UsageException("--concurrency must be at most 256, was " + concurrency);
        }
        Optional<String> urlPrefix = arguments.option("url-prefix");
        if (urlPrefix.isPresent() && !urlPrefix.get().startsWith("http://") && !urlPrefix.get().startsWith("https://")) {
            throw new UsageException("--url-prefix must be an http:// or https:// address, was '" + urlPrefix.get() + "'");
        }
        Path path = context.resolve(arguments.positionals().get(0)).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new CommandFailedException(path + ": no such file or folder");
        }

        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, context.environment()),
                context.workingDirectory());
        List<ImportItem> items = readItems(path, urlPrefix);
        if (items.isEmpty()) {
            throw new CommandFailedException(path + ": no files to import in it");
        }

        Optional<String> token = config.ingestToken().or(() -> IngestToken.read(config.dataDirectory()));
        if (token.isEmpty()) {
            context.err().println("newsdesk import: no token (NEWSDESK_INGEST_TOKEN is unset and "
                    + IngestToken.file(config.dataDirectory()) + " does not exist); sending without one");
        }
        // HTTP/1.1: ingest's JDK server speaks nothing else, and an h2c upgrade attempt per connection is waste.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        IngestClient client = new IngestClient(http, config.ingestUrl(), token);

        Path journalFile = ImportJournal.fileFor(config.dataDirectory(), path);
        boolean resume = !arguments.flag("restart");
        if (resume && Files.exists(journalFile)) {
            context.err().println("resuming the import of " + path + " (journal " + journalFile + "; --restart ignores it)");
        }
        BulkImporter importer = new BulkImporter(item -> client.post(item.asSubmission()),
                duration -> Thread.sleep(duration.toMillis()),
                BulkImporter.Settings.defaults(concurrency).stoppingAfter(stopAfterItems), System::nanoTime);
        ProgressBar progress = new ProgressBar(context.err(), System.console() != null, System::nanoTime);
        context.err().println("importing " + items.size() + " item(s) from " + path + " to " + client.baseUrl()
                + ", " + concurrency + " at a time");

        ImportSummary summary;
        Path rejectedFile = ImportJournal.rejectedFileFor(config.dataDirectory(), path);
        try (ImportJournal journal = openJournal(journalFile, resume)) {
            CountDownLatch finished = new CountDownLatch(1);
            Thread stopper = new Thread(() -> {
                importer.stop("interrupted (Ctrl-C); run the same command again to resume");
                await(finished);
            }, "newsdesk-import-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                summary = importer.run(items, journal, progress);
                ImportSummary.writeRejected(rejectedFile, journal.outcomes().values());
                // Printed before releasing the Ctrl-C hook: once it returns, the JVM exits.
                context.out().print(summary.render(rejectedFile));
                context.out().flush();
            } finally {
                finished.countDown();
                removeHook(stopper);
            }
        }
        return summary.succeeded() ? NewsdeskCli.OK : NewsdeskCli.FAILED;
    }

    private static List<ImportItem> readItems(Path path, Optional<String> urlPrefix) throws CommandFailedException {
        List<SourceFile> files;
        try {
            files = SourceFiles.read(path);
        } catch (IOException e) {
            throw new CommandFailedException(path + ": cannot read: " + e.getMessage(), e);
        }
        return new ImportItems(urlPrefix).of(files);
    }

    private static ImportJournal openJournal(Path file, boolean resume) throws CommandFailedException {
        try {
            return ImportJournal.open(file, resume);
        } catch (IOException e) {
            throw new CommandFailedException("cannot open the import journal: " + e.getMessage(), e);
        }
    }

    private static void await(CountDownLatch finished) {
        try {
            finished.await(DRAIN_ON_CTRL_C.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already running the hook: nothing to remove.
        }
    }
}
