package org.fazhi.emergency.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.FazhiApplication;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.emergency.internal.Incident;
import org.fazhi.emergency.internal.IncidentReport;
import org.fazhi.emergency.internal.IncidentService;
import org.fazhi.emergency.internal.RumourResponse;
import org.fazhi.emergency.internal.Warning;

/** The JSON shapes of the emergency API; every time is Beijing time with its offset, to the minute. */
final class EmergencyJson {

    private EmergencyJson() {
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atZone(FazhiApplication.ZONE).toOffsetDateTime();
    }

    record Created(long id, String state, OffsetDateTime firstReportDueAt, OffsetDateTime writtenReportDueAt) {
    }

    record IncidentJson(long id, String kind, String severity, OffsetDateTime occurredAt, OffsetDateTime knownAt,
                        long orgUnitId, String place, Long villageId, int casualties, String summary, String state,
                        String responseLevel, String measures, String resources, Integer peopleMoved,
                        String recovery, String evaluation, String lessons, LocalDate evaluatedOn,
                        String publicInfo, OffsetDateTime publicInfoAt) {
        static IncidentJson of(Incident i) {
            return new IncidentJson(i.getId(), i.getKind().name(), i.getSeverity().name(), time(i.getOccurredAt()),
                    time(i.getKnownAt()), i.getHolderUnitId(), i.getPlace(), i.getPlaceVillageId(),
                    i.getCasualties(), i.getSummary(), i.getState().name(),
                    i.getResponseLevel() == null ? null : i.getResponseLevel().name(), i.getMeasures(),
                    i.getResources(), i.getPeopleMoved(), i.getRecovery(), i.getEvaluation(), i.getLessons(),
                    i.getEvaluatedOn(), i.getPublicInfo(), time(i.getPublicInfoAt()));
        }
    }

    record ReportJson(long id, long incidentId, String kind, OffsetDateTime madeAt, String to, String how,
                      boolean late) {
        static ReportJson of(IncidentReport r) {
            return new ReportJson(r.getId(), r.getIncidentId(), r.getKind().name(), time(r.getMadeAt()),
                    r.getRecipient(), r.getChannel(), r.isLate());
        }
    }

    record RumourJson(long id, OffsetDateTime noticedAt, String rumour, String response, String channel) {
        static RumourJson of(RumourResponse r) {
            return new RumourJson(r.getId(), time(r.getNoticedAt()), r.getRumour(), r.getResponse(), r.getChannel());
        }
    }

    /** A reporting clock: due minute, status, and when it was met. */
    record ClockJson(String purpose, OffsetDateTime dueAt, String status, OffsetDateTime metAt, boolean metLate) {
        static ClockJson of(Optional<DeadlineView> d) {
            return d.map(v -> new ClockJson(v.purpose(), v.dueAt(), v.status().name(), v.metAt(), v.metLate()))
                    .orElse(null);
        }
    }

    record IncidentFileJson(IncidentJson incident, List<ReportJson> reports, List<RumourJson> rumours,
                            ClockJson firstReport, ClockJson writtenReport) {
        static IncidentFileJson of(IncidentService.IncidentFile f) {
            return new IncidentFileJson(IncidentJson.of(f.incident()),
                    f.reports().stream().map(ReportJson::of).toList(),
                    f.rumours().stream().map(RumourJson::of).toList(), ClockJson.of(f.firstReport()),
                    ClockJson.of(f.writtenReport()));
        }
    }

    record WarningJson(long id, long orgUnitId, String level, String title, String area, String measures,
                       OffsetDateTime validFrom, OffsetDateTime validUntil, OffsetDateTime issuedAt,
                       OffsetDateTime liftedAt, String liftReason, boolean inForce) {
        static WarningJson of(Warning w, Instant now) {
            return new WarningJson(w.getId(), w.getHolderUnitId(), w.getLevel().name(), w.getTitle(), w.getArea(),
                    w.getMeasures(), time(w.getValidFrom()), time(w.getValidUntil()), time(w.getIssuedAt()),
                    time(w.getLiftedAt()), w.getLiftReason(), w.inForce(now));
        }
    }
}
