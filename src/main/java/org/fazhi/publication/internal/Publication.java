package org.fazhi.publication.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;

/**
 * 执法公示 — one decision as the public sees it. It holds only redacted text: the unredacted decision stays with the
 * module that made it. The allowed steps are the methods below; each checks the state it starts from.
 */
@Entity
@Table(name = "publication")
public class Publication extends ScopedRecord {

    /** From which states each step may be taken. */
    private static final Set<PublicationStatus> REVISABLE = EnumSet.of(PublicationStatus.PENDING_REVIEW);
    private static final Set<PublicationStatus> REVOCABLE = EnumSet.of(PublicationStatus.PENDING_REVIEW,
            PublicationStatus.PUBLISHED);

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
    @Column(name = "withheld_reason")
    private String withheldReason;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "withdrawal_due_on")
    private LocalDate withdrawalDueOn;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "taken_down_on")
    private LocalDate takenDownOn;
    @Column(name = "search_text")
    private String searchText;

    protected Publication() {
    }

    /** A redacted decision waiting for the reviewer, or withheld when the party was a minor. */
    static Publication prepared(org.fazhi.organization.OrgUnitView holder, DecisionKind kind, String caseNumber,
                                String decisionNumber, Redacted text, PartyType partyType, BigDecimal fineAmount,
                                LocalDate decidedOn, LocalDate dueOn, boolean minor) {
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
        if (minor) {
            p.status = PublicationStatus.WITHHELD;
            p.withheldReason = "当事人在作出决定时未满十八周岁，依规不予公示";
            p.noteChange("WITHHOLD", p.withheldReason);
        } else {
            p.status = PublicationStatus.PENDING_REVIEW;
        }
        return p;
    }

    /** The reviewer corrects the redacted text before confirming it. */
    void revise(Redacted text) {
        if (!REVISABLE.contains(status)) {
            throw new RuleViolation("publication.step.notAllowed", status.name(), "修改公示内容");
        }
        apply(text);
        noteChange("REVISE", null);
    }

    /** The reviewer confirms the redacted text, and it goes out on {@code on}. */
    void confirmAndPublish(String reviewer, LocalDate on) {
        if (status != PublicationStatus.PENDING_REVIEW) {
            throw new RuleViolation("publication.step.notAllowed", status.name(), "确认并公示");
        }
        if (on.isBefore(decidedOn)) {
            throw RuleViolation.onField("publishedOn", "publication.publishedBeforeDecision");
        }
        this.confirmedBy = reviewer;
        this.publishedOn = on;
        this.status = PublicationStatus.PUBLISHED;
        noteChange("TRANSITION:PENDING_REVIEW->PUBLISHED", on.isAfter(publicationDueOn) ? "逾期公示" : null);
    }

    /**
     * The decision was changed, revoked, confirmed unlawful or void: a published decision must be withdrawn by
     * {@code withdrawalDue}; one never published is cancelled at once.
     */
    void revoked(LocalDate on, String reason, LocalDate withdrawalDue) {
        if (!REVOCABLE.contains(status)) {
            throw new RuleViolation("publication.step.notAllowed", status.name(), "撤回");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "publication.withdrawal.reasonRequired");
        }
        this.revokedOn = on;
        this.withdrawalReason = reason.strip();
        if (status == PublicationStatus.PENDING_REVIEW) {
            this.status = PublicationStatus.CANCELLED;
            noteChange("TRANSITION:PENDING_REVIEW->CANCELLED", reason);
        } else {
            this.withdrawalDueOn = withdrawalDue;
            noteChange("REVOKED", reason);
        }
    }

    /** The reviewer withdraws the publication; it stays listed as a stub with the reason. */
    void withdraw(LocalDate on) {
        if (status != PublicationStatus.PUBLISHED || revokedOn == null) {
            throw new RuleViolation("publication.withdraw.notRevoked");
        }
        this.withdrawnOn = on;
        this.status = PublicationStatus.WITHDRAWN;
        this.searchText = stubSearchText();
        noteChange("TRANSITION:PUBLISHED->WITHDRAWN", withdrawalReason);
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

    /**
     * What public search reads of a withdrawn decision: what its stub shows (numbers and title), none of the withdrawn
     * text — a withdrawn decision must not be found by the words that were taken down.
     */
    private String stubSearchText() {
        return String.join("\n", caseNumber == null ? "" : caseNumber, decisionNumber == null ? "" : decisionNumber,
                title == null ? "" : title);
    }

    /** The publication period ended. */
    void takeDown(LocalDate on) {
        if (status != PublicationStatus.PUBLISHED && status != PublicationStatus.WITHDRAWN) {
            throw new RuleViolation("publication.step.notAllowed", status.name(), "下架");
        }
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

    private void apply(Redacted text) {
        this.title = text.title();
        this.partyName = text.partyName();
        this.violation = text.violation();
        this.basis = text.basis();
        this.penalty = text.penalty();
        this.searchText = text.searchText(caseNumber, decisionNumber);
    }

    /** The publication's texts after redaction. */
    record Redacted(String title, String partyName, String violation, String basis, String penalty) {

        /** What public search reads: only redacted text and the numbers. */
        String searchText(String caseNumber, String decisionNumber) {
            String all = String.join("\n", nz(caseNumber), nz(decisionNumber), nz(title), nz(partyName),
                    nz(violation), nz(basis), nz(penalty));
            return all.length() > 8000 ? all.substring(0, 8000) : all;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
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

    public String getWithheldReason() {
        return withheldReason;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public LocalDate getWithdrawalDueOn() {
        return withdrawalDueOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate getTakenDownOn() {
        return takenDownOn;
    }

    public String getSearchText() {
        return searchText;
    }

    /** Late: published after its due date, or still unpublished past it. */
    public boolean lateOn(LocalDate today) {
        if (publishedOn != null) {
            return publishedOn.isAfter(publicationDueOn);
        }
        return status == PublicationStatus.PENDING_REVIEW && today.isAfter(publicationDueOn);
    }
}
