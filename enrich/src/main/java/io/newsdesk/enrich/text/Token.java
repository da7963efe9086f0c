package io.newsdesk.enrich.text;

/**
 * One word or punctuation mark of a text, with its offsets (UTF-16 code units, end exclusive) so that
 * every entity, quote and figure can point back into {@code ArticleContent.text}.
 */
public record Token(String text, int start, int end) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** "DEA", "U.S." - at least two letters, none lower case. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean is(String other) {
        return text.equalsIgnoreCase(other);
    }
}
