package org.fazhi.shared;

import java.util.Locale;

/**
 * {@code LIKE} patterns from what a user typed: {@code %}, {@code _} and the escape character match only themselves,
 * so a search for {@code 100%} or {@code a_b} finds those words instead of everything. Every {@code like} written
 * from user input uses these, with {@link #ESCAPE} as its escape character ({@code escape '\'} in SQL and JPQL,
 * {@code cb.like(x, pattern, Like.ESCAPE)} in criteria).
 */
public final class Like {

    /** The escape character of every pattern made here. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** The text with the wildcards and the escape character escaped. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Matches values containing the stripped text; {@code null} for a blank or missing text (no filter). */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
    }

    /** As {@link #containing}, lower-cased, for a comparison with {@code lower(column)}. */
    public static String containingLowerCase(String text) {
        return text == null || text.isBlank() ? null : containing(text.toLowerCase(Locale.ROOT));
    }

    /** Matches values starting with the stripped text; {@code null} for a blank or missing text. */
    public static String startingWith(String text) {
        return text == null || text.isBlank() ? null : escape(text.strip()) + "%";
    }
}
