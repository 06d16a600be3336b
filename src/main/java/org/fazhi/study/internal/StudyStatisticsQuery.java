package org.fazhi.study.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.study.StudyStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's study figures from the sessions of the caller's scope. */
@Component
class StudyStatisticsQuery implements StudyStatistics {

    private final StudySessions sessions;
    private final DutyStatementRepository statements;
    private final DataScope dataScope;

    StudyStatisticsQuery(StudySessions sessions, DutyStatementRepository statements, DataScope dataScope) {
        this.sessions = sessions;
        this.statements = statements;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        List<StudySession> held = sessions.sessionsOf(year).stream()
                .filter(s -> unit.type() == OrgUnitType.DISTRICT || (unit.type() == OrgUnitType.TOWN
                        ? unit.id() == s.getTownId() : unit.id() == s.getHolderUnitId())).toList();
        Map<String, Long> byForm = new LinkedHashMap<>();
        for (StudyForm f : StudyForm.values()) {
            byForm.put(f.label(), 0L);
        }
        held.forEach(s -> byForm.merge(s.getForm().label(), 1L, Long::sum));
        return new Figures(year, orgUnitId, held.size(), byForm,
                held.stream().mapToLong(StudySession::getParticipants).sum(),
                held.stream().map(StudySession::getTopic).distinct().toList(), statementsOf(year, unit));
    }

    /** A statement is the town's (its head's): a district counts its towns', a department none of its own. */
    private long statementsOf(int year, OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> statements.countByYear(year);
            case TOWN -> statements.findByTownIdAndYear(unit.id(), year).isPresent() ? 1 : 0;
            default -> 0;
        };
    }
}
