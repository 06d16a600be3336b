package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.legality.internal.DecisionState.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 重大行政决策 — one matter of the town's catalogue of decision matters, through its procedure: public consultation,
 * expert argumentation, risk assessment, legality review, collective discussion, publication, evaluation. Each step is
 * one method here, allowed by {@link DecisionState}'s table; a refused step changes nothing.
 */
@Entity
@Table(name = "legality_major_decision")
public class MajorDecision extends ScopedRecord implements AuditNamed {

    /** 《重大行政决策程序暂行条例》第14条: a public consultation generally runs not less than 30 days. */
    public static final LegalBasis CONSULTATION_BASIS = LegalBasis.of("重大行政决策程序暂行条例", 14);
    public static final int CONSULTATION_MIN_DAYS = 30;
    /** 《重大行政决策程序暂行条例》第25条: a draft not reviewed, or found unlawful, is not put to the meeting. */
    public static final LegalBasis REVIEW_BEFORE_DISCUSSION = LegalBasis.of("重大行政决策程序暂行条例", 25);

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "drafting_unit_id", nullable = false)
    private long draftingUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_item", nullable = false, length = 30)
    private DecisionScope scopeItem;

    @Column(name = "catalogue_year", nullable = false)
    private int catalogueYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionState state;

    @Column(name = "consultation_opens_on")
    private LocalDate consultationOpensOn;
    @Column(name = "consultation_closes_on")
    private LocalDate consultationClosesOn;
    @Column(name = "consultation_reason", length = 500)
    private String consultationReason;
    @Column(name = "consultation_draft", length = 4000)
    private String consultationDraft;
    @Column(name = "consultation_summary", length = 4000)
    private String consultationSummary;

    @Column(name = "expert_on")
    private LocalDate expertOn;
    @Column(name = "expert_summary", length = 4000)
    private String expertSummary;

    @Column(name = "risk_on")
    private LocalDate riskOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 20)
    private RiskLevel riskLevel;
    @Column(name = "risk_measures", length = 4000)
    private String riskMeasures;

    @Column(name = "counsel_name", length = 60)
    private String counselName;
    @Column(name = "counsel_opinion", length = 4000)
    private String counselOpinion;
    @Column(name = "counsel_on")
    private LocalDate counselOn;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(length = 200)
    private String meeting;
    @Column(length = 1000)
    private String attendees;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DiscussionResult result;
    @Column(length = 4000)
    private String dissent;

    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "published_text", length = 8000)
    private String publishedText;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;
    @Column(length = 4000)
    private String evaluation;
    @Column(length = 4000)
    private String adjustment;

    protected MajorDecision() {
    }

    MajorDecision(String title, OrgUnitView draftingUnit, DecisionScope scopeItem, int catalogueYear,
                  OrgUnitView holder) {
        this.title = title;
        this.draftingUnitId = draftingUnit.id();
        this.scopeItem = scopeItem;
        this.catalogueYear = catalogueYear;
        this.state = DecisionState.OPENED;
        assignHolder(holder);
        noteChange("DECISION_OPENED", null);
    }

    /** Refuses a step the state does not allow, naming the step and the state; nothing is changed. */
    void require(Step step) {
        if (!state.steps().contains(step)) {
            throw new RuleViolation("legality.decision.step.notAllowed",
                    new DefaultMessageSourceResolvable("legality.decision.step." + step.name()),
                    new DefaultMessageSourceResolvable("legality.enum.DecisionState." + state.name()));
        }
    }

    private void move(DecisionState to, String reason) {
        DecisionState before = state;
        state = to;
        noteChange("TRANSITION:" + before + "->" + state, reason);
    }

    /** The earliest day a consultation opened on {@code opensOn} may close without a stated reason. */
    public static LocalDate earliestClose(LocalDate opensOn) {
        return opensOn.plusDays(CONSULTATION_MIN_DAYS);
    }

    void openConsultation(LocalDate opensOn, LocalDate closesOn, String reason, String draft) {
        require(Step.OPEN_CONSULTATION);
        if (!closesOn.isAfter(opensOn)) {
            throw RuleViolation.onField("closesOn", "legality.decision.closesBeforeOpens", closesOn.toString(),
                    opensOn.toString());
        }
        LocalDate earliest = earliestClose(opensOn);
        if (closesOn.isBefore(earliest) && reason == null) {
            throw RuleViolation.onField("closesOn", "legality.decision.consultationTooShort",
                    CONSULTATION_BASIS.citation(), String.valueOf(CONSULTATION_MIN_DAYS), earliest.toString());
        }
        this.consultationOpensOn = opensOn;
        this.consultationClosesOn = closesOn;
        this.consultationReason = reason;
        this.consultationDraft = draft;
        move(Step.OPEN_CONSULTATION.to(state), reason);
    }

    /** Whether a comment received that day falls within the consultation. */
    boolean withinConsultation(LocalDate day) {
        return !day.isBefore(consultationOpensOn) && !day.isAfter(consultationClosesOn);
    }

    void summariseConsultation(String summary, LocalDate today) {
        require(Step.SUMMARISE_CONSULTATION);
        if (today.isBefore(consultationClosesOn)) {
            throw new RuleViolation("legality.decision.consultationRunning", consultationClosesOn.toString());
        }
        this.consultationSummary = summary;
        move(Step.SUMMARISE_CONSULTATION.to(state), null);
    }

    void argue(LocalDate on, String summary) {
        require(Step.EXPERT_ARGUMENTATION);
        this.expertOn = on;
        this.expertSummary = summary;
        noteChange("DECISION_EXPERTS", null);
    }

    void assessRisk(LocalDate on, RiskLevel level, String measures) {
        require(Step.RISK_ASSESSMENT);
        this.riskOn = on;
        this.riskLevel = level;
        this.riskMeasures = measures;
        noteChange("DECISION_RISK", level.name());
    }

    void counsel(String counsel, String opinion, LocalDate on) {
        require(Step.COUNSEL_OPINION);
        this.counselName = counsel;
        this.counselOpinion = opinion;
        this.counselOn = on;
        noteChange("DECISION_COUNSEL", counsel);
    }

    void linkReview(LegalityReview review) {
        require(Step.LINK_REVIEW);
        if (review.getKind() != ReviewKind.MAJOR_DECISION) {
            throw RuleViolation.onField("reviewId", "legality.decision.reviewKind",
                    new DefaultMessageSourceResolvable("legality.enum.ReviewKind." + review.getKind().name()));
        }
        this.reviewId = review.getId();
        noteChange("DECISION_REVIEW_LINKED", review.getTitle());
    }

    /**
     * The meeting's discussion: only a draft whose linked review concluded it lawful (as it is or with changes) is
     * put to the meeting, and not before that conclusion.
     */
    void discuss(LegalityReview review, String meeting, String attendees, LocalDate heldOn, DiscussionResult result,
                 String dissent) {
        require(Step.DISCUSS);
        if (review == null || review.getConclusion() == null || !review.getConclusion().permits()) {
            throw new RuleViolation("legality.decision.notReviewed", REVIEW_BEFORE_DISCUSSION.citation());
        }
        if (heldOn.isBefore(review.getConcludedOn())) {
            throw RuleViolation.onField("heldOn", "legality.decision.heldBeforeReview", heldOn.toString(),
                    review.getConcludedOn().toString());
        }
        this.meeting = meeting;
        this.attendees = attendees;
        this.heldOn = heldOn;
        this.result = result;
        this.dissent = dissent;
        move(result.leadsTo(), result.name());
    }

    void publish(LocalDate on, String text) {
        require(Step.PUBLISH);
        if (on.isBefore(heldOn)) {
            throw RuleViolation.onField("publishedOn", "legality.decision.publishedBeforeMeeting", on.toString(),
                    heldOn.toString());
        }
        this.publishedOn = on;
        this.publishedText = text;
        move(Step.PUBLISH.to(state), null);
    }

    void evaluate(LocalDate on, String evaluation, String adjustment) {
        require(Step.EVALUATE);
        if (on.isBefore(publishedOn)) {
            throw RuleViolation.onField("evaluatedOn", "legality.decision.evaluatedBeforePublication", on.toString(),
                    publishedOn.toString());
        }
        this.evaluatedOn = on;
        this.evaluation = evaluation;
        this.adjustment = adjustment;
        noteChange("DECISION_EVALUATED", null);
    }

    /** Whether the consultation is open to the public on {@code day}. */
    public boolean consultationOpenOn(LocalDate day) {
        return state == DecisionState.CONSULTING && withinConsultation(day);
    }

    public String getTitle() {
        return title;
    }

    public long getDraftingUnitId() {
        return draftingUnitId;
    }

    public DecisionScope getScopeItem() {
        return scopeItem;
    }

    public int getCatalogueYear() {
        return catalogueYear;
    }

    public DecisionState getState() {
        return state;
    }

    public LocalDate getConsultationOpensOn() {
        return consultationOpensOn;
    }

    public LocalDate getConsultationClosesOn() {
        return consultationClosesOn;
    }

    public String getConsultationReason() {
        return consultationReason;
    }

    public String getConsultationDraft() {
        return consultationDraft;
    }

    public String getConsultationSummary() {
        return consultationSummary;
    }

    public LocalDate getExpertOn() {
        return expertOn;
    }

    public String getExpertSummary() {
        return expertSummary;
    }

    public LocalDate getRiskOn() {
        return riskOn;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getRiskMeasures() {
        return riskMeasures;
    }

    public String getCounselName() {
        return counselName;
    }

    public String getCounselOpinion() {
        return counselOpinion;
    }

    public LocalDate getCounselOn() {
        return counselOn;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getMeeting() {
        return meeting;
    }

    public String getAttendees() {
        return attendees;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public DiscussionResult getResult() {
        return result;
    }

    public String getDissent() {
        return dissent;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedText() {
        return publishedText;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getAdjustment() {
        return adjustment;
    }

    /** {@inheritDoc} Here: the matter's title. */
    @Override
    public String auditName() {
        return title;
    }
}
