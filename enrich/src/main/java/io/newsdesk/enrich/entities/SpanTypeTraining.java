package io.newsdesk.enrich.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the {@link SpanTypeModel} on the project's tagged news (every {@code enrich/training/tagged-news*.json}, the
 * only text a model may learn from, see its README; the tests list the files). Each
 * article's plain text goes through the same passes the enricher runs, with a typer that answers from the tags
 * and writes down each candidate's features with the tagged answer: the model learns on exactly the candidates
 * and contexts it will meet, and later passes see what a perfect typer would have left them.
 */
final class SpanTypeTraining {
    private SpanTypeTraining() {
    }

    /** The body of every article of these training files, in file order, tags parsed. */
    static List<TaggedText> taggedTexts(List<Path> files) {
        List<TaggedText> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            try {
                for (JsonNode article : json.readTree(file.toFile()).path("articles")) {
                    out.add(TaggedText.parse(article.path("text").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return out;
    }

    /** The candidates the passes meet in these texts, each with its features and its tagged type. */
    static List<SpanTypeModel.Example> examples(Gazetteer gazetteer, List<? extends EntityPass> passes, List<TaggedText> texts) {
        List<SpanTypeModel.Example> examples = new ArrayList<>();
        for (TaggedText tagged : texts) {
            SpanTyper teacher = (r, from, end, title, guess) -> {
                EntityType label = tagged(tagged, r.token(from), r.token(end - 1));
                examples.add(new SpanTypeModel.Example(SpanFeatures.of(r, from, end, title, guess), label));
                return label;
            };
            Recognition r = new Recognition(AnalyzedText.of(tagged.text()), null, gazetteer, teacher);
            for (EntityPass pass : passes) {
                pass.run(r);
            }
        }
        return examples;
    }

    /**
     * The tagged type of the candidate from {@code first} to {@code last}: the tag it covers exactly, or the
     * first tag it lies inside or contains ("Supt. Ann Ray" holds the person "Ann Ray"); null if none.
     */
    static EntityType tagged(TaggedText tagged, Token first, Token last) {
        int start = first.start();
        int end = last.end();
        EntityType overlapping = null;
        for (TaggedText.Span s : tagged.spans()) {
            if (s.start() == start && s.end() == end) {
                return s.type();
            }
            boolean inside = s.start() <= start && end <= s.end();
            boolean contains = start <= s.start() && s.end() <= end;
            if (overlapping == null && (inside || contains)) {
                overlapping = s.type();
            }
        }
        return overlapping;
    }
}
