package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * 普法活动台账 — one row per activity as the judicial office keeps it: themes separated by 、, 所属村居 empty for a
 * town-wide activity, otherwise a village of the importer's town. Natural key: 活动日期 + 活动名称.
 */
@Component
public class ActivityLedger implements LedgerFormat<Activities.NewActivity> {

    public static final String NAME = "普法活动台账";
    static final String COL_DATE = "活动日期";
    static final String COL_NAME = "活动名称";
    static final String COL_THEMES = "主题";
    static final String COL_TYPE = "活动类型";
    static final String COL_FORM = "活动形式";
    static final String COL_ORGANISER = "主办单位";
    static final String COL_VILLAGE = "所属村居";
    static final String COL_PLACE = "地点";
    static final String COL_SPEAKER = "主讲人";
    static final String COL_AUDIENCE = "受众";
    static final String COL_PARTICIPANTS = "参加人数";
    static final String COL_MATERIALS = "发放资料(份)";

    private final Activities activities;
    private final OrgDirectory directory;

    ActivityLedger(Activities activities, OrgDirectory directory) {
        this.activities = activities;
        this.directory = directory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.PUBLICITY_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_DATE, "ledger.publicity.date.hint"),
                LedgerColumn.required(COL_NAME, "ledger.publicity.name.hint"),
                LedgerColumn.required(COL_THEMES, "ledger.publicity.themes.hint"),
                LedgerColumn.required(COL_TYPE, "ledger.publicity.type.hint"),
                LedgerColumn.required(COL_FORM, "ledger.publicity.form.hint"),
                LedgerColumn.required(COL_ORGANISER, "ledger.publicity.organiser.hint"),
                LedgerColumn.optional(COL_VILLAGE, "ledger.publicity.village.hint"),
                LedgerColumn.optional(COL_PLACE, "ledger.publicity.place.hint"),
                LedgerColumn.optional(COL_SPEAKER, "ledger.publicity.speaker.hint"),
                LedgerColumn.optional(COL_AUDIENCE, "ledger.publicity.audience.hint"),
                LedgerColumn.required(COL_PARTICIPANTS, "ledger.publicity.count.hint"),
                LedgerColumn.required(COL_MATERIALS, "ledger.publicity.count.hint"));
    }

    @Override
    public Activities.NewActivity read(LedgerRow row) {
        LocalDate on = row.value(COL_DATE, LedgerValues::date);
        String name = row.value(COL_NAME, LedgerValues.text(200));
        String themeText = row.value(COL_THEMES, LedgerValues.text(400));
        List<String> themes = themeText == null ? List.of() : Arrays.stream(themeText.split("[、,，;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> known = activities.themesOfCaller();
        themes.stream().filter(t -> !known.contains(t)).findFirst()
                .ifPresent(t -> row.reject(COL_THEMES, "publicity.theme.unknown", t));
        ActivityType type = row.value(COL_TYPE, t -> LedgerValues.oneOf(t, ActivityType.byLabel()));
        ActivityForm form = row.value(COL_FORM, t -> LedgerValues.oneOf(t, ActivityForm.byLabel()));
        String organiser = row.value(COL_ORGANISER, LedgerValues.text(100));
        String villageName = row.text(COL_VILLAGE);
        Long village = null;
        if (villageName != null && !villageName.isBlank()) {
            String wanted = LedgerValues.normalise(villageName);
            village = activities.villagesOfCaller().stream()
                    .filter(v -> LedgerValues.normalise(v.name()).equals(wanted)).map(OrgUnitView::id)
                    .findFirst().orElse(null);
            if (village == null) {
                row.reject(COL_VILLAGE, "publicity.village.unknown", villageName);
            }
        }
        String place = row.value(COL_PLACE, LedgerValues.text(200));
        String speaker = row.value(COL_SPEAKER, LedgerValues.text(60));
        String audience = row.value(COL_AUDIENCE, LedgerValues.text(100));
        Integer participants = count(row, COL_PARTICIPANTS);
        Integer materials = count(row, COL_MATERIALS);
        return new Activities.NewActivity(on, name, themes, type, form, organiser, village, place, speaker, audience,
                participants, materials, null);
    }

    /** A whole number of people or copies: never negative, never a fraction. */
    static Integer count(LedgerRow row, String column) {
        Long n = row.value(column, LedgerValues::integer);
        if (n != null && (n < 0 || n > Activities.MAX_COUNT)) {
            row.reject(column, "publicity.ledger.count", String.valueOf(n));
            return null;
        }
        return n == null ? null : n.intValue();
    }

    @Override
    public LedgerKey keyOf(Activities.NewActivity a) {
        return LedgerKey.of(Activities.holderOfCaller().townId(), a.heldOn(), LedgerValues.normalise(a.name()));
    }

    @Override
    public void save(Activities.NewActivity a) {
        activities.record(a);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "heldOn" -> COL_DATE;
            case "name" -> COL_NAME;
            case "themes" -> COL_THEMES;
            case "type" -> COL_TYPE;
            case "form" -> COL_FORM;
            case "organiser" -> COL_ORGANISER;
            case "villageId" -> COL_VILLAGE;
            case "place" -> COL_PLACE;
            case "speaker" -> COL_SPEAKER;
            case "audience" -> COL_AUDIENCE;
            case "participants" -> COL_PARTICIPANTS;
            case "materials" -> COL_MATERIALS;
            default -> null;
        };
    }
}
