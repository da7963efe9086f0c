package io.newsdesk.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.enrich.TrainingNews;
import io.newsdesk.enrich.evaluation.EnrichmentFixture;
import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubmissionChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped top-level model ({@link TopLevelTopicModel#RESOURCE}) is exactly what training on
 * every {@code enrich/training/tagged-news*.json} gives: run with {@code -Dnewsdesk.retrain=true} to write it
 * again after changing the training text, the idioms or the words the model reads (enrich/training/README.md).
 * Also prints the k-fold cross-validated accuracy of the top-level branch, on the training text and on the
 * training text with the news set's development half, for the classifier alone and for the tagger.
 */
class TopLevelTopicModelTrainingTest {

    static final Path SHIPPED = Path.of("src/main/resources" + TopLevelTopicModel.RESOURCE);
    private static final Pattern TAGS = Pattern.compile("</?(PER|ORG|LOC)>");
    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();
    private static final int FOLDS = 10;

    /** One labelled article: its text, the branches accepted as right, and the words the model reads. */
    record Article(String headline, String text, Set<String> accepted, List<String> words) {
        String branch() {
            return accepted.iterator().next();
        }

        TopLevelTopicModel.Example example() {
            return new TopLevelTopicModel.Example(branch(), words);
        }
    }

    static String branchOf(String code) {
        List<MediaTopicVocabulary.Concept> chain = VOCABULARY.broaderChain(code);
        return chain.isEmpty() ? MediaTopicVocabulary.qcode(code) : chain.get(chain.size() - 1).code();
    }

    /** The cue rules without a model: what reads an article's words the way the classifier will. */
    private static MediaTopicTagger wordReader() {
        return new MediaTopicTagger(VOCABULARY, null, TopicIdioms.shipped(), TopicBranches.DEFAULT);
    }

    static List<Article> trainingArticles() throws IOException {
        MediaTopicTagger reader = wordReader();
        List<Article> out = new ArrayList<>();
        for (Path file : TrainingNews.files()) {
            for (JsonNode a : new ObjectMapper().readTree(file.toFile()).get("articles")) {
                String headline = TAGS.matcher(a.get("headline").asText()).replaceAll("");
                String text = TAGS.matcher(a.get("text").asText()).replaceAll("");
                out.add(new Article(headline, text, Set.of(branchOf(a.get("topic").asText())),
                        reader.classifierWords(headline, AnalyzedText.of(text))));
            }
        }
        return out;
    }

    /** The development half of the news set, cleaned as the service cleans it. */
    static List<Article> devArticles() throws IOException {
        MediaTopicTagger reader = wordReader();
        ContentCleaner cleaner = StandardProcessors.cleaner(AnalysisSettings.defaults());
        List<Article> out = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(Path.of("src/test/resources/evaluation/news/dev.json").toFile()).get("articles")) {
            ArticleContent content = cleaner.clean(EnrichmentFixture.submission(a.get("id").asText(),
                    a.path("headline").isTextual() ? a.get("headline").asText() : null, a.get("body").asText(),
                    SubmissionChannel.valueOf(a.get("channel").asText()), BodyFormat.valueOf(a.path("format").asText("TEXT"))));
            java.util.LinkedHashSet<String> accepted = new java.util.LinkedHashSet<>();
            accepted.add(branchOf(a.get("topic").asText()));
            a.path("alsoAccepted").forEach(x -> accepted.add(branchOf(x.asText())));
            out.add(new Article(content.getHeadline(), content.getText(), accepted,
                    reader.classifierWords(content.getHeadline(), AnalyzedText.of(content.getText()))));
        }
        return out;
    }

    static TopLevelTopicModel train(List<Article> articles) {
        return TopLevelTopicModel.train(articles.stream().map(Article::example).toList());
    }

    @Test
    void retrainingOnTheTrainingTextReproducesTheShippedModel() throws IOException {
        long started = System.nanoTime();
        List<Article> articles = trainingArticles();
        long read = System.nanoTime();
        String trained = train(articles).write();
        long trainedAt = System.nanoTime();
        // what loading the shipped model costs at start-up: reading the same lines
        TopLevelTopicModel.read(trained.lines().filter(l -> !l.startsWith("#")).toList());
        long loaded = System.nanoTime();
        System.out.printf(Locale.ROOT, "top-level model: reading and analysing the training text %d ms, training %d ms,"
                + " loading the model file %d ms%n", (read - started) / 1_000_000, (trainedAt - read) / 1_000_000,
                (loaded - trainedAt) / 1_000_000);
        if (Boolean.getBoolean("newsdesk.retrain")) {
            Files.writeString(SHIPPED, trained, StandardCharsets.UTF_8);
        }
        assertEquals(trained, Files.readString(SHIPPED, StandardCharsets.UTF_8),
                "the shipped top-level model is not what the training text gives: retrain with -Dnewsdesk.retrain=true"
                        + " (enrich/training/README.md) and commit " + SHIPPED);
        assertEquals(TopLevelTopicModel.read(List.of(trained.split("\n")).stream()
                .filter(l -> !l.startsWith("#")).toList()).write(), trained, "reading the model back gives the same model");
    }

    @Test
    void crossValidatedTopLevelAccuracyIsPrintedAndWellAboveChance() throws IOException {
        List<Article> training = trainingArticles();
        List<Article> both = new ArrayList<>(training);
        both.addAll(devArticles());
        List<TopicBranches> settings = Boolean.getBoolean("newsdesk.topics.sweep")
                ? List.of(new TopicBranches(0, 32), new TopicBranches(0.3, 8), new TopicBranches(0.3, 32), new TopicBranches(0.5, 32),
                        new TopicBranches(0.7, 16), new TopicBranches(0.7, 32), new TopicBranches(0.7, 64), new TopicBranches(1, 32))
                : List.of(TopicBranches.DEFAULT);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%n%d-fold cross-validated top-level topic accuracy%n", FOLDS));
        double classifierOnTraining = 0;
        for (var set : List.of(new Object[] {"training text", training}, new Object[] {"training text + dev", both})) {
            @SuppressWarnings("unchecked")
            List<Article> articles = (List<Article>) set[1];
            double classifier = crossValidate(articles, null);
            if (articles == training) {
                classifierOnTraining = classifier;
            }
            report.append(String.format(Locale.ROOT, "  %-20s %3d articles: classifier alone %.3f", set[0], articles.size(), classifier));
            for (TopicBranches b : settings) {
                report.append(String.format(Locale.ROOT, "; tagger (cues %.1f, temperature %.0f) %.3f", b.cueShare(), b.temperature(),
                        crossValidate(articles, b)));
            }
            report.append('\n');
        }
        System.out.println(report);
        assertTrue(classifierOnTraining > 0.6, "the classifier should tell the branches apart far better than chance");
    }

    /** Accuracy over k folds; {@code branches} null scores the classifier alone, else the whole tagger. */
    private static double crossValidate(List<Article> articles, TopicBranches branches) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(14));
        int right = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Article> train = new ArrayList<>();
            List<Article> test = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                (j % FOLDS == f ? test : train).add(articles.get(order.get(j)));
            }
            TopLevelTopicModel model = train(train);
            MediaTopicTagger tagger = branches == null ? null : new MediaTopicTagger(VOCABULARY, model, TopicIdioms.shipped(), branches);
            for (Article a : test) {
                String predicted;
                if (tagger == null) {
                    predicted = model.classify(a.words());
                } else {
                    List<Subject> s = tagger.topics(a.headline(), AnalyzedText.of(a.text())).subjects();
                    predicted = s.isEmpty() ? "" : branchOf(s.get(0).getCode());
                }
                if (a.accepted().contains(predicted)) {
                    right++;
                }
            }
        }
        return (double) right / articles.size();
    }
}
