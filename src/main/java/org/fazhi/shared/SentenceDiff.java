package org.fazhi.shared;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文字比对 — what changed between two versions of a Chinese text, sentence by sentence: the text is cut after each
 * 。！？；, and each line end, and the sentences are compared with java-diff-utils (Myers). A change lists the
 * sentences removed and the sentences added at one place; sentences both versions share are left out.
 */
public final class SentenceDiff {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？；\\n]*(?:[。！？；]+|\\n|$)");

    private SentenceDiff() {
    }

    /**
     * One change.
     *
     * @param removed the sentences of the old text no longer there (empty for an insertion)
     * @param added   the sentences of the new text in their place (empty for a deletion)
     */
    public record Change(List<String> removed, List<String> added) {
    }

    /** The text cut into sentences, each with its closing punctuation, blank pieces left out. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text == null ? "" : text);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The changes from {@code before} to {@code after}, in the order of the text; none when they read the same. */
    public static List<Change> between(String before, String after) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(sentences(before), sentences(after)).getDeltas()) {
            out.add(new Change(List.copyOf(d.getSource().getLines()), List.copyOf(d.getTarget().getLines())));
        }
        return out;
    }
}
