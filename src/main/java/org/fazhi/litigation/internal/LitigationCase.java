package org.fazhi.litigation.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.litigation.internal.CaseState.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 行政应诉、行政复议案件 — a lawsuit or reconsideration in which the town (or one of its departments) answers: the
 * case number, the court or reviewing body, the plaintiff or applicant, the challenged act, the day the copy of the
 * complaint or application was received (the answer's clock starts on it), the answer, and the outcome. Hearings are
 * {@link CourtHearing} rows of their own.
 */
@Entity
@Table(name = "litigation_case")
public class LitigationCase extends ScopedRecord implements AuditNamed {

    /** Who reads the plaintiff's or applicant's personal data in clear: those who handle the cases, of their town. */
    public static final PersonalDataPolicy APPLICANT_DATA =
            PersonalDataPolicy.readableWith(Permission.LITIGATION_MANAGE).ownTownOnly();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "instance_level", nullable = false, length = 20)
    private InstanceLevel instance;

    @Column(name = "appeal_of_id")
    private Long appealOfId;

    /** 复议后起诉 — a lawsuit brought after a reconsideration of the same act (《行政诉讼法》第26条、第45条). */
    @Column(name = "after_reconsideration", nullable = false)
    private boolean afterReconsideration;

    @Column(name = "case_number", nullable = false, length = 100)
    private String caseNumber;

    @Column(name = "deciding_body", nullable = false, length = 200)
    private String body;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "applicant_name", nullable = false, length = 100))
    @AttributeOverride(name = "idNumber", column = @Column(name = "applicant_id_number", length = 40))
    @AttributeOverride(name = "phone", column = @Column(name = "applicant_phone", length = 40))
    @AttributeOverride(name = "address", column = @Column(name = "applicant_address", length = 300))
    private PartyData applicant;

    @Enumerated(EnumType.STRING)
    @Column(name = "act_type", nullable = false, length = 30)
    private ActType actType;

    @Column(name = "act_id")
    private Long actId;

    @Column(name = "act_reference", length = 200)
    private String actReference;

    @Column(name = "act_description", length = 1000)
    private String actDescription;

    @Column(name = "copy_received_on", nullable = false)
    private LocalDate copyReceivedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Outcome outcome;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    protected LitigationCase() {
    }

    /** The act a case challenges: its type, the record's id and number where it is one, or a description. */
    public record Act(ActType type, Long id, String reference, String description) {
    }

    LitigationCase(CaseKind kind, LitigationCase appealOf, boolean afterReconsideration, String caseNumber,
                   String body, PartyData applicant, Act act, LocalDate copyReceivedOn, OrgUnitView holder) {
        this.kind = kind;
        this.instance = kind == CaseKind.RECONSIDERATION ? InstanceLevel.RECONSIDERATION
                : appealOf == null ? InstanceLevel.FIRST : InstanceLevel.SECOND;
        this.appealOfId = appealOf == null ? null : appealOf.getId();
        // an appeal continues its first instance, brought after a reconsideration or not
        this.afterReconsideration = appealOf == null ? afterReconsideration : appealOf.afterReconsideration;
        this.caseNumber = caseNumber;
        this.body = body;
        this.applicant = applicant;
        this.actType = act.type();
        this.actId = act.id();
        this.actReference = act.reference();
        this.actDescription = act.description();
        this.copyReceivedOn = copyReceivedOn;
        this.state = CaseState.PENDING;
        assignHolder(holder);
        noteChange("LITIGATION_RECEIVED", null);
    }

    /** Refuses a step the state does not allow, naming the step and the state; nothing is changed. */
    void require(Step step) {
        if (!state.steps().contains(step)) {
            throw new RuleViolation("litigation.step.notAllowed",
                    new DefaultMessageSourceResolvable("litigation.step." + step.name()),
                    new DefaultMessageSourceResolvable("litigation.enum.CaseState." + state.name()));
        }
    }

    /** 提交答辩状和证据 */
    void answer(LocalDate on) {
        require(Step.ANSWER);
        notBeforeReceipt("answeredOn", on);
        this.answeredOn = on;
        noteChange("LITIGATION_ANSWERED", null);
    }

    /** Checks that a hearing may be recorded on that day (the hearing itself is its own row). */
    void hearingAllowed(LocalDate on) {
        require(Step.HEARING);
        notBeforeReceipt("heldOn", on);
    }

    /** 结案 */
    void conclude(Outcome outcome, LocalDate on) {
        require(Step.CONCLUDE);
        notBeforeReceipt("concludedOn", on);
        if (!outcome.endsA(kind)) {
            throw RuleViolation.onField("outcome", "litigation.outcome.notForKind",
                    new DefaultMessageSourceResolvable("litigation.enum.Outcome." + outcome.name()),
                    new DefaultMessageSourceResolvable("litigation.enum.CaseKind." + kind.name()));
        }
        CaseState before = state;
        this.outcome = outcome;
        this.concludedOn = on;
        this.state = Step.CONCLUDE.to(state);
        noteChange("TRANSITION:" + before + "->" + state, outcome.label());
    }

    private void notBeforeReceipt(String field, LocalDate on) {
        if (on.isBefore(copyReceivedOn)) {
            throw RuleViolation.onField(field, "litigation.beforeReceipt", on.toString(), copyReceivedOn.toString());
        }
    }

    /** Whether the case ended in a loss (败诉). */
    public boolean lost() {
        return outcome != null && outcome.loss();
    }

    public CaseKind getKind() {
        return kind;
    }

    public InstanceLevel getInstance() {
        return instance;
    }

    public Long getAppealOfId() {
        return appealOfId;
    }

    public boolean isAfterReconsideration() {
        return afterReconsideration;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getBody() {
        return body;
    }

    public PartyData getApplicant() {
        return applicant;
    }

    /** The applicant as the caller may see them (masked unless the caller handles the town's cases). */
    public PartyData applicantAsSeen() {
        return APPLICANT_DATA.view(applicant, true, this);
    }

    public Act getAct() {
        return new Act(actType, actId, actReference, actDescription);
    }

    public ActType getActType() {
        return actType;
    }

    public LocalDate getCopyReceivedOn() {
        return copyReceivedOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public CaseState getState() {
        return state;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    /** {@inheritDoc} Here: the case number (案号). */
    @Override
    public String auditName() {
        return caseNumber;
    }
}
