package org.fazhi.publication.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The terms public search indexes: every letter or digit of the (redacted) text and every overlapping pair of them.
 * Chinese queries are mostly two characters, which trigram indexes cannot serve; pairs can, and single characters
 * serve one-character queries. A query becomes its pairs (or its one character); the database intersects them through
 * a GIN index and a {@code LIKE} on the text confirms the exact substring. Numbers are indexed whole too ({@code #1234}),
 * because citizens look decisions up by number and every pair of digits is common.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The mark of a whole-number term. */
    static final String NUMBER = "#";

    /** The terms of an indexed text: characters, pairs and whole numbers. */
    public static Set<String> ofText(String text) {
        String t = normalise(text);
        Set<String> terms = new LinkedHashSet<>();
        java.util.regex.Matcher numbers = DIGITS.matcher(t);
        while (numbers.find()) {
            terms.add(NUMBER + numbers.group());
        }
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!Character.isLetterOrDigit(cps[i])) {
                continue;
            }
            terms.add(new String(cps, i, 1));
            if (i + 1 < cps.length && Character.isLetterOrDigit(cps[i + 1])) {
                terms.add(new String(cps, i, 2));
            }
        }
        return terms;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{2,}");
    private static final java.util.regex.Pattern ENCLOSED_DIGITS =
            java.util.regex.Pattern.compile("(?<=[^\\d])\\d{2,}(?=[^\\d])");

    /**
     * The terms a query must all match: its pairs (or its single character), and each number the query encloses
     * between other characters (第1234号), which is then a whole number in every match.
     */
    public static Set<String> ofQuery(String query) {
        String q = normalise(query).strip();
        int[] cps = q.codePoints().toArray();
        Set<String> terms = new LinkedHashSet<>();
        java.util.regex.Matcher numbers = ENCLOSED_DIGITS.matcher(q);
        while (numbers.find()) {
            terms.add(NUMBER + numbers.group());
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.isLetterOrDigit(cps[i]) && Character.isLetterOrDigit(cps[i + 1])) {
                terms.add(new String(cps, i, 2));
            }
        }
        if (terms.stream().allMatch(t -> t.startsWith(NUMBER))) {
            for (int cp : cps) {
                if (Character.isLetterOrDigit(cp)) {
                    terms.add(new String(Character.toChars(cp)));
                }
            }
        }
        return terms;
    }
}
