package org.fazhi.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 答卷 — one public answer sheet of a quiz, kept only as the village the answerer chose (if any), the score and the
 * day: nothing that names a person, and not the letters chosen.
 */
@Entity
@Table(name = "publicity_quiz_answer")
public class QuizAnswer extends ScopedRecord {

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "answer_village_id")
    private Long answerVillageId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private int total;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    protected QuizAnswer() {
    }

    QuizAnswer(long quizId, Long answerVillageId, int score, int total, LocalDate answeredOn, OrgUnitView holder) {
        this.quizId = quizId;
        this.answerVillageId = answerVillageId;
        this.score = score;
        this.total = total;
        this.answeredOn = answeredOn;
        assignHolder(holder);
    }

    public long getQuizId() {
        return quizId;
    }

    public Long getAnswerVillageId() {
        return answerVillageId;
    }

    public int getScore() {
        return score;
    }

    public int getTotal() {
        return total;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
