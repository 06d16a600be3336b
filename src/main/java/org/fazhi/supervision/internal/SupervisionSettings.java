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

    @Column(name = "acceptance_working_days", nullable = false)
    private int acceptanceWorkingDays = DEFAULT_ACCEPTANCE_WORKING_DAYS;

    @Column(name = "handling_days", nullable = false)
    private int handlingDays = DEFAULT_HANDLING_DAYS;

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

    public int getAcceptanceWorkingDays() {
        return acceptanceWorkingDays;
    }

    public int getHandlingDays() {
        return handlingDays;
    }
}
