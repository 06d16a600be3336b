package org.fazhi.officer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * 行政执法证台账 — the certificate lifecycle as the judicial office keeps it on paper: one row per 申领, 换证, 注销 or
 * 清理. A 申领 or 换证 for a person not yet registered registers them in the unit named; 有效期至 is filled for 申领 and
 * 换证 and empty for 注销 and 清理. Natural key: 执法证号 + 业务类型 + 办理日期.
 */
@Component
public class CertificateLedger implements LedgerFormat<CertificateService.LedgerEntry> {

    public static final String NAME = "行政执法证台账";
    static final String COL_NAME = "姓名";
    static final String COL_ID = "身份证号";
    static final String COL_UNIT = "所属单位";
    static final String COL_NUMBER = "执法证号";
    static final String COL_CATEGORY = "执法类别";
    static final String COL_TYPE = "业务类型";
    static final String COL_DATE = "办理日期";
    static final String COL_VALID = "有效期至";

    private final CertificateService certificates;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    CertificateLedger(CertificateService certificates, OrgDirectory directory, DataScope dataScope) {
        this.certificates = certificates;
        this.directory = directory;
        this.dataScope = dataScope;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.OFFICER_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_NAME, "ledger.officer.name.hint"),
                LedgerColumn.required(COL_ID, "ledger.officer.id.hint"),
                LedgerColumn.required(COL_UNIT, "ledger.officer.unit.hint"),
                LedgerColumn.required(COL_NUMBER, "ledger.officer.number.hint"),
                LedgerColumn.required(COL_CATEGORY, "ledger.officer.category.hint"),
                LedgerColumn.required(COL_TYPE, "ledger.officer.type.hint"),
                LedgerColumn.required(COL_DATE, "ledger.officer.date.hint"),
                LedgerColumn.optional(COL_VALID, "ledger.officer.valid.hint"));
    }

    @Override
    public CertificateService.LedgerEntry read(LedgerRow row) {
        String name = row.value(COL_NAME, LedgerValues.text(50));
        String id = row.value(COL_ID, LedgerValues::residentId);
        String unitName = row.text(COL_UNIT);
        OrgUnitView unit = null;
        if (unitName != null) {
            unit = unitNamed(unitName).orElse(null);
            if (unit == null) {
                row.reject(COL_UNIT, "ledger.officer.unit.unknown", unitName);
            }
        }
        String number = row.value(COL_NUMBER, LedgerValues.text(40));
        String category = row.value(COL_CATEGORY, LedgerValues.text(100));
        CertificateEventType type = row.value(COL_TYPE, t -> LedgerValues.oneOf(t, CertificateEventType.byLabel()));
        LocalDate on = row.value(COL_DATE, LedgerValues::date);
        LocalDate validUntil = row.value(COL_VALID, LedgerValues::date);
        if (type != null) {
            if (type.grants() && validUntil == null && !row.problems().stream()
                    .anyMatch(p -> COL_VALID.equals(p.column()))) {
                row.reject(COL_VALID, "ledger.officer.valid.required", type.label());
            }
            if (!type.grants() && validUntil != null) {
                row.reject(COL_VALID, "ledger.officer.valid.empty", type.label());
            }
        }
        return new CertificateService.LedgerEntry(name, id, unit, number, category, type, on, validUntil);
    }

    @Override
    public LedgerKey keyOf(CertificateService.LedgerEntry e) {
        return LedgerKey.of(e.unit().townId(), e.number(), e.type().label(), e.on());
    }

    @Override
    public void save(CertificateService.LedgerEntry e) {
        certificates.applyLedgerEntry(e);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> COL_NAME;
            case "idNumber" -> COL_ID;
            case "unitId" -> COL_UNIT;
            case "number" -> COL_NUMBER;
            case "category" -> COL_CATEGORY;
            case "on" -> COL_DATE;
            case "validUntil" -> COL_VALID;
            default -> null;
        };
    }

    /**
     * The unit a row names: a unit of the importer's own town by its name (综合行政执法局), or, for a district user,
     * the town and unit together (三星镇综合行政执法局) or the town itself.
     */
    private Optional<OrgUnitView> unitNamed(String text) {
        String wanted = LedgerValues.normalise(text);
        List<OrgUnitView> candidates = directory.all().stream()
                .filter(u -> u.type() != OrgUnitType.DISTRICT && dataScope.canWriteHeldBy(u.id())).toList();
        Long ownTown = DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).orElse(null);
        List<OrgUnitView> byName = candidates.stream().filter(u -> fullName(u).equals(wanted)
                || (LedgerValues.normalise(u.name()).equals(wanted)
                && (ownTown == null || ownTown.equals(u.townId())))).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private String fullName(OrgUnitView u) {
        if (u.type() == OrgUnitType.TOWN) {
            return LedgerValues.normalise(u.name());
        }
        return directory.find(u.townId()).map(t -> LedgerValues.normalise(t.name() + u.name())).orElse("");
    }
}
