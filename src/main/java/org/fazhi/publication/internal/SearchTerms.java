package org.fazhi.publication.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The terms public search indexes: every letter or digit of the (redacted) text and every overlapping pair of them.
 * Chinese queries are mostly two characters, which trigram indexes cannot serve; pairs can, and single characters
 * serve one-character queries. A query becomes its pairs (or its one character); the database intersects them through
 * a GIN index and a {@code LIKE} on the text confirms the exact substring.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The terms of an indexed text: characters and pairs. */
    public static Set<String> ofText(String text) {
        String t = normalise(text);
        Set<String> terms = new LinkedHashSet<>();
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

    /** The terms a query must all match: its pairs, or its single character. */
    public static Set<String> ofQuery(String query) {
        String q = normalise(query).strip();
        int[] cps = q.codePoints().toArray();
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.isLetterOrDigit(cps[i]) && Character.isLetterOrDigit(cps[i + 1])) {
                terms.add(new String(cps, i, 2));
            }
        }
        if (terms.isEmpty()) {
            for (int cp : cps) {
                if (Character.isLetterOrDigit(cp)) {
                    terms.add(new String(Character.toChars(cp)));
                }
            }
        }
        return terms;
    }
}
