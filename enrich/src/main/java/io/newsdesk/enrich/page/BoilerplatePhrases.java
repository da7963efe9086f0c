package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.WordList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wording that marks site chrome rather than journalism: navigation anchors, section teasers, sharing
 * and subscription prompts, cookie and legal notices, sponsor lines. Checked only on short blocks (a long
 * paragraph that merely mentions a newsletter is still journalism). Patterns use no nested quantifiers.
 */
final class BoilerplatePhrases {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|\u00B7\u2022>\u203A\u00BB-]+$");

    /** Phrases that mark a short line (up to about a dozen words) as chrome. */
    private static final Pattern SHORT = Pattern.compile(
            "^(?:(?:top|bottom) of (?:the )?page|skip to (?:main )?(?:content|navigation)|(?:back|return) to top"
                    + "|welcome to\\b.*|(?:recent|related|popular|latest|trending|more|top|most read|editor's picks) "
                    + "(?:posts|stories|articles|news|headlines|videos|reads)\\b.*"
                    + "|see (?:all|more)|(?:read|view|load|show) (?:more|all)\\b.*|share (?:this|on|via|the)\\b.*|share"
                    + "|(?:sign up|subscribe|log ?in|log ?out|sign in|register|donate|contact us|about us)\\b.*"
                    + "|follow us\\b.*|advertisement|sponsored(?: content)?|(?:main )?menu|search|home|close|toggle navigation"
                    + "|leave a (?:reply|comment)|\\d{1,5} comments?|comments?|print|email|tweet|facebook|twitter|x|linkedin"
                    + "|whatsapp|pinterest|reddit|instagram|youtube|rss|tags?:.*|filed under\\b.*|categor(?:y|ies):.*"
                    + "|posted (?:in|on|by)\\b.*|(?:previous|next|older|newer) (?:post|article|story|posts|entries)\\b.*"
                    + "|(?:photo|image|credit|getty images)\\b.*:.*|jump to\\b.*|listen to (?:this )?(?:article|story)\\b.*"
                    + "|\\d{1,3} min(?:ute)? read|page \\d{1,4}(?: of \\d{1,4})?"
                    + "|(?:switch to |toggle )?(?:dark|light|night) (?:mode|theme)\\b.*|text size\\b.*|listen live\\b.*"
                    + "|read (?:next|also):.*|related(?::.*)?|e-(?:edition|paper)"
                    // a live page's and a gallery's controls: "Show key events only", "1 of 12", "View gallery"
                    // sponsors' labels: "Paid content", "In partnership with ...", "Brought to you by ..."
                    + "|paid (?:content|partnership|post|for by\\b.*)|partner content|promoted(?: content)?"
                    + "|in (?:partnership|association) with\\b.*|(?:presented|brought to you|supported|funded) by\\b.*"
                    + "|(?:show|hide) key events\\b.*|key events|\\d{1,3} of \\d{1,3}|(?:view|open|see) (?:the )?gallery)$");

    /** Phrases that mark even a longer line (a sentence or two) as chrome: only a site speaks of itself so. */
    private static final Pattern ANY = Pattern.compile(
            "(?:\\b(?:use|uses|using|accept|use of) cookies\\b|\\bcookies? (?:policy|settings|notice|preferences)\\b"
                    + "|privacy policy|terms of (?:use|service)|all rights reserved|\u00A9|\\(c\\) \\d{4}|copyright \\d{4}"
                    + "|this site uses|javascript|enable js|your browser)");

    /**
     * Phrases that mark a longer line as chrome only when it does not end like a sentence: a promotion ("Sign up
     * for the Morning Brief newsletter. Enter your email") rather than a paragraph of the story that mentions a
     * sponsor or a newsletter ("The bill, co-sponsored by ..., was lost 29 votes to 38.").
     */
    private static final Pattern PROMOTION = Pattern.compile(
            "(?:\\bsponsored by\\b|\\bco-sponsored\\b|\\bpowered by\\b|\\bnewsletter\\b|\\bsubscribe\\b|\\bsign up\\b)");

    /**
     * An editor's note on the story rather than the story ("Correction: An earlier version of this article ..."): it
     * never opens the story's summary.
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?:correction|clarification|editor'?s note|editors' note)s?: ");

    /** Phrases of {@code lexicon/page/chrome-phrases.txt}: consent, paywall, print and cached-copy notices. */
    private static final List<String> CHROME_PHRASES = WordList.lines("/lexicon/page/chrome-phrases.txt");
    /** A consent or cached-copy notice runs to a long paragraph, longer than the other chrome. */
    private static final int MAX_NOTICE_WORDS = 80;

    private BoilerplatePhrases() {
    }

    static boolean matches(PageBlock block) {
        String t = TRAILING_SEPARATORS.matcher(block.normalized()).replaceAll("");
        int words = block.words();
        if (words <= MAX_NOTICE_WORDS && EDITORS_NOTE.matcher(t).lookingAt()) {
            return true;
        }
        if (words <= 12 && SHORT.matcher(t).matches()) {
            return true;
        }
        if (words > MAX_NOTICE_WORDS) {
            return false;
        }
        if (holdsChromePhrase(t)) {
            return true;
        }
        if (words > 40) {
            return false;
        }
        return ANY.matcher(t).find() || (words <= 12 || !block.endsLikeSentence()) && PROMOTION.matcher(t).find();
    }

    private static boolean holdsChromePhrase(String normalized) {
        String t = normalized.replace('\u2019', '\'');
        for (String phrase : CHROME_PHRASES) {
            if (t.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
