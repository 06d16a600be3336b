package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.RuleViolation;

/**
 * 行政复议、行政诉讼 — the party's challenge of the decision and where it leaves the town's application to the court
 * (《行政强制法》第53条): without a challenge the application may be made once the periods for reconsideration and suit
 * have lapsed; after a reconsideration decision that upholds the penalty, once the 15 days to sue it (《行政诉讼法》
 * 第45条) have lapsed; after a suit, the decision is no longer enforced as such — the town waits for the judgment and
 * enforces that. While reconsideration or litigation is pending, the late fee does not run (《行政处罚法》第73条).
 * <p>
 * The party may first apply for reconsideration and then sue the reconsideration decision, or sue directly; each
 * challenge is recorded with the day it was made and the day its outcome was received, with the result.
 */
@Embeddable
public class Remedies {

    /** The day the party's remedies lapse, from which the 3 months to apply to the court run; none while unknown. */
    @Column(name = "remedies_lapse_on")
    private LocalDate lapsesOn;
    /** A pending period recorded before the kind of challenge was asked; it still suspends the late fee. */
    @Column(name = "remedy_from")
    private LocalDate from;
    @Column(name = "remedy_until")
    private LocalDate until;
    @Column(name = "reconsideration_on")
    private LocalDate reconsiderationOn;
    @Column(name = "reconsideration_received_on")
    private LocalDate reconsiderationReceivedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "reconsideration_result", length = 20)
    private RemedyResult reconsiderationResult;
    @Column(name = "sued_on")
    private LocalDate suedOn;
    @Column(name = "judgment_on")
    private LocalDate judgmentOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "judgment_result", length = 20)
    private RemedyResult judgmentResult;

    /** The day the periods for reconsideration and suit lapse, as the calendar now gives it (see {@link CaseDates}). */
    void lapseOn(LocalDate on) {
        this.lapsesOn = on;
    }

    /**
     * The party applied for reconsideration or sued on {@code on}. A reconsideration comes once and before any suit; a
     * suit after a reconsideration comes once its decision has been received ({@link CaseProcedure} refuses a
     * challenge while another is pending or after a suit). Until the outcome is known there is no lapse date.
     */
    void challenge(RemedyKind kind, LocalDate on) {
        if (kind == null) {
            throw RuleViolation.onField("remedy", "enforcement.remedy.kind");
        }
        if (kind == RemedyKind.RECONSIDERATION) {
            if (reconsiderationOn != null) {
                throw RuleViolation.onField("remedy", "enforcement.remedy.reconsideredAlready",
                        reconsiderationOn.toString());
            }
            reconsiderationOn = on;
        } else {
            suedOn = on;
        }
        lapsesOn = null;
    }

    /**
     * The outcome of the pending challenge, received on {@code on}: the judgment of a suit, otherwise the
     * reconsideration decision. A reconsideration decision that upholds the penalty lets the remedies lapse on
     * {@code lapseAfterReconsideration}, the end of the 15 days to sue it.
     */
    void outcome(RemedyResult result, LocalDate on, LocalDate lapseAfterReconsideration) {
        if (result == null) {
            throw RuleViolation.onField("result", "enforcement.remedy.result");
        }
        if (isSuitPending()) {
            judgmentOn = on;
            judgmentResult = result;
        } else if (isReconsiderationPending()) {
            reconsiderationReceivedOn = on;
            reconsiderationResult = result;
            lapsesOn = result == RemedyResult.UPHELD ? lapseAfterReconsideration : null;
        } else {
            throw new IllegalStateException("no challenge waits for its outcome; CaseProcedure refuses the step");
        }
    }

    /** The kind of the challenge waiting for its outcome, or {@code null}. */
    public RemedyKind pendingKind() {
        return isSuitPending() ? RemedyKind.SUIT : isReconsiderationPending() ? RemedyKind.RECONSIDERATION : null;
    }

    public boolean isPending() {
        return pendingKind() != null;
    }

    public boolean isReconsiderationPending() {
        return reconsiderationOn != null && reconsiderationReceivedOn == null;
    }

    public boolean isSuitPending() {
        return suedOn != null && judgmentOn == null;
    }

    /** The party sued: the decision is no longer enforced as such; the town enforces the judgment. */
    public boolean isSued() {
        return suedOn != null;
    }

    /** The day the pending challenge was made. */
    LocalDate pendingSince() {
        return isSuitPending() ? suedOn : reconsiderationOn;
    }

    /** A period reconsideration or litigation was pending, both days included; open while its outcome is unknown. */
    public record Pending(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** The periods reconsideration or litigation was pending (open while its outcome is not known). */
    public List<Pending> pendingPeriods() {
        List<Pending> out = new ArrayList<>();
        if (from != null) {
            out.add(new Pending(from, until));
        }
        if (reconsiderationOn != null) {
            out.add(new Pending(reconsiderationOn, reconsiderationReceivedOn));
        }
        if (suedOn != null) {
            out.add(new Pending(suedOn, judgmentOn));
        }
        return out;
    }

    public LocalDate getLapsesOn() { return lapsesOn; }
    public LocalDate getReconsiderationOn() { return reconsiderationOn; }
    public LocalDate getReconsiderationReceivedOn() { return reconsiderationReceivedOn; }
    public RemedyResult getReconsiderationResult() { return reconsiderationResult; }
    public LocalDate getSuedOn() { return suedOn; }
    public LocalDate getJudgmentOn() { return judgmentOn; }
    public RemedyResult getJudgmentResult() { return judgmentResult; }
}
