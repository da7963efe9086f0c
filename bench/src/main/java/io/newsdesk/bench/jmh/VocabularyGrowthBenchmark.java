package io.newsdesk.bench.jmh;

import io.newsdesk.enrich.topics.MediaTopicTagger;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import io.newsdesk.enrich.text.AnalyzedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Media Topics tagger with the IPTC vocabulary as shipped ({@code scale=1}) and grown tenfold
 * ({@code scale=10}, {@link SyntheticVocabulary}: nine new concepts under every real one, labelled with
 * real news words so that many of them occur in the text). The vocabulary is injected the way an operator
 * would, through {@link MediaTopicVocabulary#fromFile}. The target: at most 1.2x the time at 10x the size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas", "-Xmx1g"})
public class VocabularyGrowthBenchmark {

    @Param({"1", "10"})
    public int scale;

    @Param({"1", "4", "8"})
    public int kb;

    private BenchArticles articles;
    private MediaTopicTagger tagger;
    private int next;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        MediaTopicVocabulary vocabulary;
        if (scale == 1) {
            vocabulary = MediaTopicVocabulary.shipped();
        } else {
            Path file = Files.createTempFile("vocabulary-x" + scale + "-", ".json");
            try {
                SyntheticVocabulary.writeScaled(scale, file);
                vocabulary = MediaTopicVocabulary.fromFile(file);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        tagger = new MediaTopicTagger(vocabulary);
        articles = new BenchArticles(kb, new StepCatalog());
    }

    @Benchmark
    public Object mediaTopics() {
        int i = next;
        next = (next + 1) % BenchArticles.COUNT;
        return tagger.topics(articles.contents[i].getHeadline(), AnalyzedText.of(articles.contents[i].getText()));
    }
}
