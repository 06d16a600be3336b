package org.fazhi.publicity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/** 在线答题 — a quiz of questions from the bank, open to the public on the town's portal between two dates. */
@Entity
@Table(name = "publicity_quiz")
public class Quiz extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 40)
    private String theme;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publicity_quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "seq")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    protected Quiz() {
    }

    Quiz(String title, String theme, LocalDate opensOn, LocalDate closesOn, List<Long> questionIds,
         OrgUnitView holder) {
        this.title = title;
        this.theme = theme;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.questionIds.addAll(questionIds);
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return title;
    }

    /** Whether the public may answer on the day: from the opening to the closing day, both included. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public List<Long> getQuestionIds() {
        return List.copyOf(questionIds);
    }
}
