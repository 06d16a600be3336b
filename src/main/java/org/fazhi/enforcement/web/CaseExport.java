package org.fazhi.enforcement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.enforcement.internal.CaseService;
import org.fazhi.enforcement.internal.CaseState;
import org.fazhi.enforcement.internal.PenaltyCase;
import org.fazhi.enforcement.internal.ProcedureKind;
import org.fazhi.ledger.LedgerWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** 案件导出 — the case list, filtered as on the page, as an XLSX ledger for the page and the API alike. */
@Component
class CaseExport {

    /** A list this long is a ledger, not a page; more is refused by the filter, not cut silently. */
    static final int MAX_ROWS = 50_000;

    private final CaseService cases;
    private final MessageSource messages;

    CaseExport(CaseService cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    byte[] cases(CaseState state, ProcedureKind procedure, String q, Integer year) {
        List<PenaltyCase> all = cases.search(state, procedure, q, year, org.springframework.data.domain.PageRequest
                .of(0, MAX_ROWS, Sort.by(Sort.Direction.DESC, "filedOn", "id"))).getContent();
        List<String> headers = List.of(msg("enforcement.col.number"), msg("enforcement.col.title"),
                msg("enforcement.col.party"), msg("enforcement.field.partyType"), msg("enforcement.col.procedure"),
                msg("enforcement.col.filedOn"), msg("enforcement.col.state"), msg("enforcement.export.major"),
                msg("enforcement.export.review"), msg("enforcement.col.decision"), msg("enforcement.export.decidedOn"),
                msg("enforcement.field.kinds"), msg("enforcement.field.fine"), msg("enforcement.export.closedOn"));
        List<List<Object>> rows = new ArrayList<>();
        for (PenaltyCase c : all) {
            List<Object> r = new ArrayList<>();
            r.add(c.getCaseNumber());
            r.add(c.getTitle());
            r.add(c.getPartyName());
            r.add(msg("enforcement.party." + c.getPartyType()));
            r.add(msg("enforcement.procedure." + c.getProcedure()));
            r.add(c.getFiledOn());
            r.add(msg("enforcement.state." + c.getState()));
            r.add(msg(c.isMajor() ? "common.yes" : "common.no"));
            r.add(c.getReview().getPassed() == null ? "" : msg(c.getReview().getPassed() ? "enforcement.export.passed"
                    : "enforcement.export.failed"));
            r.add(c.getDecision().getNumber());
            r.add(c.getDecision().getDecidedOn());
            r.add(c.getDecision().getPenalty().getKinds().stream().map(PenaltyKind::label)
                    .collect(Collectors.joining("、")));
            r.add(c.getDecision().getPenalty().getFine());
            r.add(c.getClosedOn());
            rows.add(r);
        }
        return LedgerWorkbook.table(msg("enforcement.title"), headers, rows);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
