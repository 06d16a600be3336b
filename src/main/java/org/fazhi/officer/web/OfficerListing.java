package org.fazhi.officer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.ledger.LedgerWorkbook;
import org.fazhi.officer.internal.CertificateRegisterQuery;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 执法人员名册 — the officer list as filtered on the page, for the page and its XLSX export alike. */
@Component
class OfficerListing {

    /** Days ahead in which a certificate counts as expiring (the list's filter; the clock's warning is a setting). */
    static final int EXPIRING_DAYS = 90;

    /** Which officers a list shows. */
    enum Validity { ALL, VALID, EXPIRING, INVALID }

    private final CertificateRegisterQuery register;
    private final DataScope dataScope;
    private final MessageSource messages;
    private final Clock clock;

    OfficerListing(CertificateRegisterQuery register, DataScope dataScope, MessageSource messages, Clock clock) {
        this.register = register;
        this.dataScope = dataScope;
        this.messages = messages;
        this.clock = clock;
    }

    List<CertificateRegisterQuery.Row> rows(String q, Long unit, Validity validity, String sort) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusDays(EXPIRING_DAYS);
        Comparator<CertificateRegisterQuery.Row> order = switch (sort == null ? "" : sort) {
            case "validUntil" -> Comparator.comparing(r -> r.certificate() == null ? LocalDate.MAX
                    : r.certificate().getValidUntil());
            case "number" -> Comparator.comparing(r -> r.certificate() == null ? "" : r.certificate().getNumber());
            default -> Comparator.comparing(r -> r.officer().getName());
        };
        Validity v = validity == null ? Validity.ALL : validity;
        return register.rows(today).stream()
                .filter(r -> q == null || q.isBlank() || r.officer().getName().contains(q.strip())
                        || (r.certificate() != null && r.certificate().getNumber().contains(q.strip())))
                .filter(r -> unit == null || r.officer().getHolderUnitId().equals(unit))
                .filter(r -> switch (v) {
                    case ALL -> true;
                    case VALID -> r.valid();
                    case EXPIRING -> r.valid() && !r.certificate().getValidUntil().isAfter(soon);
                    case INVALID -> !r.valid();
                })
                .sorted(order).toList();
    }

    Map<Long, String> unitNames() {
        return dataScope.visibleUnits().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
    }

    byte[] xlsx(String q, Long unit, Validity validity, String sort) {
        Map<Long, String> units = unitNames();
        List<List<Object>> rows = new ArrayList<>();
        for (CertificateRegisterQuery.Row r : rows(q, unit, validity, sort)) {
            rows.add(java.util.Arrays.asList(r.officer().getName(), units.getOrDefault(r.officer().getHolderUnitId(), ""),
                    r.officer().getCategory(), msg("officer.exam." + r.officer().getExamResult()),
                    r.certificate() == null ? null : r.certificate().getNumber(),
                    r.certificate() == null ? null : r.certificate().getIssuedOn(),
                    r.certificate() == null ? null : r.certificate().getValidUntil(),
                    msg(r.valid() ? "officer.valid" : "officer.invalid")));
        }
        return LedgerWorkbook.table(msg("officer.title"), List.of(msg("officer.name"), msg("officer.unit"),
                msg("officer.category"), msg("officer.exam"), msg("officer.certificate.number"),
                msg("officer.certificate.issuedOn"), msg("officer.certificate.validUntil"), msg("officer.status")), rows);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
