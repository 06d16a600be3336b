package org.fazhi.legalservice.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.ledger.InvalidLedgerValue;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * 法务机使用台账 — one row per kiosk and month: the month, the kiosk by its place in the importer's town, and the month's
 * consultations, documents generated and video calls. Natural key: kiosk + month, so importing the same file again
 * adds nothing.
 */
@Component
public class KioskUsageLedger implements LedgerFormat<ServicePoints.MonthlyUse> {

    public static final String NAME = "法务机使用台账";
    static final String COL_MONTH = "月份";
    static final String COL_PLACE = "设备位置";
    static final String COL_CONSULTATIONS = "咨询次数";
    static final String COL_DOCUMENTS = "文书生成次数";
    static final String COL_VIDEO = "视频连线次数";
    /** 2026-03, 2026/3, 2026.3, 2026年3月 (a day, if written, is ignored: the row counts a month). */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?.*");

    private final ServicePoints service;

    KioskUsageLedger(ServicePoints service) {
        this.service = service;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.LEGAL_SERVICE_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_MONTH, "ledger.legalservice.month.hint"),
                LedgerColumn.required(COL_PLACE, "ledger.legalservice.place.hint"),
                LedgerColumn.required(COL_CONSULTATIONS, "ledger.legalservice.count.hint"),
                LedgerColumn.required(COL_DOCUMENTS, "ledger.legalservice.count.hint"),
                LedgerColumn.required(COL_VIDEO, "ledger.legalservice.count.hint"));
    }

    @Override
    public ServicePoints.MonthlyUse read(LedgerRow row) {
        YearMonth month = row.value(COL_MONTH, KioskUsageLedger::month);
        String place = row.text(COL_PLACE);
        Long kioskId = null;
        if (place != null) {
            Long townId = DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).orElse(null);
            kioskId = townId == null ? null : service.kioskAt(townId, LedgerValues.normalise(place))
                    .map(Kiosk::getId).orElse(null);
            if (kioskId == null) {
                row.reject(COL_PLACE, "ledger.legalservice.place.unknown", place);
            }
        }
        return new ServicePoints.MonthlyUse(kioskId, month, count(row, COL_CONSULTATIONS),
                count(row, COL_DOCUMENTS), count(row, COL_VIDEO));
    }

    private static Integer count(LedgerRow row, String column) {
        Long n = row.value(column, LedgerValues::integer);
        if (n != null && (n < 0 || n > ServicePoints.MAX_USES)) {
            row.reject(column, "ledger.legalservice.count.range", String.valueOf(ServicePoints.MAX_USES));
            return null;
        }
        return n == null ? null : n.intValue();
    }

    static YearMonth month(String text) {
        Matcher m = MONTH.matcher(LedgerValues.normalise(text));
        if (!m.matches()) {
            throw new InvalidLedgerValue("ledger.legalservice.month.invalid");
        }
        int mm = Integer.parseInt(m.group(2));
        if (mm < 1 || mm > 12) {
            throw new InvalidLedgerValue("ledger.legalservice.month.invalid");
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), mm);
    }

    @Override
    public LedgerKey keyOf(ServicePoints.MonthlyUse u) {
        Kiosk k = service.kiosk(u.kioskId());
        return LedgerKey.of(k.getTownId(), k.getId(), u.month().atDay(1));
    }

    @Override
    public void save(ServicePoints.MonthlyUse u) {
        service.recordUse(u);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "month" -> COL_MONTH;
            case "kioskId" -> COL_PLACE;
            case "consultations" -> COL_CONSULTATIONS;
            case "documents" -> COL_DOCUMENTS;
            case "videoCalls" -> COL_VIDEO;
            default -> null;
        };
    }
}
