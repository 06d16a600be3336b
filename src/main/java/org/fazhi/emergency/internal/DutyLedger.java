package org.fazhi.emergency.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * 值班表 — the duty roster as the emergency office keeps it: one row per day with 日期, 带班领导, 值班人员 and 值班电话,
 * for the importer's own town. Natural key: the town and the day (a day imported twice is added once).
 */
@Component
public class DutyLedger implements LedgerFormat<RosterService.DutyEntry> {

    public static final String NAME = "值班表";
    static final String COL_DATE = "日期";
    static final String COL_LEADER = "带班领导";
    static final String COL_STAFF = "值班人员";
    static final String COL_PHONE = "值班电话";

    private final RosterService roster;

    DutyLedger(RosterService roster) {
        this.roster = roster;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.EMERGENCY_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_DATE, "ledger.emergency.date.hint"),
                LedgerColumn.optional(COL_LEADER, "ledger.emergency.leader.hint"),
                LedgerColumn.required(COL_STAFF, "ledger.emergency.staff.hint"),
                LedgerColumn.required(COL_PHONE, "ledger.emergency.phone.hint"));
    }

    @Override
    public RosterService.DutyEntry read(LedgerRow row) {
        LocalDate date = row.value(COL_DATE, LedgerValues::date);
        String leader = row.value(COL_LEADER, LedgerValues.text(50));
        String staff = row.value(COL_STAFF, LedgerValues.text(200));
        String phone = row.value(COL_PHONE, LedgerValues::phone);
        return new RosterService.DutyEntry(roster.ownTown(), date, leader, staff, phone);
    }

    @Override
    public LedgerKey keyOf(RosterService.DutyEntry e) {
        return LedgerKey.of(e.townId(), e.date());
    }

    @Override
    public void save(RosterService.DutyEntry e) {
        roster.enter(e);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "date" -> COL_DATE;
            case "leader" -> COL_LEADER;
            case "staff" -> COL_STAFF;
            case "phone" -> COL_PHONE;
            default -> null;
        };
    }
}
