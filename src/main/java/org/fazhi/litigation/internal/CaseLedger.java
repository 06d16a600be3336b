package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.InvalidLedgerValue;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * 行政应诉复议台账 — past and running cases as towns kept them in Excel: one row per case with at most one hearing.
 * The cases are held by the importer's own unit (a town or one of its departments); the challenged act is the
 * description in 被诉行为.
 */
@Component
public class CaseLedger implements LedgerFormat<LitigationCases.LedgerEntry> {

    public static final String NAME = "行政应诉复议台账";
    static final String COL_KIND = "类型";
    static final String COL_NUMBER = "案号";
    static final String COL_BODY = "受理机关";
    static final String COL_APPLICANT = "原告或申请人";
    static final String COL_ACT = "被诉行为";
    static final String COL_RECEIVED = "收到副本日期";
    static final String COL_HEARING = "开庭日期";
    static final String COL_APPEARED = "负责人是否出庭";
    static final String COL_PERSON = "出庭人员及职务";
    static final String COL_REASON = "未出庭原因";
    static final String COL_CONCLUDED = "结案日期";
    static final String COL_OUTCOME = "结果";

    private final LitigationCases cases;

    CaseLedger(LitigationCases cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.LITIGATION_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_KIND, "ledger.litigation.kind.hint"),
                LedgerColumn.required(COL_NUMBER, "ledger.litigation.number.hint"),
                LedgerColumn.required(COL_BODY, "ledger.litigation.body.hint"),
                LedgerColumn.required(COL_APPLICANT, "ledger.litigation.applicant.hint"),
                LedgerColumn.required(COL_ACT, "ledger.litigation.act.hint"),
                LedgerColumn.required(COL_RECEIVED, "ledger.litigation.received.hint"),
                LedgerColumn.optional(COL_HEARING, "ledger.litigation.hearing.hint"),
                LedgerColumn.optional(COL_APPEARED, "ledger.litigation.appeared.hint"),
                LedgerColumn.optional(COL_PERSON, "ledger.litigation.person.hint"),
                LedgerColumn.optional(COL_REASON, "ledger.litigation.reason.hint"),
                LedgerColumn.optional(COL_CONCLUDED, "ledger.litigation.concluded.hint"),
                LedgerColumn.optional(COL_OUTCOME, "ledger.litigation.outcome.hint"));
    }

    @Override
    public LitigationCases.LedgerEntry read(LedgerRow row) {
        CaseKind kind = row.value(COL_KIND, t -> LedgerValues.oneOf(t, CaseKind.byLabel()));
        String number = row.value(COL_NUMBER, LedgerValues.text(100));
        String body = row.value(COL_BODY, LedgerValues.text(200));
        String applicant = row.value(COL_APPLICANT, LedgerValues.text(100));
        String act = row.value(COL_ACT, LedgerValues.text(1000));
        LocalDate received = row.value(COL_RECEIVED, LedgerValues::date);
        LitigationCases.NewHearing hearing = hearing(row);
        LocalDate concluded = row.value(COL_CONCLUDED, LedgerValues::date);
        Outcome outcome = row.value(COL_OUTCOME, t -> LedgerValues.oneOf(t, Outcome.byLabel()));
        if (outcome != null && kind != null && !outcome.endsA(kind)) {
            row.reject(COL_OUTCOME, "ledger.litigation.outcome.notForKind", outcome.label(), kind.label());
        }
        if (outcome != null && concluded == null && row.problems().stream()
                .noneMatch(p -> COL_CONCLUDED.equals(p.column()))) {
            row.reject(COL_CONCLUDED, "ledger.litigation.concluded.required");
        }
        if (outcome == null && concluded != null) {
            row.reject(COL_OUTCOME, "ledger.litigation.outcome.required");
        }
        if (concluded != null && received != null && concluded.isBefore(received)) {
            row.reject(COL_CONCLUDED, "ledger.litigation.concluded.beforeReceived", concluded.toString(),
                    received.toString());
        }
        OrgUnitView holder = DataScope.currentUser().map(FazhiUser::homeUnit)
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE).orElse(null);
        if (holder == null) {
            row.reject(null, "ledger.litigation.holder");
        }
        return new LitigationCases.LedgerEntry(kind, number, body, applicant, act, received, holder, hearing,
                outcome, concluded);
    }

    /** The row's hearing: none when 负责人是否出庭 is empty; 否 needs the reason and the member of staff sent. */
    private LitigationCases.NewHearing hearing(LedgerRow row) {
        LocalDate heldOn = row.value(COL_HEARING, LedgerValues::date);
        Boolean appeared = row.value(COL_APPEARED, LedgerValues::yesNo);
        String person = row.text(COL_PERSON);
        String reasonText = row.text(COL_REASON);
        if (appeared == null) {
            if (heldOn != null) {
                row.reject(COL_APPEARED, "ledger.litigation.appeared.required");
            }
            return null;
        }
        if (heldOn == null && row.problems().stream().noneMatch(p -> COL_HEARING.equals(p.column()))) {
            row.reject(COL_HEARING, "ledger.litigation.hearing.required");
        }
        if (person == null || person.isBlank()) {
            row.reject(COL_PERSON, "ledger.litigation.person.required");
            return null;
        }
        if (appeared) {
            String[] parts = person.strip().replaceAll("[）)]$", "").split("[（(，,、\\s]+");
            HeadRank rank = null;
            try {
                rank = parts.length < 2 ? null : LedgerValues.oneOf(parts[parts.length - 1], rankLabels());
            } catch (InvalidLedgerValue e) {
                rank = null;
            }
            if (rank == null) {
                row.reject(COL_PERSON, "ledger.litigation.person.rank", String.join("、", rankLabels().keySet()));
                return null;
            }
            return new LitigationCases.NewHearing(heldOn, true, parts[0], rank.name(), null, null, null);
        }
        if (reasonText == null || reasonText.isBlank()) {
            row.reject(COL_REASON, "ledger.litigation.reason.required");
            return null;
        }
        String reason = reasonText.strip();
        AbsenceReason listed = AbsenceReason.byLabel().get(reason);
        if (listed != null && !listed.written()) {
            return new LitigationCases.NewHearing(heldOn, false, null, null, listed.name(), null, person.strip());
        }
        // 其他正当理由, written after the label or on its own
        String written = reason.replaceFirst("^" + AbsenceReason.OTHER.label() + "[：:]?", "").strip();
        if (written.isEmpty()) {
            row.reject(COL_REASON, "ledger.litigation.reason.written");
            return null;
        }
        return new LitigationCases.NewHearing(heldOn, false, null, null, AbsenceReason.OTHER.name(), written,
                person.strip());
    }

    private static java.util.Map<String, HeadRank> rankLabels() {
        java.util.Map<String, HeadRank> m = new java.util.LinkedHashMap<>();
        for (HeadRank r : HeadRank.values()) {
            m.put(r.label(), r);
        }
        return m;
    }

    @Override
    public LedgerKey keyOf(LitigationCases.LedgerEntry e) {
        return LedgerKey.of(e.holder().townId(), e.caseNumber());
    }

    @Override
    public void save(LitigationCases.LedgerEntry e) {
        cases.importEntry(e);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "kind" -> COL_KIND;
            case "caseNumber" -> COL_NUMBER;
            case "body" -> COL_BODY;
            case "applicant.name" -> COL_APPLICANT;
            case "challengedAct.description" -> COL_ACT;
            case "copyReceivedOn" -> COL_RECEIVED;
            case "heldOn" -> COL_HEARING;
            case "appearedName", "appearedPosition", "delegate" -> COL_PERSON;
            case "absenceReason", "absenceExplanation" -> COL_REASON;
            case "concludedOn" -> COL_CONCLUDED;
            case "outcome" -> COL_OUTCOME;
            default -> null;
        };
    }
}
