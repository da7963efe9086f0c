package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.Tokenizer;
import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Assigns ranked IPTC Media Topics. The article's words are run once through a trie of cue phrases
 * (concept labels plus a curated lexicon, see {@link TopicCues}), so the cost is bounded by the article's
 * length, not the vocabulary's. Each cue adds its weight to its concept, more in the headline and the
 * opening paragraph, with repeated use of the same cue flattening off; half of a concept's evidence flows
 * to its parent, a quarter to the grandparent and so on, so a story with many crime cues is also clearly
 * "crime, law and justice". Scores are scaled so the best subject has 100; weak subjects are left out.
 *
 * <p>Cues alone let one general word or figure of speech carry a story into another section ("a political
 * football" in a health story, "court" in a sports story). So the same walk also meets idioms
 * ({@link TopicIdioms}), whose words count for nothing, and gathers the words a naive Bayes classifier of
 * top-level branches reads ({@link TopLevelTopicModel}, trained on the project's tagged news);
 * {@link TopicBranches} weighs the classifier against the cue evidence to pick the branch, and the cue rules
 * pick the specific subject within it. Subjects of other branches follow, weighed by their branch's share.
 */
public final class MediaTopicTagger implements Tagger {

    static final double HEADLINE_WEIGHT = 2.5;
    static final double LEAD_WEIGHT = 1.4;
    static final double PARENT_SHARE = 0.3;
    static final double MIN_EVIDENCE = 1.2;
    static final double SPECIFICITY_BONUS = 0.5;
    static final int MIN_SCORE = 15;
    static final int MAX_SUBJECTS = 10;
    static final int MAX_REPEATS_COUNTED = 4;

    /** The topics of one text and the trie steps spent finding them. */
    public record Tagging(List<Subject> subjects, long steps, int tokens) {
    }

    /** Lower-case words that join the parts of a name: "Bank of England", "Marks and Spencer". */
    private static final Set<String> NAME_JOINERS = WordList.set("/lexicon/topics/name-joiners.txt");

    private final MediaTopicVocabulary vocabulary;
    private final PhraseTrie<TopicCues.Cue> cues;
    private final TopLevelTopicModel branchModel;
    private final TopicBranches branches;
    /**
     * The broader chain of every concept, walked once here: ranking asked for it three times per candidate
     * concept per article, each walk building a list and re-reading qcodes. Read-only after construction.
     */
    private final Map<String, List<MediaTopicVocabulary.Concept>> chains = new HashMap<>();

    public MediaTopicTagger(MediaTopicVocabulary vocabulary) {
        this(vocabulary, TopLevelTopicModel.shipped(), TopicIdioms.shipped(), TopicBranches.DEFAULT);
    }

    /**
     * With another top-level model or branch settings: what cross-validation needs; without a model
     * ({@code branchModel} null) the cue rules alone rank, and {@link #classifierWords} gives training's words.
     */
    MediaTopicTagger(MediaTopicVocabulary vocabulary, TopLevelTopicModel branchModel, TopicIdioms idioms, TopicBranches branches) {
        this.vocabulary = vocabulary;
        this.cues = TopicCues.compile(vocabulary, idioms);
        this.branchModel = branchModel;
        this.branches = branches;
        for (String code : vocabulary.codes()) {
            chains.put(code, List.copyOf(vocabulary.broaderChain(code)));
        }
    }

    private List<MediaTopicVocabulary.Concept> broaderChain(String code) {
        List<MediaTopicVocabulary.Concept> chain = chains.get(code);
        return chain != null ? chain : vocabulary.broaderChain(code);
    }

    @Override
    public String name() {
        return "media-topics";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
        out.setTopics(topics(content.getHeadline(), text).subjects());
    }

    /** The cue index; exposed so a test can check that tagging walks an index, not the vocabulary. */
    PhraseTrie<TopicCues.Cue> index() {
        return cues;
    }

    /**
     * The topics of a text analysed already and its headline (may be null), best first. The top subject is
     * the best one of the top-level branch {@link TopicBranches} decides; subjects of other branches follow,
     * weighed by their branch's share of that decision.
     */
    public Tagging topics(String headline, AnalyzedText body) {
        Map<String, Double> direct = new HashMap<>();
        double[] branchScores = branchModel == null ? null : branchModel.start();
        boolean[] anyWords = new boolean[1];
        long[] counted = walk(headline, body, direct, w -> {
            if (branchScores != null) {
                branchModel.add(branchScores, w);
            }
            anyWords[0] = true;
        });
        long steps = counted[0];
        int tokenCount = (int) counted[1];

        Map<String, Double> total = new HashMap<>();
        direct.forEach((code, value) -> {
            total.merge(code, value, Double::sum);
            double share = value;
            for (MediaTopicVocabulary.Concept parent : broaderChain(code)) {
                share *= PARENT_SHARE;
                total.merge(parent.code(), share, Double::sum);
            }
        });
        TopicBranches.Decision decision = branchModel == null ? null
                : branches.decide(branchModel, branchScores, anyWords[0], direct, this::branchOf);
        List<Candidate> ranked = new ArrayList<>();
        total.forEach((code, value) -> {
            if (value >= MIN_EVIDENCE) {
                // Evidence flows upward, so broad concepts collect the most; a newsroom wants the most
                // specific subject the evidence supports, so each level below the top earns a bonus.
                int depth = broaderChain(code).size();
                String branch = branchOf(code);
                boolean chosen = decision == null || decision.branch().equals(branch);
                double weight = chosen ? 1 : decision.relativeWeight(branch);
                ranked.add(new Candidate(code, value * (1 + SPECIFICITY_BONUS * depth) * weight, depth, chosen));
            }
        });
        if (decision != null && !ranked.isEmpty() && ranked.stream().noneMatch(Candidate::inChosenBranch)) {
            // no cue speaks for the branch the story reads as: its top-level concept stands as the subject (a
            // text without any cue gets no subject at all: the classifier alone is too weak a witness)
            double best = ranked.stream().mapToDouble(Candidate::value).max().orElse(1);
            ranked.add(new Candidate(decision.branch(), best, 0, true));
        }
        // the chosen branch first; then best first; on a tie the more specific concept (longer chain) first,
        // then by code for stability
        ranked.sort(Comparator.comparing((Candidate c) -> !c.inChosenBranch())
                .thenComparing(Comparator.comparingDouble(Candidate::value).reversed())
                .thenComparingInt(c -> -c.depth())
                .thenComparing(Candidate::code));
        List<Subject> subjects = new ArrayList<>();
        double best = ranked.isEmpty() ? 1 : ranked.get(0).value();
        int previous = 100;
        for (Candidate e : ranked) {
            int score = Math.min(previous, (int) Math.round(100 * e.value() / best));
            if (score < MIN_SCORE || subjects.size() >= MAX_SUBJECTS) {
                break;
            }
            previous = score;
            MediaTopicVocabulary.Concept c = vocabulary.concept(e.code()).orElseThrow();
            List<SubjectRef> broader = broaderChain(c.code()).stream()
                    .map(p -> new SubjectRef(p.code(), p.label())).toList();
            subjects.add(new Subject(c.code(), c.label(), score, broader));
        }
        return new Tagging(subjects, steps, tokenCount);
    }

    /** The words the top-level classifier reads in an article ({@link TopicWords}): what training counts. */
    List<String> classifierWords(String headline, AnalyzedText body) {
        List<String> words = new ArrayList<>();
        walk(headline, body, new HashMap<>(), words::add);
        return words;
    }

    /**
     * One walk of the cue index over headline and body: cue evidence into {@code direct}, then the words the
     * classifier reads, without those of the idioms the walk met. Returns {trie steps, tokens}.
     */
    private long[] walk(String headline, AnalyzedText body, Map<String, Double> direct, Consumer<String> words) {
        NameHeads nameWords = new NameHeads(body.tokens());
        long steps = 0;
        int tokenCount = 0;
        if (headline != null && !headline.isBlank()) {
            List<Token> tokens = Tokenizer.tokenize(headline);
            tokenCount += tokens.size();
            String[] keys = TopicWords.keys(tokens);
            IdiomMask idioms = new IdiomMask(keys.length);
            steps += score(tokens, keys.length, i -> keys[i], i -> HEADLINE_WEIGHT, idioms, nameWords, direct);
            TopicWords.headline(tokens, keys, idioms.mask, words);
        }
        tokenCount += body.size();
        // The body's keys are read from its folded words (AnalyzedText.folded, shared with the keyword tagger) as
        // the trie walk asks: with the fold done, a key costs a char test and an array read, so no per-text array
        // of keys is built (a walk asks for most keys once, a few twice).
        IdiomMask idioms = new IdiomMask(body.size());
        steps += score(body.tokens(), body.size(), i -> TopicCues.keyOf(body, i),
                i -> body.paragraphOf(i) == 0 ? LEAD_WEIGHT : 1.0, idioms, nameWords, direct);
        TopicWords.body(body, idioms.mask, words);
        return new long[] {steps, tokenCount};
    }

    /**
     * The tokens of the idioms a walk met, marked as the walk meets them; the array only exists once one is
     * met (most texts have none). Idioms are phrases of the cue index itself ({@link TopicCues#IDIOM}), so
     * finding them costs no walk of its own, and a cue never overlaps one: the longest phrase wins.
     */
    private static final class IdiomMask {
        private final int size;
        boolean[] mask;

        IdiomMask(int size) {
            this.size = size;
        }

        void mark(int from, int to) {
            if (mask == null) {
                mask = new boolean[size];
            }
            java.util.Arrays.fill(mask, from, to, true);
        }
    }

    /** The top-level concept of a concept (itself if it is one). */
    private String branchOf(String code) {
        List<MediaTopicVocabulary.Concept> chain = broaderChain(code);
        return chain.isEmpty() ? code : chain.get(chain.size() - 1).code();
    }

    /**
     * A concept in the running for the article's subjects, with the depth of its broader chain worked out
     * once: the ranking compares by it O(n log n) times.
     */
    private record Candidate(String code, double value, int depth, boolean inChosenBranch) {
    }

    /**
     * Words that end multi-word names somewhere in the body: "Rovers" of "Bristol Rovers". Worked out on the
     * first question only: it is asked just for a one-word cue written with a capital that is not already part
     * of a name, which many articles never have, so most articles never pay for the scan over every token.
     */
    private static final class NameHeads {
        private final List<Token> tokens;
        private Set<String> heads;

        NameHeads(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean contains(String word) {
            if (heads == null) {
                heads = nameHeads(tokens);
            }
            return heads.contains(word);
        }
    }

    private static Set<String> nameHeads(List<Token> tokens) {
        Set<String> heads = new java.util.HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (capitalizedWord(tokens.get(i)) && capitalizedWord(tokens.get(i - 1)) && !sentenceEnd(tokens, i - 1)) {
                heads.add(tokens.get(i).text());
            }
        }
        return heads;
    }

    /** @param keyAt the trie key of token i ({@link TopicCues#keyOf}) */
    private long score(List<Token> tokens, int count, java.util.function.IntFunction<String> keyAt,
            java.util.function.IntToDoubleFunction zone, IdiomMask idioms, NameHeads nameWords,
            Map<String, Double> direct) {
        PhraseTrie.Result<TopicCues.Cue> result = cues.findLongest(count, keyAt);
        // Repeats of a cue are counted by the trie node's value list: one node per key sequence, so one list per
        // surface, with no surface string built per match.
        Map<List<TopicCues.Cue>, Integer> repeats = new IdentityHashMap<>();
        for (PhraseTrie.Match<TopicCues.Cue> m : result.matches()) {
            if (m.values().contains(TopicCues.IDIOM)) {
                // a figure of speech ("a political football"): none of its words speaks for a topic
                idioms.mark(m.from(), m.to());
                continue;
            }
            if (partOfName(tokens, m) || m.to() - m.from() == 1 && tokens.get(m.from()).isCapitalized()
                    && !tokens.get(m.from()).isAllCaps() && nameWords.contains(tokens.get(m.from()).text())) {
                continue;
            }
            int seen = repeats.merge(m.values(), 1, Integer::sum);
            if (seen > MAX_REPEATS_COUNTED) {
                continue;
            }
            double factor = zone.applyAsDouble(m.from()) / Math.sqrt(seen);
            for (TopicCues.Cue cue : m.values()) {
                if (cue.accepts(tokens, m.from(), m.to())) {
                    direct.merge(cue.code(), cue.weight() * factor, Double::sum);
                }
            }
        }
        return result.steps();
    }

    /**
     * A one-word cue inside a multi-word proper name ("Bristol Rovers", "Mayo Clinic") says nothing about
     * the topic; "the Senate voted" still counts.
     */
    private static boolean partOfName(List<Token> tokens, PhraseTrie.Match<TopicCues.Cue> m) {
        if (m.to() - m.from() != 1) {
            return false;
        }
        Token t = tokens.get(m.from());
        if (!t.isCapitalized() || t.isAllCaps()) {
            return false;
        }
        boolean left = m.from() > 0 && capitalizedWord(tokens.get(m.from() - 1)) && !sentenceEnd(tokens, m.from() - 1)
                || m.from() > 1 && NAME_JOINERS.contains(tokens.get(m.from() - 1).text())
                        && capitalizedWord(tokens.get(m.from() - 2));
        // the first word of a name still speaks for its topic: "Hurricane Delia", "Senate Democrats"
        return left;
    }

    private static boolean capitalizedWord(Token t) {
        return t.isWord() && t.isCapitalized() && !t.isNumber() && !t.text().equals("The");
    }

    private static boolean sentenceEnd(List<Token> tokens, int i) {
        return i == 0 || ".!?\"\u201C".contains(tokens.get(i - 1).text());
    }
}
