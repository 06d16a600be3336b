package org.fazhi.officer.internal;

import static org.fazhi.officer.internal.OfficerService.strip;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政执法证 — the certificate lifecycle (申领 / 换证 / 注销 / 清理) with its expiry clock, typed on the pages or applied
 * from a row of the ledger through the same methods, so that imported and typed records obey the same rules. A step
 * may change the officer's standing: 清理 removes an officer with no other valid certificate from the register, a new
 * certificate brings them back.
 */
@Service
@Transactional
public class CertificateService {

    /** 《行政处罚法》第42条: enforcement only by officers holding an enforcement certificate, at least two of them. */
    public static final LegalBasis QUALIFICATION = LegalBasis.of("行政处罚法", 42);

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

    private final OfficerService officerRecords;
    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final OrgDirectory directory;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final Clock clock;
    private final int warningDays;

    CertificateService(OfficerService officerRecords, OfficerRepository officers, CertificateRepository certificates,
                       CertificateEventRepository events, OrgDirectory directory, DeadlineEngine deadlines,
                       OfficialCalendar calendar, Clock clock,
                       @Value("${fazhi.officer.expiry-warning-days:90}") int warningDays) {
        this.officerRecords = officerRecords;
        this.officers = officers;
        this.certificates = certificates;
        this.events = events;
        this.directory = directory;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    // ---------------------------------------------------------------- lifecycle

    /** 申领: issues a first (or further) certificate to a registered officer. */
    public EnforcementCertificate apply(long officerId, String number, String category, LocalDate on,
                                        LocalDate validUntil) {
        return grantNew(officerRecords.officer(officerId), number, category, on, validUntil,
                CertificateEventType.APPLY);
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
            startClock(c, officerRecords.officer(c.getOfficerId()), on);
            return c;
        }
        EnforcementOfficer o = officerRecords.officer(c.getOfficerId());
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
        EnforcementOfficer o = officerRecords.officer(c.getOfficerId());
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
                .orElseGet(() -> officerRecords.register(new OfficerService.NewOfficer(e.name(), e.idNumber(),
                        e.unit().id(), e.category(), ExamResult.PASSED, null)));
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
                directory.get(o.getHolderUnitId())));
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
    public EnforcementCertificate certificate(long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFound("certificate", id));
    }

    @Transactional(readOnly = true)
    public List<EnforcementCertificate> certificatesOf(long officerId) {
        officerRecords.officer(officerId);
        return certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(officerId);
    }

    @Transactional(readOnly = true)
    public List<CertificateEvent> eventsOf(long officerId) {
        officerRecords.officer(officerId);
        return events.findByOfficerIdOrderByDateAscIdAsc(officerId);
    }

    private OrgUnitView holderOf(EnforcementCertificate c) {
        return directory.get(c.getHolderUnitId());
    }
}
