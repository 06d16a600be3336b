package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.ledger.InvalidLedgerValue;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * 行政处罚决定台账 — past penalty decisions, one row each, imported by officers or the legal reviewer and handed to
 * the publication desk ({@link DecisionImport}: they wait for review unless a reviewer confirmed the whole file). A
 * row is refused when it names fewer than two officers or an officer whose certificate was not valid on the decision
 * date (《行政处罚法》第42条), a major case without a passed legal review (第58条), or a natural person whose birth
 * date is unknown (no 居民身份证号码 and no 出生日期: the minor rule of publication needs it); the town's setting of
 * reviewing every ordinary case governs live cases only. Natural key: 案号.
 */
@Component
class DecisionLedger implements LedgerFormat<DecisionLedger.Entry> {

    static final String NAME = "行政处罚决定台账";
    static final String COL_NUMBER = "案号";
    static final String COL_TITLE = "案件名称";
    static final String COL_PARTY_TYPE = "当事人类型";
    static final String COL_PARTY = "当事人名称";
    static final String COL_ID = "证件号码";
    static final String COL_PHONE = "联系电话";
    static final String COL_ADDRESS = "住址";
    static final String COL_VIOLATION = "违法事实";
    static final String COL_BASIS = "处罚依据";
    static final String COL_KINDS = "处罚种类";
    static final String COL_FINE = "罚款金额(元)";
    static final String COL_FILED = "立案日期";
    static final String COL_DECIDED = "决定日期";
    static final String COL_CERTIFICATES = "执法证号";
    static final String COL_MAJOR = "是否重大案件";
    static final String COL_REVIEW = "法制审核结论";
    static final String COL_BIRTH = "出生日期";
    static final String COL_VIOLATION_ON = "违法行为发生日期";

    private static final Map<String, PartyType> PARTY_TYPES = orderedMap("自然人", PartyType.NATURAL_PERSON,
            "法人或其他组织", PartyType.ORGANISATION);
    private static final Map<String, Boolean> YES_NO = orderedMap("是", true, "否", false);
    private static final Map<String, Boolean> REVIEW = orderedMap("通过", true, "未通过", false);

    private final CertificateRegister register;
    private final PastDecisions decisions;
    private final Clock clock;

    DecisionLedger(CertificateRegister register, PastDecisions decisions, Clock clock) {
        this.register = register;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** One row, checked. */
    record Entry(OrgUnitView holder, String caseNumber, String title, PartyType partyType, String partyName,
                 String partyIdNumber, LocalDate partyBirthDate, String partyPhone, String partyAddress,
                 String violation, String legalBasis, Set<PenaltyKind> kinds, BigDecimal fine, LocalDate violationOn,
                 LocalDate filedOn, LocalDate decidedOn, List<String> certificates, boolean major,
                 Boolean reviewPassed) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.ENFORCEMENT_WRITE.name();
    }

    @Override
    public Set<String> authorities() {
        return Set.of(Permission.ENFORCEMENT_WRITE.name(), Permission.LEGAL_REVIEW.name());
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_NUMBER, "ledger.penalty.number.hint"),
                LedgerColumn.required(COL_TITLE, "ledger.penalty.title.hint"),
                LedgerColumn.required(COL_PARTY_TYPE, "ledger.penalty.partyType.hint"),
                LedgerColumn.required(COL_PARTY, "ledger.penalty.party.hint"),
                LedgerColumn.optional(COL_ID, "ledger.penalty.id.hint"),
                LedgerColumn.optional(COL_PHONE, "ledger.penalty.phone.hint"),
                LedgerColumn.optional(COL_ADDRESS, "ledger.penalty.address.hint"),
                LedgerColumn.required(COL_VIOLATION, "ledger.penalty.violation.hint"),
                LedgerColumn.required(COL_BASIS, "ledger.penalty.basis.hint"),
                LedgerColumn.required(COL_KINDS, "ledger.penalty.kinds.hint"),
                LedgerColumn.optional(COL_FINE, "ledger.penalty.fine.hint"),
                LedgerColumn.optional(COL_FILED, "ledger.penalty.filed.hint"),
                LedgerColumn.required(COL_DECIDED, "ledger.penalty.decided.hint"),
                LedgerColumn.required(COL_CERTIFICATES, "ledger.penalty.certificates.hint"),
                LedgerColumn.required(COL_MAJOR, "ledger.penalty.major.hint"),
                LedgerColumn.optional(COL_REVIEW, "ledger.penalty.review.hint"),
                LedgerColumn.optional(COL_BIRTH, "ledger.penalty.birth.hint"),
                LedgerColumn.optional(COL_VIOLATION_ON, "ledger.penalty.violationOn.hint"));
    }

    @Override
    public Entry read(LedgerRow row) {
        OrgUnitView holder = DataScope.currentUser().map(FazhiUser::homeUnit).orElse(null);
        if (holder == null || holder.townId() == null || holder.type() == OrgUnitType.VILLAGE) {
            row.reject(null, "enforcement.filing.unit");
        }
        String number = row.value(COL_NUMBER, LedgerValues.text(60));
        String title = row.value(COL_TITLE, LedgerValues.text(200));
        PartyType partyType = row.value(COL_PARTY_TYPE, t -> LedgerValues.oneOf(t, PARTY_TYPES));
        String party = row.value(COL_PARTY, LedgerValues.text(100));
        String id = row.value(COL_ID, partyType == null ? LedgerValues.text(30)
                : t -> LedgerValues.partyId(t, partyType == PartyType.NATURAL_PERSON));
        String phone = row.value(COL_PHONE, LedgerValues::phone);
        String address = row.value(COL_ADDRESS, LedgerValues.text(200));
        String violation = row.value(COL_VIOLATION, LedgerValues.text(2000));
        String basis = row.value(COL_BASIS, LedgerValues.text(1000));
        Set<PenaltyKind> kinds = row.value(COL_KINDS, DecisionLedger::kinds);
        BigDecimal fine = row.value(COL_FINE, t -> {
            BigDecimal d = LedgerValues.decimal(t);
            if (d.signum() < 0 || d.scale() > 2) {
                throw new InvalidLedgerValue("enforcement.import.fine");
            }
            return d;
        });
        LocalDate birth = row.value(COL_BIRTH, LedgerValues::date);
        LocalDate violationOn = row.value(COL_VIOLATION_ON, LedgerValues::date);
        LocalDate filed = row.value(COL_FILED, LedgerValues::date);
        LocalDate decided = row.value(COL_DECIDED, LedgerValues::date);
        List<String> certificates = row.value(COL_CERTIFICATES, t -> List.copyOf(new LinkedHashSet<>(Arrays
                .stream(LedgerValues.normalise(t).split("[;；]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList())));
        Boolean major = row.value(COL_MAJOR, t -> LedgerValues.oneOf(t, YES_NO));
        Boolean review = row.value(COL_REVIEW, t -> LedgerValues.oneOf(t, REVIEW));

        if (kinds != null) {
            if (kinds.contains(PenaltyKind.FINE) && (fine == null || fine.signum() <= 0)) {
                row.reject(COL_FINE, "enforcement.import.fineRequired");
            } else if (!kinds.contains(PenaltyKind.FINE) && fine != null && fine.signum() > 0) {
                row.reject(COL_FINE, "enforcement.import.fineWithoutKind");
            }
        }
        if (decided != null && decided.isAfter(LocalDate.now(clock))) {
            row.reject(COL_DECIDED, "enforcement.import.decidedInFuture", decided.toString());
        }
        if (filed != null && decided != null && filed.isAfter(decided)) {
            row.reject(COL_FILED, "enforcement.import.filedAfterDecision", filed.toString(), decided.toString());
        }
        if (violationOn != null && decided != null && violationOn.isAfter(decided)) {
            row.reject(COL_VIOLATION_ON, "enforcement.import.violationAfterDecision", violationOn.toString(),
                    decided.toString());
        }
        if (partyType == PartyType.NATURAL_PERSON) {
            checkBirthDate(row, id, birth);
        }
        if (certificates != null && decided != null) {
            checkOfficers(row, certificates, decided);
        }
        if (Boolean.TRUE.equals(major) && !Boolean.TRUE.equals(review)) {
            row.reject(COL_REVIEW, "enforcement.import.majorUnreviewed", PenaltyPeriods.LEGAL_REVIEW.citation());
        }
        return new Entry(holder, number, title, partyType, party, id,
                partyType == PartyType.NATURAL_PERSON ? birth : null, phone, address, violation, basis, kinds, fine,
                violationOn, filed, decided, certificates, Boolean.TRUE.equals(major), review);
    }

    /** A natural person's birth date is known: from the ID number, or given (in the past, agreeing with the number). */
    private void checkBirthDate(LedgerRow row, String idNumber, LocalDate birth) {
        Optional<LocalDate> fromId = ResidentIdNumber.birthDate(idNumber);
        if (birth == null) {
            if (fromId.isEmpty()) {
                row.reject(COL_BIRTH, "enforcement.import.birthDateRequired");
            }
        } else if (birth.isAfter(LocalDate.now(clock))) {
            row.reject(COL_BIRTH, "enforcement.filing.birthDateFuture");
        } else if (fromId.isPresent() && !fromId.get().equals(birth)) {
            row.reject(COL_BIRTH, "enforcement.filing.birthDateMismatch", fromId.get().toString());
        }
    }

    /** 第42条: at least two officers, each holding a certificate valid on the decision date. */
    private void checkOfficers(LedgerRow row, List<String> certificates, LocalDate decided) {
        if (certificates.size() < CertificateRegister.MIN_OFFICERS) {
            row.reject(COL_CERTIFICATES, "enforcement.import.twoOfficers", certificates.size(),
                    PenaltyPeriods.QUALIFICATION.citation());
            return;
        }
        List<String> unknown = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String n : certificates) {
            OfficerSummary o = register.byCertificateNumber(n).orElse(null);
            if (o == null) {
                unknown.add(n);
            } else if (!register.certificateValidOn(n, decided)) {
                invalid.add(o.name() + "（" + n + "）");
            }
        }
        if (!unknown.isEmpty()) {
            row.reject(COL_CERTIFICATES, "enforcement.import.unknownCertificate", String.join("、", unknown));
        } else if (!invalid.isEmpty()) {
            row.reject(COL_CERTIFICATES, "enforcement.import.certificateInvalid", String.join("、", invalid),
                    decided.toString(), PenaltyPeriods.QUALIFICATION.citation());
        }
    }

    /** 警告、罚款 — the kinds named as in 第9条, separated by 、 , ; or spaces. */
    static Set<PenaltyKind> kinds(String text) {
        Set<PenaltyKind> out = EnumSet.noneOf(PenaltyKind.class);
        for (String part : LedgerValues.normalise(text).split("[、,，;；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            PenaltyKind k = Arrays.stream(PenaltyKind.values()).filter(v -> v.label().equals(part)).findFirst()
                    .orElseThrow(() -> new InvalidLedgerValue("enforcement.import.kind", part));
            out.add(k);
        }
        if (out.isEmpty()) {
            throw new InvalidLedgerValue("ledger.value.required");
        }
        return out;
    }

    @Override
    public LedgerKey keyOf(Entry e) {
        return LedgerKey.of(e.holder().townId(), e.caseNumber());
    }

    @Override
    public void save(Entry e) {
        decisions.record(e);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "caseNumber" -> COL_NUMBER;
            case "holderUnitId" -> null;
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return m;
    }
}
