package org.fazhi.publication.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;

/**
 * 执法公示 — one decision as the public sees it. It holds only redacted text: the unredacted decision stays with the
 * module that made it. The allowed steps are the methods below; each checks the state it starts from (the table of
 * {@link PublicationStep}) and changes it. Why it is withheld is {@link Withholding}; what public search reads is
 * {@link RedactedText}; which figures a publication counts under is {@link PublicationCounting}.
 */
@Entity
@Table(name = "publication")
public class Publication extends ScopedRecord implements AuditNamed {

    /** The subject type of a publication's clocks in the deadline engine. */
    public static final String CLOCK_SUBJECT = PublicationClock.SUBJECT;

    @Enumerated(EnumType.STRING)
    private DecisionKind kind;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "decision_number")
    private String decisionNumber;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type")
    private PartyType partyType;
    @Column(name = "party_name")
    private String partyName;
    private String violation;
    private String basis;
    private String penalty;
    @Column(name = "fine_amount")
    private BigDecimal fineAmount;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "publication_due_on")
    private LocalDate publicationDueOn;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Enumerated(EnumType.STRING)
    private PublicationStatus status;
    /** Set once, when the decision is withheld; none (all its columns empty) before. */
    private Withholding withholding;
    /** Whether the minor rule was applied on the day of the violation (not yet for records made before that rule). */
    @Column(name = "age_on_violation")
    private boolean ageOnViolation;
    /** Set once, when the decision is revoked; none (all its columns empty) before. */
    private Withdrawal withdrawal;
    @Column(name = "taken_down_on")
    private LocalDate takenDownOn;
    @Column(name = "search_text")
    private String searchText;

    protected Publication() {
    }

    /**
     * A redacted decision waiting for the reviewer, or withheld ({@code minor}) when the party was a minor on the day
     * of the violation; {@code today} is the day it reaches the desk.
     */
    static Publication prepared(org.fazhi.organization.OrgUnitView holder, DecisionKind kind, String caseNumber,
                                String decisionNumber, RedactedText text, PartyType partyType, BigDecimal fineAmount,
                                LocalDate decidedOn, LocalDate dueOn, boolean minor, LocalDate today) {
        Publication p = new Publication();
        p.assignHolder(holder);
        p.kind = kind;
        p.caseNumber = caseNumber.strip();
        p.decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        p.partyType = partyType;
        p.fineAmount = fineAmount;
        p.decidedOn = decidedOn;
        p.publicationDueOn = dueOn;
        p.apply(text);
        p.ageOnViolation = true;
        if (minor) {
            p.status = PublicationStatus.WITHHELD;
            p.withholding = Withholding.ofMinor(today);
            p.noteChange("WITHHOLD", p.withholding.getReason());
        } else {
            p.status = PublicationStatus.PENDING_REVIEW;
        }
        return p;
    }

    /** The reviewer corrects the redacted text before confirming it. */
    void revise(RedactedText text) {
        PublicationStep.REVISE.require(status);
        apply(text);
        noteChange("REVISE", null);
    }

    /**
     * The reviewer confirms the redacted text, and it goes out on {@code on}; {@code confirmation} says what they
     * confirmed when it was more than this one text (e.g. a whole imported file), for the audit trail.
     */
    void confirmAndPublish(String reviewer, LocalDate on, String confirmation) {
        PublicationStep.CONFIRM.require(status);
        if (on.isBefore(decidedOn)) {
            throw RuleViolation.onField("publishedOn", "publication.publishedBeforeDecision");
        }
        this.confirmedBy = reviewer;
        this.publishedOn = on;
        this.status = PublicationStatus.PUBLISHED;
        String late = on.isAfter(publicationDueOn) ? "逾期公示" : null;
        noteChange("TRANSITION:PENDING_REVIEW->PUBLISHED", confirmation == null ? late
                : late == null ? confirmation : confirmation + "；" + late);
    }

    /**
     * The decision was changed, revoked, confirmed unlawful or void (《行政处罚法》第48条), whatever the publication's
     * state: one never published is cancelled at once; a public one must be withdrawn by {@code withdrawalDue}; one
     * not public (withheld, or taken down at the end of its period) has nothing to withdraw, and keeps the revocation
     * with its reason. A second revocation finds the first recorded and changes nothing.
     */
    RevocationEffect revoked(LocalDate on, String reason, LocalDate withdrawalDue) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "publication.withdrawal.reasonRequired");
        }
        if (withdrawal != null) {
            return RevocationEffect.ALREADY_RECORDED;
        }
        String why = reason.strip();
        this.withdrawal = new Withdrawal(on, why);
        switch (status) {
            case PENDING_REVIEW -> {
                this.status = PublicationStatus.CANCELLED;
                noteChange("TRANSITION:PENDING_REVIEW->CANCELLED", why);
                return RevocationEffect.CANCELLED;
            }
            case PUBLISHED -> {
                withdrawal.dueBy(withdrawalDue);
                noteChange("REVOKED", why);
                return RevocationEffect.WITHDRAWAL_DUE;
            }
            default -> {
                noteChange("REVOKED", "未在公示中（" + status + "），无需撤回：" + why);
                return RevocationEffect.NOTHING_TO_WITHDRAW;
            }
        }
    }

    /**
     * 不予公示 — the reviewer withholds a decision waiting for review or already public, on a ground and with a
     * written reason: it leaves (or never reaches) the portal; the reason is for staff only.
     */
    void withhold(WithholdingGround ground, String reason, String by, LocalDate on) {
        PublicationStep.WITHHOLD.require(status);
        PublicationStatus from = status;
        this.withholding = Withholding.of(ground, reason, on, by);
        this.status = PublicationStatus.WITHHELD;
        noteChange("TRANSITION:" + from + "->WITHHELD", ground + "：" + withholding.getReason());
    }

    /**
     * The minor rule applied again to a publication made before it was taken on the day of the violation: a party who
     * was a minor then is withheld now, off the portal if it was public. Returns whether it was withheld.
     */
    boolean ageRechecked(boolean minor, LocalDate on) {
        this.ageOnViolation = true;
        if (minor && PublicationStep.WITHHOLD.allowedFrom(status)) {
            withhold(WithholdingGround.MINOR, Withholding.MINOR_REASON, Withholding.SYSTEM, on);
            return true;
        }
        noteChange("AGE_RECHECKED", null);
        return false;
    }

    /**
     * Masks the names of persons the deciding module learnt of after the decision reached the desk, in the texts as
     * they stand (the reviewer's corrections kept): masking more is always allowed. Returns whether a text changed.
     */
    boolean maskNames(List<String> names) {
        RedactedText current = new RedactedText(title, partyName, violation, basis, penalty);
        RedactedText masked = current.withNamesMasked(names);
        if (masked.equals(current)) {
            return false;
        }
        apply(masked);
        noteChange("MASK_NAMES", null);
        return true;
    }

    /** The reviewer withdraws the publication; it stays listed as a stub with the reason. */
    void withdraw(LocalDate on) {
        if (status != PublicationStatus.PUBLISHED || withdrawal == null) {
            throw new RuleViolation("publication.withdraw.notRevoked");
        }
        withdrawal.withdrawnOn(on);
        this.status = PublicationStatus.WITHDRAWN;
        this.searchText = stubSearchText();
        noteChange("TRANSITION:PUBLISHED->WITHDRAWN", withdrawal.getReason());
    }

    /**
     * A withdrawn decision whose search text still holds the withdrawn words (withdrawn before the stub rule): it is
     * cut to the stub's. Returns whether it changed.
     */
    boolean cutToStub() {
        if (status != PublicationStatus.WITHDRAWN || stubSearchText().equals(searchText)) {
            return false;
        }
        this.searchText = stubSearchText();
        return true;
    }

    /** See {@link RedactedText#stubSearchText}. */
    private String stubSearchText() {
        return RedactedText.stubSearchText(caseNumber, decisionNumber, title);
    }

    /** The publication period ended. */
    void takeDown(LocalDate on) {
        PublicationStep.TAKE_DOWN.require(status);
        PublicationStatus from = status;
        this.takenDownOn = on;
        this.status = PublicationStatus.TAKEN_DOWN;
        noteChange("TRANSITION:" + from + "->TAKEN_DOWN", "公示期满");
    }

    /** The official calendar changed while the publication was pending: its due date follows the clock. */
    void dueDateMoved(LocalDate newDue) {
        if (status == PublicationStatus.PENDING_REVIEW && newDue != null) {
            this.publicationDueOn = newDue;
            noteChange("DUE_DATE_RECOMPUTED", "法定节假日安排调整");
        }
    }

    private void apply(RedactedText text) {
        this.title = text.title();
        this.partyName = text.partyName();
        this.violation = text.violation();
        this.basis = text.basis();
        this.penalty = text.penalty();
        this.searchText = status == PublicationStatus.WITHDRAWN ? stubSearchText()
                : text.searchText(caseNumber, decisionNumber);
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getTitle() {
        return title;
    }

    public PartyType getPartyType() {
        return partyType;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getViolation() {
        return violation;
    }

    public String getBasis() {
        return basis;
    }

    public String getPenalty() {
        return penalty;
    }

    public BigDecimal getFineAmount() {
        return fineAmount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getPublicationDueOn() {
        return publicationDueOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    /** Why, when and by whom the decision is not published; {@link Withholding#NONE} while it is not withheld. */
    public Withholding getWithholding() {
        return withholding == null ? Withholding.NONE : withholding;
    }

    public boolean isAgeOnViolation() {
        return ageOnViolation;
    }

    /** A revocation was recorded while the decision was not public: there was nothing to withdraw. */
    public boolean isRevokedWithNothingToWithdraw() {
        return withdrawal != null && (status == PublicationStatus.WITHHELD || status == PublicationStatus.TAKEN_DOWN)
                && withdrawal.getDueOn() == null;
    }

    /** The revocation of the decision and the withdrawal it called for; {@link Withdrawal#NONE} while it stands. */
    public Withdrawal getWithdrawal() {
        return withdrawal == null ? Withdrawal.NONE : withdrawal;
    }

    public LocalDate getTakenDownOn() {
        return takenDownOn;
    }

    public String getSearchText() {
        return searchText;
    }

    /**
     * Late: published after its due date, or still unpublished past it — also when the decision was revoked after the
     * due date without ever having been published (the duty to publish had been missed by then).
     */
    public boolean lateOn(LocalDate today) {
        if (publishedOn != null) {
            return publishedOn.isAfter(publicationDueOn);
        }
        if (status == PublicationStatus.CANCELLED) {
            return withdrawal != null && withdrawal.getRevokedOn().isAfter(publicationDueOn);
        }
        return status == PublicationStatus.PENDING_REVIEW && today.isAfter(publicationDueOn);
    }

    /** {@inheritDoc} Here: the decision's 文号, else its 案号. */
    @Override
    public String auditName() {
        return decisionNumber != null ? decisionNumber : caseNumber;
    }
}
