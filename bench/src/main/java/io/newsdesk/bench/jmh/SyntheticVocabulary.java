package io.newsdesk.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A Media Topics vocabulary {@code scale} times the size of the shipped IPTC release, in the release's own
 * JSON format: every real concept is kept, and gets {@code scale - 1} narrower synthetic concepts whose
 * labels pair one of its own label words with words of other concepts' labels ("court fraud", "election
 * transport"). Real words make the bigger vocabulary's phrases occur in news text as a grown vocabulary's
 * would, so the test measures more matches as well as a bigger index. Deterministic.
 */
final class SyntheticVocabulary {
    static final String RESOURCE = "/vocab/iptc-mediatopics-en.json";

    private SyntheticVocabulary() {
    }

    static void writeScaled(int scale, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode shipped;
        try (InputStream in = SyntheticVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (it ships in the enrich jar)");
            }
            shipped = mapper.readTree(in);
        }
        ObjectNode root = ((ObjectNode) shipped).deepCopy();
        ArrayNode concepts = (ArrayNode) root.get("concepts");
        List<JsonNode> real = new ArrayList<>();
        concepts.forEach(real::add);
        List<String> words = new ArrayList<>();
        for (JsonNode c : real) {
            for (String w : c.path("label").asText("").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() > 3) {
                    words.add(w);
                }
            }
        }
        Random random = new Random(10);
        int code = 90_000_000;
        for (JsonNode c : real) {
            if (!c.path("retired").isNull() && !c.path("retired").asText("").isBlank()) {
                continue;
            }
            String[] own = java.util.Arrays.stream(c.path("label").asText("").toLowerCase(Locale.ROOT).split("[^a-z]+"))
                    .filter(w -> !w.isEmpty()).toArray(String[]::new);
            if (own.length == 0) {
                continue;
            }
            for (int k = 1; k < scale; k++) {
                String mine = own[random.nextInt(own.length)];
                String other = words.get(random.nextInt(words.size()));
                String label = random.nextBoolean() ? mine + " " + other : other + " " + mine;
                if (random.nextInt(3) == 0) {
                    label = label + " " + words.get(random.nextInt(words.size()));
                }
                ObjectNode synthetic = mapper.createObjectNode();
                synthetic.put("qcode", "medtop:" + code++);
                synthetic.put("label", label.strip());
                synthetic.put("definition", "Synthetic concept for the vocabulary growth benchmark.");
                synthetic.putArray("broader").add(c.path("qcode").asText());
                synthetic.putNull("retired");
                concepts.add(synthetic);
            }
        }
        try {
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic vocabulary to " + file, e);
        }
    }
}
