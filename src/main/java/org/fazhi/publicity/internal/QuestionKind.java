package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 题型 — a question's kind decides its choices and how many of them an answer takes. */
public enum QuestionKind {
    /** 单选: one of A–D */
    SINGLE("单选", List.of("A", "B", "C", "D")),
    /** 多选: two or more of A–D */
    MULTIPLE("多选", List.of("A", "B", "C", "D")),
    /** 判断: A 正确, B 错误 */
    TRUE_FALSE("判断", List.of("A", "B"));

    private final String label;
    private final List<String> choices;

    QuestionKind(String label, List<String> choices) {
        this.label = label;
        this.choices = choices;
    }

    public String label() {
        return label;
    }

    /** The letters a question of this kind offers. */
    public List<String> choices() {
        return choices;
    }

    /** Whether a set of letters is a well-formed answer of this kind: known letters, one or (多选) at least two. */
    public boolean accepts(java.util.Collection<String> letters) {
        if (letters == null || letters.isEmpty() || !choices.containsAll(letters)
                || letters.size() != new java.util.HashSet<>(letters).size()) {
            return false;
        }
        return this == MULTIPLE ? letters.size() >= 2 : letters.size() == 1;
    }

    public static Map<String, QuestionKind> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(QuestionKind::label, Function.identity()));
    }
}
