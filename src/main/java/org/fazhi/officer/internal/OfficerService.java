// One file over 400 lines on purpose: officers and certificates are one register (a certificate's step changes the
// officer's standing), and the ledger applies its rows through the same lifecycle methods as the pages.
package org.fazhi.officer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Versions;
import org.fazhi.shared.input.ValueRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of officers and certificates: registration, the certificate lifecycle (申领 / 换证 / 注销 / 清理) with
 * its expiry clock, training hours, and the answer to "may this officer act on that day" for the whole platform.
 * <p>Why one class of over 400 lines: officers and certificates are one register — a certificate's step changes the
 * officer's standing (清理 removes an officer with no other valid certificate), and the ledger applies its rows
 * through the same lifecycle methods so that imported and typed records obey the same rules. A split by entity would
 * need each half to call back into the other.
 */
@Service
@Transactional
public class OfficerService implements CertificateRegister {

    /** 《行政处罚法》第42条: enforcement only by officers holding an enforcement certificate, at least two of them. */
    public static final LegalBasis QUALIFICATION = LegalBasis.of("行政处罚法", 42);
    /** Art. 42: at least two officers. */
    public static final int MIN_OFFICERS = CertificateRegister.MIN_OFFICERS;

    /** The subject type of a certificate's expiry clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "officer.certificate";

    /** The clock a certificate keeps in the deadline engine: the warning before it expires. */
    enum CertificateClock implements ClockPurpose {
        EXPIRY;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final TrainingRepository trainings;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final Clock clock;
    private final int warningDays;

    OfficerService(OfficerRepository officers, CertificateRepository certificates, CertificateEventRepository events,
                   TrainingRepository trainings, OrgDirectory directory, DataScope dataScope,
                   DeadlineEngine deadlines, OfficialCalendar calendar, Clock clock,
                   @Value("${fazhi.officer.expiry-warning-days:90}") int warningDays) {
        this.officers = officers;
        this.certificates = certificates;
        this.events = events;
        this.trainings = trainings;
        this.directory = directory;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    /** A new officer: name, ID number, the unit they belong to, enforcement category, exam result, linked account. */
    public record NewOfficer(String name, String idNumber, Long unitId, String category, ExamResult examResult,
                             String username) {
    }

    // ---------------------------------------------------------------- register

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
                .orElseGet(() -> new OfficerTraining(officerId, year, hours, holderOf(o)));
        t.setHours(hours);
        return trainings.save(t);
    }

    // ---------------------------------------------------------------- lifecycle

    /** 申领: issues a first (or further) certificate to a registered officer. */
    public EnforcementCertificate apply(long officerId, String number, String category, LocalDate on,
                                        LocalDate validUntil) {
        return grantNew(officer(officerId), number, category, on, validUntil, CertificateEventType.APPLY);
    }

    /**
     * 换证: renews the certificate; with a new number the old certificate is replaced by a new one issued on that day,
     * otherwise the same certificate runs to the new date.
     */
    public EnforcementCertificate renew(long certificateId, String newNumber, LocalDate on, LocalDate validUntil) {
        EnforcementCertificate c = certificate(certificateId);
        requireDate(on);
        String number = strip(newNumber);
        if (number == null || number.equals(c.getNumber())) {
            c.renew(on, validUntil);
            metClock(c, on);
            events.save(new CertificateEvent(c, CertificateEventType.RENEW, on, validUntil, null, holderOf(c)));
            startClock(c, officer(c.getOfficerId()), on);
            return c;
        }
        EnforcementOfficer o = officer(c.getOfficerId());
        checkNewNumber(number);
        c.replace(on);
        metClock(c, on);
        return grantNew(o, number, c.getCategory(), on, validUntil, CertificateEventType.RENEW);
    }

    /** 注销 */
    public EnforcementCertificate cancel(long certificateId, LocalDate on, String reason) {
        EnforcementCertificate c = certificate(certificateId);
        requireDate(on);
        c.cancel(on, reason);
        stopClock(c, on, "执法证已注销");
        events.save(new CertificateEvent(c, CertificateEventType.CANCEL, on, null, strip(reason), holderOf(c)));
        return c;
    }

    /** 清理: the certificate ends; the officer leaves the register when no other certificate remains valid. */
    public EnforcementCertificate clear(long certificateId, LocalDate on, String reason) {
        EnforcementCertificate c = certificate(certificateId);
        requireDate(on);
        c.clear(on, reason);
        stopClock(c, on, "执法证已清理");
        events.save(new CertificateEvent(c, CertificateEventType.CLEAR, on, null, strip(reason), holderOf(c)));
        EnforcementOfficer o = officer(c.getOfficerId());
        boolean othersOpen = certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(o.getId()).stream()
                .anyMatch(x -> x.getStatus() == CertificateStatus.VALID);
        if (!othersOpen) {
            o.leave(reason);
        }
        return c;
    }

    /** One row of the 行政执法证台账, applied through the lifecycle above. */
    public record LedgerEntry(String name, String idNumber, OrgUnitView unit, String number, String category,
                              CertificateEventType type, LocalDate on, LocalDate validUntil) {
    }

    public void applyLedgerEntry(LedgerEntry e) {
        Optional<EnforcementCertificate> existing = certificates.findByNumber(e.number());
        switch (e.type()) {
            case APPLY -> {
                EnforcementOfficer o = findOrRegister(e);
                grantNew(o, e.number(), e.category(), e.on(), e.validUntil(), CertificateEventType.APPLY);
            }
            case RENEW -> {
                if (existing.isPresent()) {
                    requireSamePerson(existing.get(), e);
                    renew(existing.get().getId(), null, e.on(), e.validUntil());
                } else {
                    EnforcementOfficer o = findOrRegister(e);
                    List<EnforcementCertificate> open = certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(o.getId())
                            .stream().filter(c -> c.getStatus() == CertificateStatus.VALID).toList();
                    if (open.isEmpty()) {
                        grantNew(o, e.number(), e.category(), e.on(), e.validUntil(), CertificateEventType.RENEW);
                    } else {
                        renew(open.get(open.size() - 1).getId(), e.number(), e.on(), e.validUntil());
                    }
                }
            }
            case CANCEL, CLEAR -> {
                EnforcementCertificate c = existing.orElseThrow(
                        () -> RuleViolation.onField("number", "officer.certificate.unknown", e.number()));
                requireSamePerson(c, e);
                if (e.type() == CertificateEventType.CANCEL) {
                    cancel(c.getId(), e.on(), "台账导入");
                } else {
                    clear(c.getId(), e.on(), "台账导入");
                }
            }
            default -> throw new IllegalStateException(e.type().name());
        }
    }

    private void requireSamePerson(EnforcementCertificate c, LedgerEntry e) {
        EnforcementOfficer o = officers.findById(c.getOfficerId()).orElse(null);
        if (o == null || !o.getIdNumber().equalsIgnoreCase(e.idNumber())) {
            throw RuleViolation.onField("idNumber", "officer.certificate.otherPerson", e.number());
        }
    }

    private EnforcementOfficer findOrRegister(LedgerEntry e) {
        return officers.findByTownIdAndIdNumber(e.unit().townId(), e.idNumber().toUpperCase(java.util.Locale.ROOT))
                .map(o -> {
                    if (!o.isActive()) {
                        o.reinstate();
                    }
                    return o;
                })
                .orElseGet(() -> register(new NewOfficer(e.name(), e.idNumber(), e.unit().id(), e.category(),
                        ExamResult.PASSED, null)));
    }

    private EnforcementCertificate grantNew(EnforcementOfficer o, String number, String category, LocalDate on,
                                            LocalDate validUntil, CertificateEventType type) {
        requireDate(on);
        String n = strip(number);
        if (n == null || n.length() > 40) {
            throw RuleViolation.onField("number", "officer.certificate.numberRequired");
        }
        checkNewNumber(n);
        String cat = strip(category) == null ? o.getCategory() : category.strip();
        if (!o.isActive()) {
            o.reinstate();
        }
        EnforcementCertificate c = certificates.save(EnforcementCertificate.issue(o, n, cat, on, validUntil,
                holderOf(o)));
        events.save(new CertificateEvent(c, type, on, validUntil, null, holderOf(c)));
        startClock(c, o, on);
        return c;
    }

    private void checkNewNumber(String number) {
        // unique in the installation; a number of another town is caught by the table's unique constraint
        if (certificates.findByNumber(number).isPresent()) {
            throw RuleViolation.onField("number", "officer.certificate.numberTaken", number);
        }
    }

    private void requireDate(LocalDate on) {
        if (on == null) {
            throw RuleViolation.onField("on", "officer.date.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "officer.date.future", on.toString());
        }
    }

    // ---------------------------------------------------------------- expiry clock

    /** The expiry warning: a clock from the grant to the last valid day, warning {@code warningDays} days ahead. */
    private void startClock(EnforcementCertificate c, EnforcementOfficer o, LocalDate on) {
        int days = (int) ChronoUnit.DAYS.between(on, c.getValidUntil());
        StatutoryPeriod validity = StatutoryPeriod.calendarDays(days, QUALIFICATION);
        WorkingCalendar cal = calendar.snapshot();
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(c.getId()), CertificateClock.EXPIRY,
                        "行政执法证到期（" + o.getName() + "，" + c.getNumber() + "）", validity, on, holderOf(c))
                .assignedTo(o.getUsername())
                .warnWorkingDaysBefore(cal.workingDaysAfterUpTo(c.getValidUntil().minusDays(warningDays),
                        c.getValidUntil())));
    }

    private void metClock(EnforcementCertificate c, LocalDate on) {
        openClock(c).ifPresent(v -> deadlines.meet(v.id(), on.isBefore(v.triggeredOn()) ? v.triggeredOn() : on));
    }

    private void stopClock(EnforcementCertificate c, LocalDate on, String reason) {
        openClock(c).ifPresent(v -> deadlines.stop(v.id(), on.isBefore(v.triggeredOn()) ? v.triggeredOn() : on,
                reason));
    }

    private Optional<DeadlineView> openClock(EnforcementCertificate c) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(c.getId()), CertificateClock.EXPIRY)
                .filter(v -> v.status().open());
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public EnforcementOfficer officer(long id) {
        return officers.findById(id).orElseThrow(() -> new NotFound("officer", id));
    }

    @Transactional(readOnly = true)
    public EnforcementCertificate certificate(long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFound("certificate", id));
    }

    @Transactional(readOnly = true)
    public List<EnforcementCertificate> certificatesOf(long officerId) {
        officer(officerId);
        return certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(officerId);
    }

    @Transactional(readOnly = true)
    public List<CertificateEvent> eventsOf(long officerId) {
        officer(officerId);
        return events.findByOfficerIdOrderByDateAscIdAsc(officerId);
    }

    @Transactional(readOnly = true)
    public List<OfficerTraining> trainingOf(long officerId) {
        officer(officerId);
        return trainings.findByOfficerIdOrderByYearDesc(officerId);
    }

    /** Every officer of the caller's scope with the certificate valid on the day (or the latest). */
    @Transactional(readOnly = true)
    public List<Row> rows(LocalDate on) {
        return rowsOf(officers.findAllByOrderByNameAsc(), on);
    }

    /** One officer of the caller's scope with the certificate valid on the day (or the latest). */
    @Transactional(readOnly = true)
    public Row row(long officerId, LocalDate on) {
        return rowsOf(List.of(officer(officerId)), on).get(0);
    }

    private List<Row> rowsOf(List<EnforcementOfficer> all, LocalDate on) {
        Set<Long> ids = all.stream().map(EnforcementOfficer::getId).collect(Collectors.toSet());
        Map<Long, List<EnforcementCertificate>> certs = ids.isEmpty() ? Map.of()
                : certificates.findByOfficerIdIn(ids).stream()
                .collect(Collectors.groupingBy(EnforcementCertificate::getOfficerId));
        List<CertificateEvent> evs = ids.isEmpty() ? List.of() : events.findByOfficerIdIn(ids);
        List<Row> rows = new ArrayList<>();
        for (EnforcementOfficer o : all) {
            List<EnforcementCertificate> own = certs.getOrDefault(o.getId(), List.of());
            EnforcementCertificate valid = own.stream().filter(c -> c.validOn(on, evs)).findFirst().orElse(null);
            EnforcementCertificate latest = valid != null ? valid : own.stream()
                    .max(Comparator.comparing(EnforcementCertificate::getIssuedOn)
                            .thenComparing(EnforcementCertificate::getId)).orElse(null);
            rows.add(new Row(o, latest, valid != null));
        }
        return rows;
    }

    /** An officer with the certificate that counts on a day, and whether it is valid then. */
    public record Row(EnforcementOfficer officer, EnforcementCertificate certificate, boolean valid) {

        public OfficerSummary summary() {
            return new OfficerSummary(officer.getId(), officer.getName(), officer.getHolderUnitId(),
                    officer.getCategory(), certificate == null ? null : certificate.getNumber(),
                    certificate == null ? null : certificate.getValidUntil(), officer.getUsername());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isValidOn(long officerId, LocalDate on) {
        return officers.findById(officerId).map(o -> validCertificate(o.getId(), on).isPresent()).orElse(false);
    }

    private Optional<EnforcementCertificate> validCertificate(long officerId, LocalDate on) {
        List<CertificateEvent> evs = events.findByOfficerIdOrderByDateAscIdAsc(officerId);
        return certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(officerId).stream()
                .filter(c -> c.validOn(on, evs)).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerSummary> requireTwoValidOn(Collection<Long> officerIds, LocalDate on) {
        Set<Long> distinct = officerIds == null ? Set.of() : new LinkedHashSet<>(officerIds);
        distinct.remove(null);
        if (on == null) {
            throw RuleViolation.onField("on", "officer.date.required");
        }
        if (distinct.size() < MIN_OFFICERS) {
            throw RuleViolation.onField("officerIds", "officer.twoRequired", MIN_OFFICERS, QUALIFICATION.citation());
        }
        List<OfficerSummary> out = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Long id : distinct) {
            Optional<EnforcementOfficer> o = officers.findById(id);
            if (o.isEmpty()) {
                throw RuleViolation.onField("officerIds", "officer.unknown", String.valueOf(id));
            }
            Optional<EnforcementCertificate> c = validCertificate(id, on);
            if (c.isEmpty()) {
                invalid.add(o.get().getName());
            } else {
                out.add(summary(o.get(), c.get()));
            }
        }
        if (!invalid.isEmpty()) {
            throw RuleViolation.onField("officerIds", "officer.certificateInvalidOn", String.join("、", invalid),
                    on.toString(), QUALIFICATION.citation());
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerSummary> validOn(LocalDate on) {
        return rows(on).stream().filter(Row::valid).map(Row::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerSummary> find(long officerId, LocalDate on) {
        return officers.findById(officerId).map(o -> summaryOn(o, on));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerSummary> ofUser(String username, LocalDate on) {
        return username == null ? Optional.empty() : officers.findFirstByUsername(username).map(o -> summaryOn(o, on));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerSummary> byCertificateNumber(String certificateNumber) {
        String number = strip(certificateNumber);
        return number == null ? Optional.empty() : certificates.findByNumber(number)
                .flatMap(c -> officers.findById(c.getOfficerId()).map(o -> summary(o, c)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean certificateValidOn(String certificateNumber, LocalDate on) {
        String number = strip(certificateNumber);
        return number != null && on != null && certificates.findByNumber(number)
                .map(c -> c.validOn(on, events.findByOfficerIdOrderByDateAscIdAsc(c.getOfficerId()))).orElse(false);
    }

    private OfficerSummary summaryOn(EnforcementOfficer o, LocalDate on) {
        EnforcementCertificate c = validCertificate(o.getId(), on).orElseGet(() -> {
            List<EnforcementCertificate> all = certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(o.getId());
            return all.isEmpty() ? null : all.get(all.size() - 1);
        });
        return summary(o, c);
    }

    private static OfficerSummary summary(EnforcementOfficer o, EnforcementCertificate c) {
        return new OfficerSummary(o.getId(), o.getName(), o.getHolderUnitId(), o.getCategory(),
                c == null ? null : c.getNumber(), c == null ? null : c.getValidUntil(), o.getUsername());
    }

    private OrgUnitView holderOf(EnforcementOfficer o) {
        return directory.get(o.getHolderUnitId());
    }

    private OrgUnitView holderOf(EnforcementCertificate c) {
        return directory.get(c.getHolderUnitId());
    }

    /** The units an officer may belong to: departments, the town itself and villages of the caller's scope. */
    public List<OrgUnitView> unitsForOfficers() {
        return dataScope.visibleUnits().stream().filter(u -> u.type() != OrgUnitType.DISTRICT)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
