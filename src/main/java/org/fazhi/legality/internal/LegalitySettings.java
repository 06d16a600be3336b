package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * A town's review periods where no statute sets one: the review of a contract or another draft, and the time counsel
 * has for its opinion. Local practice, so a town setting with defaults.
 */
@Entity
@Table(name = "legality_setting")
public class LegalitySettings extends ScopedRecord {

    /** Local practice: 10 working days for a contract or another draft. */
    static final int DEFAULT_OTHER_WORKING_DAYS = 10;
    /** Local practice: counsel answers within 5 working days, inside the reviewer's own period. */
    static final int DEFAULT_COUNSEL_WORKING_DAYS = 5;
    /**
     * Filing a published normative document with the district: no national period for a town's documents, so a
     * setting; 30 days after publication by default, as 《法规规章备案条例》第3条 gives for rules and the provinces'
     * rules mostly give for normative documents (check the province's own rule).
     */
    static final int DEFAULT_FILING_DAYS = 30;
    /** Beyond this a setting is a typing error (a quarter of a year of working days). */
    static final int MAX_WORKING_DAYS = 60;

    @Column(name = "other_working_days", nullable = false)
    private int otherWorkingDays = DEFAULT_OTHER_WORKING_DAYS;

    @Column(name = "counsel_working_days", nullable = false)
    private int counselWorkingDays = DEFAULT_COUNSEL_WORKING_DAYS;

    @Column(name = "filing_days", nullable = false)
    private int filingDays = DEFAULT_FILING_DAYS;

    protected LegalitySettings() {
    }

    static LegalitySettings defaults(OrgUnitView town) {
        LegalitySettings s = new LegalitySettings();
        s.assignHolder(town);
        return s;
    }

    void update(int otherWorkingDays, int counselWorkingDays) {
        check("otherWorkingDays", otherWorkingDays);
        check("counselWorkingDays", counselWorkingDays);
        this.otherWorkingDays = otherWorkingDays;
        this.counselWorkingDays = counselWorkingDays;
    }

    private static void check(String field, int value) {
        if (value < 1 || value > MAX_WORKING_DAYS) {
            throw RuleViolation.onField(field, "legality.setting.range", MAX_WORKING_DAYS);
        }
    }

    void updateFilingDays(int days) {
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw RuleViolation.onField("filingDays", "legality.setting.filingRange", MAX_WORKING_DAYS);
        }
        this.filingDays = days;
    }

    public int getFilingDays() {
        return filingDays;
    }

    public int getOtherWorkingDays() {
        return otherWorkingDays;
    }

    public int getCounselWorkingDays() {
        return counselWorkingDays;
    }
}
