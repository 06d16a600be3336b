package org.fazhi.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * 法律依据 — the statute and article(s) a rule or a period comes from, e.g. 《行政处罚法》第60条.
 *
 * @param law      the short title of the statute, without book-title marks
 * @param articles the article numbers
 */
public record LegalBasis(String law, int... articles) {

    public static LegalBasis of(String law, int... articles) {
        return new LegalBasis(law, articles);
    }

    /** The citation as staff write it: 《行政处罚法》第60条、第85条. */
    public String citation() {
        if (articles.length == 0) {
            return "《" + law + "》";
        }
        return "《" + law + "》" + Arrays.stream(articles).mapToObj(a -> "第" + a + "条").collect(Collectors.joining("、"));
    }

    @Override
    public String toString() {
        return citation();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalBasis other && law.equals(other.law) && Arrays.equals(articles, other.articles);
    }

    @Override
    public int hashCode() {
        return law.hashCode() * 31 + Arrays.hashCode(articles);
    }
}
