package org.fazhi.mediation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.ledger.InvalidLedgerValue;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.internal.DisputeCommands.LedgerEntry;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * 矛盾纠纷台账 — the dispute ledger the committees kept in Excel, imported into the importing user's town. The same
 * columns, in the same order, are the layout of the XLSX export of the dispute list. Natural key: a hash of the
 * normalised row within the town, so importing the same ledger again adds nothing.
 */
@Component
public class DisputeLedger implements LedgerFormat<LedgerEntry> {

    public static final String NAME = "矛盾纠纷台账";
    static final String ACCEPTED_ON = "受理日期";
    static final String VILLAGE = "所属村居";
    static final String CATEGORY = "纠纷类别";
    static final String SOURCE = "纠纷来源";
    static final String SUMMARY = "简要案情";
    static final String PARTIES = "当事人";
    static final String AMOUNT = "涉及金额(元)";
    static final String MAJOR = "是否重大纠纷";
    static final String COMMITTEE = "调解组织";
    static final String RESULT = "调解结果";
    static final String FORM = "协议形式";
    static final String CONCLUDED_ON = "办结日期";

    /** The columns in the ledger's order. */
    public static final List<String> HEADERS = List.of(ACCEPTED_ON, VILLAGE, CATEGORY, SOURCE, SUMMARY, PARTIES, AMOUNT,
            MAJOR, COMMITTEE, RESULT, FORM, CONCLUDED_ON);

    static final Map<String, DisputeCategory> CATEGORIES = labels(DisputeCategory.values(), DisputeCategory::label);
    static final Map<String, DisputeSource> SOURCES = labels(DisputeSource.values(), DisputeSource::label);
    static final Map<String, CommitteeLevel> COMMITTEES = labels(CommitteeLevel.values(), CommitteeLevel::label);
    static final Map<String, DisputeStatus> RESULTS = results();
    static final Map<String, AgreementForm> FORMS = labels(AgreementForm.values(), AgreementForm::label);
    static final Map<String, Boolean> YES_NO = yesNo();

    private final DisputeService service;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    DisputeLedger(DisputeService service, OrgDirectory directory, DataScope dataScope) {
        this.service = service;
        this.directory = directory;
        this.dataScope = dataScope;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.MEDIATION_WRITE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(ACCEPTED_ON, "mediation.ledger.acceptedOn"),
                LedgerColumn.required(VILLAGE, "mediation.ledger.village"),
                LedgerColumn.required(CATEGORY, "mediation.ledger.category"),
                LedgerColumn.required(SOURCE, "mediation.ledger.source"),
                LedgerColumn.required(SUMMARY, "mediation.ledger.summary"),
                LedgerColumn.required(PARTIES, "mediation.ledger.parties"),
                LedgerColumn.optional(AMOUNT, "mediation.ledger.amount"),
                LedgerColumn.required(MAJOR, "mediation.ledger.major"),
                LedgerColumn.required(COMMITTEE, "mediation.ledger.committee"),
                LedgerColumn.required(RESULT, "mediation.ledger.result"),
                LedgerColumn.optional(FORM, "mediation.ledger.form"),
                LedgerColumn.optional(CONCLUDED_ON, "mediation.ledger.concludedOn"));
    }

    @Override
    public LedgerEntry read(LedgerRow row) {
        LocalDate acceptedOn = row.value(ACCEPTED_ON, LedgerValues::date);
        Long townId = DataScope.currentUser().map(u -> u.homeUnit().townId()).orElse(null);
        OrgUnitView village = row.value(VILLAGE, name -> village(townId, name));
        DisputeCategory category = row.value(CATEGORY, v -> LedgerValues.oneOf(v, CATEGORIES));
        DisputeSource source = row.value(SOURCE, v -> LedgerValues.oneOf(v, SOURCES));
        String summary = row.value(SUMMARY, LedgerValues.text(2000));
        String parties = row.value(PARTIES, LedgerValues.text(500));
        BigDecimal amount = row.value(AMOUNT, DisputeLedger::amount);
        Boolean major = row.value(MAJOR, v -> LedgerValues.oneOf(v, YES_NO));
        CommitteeLevel committee = row.value(COMMITTEE, v -> LedgerValues.oneOf(v, COMMITTEES));
        DisputeStatus result = row.value(RESULT, v -> LedgerValues.oneOf(v, RESULTS));
        AgreementForm form = row.value(FORM, v -> LedgerValues.oneOf(v, FORMS));
        LocalDate concludedOn = row.value(CONCLUDED_ON, LedgerValues::date);
        LocalDate today = service.today();
        if (acceptedOn != null && acceptedOn.isAfter(today)) {
            row.reject(ACCEPTED_ON, "mediation.date.future");
        }
        if (result != null) {
            if (result.open()) {
                if (concludedOn != null) {
                    row.reject(CONCLUDED_ON, "mediation.ledger.openConcluded");
                }
                if (form != null && form != AgreementForm.NONE) {
                    row.reject(FORM, "mediation.ledger.openAgreement");
                }
            } else if (concludedOn == null) {
                row.reject(CONCLUDED_ON, "mediation.ledger.concludedOnRequired");
            }
            if (result == DisputeStatus.FAILED && form != null && form != AgreementForm.NONE) {
                row.reject(FORM, "mediation.conclude.failedNoAgreement");
            }
            if (result == DisputeStatus.SUCCEEDED && (form == null || form == AgreementForm.NONE)) {
                row.reject(FORM, "mediation.conclude.form");
            }
        }
        if (concludedOn != null && acceptedOn != null && concludedOn.isBefore(acceptedOn)) {
            row.reject(CONCLUDED_ON, "mediation.concludedOn.beforeAccepted", concludedOn, acceptedOn);
        } else if (concludedOn != null && concludedOn.isAfter(today)) {
            row.reject(CONCLUDED_ON, "mediation.date.future");
        }
        if (village != null && committee != null) {
            OrgUnitView holder = committee == CommitteeLevel.VILLAGE ? village : service.townCommittee(townId);
            if (!dataScope.canWriteHeldBy(holder.id())) {
                row.reject(COMMITTEE, "mediation.committee.notYours", holder.name());
            }
        }
        if (row.hasProblems()) {
            return null;
        }
        return new LedgerEntry(townId, village.id(), acceptedOn, category, source, summary, parties, amount, major,
                committee, result, result == DisputeStatus.SUCCEEDED ? form : null, concludedOn);
    }

    @Override
    public LedgerKey keyOf(LedgerEntry e) {
        return LedgerKey.of(e.townId(), e.acceptedOn(), e.localityId(), e.category(), e.source(), e.summary(),
                e.partyNames(), e.amount() == null ? "" : e.amount().stripTrailingZeros().toPlainString(), e.major(),
                e.committee(), e.status(), e.form(), e.concludedOn());
    }

    @Override
    public void beforeSaving(List<LedgerEntry> entries) {
        service.lockCaseNumbers(entries);
    }

    @Override
    public void save(LedgerEntry entry) {
        service.importEntry(entry);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "localityId" -> VILLAGE;
            case "acceptedOn" -> ACCEPTED_ON;
            case "concludedOn" -> CONCLUDED_ON;
            case "committee" -> COMMITTEE;
            default -> null;
        };
    }

    private OrgUnitView village(Long townId, String name) {
        OrgUnitView v = townId == null ? null : directory.villageByName(townId, LedgerValues.normalise(name))
                .orElse(null);
        if (v == null || !dataScope.canSee(v.id())) {
            throw new InvalidLedgerValue("mediation.ledger.villageUnknown", name);
        }
        return v;
    }

    private static BigDecimal amount(String text) {
        BigDecimal v = LedgerValues.decimal(text);
        if (v.signum() < 0 || v.scale() > 2 || v.precision() - v.scale() > 12) {
            throw new InvalidLedgerValue("mediation.ledger.amountInvalid");
        }
        return v;
    }

    private static <E> Map<String, E> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toMap(label, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static Map<String, DisputeStatus> results() {
        Map<String, DisputeStatus> m = new LinkedHashMap<>();
        m.put("调解成功", DisputeStatus.SUCCEEDED);
        m.put("调解不成功", DisputeStatus.FAILED);
        m.put("调解中", DisputeStatus.MEDIATING);
        return m;
    }

    private static Map<String, Boolean> yesNo() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("是", true);
        m.put("否", false);
        return m;
    }
}
