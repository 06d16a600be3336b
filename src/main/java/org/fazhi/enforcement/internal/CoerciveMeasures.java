package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.officer.CertificateRegister;
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

    private final CoerciveMeasureRepository measures;
    private final CaseService cases;
    private final CertificateRegister certificates;
    private final OrgDirectory directory;
    private final Clock clock;

    CoerciveMeasures(CoerciveMeasureRepository measures, CaseService cases, CertificateRegister certificates,
                     OrgDirectory directory, Clock clock) {
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
        return measures.save(new CoerciveMeasure(c, m.measureKind(), m.measureSubject(), m.measureNumber(),
                m.appliedOn(), officers.stream().map(OfficerSummary::withCertificate).toList(),
                directory.get(c.getHolderUnitId())));
    }

    /** Records the lifting (解除, 第28条) of a measure of the case, on a day not after today. */
    public CoerciveMeasure lift(long caseId, long measureId, LocalDate liftedOn, String note) {
        cases.get(caseId);
        CoerciveMeasure m = measures.findById(measureId).filter(x -> x.getCaseId() == caseId)
                .orElseThrow(() -> new NotFound("coercive-measure", measureId));
        if (liftedOn != null && liftedOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("liftedOn", "enforcement.measure.future", liftedOn.toString());
        }
        m.lift(liftedOn, note);
        return m;
    }

    /** The case's measures, in the order they were applied. */
    @Transactional(readOnly = true)
    public List<CoerciveMeasure> of(long caseId) {
        cases.get(caseId);
        return measures.findByCaseIdOrderByAppliedOnAscIdAsc(caseId);
    }
}
