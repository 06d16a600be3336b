package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;
import org.fazhi.supervision.internal.NoticeState.Step;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 监督文书 — a supervision opinion or rectification notice the judicial office sends a department about one or more
 * findings, with the date by which the department answers with its correction; closed (销号) once the correction is
 * confirmed. Held by the department, so that the department reads and answers it.
 */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice extends ScopedRecord implements AuditNamed {

    static final int MAX_TEXT = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(nullable = false, length = MAX_TEXT)
    private String opinion;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "answer_by", nullable = false)
    private LocalDate answerBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeState state;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    protected SupervisionNotice() {
    }

    SupervisionNotice(NoticeKind kind, String number, String opinion, LocalDate issuedOn, LocalDate answerBy,
                      OrgUnitView department) {
        this.kind = kind;
        this.number = number;
        this.opinion = opinion;
        this.issuedOn = issuedOn;
        this.answerBy = answerBy;
        this.state = NoticeState.ISSUED;
        noteChange("NOTICE_ISSUED", null);
        assignHolder(department);
    }

    void require(Step step) {
        if (!state.steps().contains(step)) {
            throw new RuleViolation("supervision.step.notAllowed",
                    new DefaultMessageSourceResolvable("supervision.noticeStep." + step.name()),
                    new DefaultMessageSourceResolvable("supervision.enum.NoticeState." + state.name()));
        }
    }

    void answer(String text, LocalDate on) {
        require(Step.ANSWER);
        if (on.isBefore(issuedOn)) {
            throw RuleViolation.onField("on", "supervision.beforeIssue", on.toString(), issuedOn.toString());
        }
        noteChange("TRANSITION:" + state + "->" + Step.ANSWER.to(), null);
        this.state = Step.ANSWER.to();
        this.answer = text;
        this.answeredOn = on;
    }

    void close(String note, LocalDate on) {
        require(Step.CLOSE);
        if (on.isBefore(answeredOn)) {
            throw RuleViolation.onField("on", "supervision.beforeAnswer", on.toString(), answeredOn.toString());
        }
        noteChange("TRANSITION:" + state + "->" + Step.CLOSE.to(), note);
        this.state = Step.CLOSE.to();
        this.closingNote = note;
        this.closedOn = on;
    }

    /** {@inheritDoc} Here: the notice's number. */
    @Override
    public String auditName() {
        return number;
    }

    public NoticeKind getKind() { return kind; }
    public String getNumber() { return number; }
    public String getOpinion() { return opinion; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getAnswerBy() { return answerBy; }
    public NoticeState getState() { return state; }
    public String getAnswer() { return answer; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosingNote() { return closingNote; }
}
