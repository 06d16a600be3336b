package org.fazhi.counsel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * 服务规范 — a town's norms for its village advisors, per village served and year. No statute sets them: they are
 * local practice, so a town setting with defaults.
 */
@Entity
@Table(name = "counsel_setting")
public class ServiceNorms extends ScopedRecord {

    /** Local practice: an advisor is on site in each village served at least once a month. */
    static final int DEFAULT_ON_SITE_DAYS = 12;
    /** Local practice: a legal talk (法治讲座) in each village every quarter. */
    static final int DEFAULT_TALKS = 4;
    /** No common norm for questions answered and documents reviewed: 0 means "not required". */
    static final int DEFAULT_QUESTIONS = 0;
    static final int DEFAULT_DOCUMENTS = 0;
    /** Beyond this a norm is a typing error (more than every day of the year). */
    static final int MAX_NORM = 366;

    @Column(name = "norm_on_site_days", nullable = false)
    private int onSiteDays = DEFAULT_ON_SITE_DAYS;
    @Column(name = "norm_talks", nullable = false)
    private int talks = DEFAULT_TALKS;
    @Column(name = "norm_questions", nullable = false)
    private int questions = DEFAULT_QUESTIONS;
    @Column(name = "norm_documents", nullable = false)
    private int documents = DEFAULT_DOCUMENTS;

    protected ServiceNorms() {
    }

    static ServiceNorms defaults(OrgUnitView town) {
        ServiceNorms n = new ServiceNorms();
        n.assignHolder(town);
        return n;
    }

    void update(ServiceCounts norms) {
        check("onSiteDays", norms.onSiteDays());
        check("talks", norms.talks());
        check("questions", norms.questions());
        check("documents", norms.documents());
        this.onSiteDays = norms.onSiteDays();
        this.talks = norms.talks();
        this.questions = norms.questions();
        this.documents = norms.documents();
    }

    private static void check(String field, int value) {
        if (value < 0 || value > MAX_NORM) {
            throw RuleViolation.onField(field, "counsel.norm.range", MAX_NORM);
        }
    }

    /** The yearly norms per village served. */
    public ServiceCounts perYear() {
        return new ServiceCounts(onSiteDays, talks, questions, documents);
    }
}
