package io.newsdesk.platform.topics;

import java.util.List;

/**
 * Renders the topic catalogue ({@code docs/topics.md}) from {@link Topics#specs()}, so the document
 * cannot drift from what the services create: a test regenerates it and compares. Regenerate with
 * {@code java -cp ... io.newsdesk.platform.topics.TopicCatalogue > docs/topics.md} or by running that
 * test with {@code -Dnewsdesk.catalogue.write=true}.
 */
public final class TopicCatalogue {
    private static final String SLICE_VALUE = "PublishedArticle; tombstone = retracted, withheld or left the slice (reason and slug in its headers)";

    private TopicCatalogue() {
    }

    public static String markdown(Topics topics, int partitions) {
        StringBuilder md = new StringBuilder();
        md.append("# Topic catalogue\n\n")
                .append("Generated from `io.newsdesk.platform.topics.Topics` by `TopicCatalogue`; a test fails when this\n")
                .append("file and the code disagree. Values are Avro records in single-object encoding (see the README);\n")
                .append("their schemas are in `schemas/src/main/avro/`. Default partitions: ").append(partitions)
                .append(" (`NEWSDESK_TOPIC_PARTITIONS`).\n\n")
                .append("| topic | key | value | retention | written by | read by | what it holds |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (TopicSpec spec : topics.specs()) {
            md.append("| `").append(spec.name()).append("` | ").append(spec.key()).append(" | ")
                    .append(spec.value()).append(" | ").append(spec.retentionText()).append(" | ")
                    .append(String.join(", ", spec.writers())).append(" | ")
                    .append(String.join(", ", spec.readers())).append(" | ")
                    .append(spec.description()).append(" |\n");
        }
        TopicSpec slice = new TopicSpec(topics.publishedSlice("<route>"), "articleId (string)", SLICE_VALUE, true, null,
                "One per routing rule (`NEWSDESK_ROUTES`), e.g. `articles.published.crime-law-justice`.", List.of("publish"),
                List.of("consumers of one slice"));
        md.append("| `").append(slice.name()).append("` | ").append(slice.key()).append(" | ").append(slice.value()).append(" | ")
                .append(slice.retentionText()).append(" | ").append(String.join(", ", slice.writers())).append(" | ")
                .append(String.join(", ", slice.readers())).append(" | ").append(slice.description()).append(" |\n");
        return md.toString();
    }

    public static void main(String[] args) {
        System.out.print(markdown(Topics.standard(), 6));
    }

    /** The topics every deployment creates, in catalogue order. */
    public static List<String> names(Topics topics) {
        return topics.specs().stream().map(TopicSpec::name).toList();
    }
}
