package io.newsdesk.bench.jmh;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.schemas.TaggedArticle;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What {@code StepCost}'s {@code tag-stage} and {@code enrich-stage} measure, as CPU time and bytes allocated
 * per article of the thread that runs them, instead of wall time: on a machine shared with other builds a
 * thread waits for a core for much of its wall time, and JMH's figures then say more about the neighbours
 * than about the code. CPU time still moves with cache and frequency sharing, so compare two versions in
 * alternating runs and read medians. Same articles as {@code StepCost} ({@link BenchArticles}).
 *
 * <pre>
 * java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" io.newsdesk.bench.jmh.StageCpuTime 4 5
 * </pre>
 * prints one line per round: tag and enrich CPU µs per article, then tag and enrich KB allocated per article.
 */
public final class StageCpuTime {
    private static final int ARTICLE_OPS_PER_KB = 12_800;

    private StageCpuTime() {
    }

    public static void main(String[] args) {
        int kb = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        measure(kb, rounds, ARTICLE_OPS_PER_KB / kb, System.out);
    }

    /** Warms up, then prints {@code rounds} lines, each over {@code articlesPerRound} articles per stage. */
    static void measure(int kb, int rounds, int articlesPerRound, PrintStream out) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        ArticleProcessor production = StandardProcessors.create();
        BenchArticles articles = new BenchArticles(kb, new StepCatalog());
        TaggedArticle[] tagged = new TaggedArticle[BenchArticles.COUNT];
        for (int i = 0; i < BenchArticles.COUNT; i++) {
            tagged[i] = production.tag(articles.submissions[i]);
        }
        long sink = 0;
        for (int i = 0; i < 3 * articlesPerRound; i++) {
            sink += production.tag(articles.submissions[i % BenchArticles.COUNT]).getKeywords().size();
            sink += production.enrich(tagged[i % BenchArticles.COUNT]).getEntities().size();
        }
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < articlesPerRound; i++) {
                sink += production.tag(articles.submissions[i % BenchArticles.COUNT]).getKeywords().size();
            }
            long cpu1 = threads.getCurrentThreadCpuTime();
            long bytes1 = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < articlesPerRound; i++) {
                sink += production.enrich(tagged[i % BenchArticles.COUNT]).getEntities().size();
            }
            long cpu2 = threads.getCurrentThreadCpuTime();
            long bytes2 = threads.getThreadAllocatedBytes(self);
            out.printf(Locale.ROOT, "%.1f %.1f %.1f %.1f%n", (cpu1 - cpu0) / 1e3 / articlesPerRound,
                    (cpu2 - cpu1) / 1e3 / articlesPerRound, (bytes1 - bytes0) / 1024.0 / articlesPerRound,
                    (bytes2 - bytes1) / 1024.0 / articlesPerRound);
        }
        if (sink == Long.MIN_VALUE) {
            out.println(); // keeps the work from being optimised away
        }
    }
}
