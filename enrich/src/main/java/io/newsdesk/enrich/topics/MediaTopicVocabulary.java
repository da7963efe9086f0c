package io.newsdesk.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPTC Media Topics vocabulary (CC BY 4.0, IPTC; see {@code vocab/NOTICE}), loaded from its JSON
 * release: {@code {"source", "licence", "copyrightHolder", "concepts": [{"qcode", "label", "definition",
 * "broader", "retired"}]}}. The copy shipped in the jar is used unless {@code NEWSDESK_VOCAB_FILE} names
 * another file, so a newer IPTC release can be dropped in without a rebuild. Retired concepts are kept
 * (an old article may carry one) but are never offered for tagging: {@link #active()} skips them.
 */
public final class MediaTopicVocabulary {

    public static final String FILE_VARIABLE = "NEWSDESK_VOCAB_FILE";
    static final String RESOURCE = "/vocab/iptc-mediatopics-en.json";
    private static final String PREFIX = "medtop:";

    /** One concept: qcode with prefix, English label, broader qcodes (with prefix), retired or not. */
    public record Concept(String code, String label, String definition, List<String> broader, boolean retired) {
        public boolean topLevel() {
            return broader.isEmpty();
        }
    }

    private final Map<String, Concept> concepts;

    private MediaTopicVocabulary(Map<String, Concept> concepts) {
        this.concepts = Collections.unmodifiableMap(concepts);
    }

    /** The file named by {@value #FILE_VARIABLE} in {@code env}, else the release shipped in the jar. */
    public static MediaTopicVocabulary load(Map<String, String> env) {
        String file = env.get(FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return fromFile(Path.of(file.strip()));
        }
        return shipped();
    }

    /** The release shipped in the jar. */
    public static MediaTopicVocabulary shipped() {
        InputStream in = MediaTopicVocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the Media Topics vocabulary " + RESOURCE + " is missing from the enrich jar");
        }
        try (in) {
            return parse(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static MediaTopicVocabulary fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Media Topics vocabulary " + file
                    + " (set " + FILE_VARIABLE + " to a readable IPTC JSON file, or unset it to use the shipped one)", e);
        }
    }

    static MediaTopicVocabulary parse(InputStream in, String origin) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode list = root == null ? null : root.get("concepts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("Media Topics vocabulary " + origin + " has no \"concepts\" array");
        }
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (JsonNode c : list) {
            String code = qcode(c.path("qcode").asText(""));
            String label = c.path("label").asText("");
            if (code.equals(PREFIX) || label.isBlank()) {
                throw new IllegalArgumentException("Media Topics vocabulary " + origin + " has a concept without qcode or label: " + c);
            }
            List<String> broader = new ArrayList<>();
            for (JsonNode b : c.path("broader")) {
                broader.add(qcode(b.asText()));
            }
            JsonNode retired = c.get("retired");
            boolean isRetired = retired != null && !retired.isNull() && !retired.asText().isBlank() && !"false".equals(retired.asText());
            concepts.put(code, new Concept(code, label, c.path("definition").asText(""), List.copyOf(broader), isRetired));
        }
        return new MediaTopicVocabulary(concepts);
    }

    /** Accepts "20000096", "medtop:20000096" and the http URI form. */
    static String qcode(String raw) {
        String s = raw.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        return s.startsWith(PREFIX) ? s : PREFIX + s;
    }

    public Optional<Concept> concept(String code) {
        return Optional.ofNullable(concepts.get(qcode(code)));
    }

    /** Concepts that may be assigned to new articles. */
    public List<Concept> active() {
        return concepts.values().stream().filter(c -> !c.retired()).toList();
    }

    /** The qcodes (with prefix) of every concept, retired ones included. */
    public java.util.Set<String> codes() {
        return concepts.keySet();
    }

    public int size() {
        return concepts.size();
    }

    /** Ancestors of a concept, nearest first, ending at a top-level concept (first broader link at each step). */
    public List<Concept> broaderChain(String code) {
        List<Concept> chain = new ArrayList<>();
        Concept c = concepts.get(qcode(code));
        while (c != null && !c.broader().isEmpty() && chain.size() < 16) {
            Concept parent = concepts.get(c.broader().get(0));
            if (parent == null || chain.contains(parent)) {
                break;
            }
            chain.add(parent);
            c = parent;
        }
        return chain;
    }
}
