package org.fazhi.deadline.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.fazhi.shared.LegalBasis;

/** Stores a legal basis in two columns: the statute's title and its article numbers as {@code 33,85}. */
final class Articles {

    private Articles() {
    }

    static String format(LegalBasis basis) {
        return Arrays.stream(basis.articles()).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    static LegalBasis parse(String law, String articles) {
        if (articles == null || articles.isBlank()) {
            return LegalBasis.of(law);
        }
        return LegalBasis.of(law, Arrays.stream(articles.split(",")).map(String::trim).mapToInt(Integer::parseInt)
                .toArray());
    }
}
