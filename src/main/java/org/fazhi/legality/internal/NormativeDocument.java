package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.legality.internal.DocumentState.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 行政规范性文件 — one normative document of the town from drafting to cleanup: consultation, the legality review
 * before deliberation, its number and publication, entry into force, filing with the district, validity and cleanup.
 */
@Entity
@Table(name = "legality_normative_document")
public class NormativeDocument extends ScopedRecord implements AuditNamed {

    /** 国办发〔2018〕115号: every normative document is reviewed for legality before it is deliberated. */
    public static final LegalBasis REVIEW_BEFORE_DELIBERATION =
            LegalBasis.of("关于全面推行行政规范性文件合法性审核机制的指导意见");
    /** 国办发〔2018〕37号: an unpublished normative document is no basis for administration. */
    public static final LegalBasis PUBLICATION_BEFORE_FORCE =
            LegalBasis.of("关于加强行政规范性文件制定和监督管理工作的通知");

    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "drafting_unit_id", nullable = false)
    private long draftingUnitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentState state;
    @Column(name = "consultation_from")
    private LocalDate consultationFrom;
    @Column(name = "consultation_to")
    private LocalDate consultationTo;
    @Column(name = "review_id")
    private Long reviewId;
    @Column(name = "deliberated_on")
    private LocalDate deliberatedOn;
    @Column(length = 200)
    private String meeting;
    @Column(name = "doc_number", length = 100)
    private String docNumber;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "in_force_from")
    private LocalDate inForceFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "cleaned_on")
    private LocalDate cleanedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "cleanup_result", length = 20)
    private CleanupResult cleanupResult;
    @Column(name = "cleanup_note", length = 500)
    private String cleanupNote;

    protected NormativeDocument() {
    }

    NormativeDocument(String title, OrgUnitView draftingUnit, OrgUnitView holder) {
        this.title = title;
        this.draftingUnitId = draftingUnit.id();
        this.state = DocumentState.DRAFTING;
        assignHolder(holder);
    }

    void require(Step step) {
        if (!state.steps().contains(step)) {
            throw new RuleViolation("legality.document.step.notAllowed",
                    new DefaultMessageSourceResolvable("legality.document.step." + step.name()),
                    new DefaultMessageSourceResolvable("legality.enum.DocumentState." + state.name()));
        }
    }

    private void move(Step step, DocumentState to, String reason) {
        DocumentState before = state;
        state = to;
        noteChange("TRANSITION:" + before + "->" + state, reason);
    }

    void consult(LocalDate from, LocalDate to) {
        require(Step.CONSULT);
        if (to.isBefore(from)) {
            throw RuleViolation.onField("consultationTo", "legality.decision.closesBeforeOpens", to.toString(),
                    from.toString());
        }
        this.consultationFrom = from;
        this.consultationTo = to;
        noteChange("DOCUMENT_CONSULTED", null);
    }

    void linkReview(LegalityReview review) {
        require(Step.LINK_REVIEW);
        if (review.getKind() != ReviewKind.NORMATIVE_DOCUMENT) {
            throw RuleViolation.onField("reviewId", "legality.document.reviewKind",
                    new DefaultMessageSourceResolvable("legality.enum.ReviewKind." + review.getKind().name()));
        }
        this.reviewId = review.getId();
        noteChange("DOCUMENT_REVIEW_LINKED", review.getTitle());
    }

    void deliberate(LegalityReview review, String meeting, LocalDate on) {
        require(Step.DELIBERATE);
        if (review == null || review.getConclusion() == null || !review.getConclusion().permits()) {
            throw new RuleViolation("legality.document.notReviewed", REVIEW_BEFORE_DELIBERATION.citation());
        }
        if (on.isBefore(review.getConcludedOn())) {
            throw RuleViolation.onField("deliberatedOn", "legality.decision.heldBeforeReview", on.toString(),
                    review.getConcludedOn().toString());
        }
        this.meeting = meeting;
        this.deliberatedOn = on;
        move(Step.DELIBERATE, Step.DELIBERATE.to(state), meeting);
    }

    void publish(String number, LocalDate on, LocalDate validUntil) {
        require(Step.PUBLISH);
        if (on.isBefore(deliberatedOn)) {
            throw RuleViolation.onField("publishedOn", "legality.document.publishedBeforeDeliberation", on.toString(),
                    deliberatedOn.toString());
        }
        if (validUntil != null && !validUntil.isAfter(on)) {
            throw RuleViolation.onField("validUntil", "legality.document.validUntilBeforePublication",
                    validUntil.toString(), on.toString());
        }
        this.docNumber = number;
        this.publishedOn = on;
        this.validUntil = validUntil;
        move(Step.PUBLISH, Step.PUBLISH.to(state), number);
    }

    void putInForce(LocalDate from) {
        if (publishedOn == null) {
            throw new RuleViolation("legality.document.notPublished", PUBLICATION_BEFORE_FORCE.citation());
        }
        require(Step.PUT_IN_FORCE);
        if (from.isBefore(publishedOn)) {
            throw RuleViolation.onField("inForceFrom", "legality.document.inForceBeforePublication", from.toString(),
                    publishedOn.toString());
        }
        this.inForceFrom = from;
        move(Step.PUT_IN_FORCE, Step.PUT_IN_FORCE.to(state), null);
    }

    void file(LocalDate on) {
        require(Step.FILE);
        if (on.isBefore(publishedOn)) {
            throw RuleViolation.onField("filedOn", "legality.document.filedBeforePublication", on.toString(),
                    publishedOn.toString());
        }
        this.filedOn = on;
        noteChange("DOCUMENT_FILED", null);
    }

    void cleanUp(LocalDate on, CleanupResult result, String note, LocalDate newValidUntil) {
        require(Step.CLEAN_UP);
        if (newValidUntil != null && !newValidUntil.isAfter(on)) {
            throw RuleViolation.onField("validUntil", "legality.document.validUntilBeforePublication",
                    newValidUntil.toString(), on.toString());
        }
        this.cleanedOn = on;
        this.cleanupResult = result;
        this.cleanupNote = note;
        if (newValidUntil != null) {
            this.validUntil = newValidUntil;
        }
        if (result == CleanupResult.REPEAL) {
            move(Step.CLEAN_UP, DocumentState.REPEALED, note);
        } else {
            noteChange("DOCUMENT_CLEANED", result.name());
        }
    }

    /**
     * Due for review (清理): in force and its validity ends by {@code horizon} or has ended. A cleanup that keeps it
     * gives it a new validity, which takes it off the list.
     */
    public boolean dueForReview(LocalDate horizon) {
        return state == DocumentState.IN_FORCE && validUntil != null && !validUntil.isAfter(horizon);
    }

    public String getTitle() {
        return title;
    }

    public long getDraftingUnitId() {
        return draftingUnitId;
    }

    public DocumentState getState() {
        return state;
    }

    public LocalDate getConsultationFrom() {
        return consultationFrom;
    }

    public LocalDate getConsultationTo() {
        return consultationTo;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public LocalDate getDeliberatedOn() {
        return deliberatedOn;
    }

    public String getMeeting() {
        return meeting;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public LocalDate getCleanedOn() {
        return cleanedOn;
    }

    public CleanupResult getCleanupResult() {
        return cleanupResult;
    }

    public String getCleanupNote() {
        return cleanupNote;
    }

    /** {@inheritDoc} Here: the document's title. */
    @Override
    public String auditName() {
        return title;
    }
}
