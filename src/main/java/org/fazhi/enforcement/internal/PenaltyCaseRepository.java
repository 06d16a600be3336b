package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long>, JpaSpecificationExecutor<PenaltyCase> {

    List<PenaltyCase> findByStateNot(CaseState state);

    List<PenaltyCase> findByStateInOrderByIdAsc(java.util.Collection<CaseState> states);

    boolean existsByCaseNumberOrDecisionNumber(String caseNumber, String decisionNumber);

    java.util.Optional<PenaltyCase> findByTownIdAndCaseNumber(Long townId, String caseNumber);

    /** The cases the unit's figures count ({@link ScopedRecord#countsFor}) decided in the period, by id. */
    default List<PenaltyCase> decidedBetween(OrgUnitView unit, LocalDate first, LocalDate last) {
        return findAll(ScopedRecord.<PenaltyCase>countedFor(unit)
                .and((r, q, cb) -> cb.between(r.get("decision").<LocalDate>get("decidedOn"), first, last)),
                Sort.by("id"));
    }
}
