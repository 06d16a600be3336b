package org.fazhi.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 理由的连接 — the one way several reasons (each a sentence of its own message, "尚未调查取证。") become one line:
 * each loses its closing punctuation, the same reason counts once, and they are joined by "；" and closed by "。"
 * ("尚未调查取证；尚未提出拟处罚意见。"), in English by "; " and ".". Never "。；" or a doubled full stop.
 */
public final class Reasons {

    /** What may close a reason: it is dropped before the reasons are joined. */
    private static final String CLOSING = "。．.；;，,、 \t\u3000";

    private Reasons() {
    }

    /** The reasons as one sentence in the language of {@code locale}; empty when there are none. */
    public static String join(List<String> reasons, Locale locale) {
        boolean chinese = !"en".equals(locale == null ? null : locale.getLanguage());
        Set<String> parts = new LinkedHashSet<>();
        for (String r : reasons) {
            String part = withoutClosing(r);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return String.join(chinese ? "；" : "; ", parts) + (chinese ? "。" : ".");
    }

    private static String withoutClosing(String reason) {
        if (reason == null) {
            return "";
        }
        String r = reason.strip();
        int end = r.length();
        while (end > 0 && CLOSING.indexOf(r.charAt(end - 1)) >= 0) {
            end--;
        }
        return r.substring(0, end);
    }
}
