package io.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated texts both systems are fed, in the same order. Texts are generated once, up front, so
 * generation costs nothing during a measurement; a phase longer than the pool reuses texts under new
 * external ids, which makes them new articles (a new articleId each), not new versions.
 */
public final class ArticlePool {
    private final List<GeneratedArticle> texts;

    private ArticlePool(List<GeneratedArticle> texts) {
        this.texts = List.copyOf(texts);
    }

    public static ArticlePool generate(ArticleGenerator generator, int size) {
        List<GeneratedArticle> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(generator.article(i));
        }
        return new ArticlePool(texts);
    }

    public int size() {
        return texts.size();
    }

    /** Text {@code i} (cycling) as a distinct article of the given phase. */
    public GeneratedArticle article(String phase, int i) {
        return texts.get(i % texts.size()).withExternalId(phase + "-" + i);
    }

    public double meanBodyBytes() {
        return texts.stream().mapToInt(GeneratedArticle::bodyBytes).average().orElse(Double.NaN);
    }

    public int minBodyBytes() {
        return texts.stream().mapToInt(GeneratedArticle::bodyBytes).min().orElse(0);
    }

    public int maxBodyBytes() {
        return texts.stream().mapToInt(GeneratedArticle::bodyBytes).max().orElse(0);
    }
}
