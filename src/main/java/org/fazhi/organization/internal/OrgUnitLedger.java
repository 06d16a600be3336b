package org.fazhi.organization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 组织机构台账 — the villages, communities and departments of towns, imported by the system administrator. Each row
 * becomes a unit through {@link OrgService#create}, so the tree's rules (allowed parents, unique names) hold for
 * imported units too. Natural key: 上级单位 + 名称.
 */
@Component
class OrgUnitLedger implements LedgerFormat<OrgUnitLedger.NewUnit> {

    static final String NAME = "组织机构台账";
    static final String COL_NAME = "名称";
    static final String COL_TYPE = "类型";
    static final String COL_PARENT = "上级单位";
    static final String COL_CODE = "编码";

    /** 村、居、社区 are all villages (村居) in the tree; 部门 a town department. */
    private static final Map<String, OrgUnitType> TYPES = types();

    private final OrgService orgs;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    OrgUnitLedger(OrgService orgs, OrgDirectory directory, DataScope dataScope) {
        this.orgs = orgs;
        this.directory = directory;
        this.dataScope = dataScope;
    }

    /** One row: a unit to create under a town. */
    record NewUnit(String name, OrgUnitType type, OrgUnitView town, String code) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.ORG_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_NAME, "ledger.org.name.hint"),
                LedgerColumn.required(COL_TYPE, "ledger.org.type.hint"),
                LedgerColumn.optional(COL_PARENT, "ledger.org.parent.hint"),
                LedgerColumn.optional(COL_CODE, "ledger.org.code.hint"));
    }

    @Override
    public NewUnit read(LedgerRow row) {
        String name = row.value(COL_NAME, LedgerValues.text(100));
        OrgUnitType type = row.value(COL_TYPE, v -> LedgerValues.oneOf(v, TYPES));
        String parentName = row.text(COL_PARENT);
        OrgUnitView town = null;
        if (parentName == null) {
            town = ownTown().orElse(null);
            if (town == null) {
                row.reject(COL_PARENT, "ledger.org.parent.required");
            }
        } else {
            String wanted = LedgerValues.normalise(parentName);
            town = directory.towns().stream()
                    .filter(t -> LedgerValues.normalise(t.name()).equals(wanted) && dataScope.canSee(t.id()))
                    .findFirst().orElse(null);
            if (town == null) {
                row.reject(COL_PARENT, "ledger.org.parent.unknown", parentName);
            }
        }
        String code = row.value(COL_CODE, LedgerValues.text(40));
        return new NewUnit(name, type, town, code);
    }

    @Override
    public LedgerKey keyOf(NewUnit unit) {
        return LedgerKey.of(unit.town().id(), unit.town().name(), unit.name());
    }

    @Override
    public void save(NewUnit unit) {
        orgs.create(unit.name(), unit.type(), unit.town().id(), unit.code(), 0, false);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> COL_NAME;
            case "type" -> COL_TYPE;
            case "parentId" -> COL_PARENT;
            default -> null;
        };
    }

    private Optional<OrgUnitView> ownTown() {
        return DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).flatMap(directory::find);
    }

    private static Map<String, OrgUnitType> types() {
        Map<String, OrgUnitType> t = new LinkedHashMap<>();
        t.put("村", OrgUnitType.VILLAGE);
        t.put("居", OrgUnitType.VILLAGE);
        t.put("社区", OrgUnitType.VILLAGE);
        t.put("部门", OrgUnitType.DEPARTMENT);
        return java.util.Collections.unmodifiableMap(t);
    }
}
