package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.WordList;
import java.util.Set;

/**
 * The word lists the entity passes read, from {@code /gazetteer/} and {@code /lexicon/entities/}: what
 * makes a capitalised run an organisation or a place, which words join a name, which verbs make their
 * subject a person, which nouns are roles. Lists asked of every token are {@link CaselessWordSet}s, asked
 * ignoring case without a lower-case copy of the token.
 */
final class EntityWords {
    /** Last words of organisation names ("Corp.", "Department"; legal forms in many languages, "GmbH", "Sdn Bhd"), ignoring case. */
    static final OrgWords ORG_WORDS = new OrgWords(union(WordList.words("/gazetteer/org-words.txt"),
            WordList.words("/lexicon/entities/org-legal-forms.txt")));
    /** Legal forms written after a comma that still belong to the name ("Co., Ltd.", "Widgets, Inc."), as written. */
    static final Set<String> LEGAL_FORMS_AFTER_COMMA = lexicon("legal-forms-after-comma");
    /** "Ms", "Mr.", "Dr": titles that make the word after them a person's name. */
    static final Set<String> COURTESY_TITLES = lexicon("courtesy-titles");
    /** Letters after a person's name that are no part of it ("KC", "MP", "OBE"), as written. */
    static final Set<String> POST_NOMINALS = lexicon("post-nominals");
    /** Last words of place names ("County", "River"), ignoring case. */
    static final CaselessWordSet PLACE_WORDS = CaselessWordSet.of(WordList.words("/gazetteer/place-words.txt"));
    /** First words of organisation and place names ("Grupo", "Banco"; "Rua", "Lake"), as written. */
    /** "based" in "Boston-based": the name before the dash is a mention, the compound no name. */
    static final Set<String> COMPOUND_SUFFIXES = lexicon("compound-suffixes");
    static final Set<String> NOT_NAME_HEADS = lexicon("not-name-heads");
    static final Set<String> PRODUCT_NOUNS = lexicon("product-nouns");
    static final Set<String> LANGUAGE_CONTEXTS = lexicon("language-contexts");
    static final Set<String> NOT_NAMES = lexicon("not-names");
    static final Set<String> ORG_FIRST_WORDS = lexicon("org-first-words");
    static final Set<String> PLACE_FIRST_WORDS = lexicon("place-first-words");
    static final CaselessWordSet PLACE_NOUNS = CaselessWordSet.of(lexicon("place-nouns"));
    static final CaselessWordSet PLACE_SLOT_WORDS = CaselessWordSet.of(lexicon("place-slot-words"));
    static final Set<String> PLACE_CONTEXT_WORDS = lexicon("place-context-words");
    static final Set<String> OTHER_NAME_WORDS = lexicon("other-name-words");
    static final Set<String> CONNECTORS = lexicon("connectors");
    static final Set<String> MONTHS_AND_WEEKDAYS = WordList.set("/lexicon/months-and-weekdays.txt");
    static final Set<String> DATE_ABBREVIATIONS = WordList.words("/lexicon/entities/date-abbreviations.txt");
    static final Set<String> SPEECH_VERBS = lexicon("speech-verbs");
    static final Set<String> INSTITUTION_HEADS = lexicon("institution-heads");
    static final Set<String> GROUP_HEADS = lexicon("group-heads");
    static final Set<String> HEAD_MODIFIERS = lexicon("head-modifiers");
    static final Set<String> NON_ORG_ACRONYMS = lexicon("non-org-acronyms");
    static final Set<String> ROLE_NOUNS = lexicon("role-nouns");
    static final Set<String> TITLE_MODIFIERS = lexicon("title-modifiers");

    private EntityWords() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A word list of /lexicon/entities/, for the passes that keep their own. */
    static Set<String> lexiconOf(String name) {
        return lexicon(name);
    }

    private static Set<String> lexicon(String name) {
        return WordList.set("/lexicon/entities/" + name + ".txt");
    }
}
