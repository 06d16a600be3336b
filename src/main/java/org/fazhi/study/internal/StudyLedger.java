package org.fazhi.study.internal;

import java.util.List;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/** 领导干部学法台账 — one row per study session. Natural key: 日期 + 主题. */
@Component
public class StudyLedger implements LedgerFormat<StudySessions.NewSession> {

    public static final String NAME = "领导干部学法台账";
    static final String COL_DATE = "日期";
    static final String COL_FORM = "形式";
    static final String COL_TOPIC = "主题";
    static final String COL_HOST = "主持人";
    static final String COL_PARTICIPANTS = "参加人数";

    private final StudySessions sessions;

    StudyLedger(StudySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.STUDY_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_DATE, "ledger.study.date.hint"),
                LedgerColumn.required(COL_FORM, "ledger.study.form.hint"),
                LedgerColumn.required(COL_TOPIC, "ledger.study.topic.hint"),
                LedgerColumn.required(COL_HOST, "ledger.study.host.hint"),
                LedgerColumn.required(COL_PARTICIPANTS, "ledger.study.participants.hint"));
    }

    @Override
    public StudySessions.NewSession read(LedgerRow row) {
        Long n = row.value(COL_PARTICIPANTS, LedgerValues::integer);
        if (n != null && (n < 1 || n > StudySessions.MAX_PARTICIPANTS)) {
            row.reject(COL_PARTICIPANTS, "error.field.range", "1", String.valueOf(StudySessions.MAX_PARTICIPANTS));
        }
        return new StudySessions.NewSession(row.value(COL_DATE, LedgerValues::date),
                row.value(COL_FORM, t -> LedgerValues.oneOf(t, StudyForm.byLabel())),
                row.value(COL_TOPIC, LedgerValues.text(200)), row.value(COL_HOST, LedgerValues.text(60)),
                n == null ? null : n.intValue(), null, List.of());
    }

    @Override
    public LedgerKey keyOf(StudySessions.NewSession s) {
        return LedgerKey.of(StudySessions.holder().townId(), s.heldOn(), LedgerValues.normalise(s.topic()));
    }

    @Override
    public void save(StudySessions.NewSession s) {
        sessions.record(s);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "heldOn" -> COL_DATE;
            case "form" -> COL_FORM;
            case "topic" -> COL_TOPIC;
            case "host" -> COL_HOST;
            case "participants" -> COL_PARTICIPANTS;
            default -> null;
        };
    }
}
