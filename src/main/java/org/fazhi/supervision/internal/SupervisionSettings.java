package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * A town's periods for complaints about enforcement: deciding whether to accept one, and handling an accepted one.
 * No statute fixes them for a town's own enforcement complaints; the defaults follow the practice of the provincial
 * rules on enforcement supervision, so they are town settings.
 */
@Entity
@Table(name = "supervision_setting")
public class SupervisionSettings extends ScopedRecord {

    /** Local practice: decide on acceptance within 7 working days of receipt, and tell the complainant. */
    static final int DEFAULT_ACCEPTANCE_WORKING_DAYS = 7;
    /** Local practice: handle an accepted complaint within 60 days of acceptance. */
    static final int DEFAULT_HANDLING_DAYS = 60;
    /** Beyond these a setting is a typing error. */
    static final int MAX_ACCEPTANCE_WORKING_DAYS = 30;
    static final int MAX_HANDLING_DAYS = 180;
    /** 案卷评查: the platform's default draw — at least 3 cases of each department, and at least 10 % of them. */
    static final int DEFAULT_REVIEW_MINIMUM = 3;
    static final int DEFAULT_REVIEW_SHARE_PERCENT = 10;
    static final int MAX_REVIEW_MINIMUM = 50;

    @Column(name = "acceptance_working_days", nullable = false)
    private int acceptanceWorkingDays = DEFAULT_ACCEPTANCE_WORKING_DAYS;

    @Column(name = "handling_days", nullable = false)
    private int handlingDays = DEFAULT_HANDLING_DAYS;

    @Column(name = "review_minimum_per_department", nullable = false)
    private int reviewMinimumPerDepartment = DEFAULT_REVIEW_MINIMUM;

    @Column(name = "review_share_percent", nullable = false)
    private int reviewSharePercent = DEFAULT_REVIEW_SHARE_PERCENT;

    protected SupervisionSettings() {
    }

    static SupervisionSettings defaults(OrgUnitView town) {
        SupervisionSettings s = new SupervisionSettings();
        s.assignHolder(town);
        return s;
    }

    void update(int acceptanceWorkingDays, int handlingDays) {
        if (acceptanceWorkingDays < 1 || acceptanceWorkingDays > MAX_ACCEPTANCE_WORKING_DAYS) {
            throw RuleViolation.onField("acceptanceWorkingDays", "supervision.setting.range", 1,
                    MAX_ACCEPTANCE_WORKING_DAYS);
        }
        if (handlingDays < 1 || handlingDays > MAX_HANDLING_DAYS) {
            throw RuleViolation.onField("handlingDays", "supervision.setting.range", 1, MAX_HANDLING_DAYS);
        }
        this.acceptanceWorkingDays = acceptanceWorkingDays;
        this.handlingDays = handlingDays;
    }

    void updateReview(int minimumPerDepartment, int sharePercent) {
        if (minimumPerDepartment < 1 || minimumPerDepartment > MAX_REVIEW_MINIMUM) {
            throw RuleViolation.onField("minimumPerDepartment", "supervision.setting.range", 1, MAX_REVIEW_MINIMUM);
        }
        if (sharePercent < 1 || sharePercent > 100) {
            throw RuleViolation.onField("sharePercent", "supervision.setting.range", 1, 100);
        }
        this.reviewMinimumPerDepartment = minimumPerDepartment;
        this.reviewSharePercent = sharePercent;
    }

    public int getReviewMinimumPerDepartment() {
        return reviewMinimumPerDepartment;
    }

    public int getReviewSharePercent() {
        return reviewSharePercent;
    }

    public int getAcceptanceWorkingDays() {
        return acceptanceWorkingDays;
    }

    public int getHandlingDays() {
        return handlingDays;
    }
}
