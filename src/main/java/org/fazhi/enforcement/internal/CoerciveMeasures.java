package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政强制措施 of a case (《行政强制法》): recording a measure applied and its lifting, and reading a case's measures.
 * The case is read in the caller's data scope (a case of another town is not found) and the measure is held by the
 * case's unit; every change is audited with the entity.
 */
@Service
@Transactional
public class CoerciveMeasures {

    /** 《行政强制法》第18条第2项: a measure is applied by at least two officers with enforcement certificates. */
    static final LegalBasis APPLIED_BY_OFFICERS = LegalBasis.of("行政强制法", 18);
    /** 《行政强制法》第25条第3款: the days of testing, inspection, quarantine or appraisal are not counted in the term. */
    static final LegalBasis TESTING_NOT_COUNTED = LegalBasis.of("行政强制法", 25);

    private final CoerciveMeasureRepository measures;
    private final CaseService cases;
    private final CertificateRegister certificates;
    private final OrgDirectory directory;
    private final Clock clock;
    private final DeadlineEngine deadlines;

    CoerciveMeasures(CoerciveMeasureRepository measures, CaseService cases, CertificateRegister certificates,
                     OrgDirectory directory, Clock clock, DeadlineEngine deadlines) {
        this.deadlines = deadlines;
        this.measures = measures;
        this.cases = cases;
        this.certificates = certificates;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Records a measure applied on the case: the day not after today, two officers with a certificate valid that day
     * (第18条), a decision number the town has not used for another measure.
     */
    public CoerciveMeasure record(long caseId, RecordMeasure m) {
        PenaltyCase c = cases.get(caseId);
        if (m.appliedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("appliedOn", "enforcement.measure.future", m.appliedOn().toString());
        }
        if (measures.existsByTownIdAndDecisionNumber(c.getTownId(), m.measureNumber().strip())) {
            throw RuleViolation.onField("measureNumber", "enforcement.measure.numberTaken", m.measureNumber().strip());
        }
        if (m.officers().stream().distinct().count() < CertificateRegister.MIN_OFFICERS) {
            throw RuleViolation.onField("officerIds", "enforcement.measure.twoOfficers", CertificateRegister.MIN_OFFICERS,
                    APPLIED_BY_OFFICERS.citation());
        }
        List<OfficerSummary> officers = certificates.requireTwoValidOn(m.officers(), m.appliedOn());
        OrgUnitView holder = directory.get(c.getHolderUnitId());
        CoerciveMeasure saved = measures.save(new CoerciveMeasure(c, m.measureKind(), m.measureSubject(),
                m.measureNumber(), m.appliedOn(), officers.stream().map(OfficerSummary::withCertificate).toList(),
                holder));
        // 第25条、第32条: the term runs from the day applied; by its end the town decides or lifts the measure
        saved.getKind().term().ifPresent(term -> deadlines.start(NewDeadline.of(MeasureClock.SUBJECT,
                String.valueOf(saved.getId()), MeasureClock.TERM, titleOf(saved), term, saved.getAppliedOn(), holder)));
        return saved;
    }

    /**
     * 延长 the term of a 查封、扣押 or 冻结 (第25条第1款、第32条第1款): the head approving (the caller, who holds
     * {@code CASE_APPROVE}) extends it once by at most 30 days, on a day before the term ends.
     */
    public CoerciveMeasure extend(long caseId, long measureId, ExtendMeasure rq) {
        CoerciveMeasure m = measureOf(caseId, measureId);
        if (rq.approvedOn() != null && rq.approvedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("approvedOn", "enforcement.measure.future", rq.approvedOn().toString());
        }
        java.util.Optional<DeadlineView> term = termOf(m);
        m.extend(rq.days() == null ? 0 : rq.days(), CaseClocks.approver(), rq.approvedOn(), rq.reason(),
                term.map(DeadlineView::dueDate).orElse(null));
        term.filter(v -> v.status().open()).ifPresent(v -> deadlines.extend(v.id(), StatutoryPeriod.calendarDays(
                rq.days(), m.getKind().term().get().basis()), m.getExtensionApprovedBy(), m.getExtensionReason(),
                rq.approvedOn()));
        return m;
    }

    /**
     * 检测、检验、检疫或者技术鉴定 (第25条第3款): the days the goods are tested or appraised are not counted in the term of
     * a 查封、扣押 — the term stops from {@code from}, with what is being done and by whom, until {@link #resumeTerm}.
     */
    public CoerciveMeasure pauseTerm(long caseId, long measureId, LocalDate from, String reason) {
        CoerciveMeasure m = measureOf(caseId, measureId);
        DeadlineView term = runningTerm(m);
        if (m.getKind() == CoerciveMeasureKind.FREEZE) {
            throw new RuleViolation("enforcement.measure.pauseSeizureOnly", TESTING_NOT_COUNTED.citation());
        }
        if (term.status() == org.fazhi.deadline.DeadlineStatus.PAUSED) {
            throw new RuleViolation("enforcement.measure.alreadyPaused", term.pausedSince().toString());
        }
        if (from == null) {
            throw RuleViolation.onField("pausedFrom", "enforcement.measure.pausedFromRequired");
        }
        if (from.isBefore(m.getAppliedOn()) || from.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("pausedFrom", "enforcement.measure.pausedFromRange", m.getAppliedOn().toString());
        }
        if (from.isAfter(term.dueDate())) {
            throw RuleViolation.onField("pausedFrom", "enforcement.measure.approvedAfterTerm",
                    term.dueDate().toString(), TESTING_NOT_COUNTED.citation());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw RuleViolation.onField("pauseReason", "enforcement.measure.pauseReason");
        }
        deadlines.pause(term.id(), from, reason.strip());
        return m;
    }

    /** The testing or appraisal has ended: the term counts again from {@code on} (第25条第3款). */
    public CoerciveMeasure resumeTerm(long caseId, long measureId, LocalDate on) {
        CoerciveMeasure m = measureOf(caseId, measureId);
        DeadlineView term = runningTerm(m);
        if (term.status() != org.fazhi.deadline.DeadlineStatus.PAUSED) {
            throw new RuleViolation("enforcement.measure.notPaused");
        }
        if (on == null) {
            throw RuleViolation.onField("resumedOn", "enforcement.measure.resumedOnRequired");
        }
        if (on.isBefore(term.pausedSince()) || on.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("resumedOn", "enforcement.measure.resumedOnRange", term.pausedSince().toString());
        }
        deadlines.resume(term.id(), on);
        return m;
    }

    /** The term of a measure still in force; a lifted measure, or one the law gives no term, has none to move. */
    private DeadlineView runningTerm(CoerciveMeasure m) {
        if (m.isLifted()) {
            throw new RuleViolation("enforcement.measure.alreadyLifted", m.getLiftedOn().toString());
        }
        return termOf(m).filter(v -> v.status().open())
                .orElseThrow(() -> new RuleViolation("enforcement.measure.noTerm"));
    }

    /** The clock of the measure's term, if the law sets one. */
    @Transactional(readOnly = true)
    public java.util.Optional<DeadlineView> termOf(CoerciveMeasure m) {
        return deadlines.clock(MeasureClock.SUBJECT, String.valueOf(m.getId()), MeasureClock.TERM);
    }

    /** The case holding a measure, read in the caller's scope (the page of a measure is its case's page). */
    @Transactional(readOnly = true)
    public long caseOf(long measureId) {
        CoerciveMeasure m = measures.findById(measureId).orElseThrow(() -> new NotFound("coercive-measure", measureId));
        cases.get(m.getCaseId());
        return m.getCaseId();
    }

    private CoerciveMeasure measureOf(long caseId, long measureId) {
        cases.get(caseId);
        return measures.findById(measureId).filter(x -> x.getCaseId() == caseId)
                .orElseThrow(() -> new NotFound("coercive-measure", measureId));
    }

    private static String titleOf(CoerciveMeasure m) {
        return (m.getKind() == CoerciveMeasureKind.FREEZE ? "冻结期限" : "查封扣押期限") + "（" + m.getDecisionNumber() + "）";
    }

    /** Records the lifting (解除, 第28条) of a measure of the case, on a day not after today. */
    public CoerciveMeasure lift(long caseId, long measureId, LocalDate liftedOn, String note) {
        CoerciveMeasure m = measureOf(caseId, measureId);
        if (liftedOn != null && liftedOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("liftedOn", "enforcement.measure.future", liftedOn.toString());
        }
        m.lift(liftedOn, note);
        termOf(m).filter(v -> v.status().open()).ifPresent(v -> deadlines.meet(v.id(),
                liftedOn.isBefore(v.triggeredOn()) ? v.triggeredOn() : liftedOn));
        return m;
    }

    /** The case's measures, in the order they were applied. */
    @Transactional(readOnly = true)
    public List<CoerciveMeasure> of(long caseId) {
        cases.get(caseId);
        return measures.findByCaseIdOrderByAppliedOnAscIdAsc(caseId);
    }
}
