package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.AnalyzedText;
import java.util.List;

/** Runs a few entity passes on a text, as the enricher runs all of them, for the tests of one pass. */
final class Recognize {

    private Recognize() {
    }

    static Recognition run(String text, String headline, EntityPass... passes) {
        Recognition r = new Recognition(AnalyzedText.of(text), headline, Gazetteer.standard());
        for (EntityPass pass : passes) {
            pass.run(r);
        }
        return r;
    }

    /** "TYPE name" of every entity found, in the order the drafts were made. */
    static List<String> found(Recognition r) {
        return r.entities().stream().map(d -> d.type + " " + d.canonical).toList();
    }

    static EntityDraft draft(Recognition r, String canonical) {
        return r.entities().stream().filter(d -> d.canonical.equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError(canonical + " not among " + found(r)));
    }
}
