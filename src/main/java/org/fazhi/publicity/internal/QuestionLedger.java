package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.List;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * 普法题库 — one row per question: 答案 is the right letters (A, ACD; for 判断 A 正确 or B 错误, also 对/错).
 * Natural key: 题干.
 */
@Component
public class QuestionLedger implements LedgerFormat<QuizService.NewQuestion> {

    public static final String NAME = "普法题库";
    static final String COL_KIND = "题型";
    static final String COL_STEM = "题干";
    static final List<String> COL_OPTIONS = List.of("选项A", "选项B", "选项C", "选项D");
    static final String COL_ANSWER = "答案";
    static final String COL_EXPLANATION = "解析";
    static final String COL_BASIS = "法律依据";
    static final String COL_THEME = "主题";

    private final QuizService quizzes;

    QuestionLedger(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.PUBLICITY_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_KIND, "ledger.publicity.kind.hint"),
                LedgerColumn.required(COL_STEM, "ledger.publicity.stem.hint"),
                LedgerColumn.optional(COL_OPTIONS.get(0), "ledger.publicity.option.hint"),
                LedgerColumn.optional(COL_OPTIONS.get(1), "ledger.publicity.option.hint"),
                LedgerColumn.optional(COL_OPTIONS.get(2), "ledger.publicity.option.hint"),
                LedgerColumn.optional(COL_OPTIONS.get(3), "ledger.publicity.option.hint"),
                LedgerColumn.required(COL_ANSWER, "ledger.publicity.answer.hint"),
                LedgerColumn.optional(COL_EXPLANATION, "ledger.publicity.explanation.hint"),
                LedgerColumn.optional(COL_BASIS, "ledger.publicity.basis.hint"),
                LedgerColumn.optional(COL_THEME, "ledger.publicity.theme.hint"));
    }

    @Override
    public QuizService.NewQuestion read(LedgerRow row) {
        QuestionKind kind = row.value(COL_KIND, t -> LedgerValues.oneOf(t, QuestionKind.byLabel()));
        String stem = row.value(COL_STEM, LedgerValues.text(1000));
        List<String> options = COL_OPTIONS.stream().map(c -> row.value(c, LedgerValues.text(300))).toList();
        String answer = row.value(COL_ANSWER, LedgerValues.text(10));
        List<String> letters = answer == null ? List.of() : letters(answer);
        return new QuizService.NewQuestion(kind, stem, options, letters,
                row.value(COL_EXPLANATION, LedgerValues.text(2000)), row.value(COL_BASIS, LedgerValues.text(500)),
                row.value(COL_THEME, LedgerValues.text(40)));
    }

    /** ACD, A、C、D or A,C,D as letters; 对/正确/√ as A and 错/错误/× as B. */
    static List<String> letters(String text) {
        String s = LedgerValues.normalise(text).toUpperCase(java.util.Locale.ROOT);
        return switch (s) {
            case "对", "正确", "√" -> List.of("A");
            case "错", "错误", "×" -> List.of("B");
            default -> Arrays.stream(s.replaceAll("[、,，\\s]", "").split("")).filter(x -> !x.isEmpty()).toList();
        };
    }

    @Override
    public LedgerKey keyOf(QuizService.NewQuestion q) {
        return LedgerKey.of(Activities.holderOfCaller().townId(), LedgerValues.normalise(q.stem()));
    }

    @Override
    public void save(QuizService.NewQuestion q) {
        quizzes.addQuestion(q);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "kind" -> COL_KIND;
            case "stem" -> COL_STEM;
            case "optionA" -> COL_OPTIONS.get(0);
            case "optionB" -> COL_OPTIONS.get(1);
            case "optionC" -> COL_OPTIONS.get(2);
            case "optionD" -> COL_OPTIONS.get(3);
            case "answer" -> COL_ANSWER;
            case "explanation" -> COL_EXPLANATION;
            case "legalBasis" -> COL_BASIS;
            case "theme" -> COL_THEME;
            default -> null;
        };
    }
}
