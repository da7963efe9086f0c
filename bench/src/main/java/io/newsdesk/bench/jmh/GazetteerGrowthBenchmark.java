package io.newsdesk.bench.jmh;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.Tokenizer;
import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Name lookup as the gazetteers grow tenfold. The entity, quote and source enrichers share
 * {@code Gazetteer.standard()}, which has no constructor taking other name lists, so this measures the
 * structure it compiles its lists into: a case-sensitive {@link PhraseTrie} over token texts, walked
 * leftmost-longest over an article's tokens. {@code scale=1} holds the shipped names (every canonical name
 * and alias of the country, state, city, organisation and people lists); {@code scale=10} adds nine
 * synthetic names per real one built from real given names, place and organisation words, so that many
 * of them share first tokens with words in the text and the walk goes deeper, as with a real bigger list.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas", "-Xmx1g"})
public class GazetteerGrowthBenchmark {
    private static final String[] LISTS = {"/gazetteer/countries.txt", "/gazetteer/us-states.txt",
        "/gazetteer/cities.txt", "/gazetteer/organizations.txt", "/gazetteer/people.txt"};

    @Param({"1", "10"})
    public int scale;

    @Param({"1", "4", "8"})
    public int kb;

    private PhraseTrie<String> names;
    private final List<List<Token>> texts = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        List<String> real = new ArrayList<>();
        for (String list : LISTS) {
            for (String line : WordList.lines(list)) {
                String[] fields = line.split("\\|", -1);
                int nameFields = list.endsWith("countries.txt") || list.endsWith("us-states.txt") ? 3 : 2;
                for (int f = 0; f < Math.min(nameFields, fields.length); f++) {
                    // countries and states: code | name | aliases; the others: name | aliases
                    if ((nameFields == 3 && f == 0) || fields[f].isBlank()) {
                        continue;
                    }
                    for (String name : fields[f].split(",")) {
                        if (!name.isBlank()) {
                            real.add(name.strip().replaceAll("\\s*\\(.*\\)", ""));
                        }
                    }
                }
            }
        }
        names = new PhraseTrie<>();
        real.forEach(n -> names.put(keys(n), n));
        List<String> given = new ArrayList<>();
        WordList.lines("/gazetteer/first-names.txt").forEach(l -> given.addAll(List.of(l.split("\\s+"))));
        List<String> tails = new ArrayList<>();
        WordList.lines("/gazetteer/org-words.txt").forEach(l -> tails.addAll(List.of(l.split("\\s+"))));
        WordList.lines("/gazetteer/place-words.txt").forEach(l -> tails.addAll(List.of(l.split("\\s+"))));
        Random random = new Random(10);
        int synthetic = real.size() * (scale - 1);
        for (int i = 0; i < synthetic; i++) {
            String a = given.get(random.nextInt(given.size()));
            String name = switch (i % 3) {
                case 0 -> a + " " + capitalised(given.get(random.nextInt(given.size())).toLowerCase() + "son");
                case 1 -> a + " " + tails.get(random.nextInt(tails.size()));
                default -> real.get(random.nextInt(real.size())) + " " + tails.get(random.nextInt(tails.size()));
            };
            names.put(keys(name), name);
        }
        BenchArticles articles = new BenchArticles(kb, new StepCatalog());
        for (var content : articles.contents) {
            texts.add(Tokenizer.tokenize(content.getText()));
        }
    }

    @Benchmark
    public Object findNames() {
        List<Token> tokens = texts.get(next);
        next = (next + 1) % texts.size();
        return names.findLongest(tokens.size(), i -> tokens.get(i).text());
    }

    private static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase)) {
            out.add(t.text().replace('\u2019', '\''));
        }
        return out;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
