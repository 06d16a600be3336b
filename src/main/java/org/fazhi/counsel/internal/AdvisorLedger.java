package org.fazhi.counsel.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.InvalidLedgerValue;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * 村(居)法律顾问台账 — one row per advisor and village served, as the judicial office keeps it. The advisor is known by
 * 执业证号 (17 digits); the village by its name in the importer's town. Natural key: 执业证号 + village + 聘用开始日期,
 * so importing the same file again adds nothing.
 */
@Component
public class AdvisorLedger implements LedgerFormat<LegalTeams.NewEngagement> {

    public static final String NAME = "村(居)法律顾问台账";
    static final String COL_NAME = "姓名";
    static final String COL_FIRM = "执业机构";
    static final String COL_LICENCE = "执业证号";
    static final String COL_PHONE = "联系电话";
    static final String COL_VILLAGE = "服务村居";
    static final String COL_START = "聘用开始日期";
    static final String COL_END = "聘用结束日期";

    private final LegalTeams teams;
    private final OrgDirectory directory;

    AdvisorLedger(LegalTeams teams, OrgDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.LEGAL_TEAM_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_NAME, "ledger.counsel.name.hint"),
                LedgerColumn.required(COL_FIRM, "ledger.counsel.firm.hint"),
                LedgerColumn.required(COL_LICENCE, "ledger.counsel.licence.hint"),
                LedgerColumn.optional(COL_PHONE, "ledger.counsel.phone.hint"),
                LedgerColumn.required(COL_VILLAGE, "ledger.counsel.village.hint"),
                LedgerColumn.required(COL_START, "ledger.counsel.start.hint"),
                LedgerColumn.required(COL_END, "ledger.counsel.end.hint"));
    }

    @Override
    public LegalTeams.NewEngagement read(LedgerRow row) {
        String name = row.value(COL_NAME, LedgerValues.text(50));
        String firm = row.value(COL_FIRM, LedgerValues.text(100));
        String licence = row.value(COL_LICENCE, t -> {
            String s = LegalTeams.licenceNumber(t);
            if (s == null) {
                throw new InvalidLedgerValue("counsel.licence.invalid");
            }
            return s;
        });
        String phone = row.value(COL_PHONE, LedgerValues::phone);
        String villageName = row.text(COL_VILLAGE);
        OrgUnitView village = null;
        if (villageName != null) {
            Long townId = DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).orElse(null);
            village = townId == null ? null : directory.villageByName(townId, LedgerValues.normalise(villageName))
                    .orElse(null);
            if (village == null) {
                row.reject(COL_VILLAGE, "ledger.counsel.village.unknown", villageName);
            }
        }
        LocalDate start = row.value(COL_START, LedgerValues::date);
        LocalDate end = row.value(COL_END, LedgerValues::date);
        if (start != null && end != null && end.isBefore(start)) {
            row.reject(COL_END, "counsel.engagement.endBeforeStart", end.toString(), start.toString());
        }
        return new LegalTeams.NewEngagement(name, firm, licence, phone, village == null ? null : village.id(), start,
                end);
    }

    @Override
    public LedgerKey keyOf(LegalTeams.NewEngagement e) {
        return LedgerKey.of(directory.get(e.villageId()).townId(), e.licenceNumber(), e.villageId(), e.startsOn());
    }

    @Override
    public void save(LegalTeams.NewEngagement e) {
        teams.engage(e);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> COL_NAME;
            case "firm" -> COL_FIRM;
            case "licenceNumber" -> COL_LICENCE;
            case "phone" -> COL_PHONE;
            case "villageId" -> COL_VILLAGE;
            case "startsOn" -> COL_START;
            case "endsOn" -> COL_END;
            default -> null;
        };
    }
}
