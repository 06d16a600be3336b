package org.fazhi.officer.internal;

import static org.fazhi.officer.internal.CertificateService.QUALIFICATION;
import static org.fazhi.officer.internal.OfficerService.strip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as read: the officers of the caller's scope with the certificate that counts on a day, and the
 * answer to "may this officer act on that day" for the whole platform, from the certificates and their events.
 */
@Service
@Transactional(readOnly = true)
public class CertificateRegisterQuery implements CertificateRegister {

    private final OfficerService officerRecords;
    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CertificateEventRepository events;

    CertificateRegisterQuery(OfficerService officerRecords, OfficerRepository officers,
                             CertificateRepository certificates, CertificateEventRepository events) {
        this.officerRecords = officerRecords;
        this.officers = officers;
        this.certificates = certificates;
        this.events = events;
    }

    /** Every officer of the caller's scope with the certificate valid on the day (or the latest). */
    public List<Row> rows(LocalDate on) {
        return rowsOf(officers.findAllByOrderByNameAsc(), on);
    }

    /** One officer of the caller's scope with the certificate valid on the day (or the latest). */
    public Row row(long officerId, LocalDate on) {
        return rowsOf(List.of(officerRecords.officer(officerId)), on).get(0);
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
    public boolean isValidOn(long officerId, LocalDate on) {
        return officers.findById(officerId).map(o -> validCertificate(o.getId(), on).isPresent()).orElse(false);
    }

    private Optional<EnforcementCertificate> validCertificate(long officerId, LocalDate on) {
        List<CertificateEvent> evs = events.findByOfficerIdOrderByDateAscIdAsc(officerId);
        return certificates.findByOfficerIdOrderByIssuedOnAscIdAsc(officerId).stream()
                .filter(c -> c.validOn(on, evs)).findFirst();
    }

    @Override
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
    public List<OfficerSummary> validOn(LocalDate on) {
        return rows(on).stream().filter(Row::valid).map(Row::summary).toList();
    }

    @Override
    public Optional<OfficerSummary> find(long officerId, LocalDate on) {
        return officers.findById(officerId).map(o -> summaryOn(o, on));
    }

    @Override
    public Optional<OfficerSummary> ofUser(String username, LocalDate on) {
        return username == null ? Optional.empty() : officers.findFirstByUsername(username).map(o -> summaryOn(o, on));
    }

    @Override
    public Optional<OfficerSummary> byCertificateNumber(String certificateNumber) {
        String number = strip(certificateNumber);
        return number == null ? Optional.empty() : certificates.findByNumber(number)
                .flatMap(c -> officers.findById(c.getOfficerId()).map(o -> summary(o, c)));
    }

    @Override
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
}
