package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.legalservice.internal.QuestionState.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.PublicRedaction;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.Personal;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 法律咨询 — a legal question from the public: held by its village (or, asked of the town, by the judicial office),
 * in the hands of one advisor, answered or referred. Who asked is personal data, seen only by the advisor holding it
 * and the judicial office; the answer is published only with the asker's consent, redacted, unless withheld.
 */
@Entity
@Table(name = "legalservice_question")
public class LegalQuestion extends ScopedRecord implements AuditNamed {

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionCategory category;
    @Personal
    @Column(nullable = false, length = 2000)
    private String question;
    @Personal
    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;
    @Personal
    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;
    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;
    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionState state;
    @Column(length = 60)
    private String advisor;
    @Column(length = 4000)
    private String answer;
    @Column(name = "answered_on")
    private LocalDate answeredOn;
    @Column(name = "answered_by", length = 60)
    private String answeredBy;
    @Column(nullable = false)
    private boolean withheld;
    @Column(name = "withheld_reason", length = 500)
    private String withheldReason;

    protected LegalQuestion() {
    }

    LegalQuestion(String trackingCode, QuestionCategory category, String question, String contactName,
                  String contactPhone, boolean publishConsent, LocalDate askedOn, String advisor, OrgUnitView holder) {
        this.trackingCode = trackingCode;
        this.category = category;
        this.question = question;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.publishConsent = publishConsent;
        this.askedOn = askedOn;
        this.advisor = advisor;
        this.state = QuestionState.OPEN;
        assignHolder(holder);
        noteChange("QUESTION_ASKED", null);
    }

    /** Refuses a step the state does not allow, naming the step and the state; nothing is changed. */
    void require(Step step) {
        if (!step.allowedFrom(state)) {
            throw new RuleViolation("legalservice.step.notAllowed",
                    new DefaultMessageSourceResolvable("legalservice.step." + step.name()),
                    new DefaultMessageSourceResolvable("legalservice.enum.QuestionState." + state.name()));
        }
    }

    private void move(Step step, String reason) {
        QuestionState before = state;
        state = step.to(state);
        noteChange("TRANSITION:" + before + "->" + state, reason);
    }

    void reassign(String username, String reason) {
        require(Step.REASSIGN);
        this.advisor = username;
        noteChange("ADVISOR_REASSIGNED", reason);
    }

    void answer(String text, LocalDate on, String by) {
        require(Step.ANSWER);
        if (on.isBefore(askedOn)) {
            throw RuleViolation.onField("answeredOn", "legalservice.answer.beforeAsked", askedOn.toString());
        }
        this.answer = text;
        this.answeredOn = on;
        this.answeredBy = by;
        move(Step.ANSWER, null);
    }

    void refer(String reason) {
        require(Step.REFER);
        move(Step.REFER, reason);
    }

    void withhold(boolean withhold, String reason) {
        require(Step.WITHHOLD);
        this.withheld = withhold;
        this.withheldReason = withhold ? reason : null;
        noteChange(withhold ? "ANSWER_WITHHELD" : "ANSWER_RELEASED", reason);
    }

    /** Whether the answer appears on the portal: answered, with consent, not withheld. */
    public boolean published() {
        return answeredOn != null && publishConsent && !withheld;
    }

    /** The question as the portal shows it: the asker's name and every number redacted. */
    public String publicQuestion() {
        return PublicRedaction.redact(question, List.of(contactName));
    }

    /** The answer as the portal shows it, redacted like the question. */
    public String publicAnswer() {
        return PublicRedaction.redact(answer, List.of(contactName));
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public String getQuestion() {
        return question;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isPublishConsent() {
        return publishConsent;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public QuestionState getState() {
        return state;
    }

    public String getAdvisor() {
        return advisor;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public boolean isWithheld() {
        return withheld;
    }

    public String getWithheldReason() {
        return withheldReason;
    }

    /** {@inheritDoc} Here: the tracking code (the asker's name is personal). */
    @Override
    public String auditName() {
        return trackingCode;
    }
}
