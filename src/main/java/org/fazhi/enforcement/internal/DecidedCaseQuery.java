package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.enforcement.DecidedCases;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decided cases of a town and year, read within the caller's scope (the repository's loads are scoped). */
@Component
class DecidedCaseQuery implements DecidedCases {

    private final PenaltyCaseRepository cases;
    private final DataScope dataScope;

    DecidedCaseQuery(PenaltyCaseRepository cases, DataScope dataScope) {
        this.cases = cases;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecidedCase> decidedIn(int year, long townId) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return cases.decidedBetween(town, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(c -> new DecidedCase(c.getId(), c.getCaseNumber(), c.getTitle(), c.getHolderUnitId(),
                        c.getDecision().getDecidedOn()))
                .toList();
    }
}
