package org.fazhi.officer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Versions;
import org.fazhi.shared.input.ValueRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法人员 — the officer records of the register: registration, changes, training hours and the units an officer
 * may belong to. The certificates and their lifecycle are {@link CertificateService}'s; whether an officer may act on
 * a day is answered by {@link CertificateRegisterQuery}.
 */
@Service
@Transactional
public class OfficerService {

    private final OfficerRepository officers;
    private final TrainingRepository trainings;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;

    OfficerService(OfficerRepository officers, TrainingRepository trainings, OrgDirectory directory,
                   DataScope dataScope, Clock clock) {
        this.officers = officers;
        this.trainings = trainings;
        this.directory = directory;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /** A new officer: name, ID number, the unit they belong to, enforcement category, exam result, linked account. */
    public record NewOfficer(String name, String idNumber, Long unitId, String category, ExamResult examResult,
                             String username) {
    }

    public EnforcementOfficer register(NewOfficer n) {
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        String name = strip(n.name());
        String idNumber = ValueRules.normalise(n.idNumber());
        if (name == null || name.length() > 50) {
            problems.add(new RuleViolation.FieldProblem("name", "officer.name.invalid"));
        }
        if (idNumber == null || idNumber.isEmpty()) {
            problems.add(new RuleViolation.FieldProblem("idNumber", Input.REQUIRED));
        } else if (!ValueRules.isResidentId(idNumber)) {
            problems.add(new RuleViolation.FieldProblem("idNumber", ValueRules.RESIDENT_ID));
        }
        if (strip(n.category()) == null || n.category().strip().length() > 100) {
            problems.add(new RuleViolation.FieldProblem("category", "officer.category.required"));
        }
        OrgUnitView unit = n.unitId() == null ? null : directory.find(n.unitId())
                .filter(u -> u.townId() != null && dataScope.canWriteHeldBy(u.id())).orElse(null);
        if (unit == null) {
            problems.add(new RuleViolation.FieldProblem("unitId", "officer.unit.invalid"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        if (officers.findByTownIdAndIdNumber(unit.townId(), idNumber).isPresent()) {
            throw RuleViolation.onField("idNumber", "officer.idNumber.taken");
        }
        String username = strip(n.username());
        return officers.save(new EnforcementOfficer(name, idNumber, unit, n.category().strip(),
                n.examResult() == null ? ExamResult.NOT_TAKEN : n.examResult(), username));
    }

    public EnforcementOfficer update(long officerId, String name, Long unitId, String category, ExamResult exam,
                                     String username) {
        EnforcementOfficer o = officer(officerId);
        Versions.expectRequested(o);
        OrgUnitView unit = unitId == null ? null : directory.find(unitId)
                .filter(u -> u.townId() != null && u.townId().equals(o.getTownId()) && dataScope.canWriteHeldBy(u.id()))
                .orElse(null);
        if (unit == null) {
            throw RuleViolation.onField("unitId", "officer.unit.invalid");
        }
        if (strip(name) == null || strip(category) == null) {
            throw RuleViolation.onField("name", "officer.name.invalid");
        }
        o.update(name.strip(), unit, category.strip(), exam == null ? o.getExamResult() : exam, strip(username));
        return o;
    }

    public OfficerTraining recordTraining(long officerId, int year, BigDecimal hours) {
        EnforcementOfficer o = officer(officerId);
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw RuleViolation.onField("year", "officer.training.year", String.valueOf(year));
        }
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(2000)) > 0) {
            throw RuleViolation.onField("hours", "officer.training.hours");
        }
        OfficerTraining t = trainings.findByOfficerIdAndYear(officerId, year)
                .orElseGet(() -> new OfficerTraining(officerId, year, hours, directory.get(o.getHolderUnitId())));
        t.setHours(hours);
        return trainings.save(t);
    }

    @Transactional(readOnly = true)
    public EnforcementOfficer officer(long id) {
        return officers.findById(id).orElseThrow(() -> new NotFound("officer", id));
    }

    @Transactional(readOnly = true)
    public List<OfficerTraining> trainingOf(long officerId) {
        officer(officerId);
        return trainings.findByOfficerIdOrderByYearDesc(officerId);
    }

    /** The units an officer may belong to: departments, the town itself and villages of the caller's scope. */
    public List<OrgUnitView> unitsForOfficers() {
        return dataScope.visibleUnits().stream().filter(u -> u.type() != OrgUnitType.DISTRICT)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }

    /** A typed value as the register keeps it: stripped, and a blank one none (shared by the register's services). */
    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
