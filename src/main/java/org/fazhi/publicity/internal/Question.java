package org.fazhi.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 普法题目 — a question of the town's question bank: its kind, stem, choices, the right letters, and the explanation
 * and legal basis an answerer reads after submitting.
 */
@Entity
@Table(name = "publicity_question")
public class Question extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = 1000)
    private String stem;

    @Column(name = "option_a", length = 300)
    private String optionA;

    @Column(name = "option_b", length = 300)
    private String optionB;

    @Column(name = "option_c", length = 300)
    private String optionC;

    @Column(name = "option_d", length = 300)
    private String optionD;

    /** The right letters in order, e.g. {@code A} or {@code ACD}. */
    @Column(nullable = false, length = 4)
    private String answer;

    @Column(length = 2000)
    private String explanation;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(length = 40)
    private String theme;

    protected Question() {
    }

    Question(QuizService.NewQuestion q, OrgUnitView holder) {
        this.kind = q.kind();
        this.stem = q.stem();
        List<String> o = q.options();
        this.optionA = o.size() > 0 ? o.get(0) : null;
        this.optionB = o.size() > 1 ? o.get(1) : null;
        this.optionC = o.size() > 2 ? o.get(2) : null;
        this.optionD = o.size() > 3 ? o.get(3) : null;
        this.answer = String.join("", new TreeSet<>(q.answer()));
        this.explanation = q.explanation();
        this.legalBasis = q.legalBasis();
        this.theme = q.theme();
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return stem.length() > 40 ? stem.substring(0, 40) + "…" : stem;
    }

    /** The choices shown, by letter (a 判断 question shows 正确 and 错误). */
    public Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] texts = {optionA, optionB, optionC, optionD};
        for (int i = 0; i < kind.choices().size(); i++) {
            if (texts[i] != null && !texts[i].isBlank()) {
                m.put(kind.choices().get(i), texts[i]);
            }
        }
        return m;
    }

    /** The right letters. */
    public Set<String> answerLetters() {
        return new TreeSet<>(Arrays.asList(answer.split("")));
    }

    /** Whether the letters given are exactly the right ones. */
    public boolean isRight(List<String> letters) {
        return letters != null && new TreeSet<>(letters).equals(answerLetters());
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getStem() {
        return stem;
    }

    public String getAnswer() {
        return answer;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getTheme() {
        return theme;
    }

    List<String> optionTexts() {
        return new ArrayList<>(Arrays.asList(optionA, optionB, optionC, optionD));
    }
}
