package io.newsdesk.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the entities the headline names (by their name or an alias of more than two characters, as a whole
 * word): a name in the headline is what the story is about, which raises its salience.
 */
public final class HeadlineMentions implements EntityPass {

    @Override
    public void run(Recognition r) {
        if (r.headline == null) {
            return;
        }
        for (EntityDraft d : r.drafts()) {
            List<String> forms = new ArrayList<>(d.aliases);
            forms.add(d.canonical);
            for (String form : forms) {
                if (form.length() > 2 && containsWord(r.headline, form)) {
                    d.inHeadline = true;
                    break;
                }
            }
        }
    }

    static boolean containsWord(String haystack, String word) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean right = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }
}
