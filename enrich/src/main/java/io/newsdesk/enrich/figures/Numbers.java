package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.Token;

/**
 * Reading number tokens: the value of "10,000", "1.5" or "1.2bn", ordinals ("21st") and hyphenated
 * descriptions ("54-year-old") that are no figures, and currency signs. These are asked of every token,
 * so they are char scans, not regular expressions (see BENCHMARKS.md).
 */
final class Numbers {

    private Numbers() {
    }

    /** The ISO 4217 code of a currency sign, or null. */
    static String currencyOfSymbol(char symbol) {
        switch (symbol) {
            case '$':
                return "USD";
            case '\u20AC':
                return "EUR";
            case '\u00A3':
                return "GBP";
            case '\u00A5':
                return "JPY";
            case '\u20B9':
                return "INR";
            default:
                return null;
        }
    }

    /** "21st", "3rd": an ASCII digit, then st, nd, rd or th at the end (what {@code .*\d(st|nd|rd|th)} matches). */
    static boolean isOrdinal(String raw) {
        int n = raw.length();
        if (n < 3 || !isAsciiDigit(raw.charAt(n - 3))) {
            return false;
        }
        char a = raw.charAt(n - 2);
        char b = raw.charAt(n - 1);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** "54-year-old": one to six ASCII digits, a hyphen, a lower-case ASCII letter (was \d{1,6}-[a-z].*). */
    static boolean isHyphenatedNumber(String raw) {
        int digits = 0;
        while (digits < raw.length() && isAsciiDigit(raw.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 6 && digits + 1 < raw.length() && raw.charAt(digits) == '-'
                && raw.charAt(digits + 1) >= 'a' && raw.charAt(digits + 1) <= 'z';
    }

    /** Length of the leading run of ASCII digits, dots and commas (what {@code ^[\d.,]+} matches). */
    static int leadingNumberEnd(String raw) {
        int k = 0;
        while (k < raw.length() && (isAsciiDigit(raw.charAt(k)) || raw.charAt(k) == '.' || raw.charAt(k) == ',')) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The numeric value of a number token ("10,000", "1.5", "1.2bn"), or null. */
    static Double parse(Token tok) {
        if (!tok.isNumber()) {
            return null;
        }
        String raw = tok.text();
        int end = 0;
        // digits and commas only, at most 18 digits: exact in a long, and (double) of a long rounds as parseDouble does
        boolean plainInteger = true;
        int digits = 0;
        long integer = 0;
        while (end < raw.length() && (Character.isDigit(raw.charAt(end)) || raw.charAt(end) == ',' || raw.charAt(end) == '.')) {
            char c = raw.charAt(end);
            if (isAsciiDigit(c)) {
                integer = integer * 10 + (c - '0');
                digits++;
            } else if (c != ',') {
                plainInteger = false;
            }
            end++;
        }
        if (end < raw.length() && FigureWords.SCALE_WORDS.indexOf(raw, end, raw.length()) < 0) {
            return null;
        }
        if (plainInteger && digits >= 1 && digits <= 18) {
            return (double) integer;
        }
        String number = raw.substring(0, end).replace(",", "");
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
