package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;

/**
 * 政府信息公开行政复议、行政诉讼案件 — a reconsideration or a lawsuit about the town's disclosure, as table 四 of the
 * annual report counts it. Kept here, in the shape of table 四 (kind, result, dates), until the litigation module owns
 * such cases; that module can then take the rows over by their case number.
 */
@Entity
@Table(name = "disclosure_review_case")
public class ReviewCase extends ScopedRecord implements AuditNamed {

    /** The three column groups of table 四. */
    public enum Kind {
        /** 行政复议 */
        RECONSIDERATION("行政复议"),
        /** 行政诉讼：未经复议直接起诉 */
        LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
        /** 行政诉讼：复议后起诉 */
        LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The result columns of table 四 (总计 is their sum). */
    public enum Result {
        /** 结果维持 */
        UPHELD("结果维持"),
        /** 结果纠正 */
        CORRECTED("结果纠正"),
        /** 其他结果 */
        OTHER("其他结果"),
        /** 尚未审结 */
        PENDING("尚未审结");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Column(name = "case_number", nullable = false, length = 100)
    private String caseNumber;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Result result;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(length = 2000)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewCase() {
    }

    static ReviewCase record(Kind kind, String caseNumber, Long applicationId, LocalDate filedOn, Result result,
                             LocalDate concludedOn, String summary, OrgUnitView holder, LocalDate today) {
        if (filedOn.isAfter(today)) {
            throw RuleViolation.onField("filedOn", "disclosure.date.future", filedOn.toString(), today.toString());
        }
        checkResult(result, concludedOn, filedOn, today);
        ReviewCase c = new ReviewCase();
        c.kind = kind;
        c.caseNumber = caseNumber;
        c.applicationId = applicationId;
        c.filedOn = filedOn;
        c.result = result;
        c.concludedOn = concludedOn;
        c.summary = summary;
        c.createdAt = Instant.now();
        c.assignHolder(holder);
        c.noteChange("DISCLOSURE_REVIEW_RECORDED", caseNumber);
        return c;
    }

    /** A result goes with the date the case was concluded, between its filing and today; 尚未审结 with none. */
    private static void checkResult(Result result, LocalDate concludedOn, LocalDate filedOn, LocalDate today) {
        if (result == Result.PENDING && concludedOn != null) {
            throw RuleViolation.onField("concludedOn", "disclosure.review.pendingConcluded");
        }
        if (result != Result.PENDING && concludedOn == null) {
            throw RuleViolation.onField("concludedOn", Input.REQUIRED);
        }
        if (concludedOn != null && (concludedOn.isBefore(filedOn) || concludedOn.isAfter(today))) {
            throw RuleViolation.onField("concludedOn", "disclosure.review.concludedRange", filedOn.toString(),
                    today.toString());
        }
    }

    /**
     * Records the result of the case and the day it was concluded, or corrects them (尚未审结 again, without a date,
     * when a conclusion was recorded by mistake).
     */
    void conclude(Result result, LocalDate concludedOn, LocalDate today) {
        checkResult(result, concludedOn, filedOn, today);
        this.result = result;
        this.concludedOn = concludedOn;
        noteChange("DISCLOSURE_REVIEW_CONCLUDED", caseNumber + " " + result.label());
    }

    public Kind kind() {
        return kind;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Long applicationId() {
        return applicationId;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public Result result() {
        return result;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public String summary() {
        return summary;
    }

    /**
     * The column of table 四 this case falls in for the year ending {@code yearEnd}: its result when concluded in the
     * year, 尚未审结 when filed by then and still open at the year's end; {@code null} when the year does not count it
     * (concluded in an earlier year, or filed later).
     */
    public Result columnFor(LocalDate yearStart, LocalDate yearEnd) {
        if (filedOn.isAfter(yearEnd)) {
            return null;
        }
        if (concludedOn == null || concludedOn.isAfter(yearEnd)) {
            return Result.PENDING;
        }
        return concludedOn.isBefore(yearStart) ? null : result;
    }

    /** {@inheritDoc} Here: the review's or lawsuit's 案号. */
    @Override
    public String auditName() {
        return caseNumber;
    }
}
