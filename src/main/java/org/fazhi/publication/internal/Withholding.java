package org.fazhi.publication.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.RuleViolation;

/**
 * 不予公示 — why, when and by whom a decision is not published: a ground ({@link WithholdingGround}) and a written
 * reason for staff only. The desk withholds a decision on a minor by itself, with a fixed reason; a reviewer must state
 * both. Never changed once made: a withheld decision stays withheld.
 */
@Embeddable
public class Withholding {

    /** Why a decision on a minor is not published (the ground {@link WithholdingGround#MINOR}). */
    static final String MINOR_REASON = "违法行为发生时当事人未满十八周岁，依规不予公示";

    /** The longest written reason for withholding (the column's width). */
    static final int MAX_REASON = 1000;

    /** Who withholds a decision on a minor: the desk, not a reviewer. */
    static final String SYSTEM = "system";

    /** Not withheld: what a publication without a withholding shows. */
    static final Withholding NONE = new Withholding();

    @AuditFormerly("withheldGround")
    @Enumerated(EnumType.STRING)
    @Column(name = "withheld_ground")
    private WithholdingGround ground;
    @AuditFormerly("withheldReason")
    @Column(name = "withheld_reason")
    private String reason;
    @AuditFormerly("withheldOn")
    @Column(name = "withheld_on")
    private LocalDate on;
    @AuditFormerly("withheldBy")
    @Column(name = "withheld_by")
    private String by;

    protected Withholding() {
    }

    private Withholding(WithholdingGround ground, String reason, LocalDate on, String by) {
        this.ground = ground;
        this.reason = reason;
        this.on = on;
        this.by = by;
    }

    /** The party was a minor on the day of the violation: withheld by the desk on {@code on}. */
    static Withholding ofMinor(LocalDate on) {
        return new Withholding(WithholdingGround.MINOR, MINOR_REASON, on, SYSTEM);
    }

    /**
     * A withholding on a ground and a written reason, refused with every problem when either is missing or too long.
     */
    static Withholding of(WithholdingGround ground, String reason, LocalDate on, String by) {
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        if (ground == null) {
            problems.add(new RuleViolation.FieldProblem("ground", "publication.withhold.groundRequired"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new RuleViolation.FieldProblem("reason", "publication.withhold.reasonRequired"));
        } else if (reason.strip().length() > MAX_REASON) {
            problems.add(new RuleViolation.FieldProblem("reason", "publication.withhold.reasonTooLong", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        return new Withholding(ground, reason.strip(), on, by);
    }

    public WithholdingGround getGround() {
        return ground;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getBy() {
        return by;
    }
}
