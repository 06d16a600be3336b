package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 突发事件处置: registers an incident when it becomes known and starts its reporting clocks (minutes, from the time it
 * became known), records each report (late when made after its clock's due minute), and takes the incident through
 * response, recovery and evaluation. Every check runs before the first write, so a refused request changes nothing.
 */
@Service
@Transactional
public class IncidentService {

    private final IncidentRepository incidents;
    private final IncidentReportRepository reports;
    private final RumourResponseRepository rumours;
    private final DeadlineEngine deadlines;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final EmergencySettings settings;
    private final PlanService plans;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, IncidentReportRepository reports, RumourResponseRepository rumours,
                    DeadlineEngine deadlines, OrgDirectory directory, DataScope dataScope,
                    EmergencySettings settings, PlanService plans, Clock clock) {
        this.plans = plans;
        this.incidents = incidents;
        this.reports = reports;
        this.rumours = rumours;
        this.deadlines = deadlines;
        this.directory = directory;
        this.dataScope = dataScope;
        this.settings = settings;
        this.clock = clock;
    }

    /** What is typed when an incident becomes known: kinds and times as text, so a bad value names its field. */
    public record NewIncident(String kind, String severity, String occurredAt, String knownAt, Long orgUnitId,
                              String place, Long villageId, Integer casualties, String summary) {
    }

    /** A report to the level above: FIRST, WRITTEN or FOLLOW_UP, when (to the minute), to whom and how. */
    public record NewReport(String kind, String madeAt, String to, String how) {
    }

    /** An incident with its reports, rumour responses and reporting clocks. */
    public record IncidentFile(Incident incident, List<IncidentReport> reports, List<RumourResponse> rumours,
                               Optional<DeadlineView> firstReport, Optional<DeadlineView> writtenReport) {
    }

    public Incident register(NewIncident n) {
        return create(n, false);
    }

    /**
     * 监测预警: registers a threat being watched (knownAt: since when). No reporting clock runs until it happens
     * ({@link #occur}); the time it would occur may be left empty.
     */
    public Incident watch(NewIncident n) {
        return create(n, true);
    }

    private Incident create(NewIncident n, boolean monitoring) {
        Input in = new Input();
        IncidentKind kind = in.choice("kind", IncidentKind.class, n.kind(), true);
        Severity severity = in.choice("severity", Severity.class, n.severity(), true);
        OffsetDateTime knownAt = in.dateTime("knownAt", n.knownAt(), true, clock.getZone());
        OffsetDateTime occurredAt = monitoring && (n.occurredAt() == null || n.occurredAt().isBlank()) ? knownAt
                : in.dateTime("occurredAt", n.occurredAt(), true, clock.getZone());
        String place = in.text("place", n.place(), 200, true);
        String summary = in.text("summary", n.summary(), Incident.MAX_TEXT, true);
        in.number("casualties", n.casualties(), 0, 100_000);
        OrgUnitView holder = n.orgUnitId() == null ? null : directory.find(n.orgUnitId())
                .filter(u -> u.townId() != null && dataScope.canWriteHeldBy(u.id())).orElse(null);
        if (holder == null) {
            in.problem("orgUnitId", "emergency.unit.invalid");
        }
        OrgUnitView village = null;
        if (n.villageId() != null) {
            village = directory.find(n.villageId()).filter(v -> v.type() == OrgUnitType.VILLAGE && holder != null
                    && v.townId().equals(holder.townId())).orElse(null);
            if (village == null) {
                in.problem("villageId", "emergency.village.invalid");
            }
        }
        Instant now = clock.instant();
        if (knownAt != null && knownAt.toInstant().isAfter(now)) {
            in.problem("knownAt", "emergency.time.future");
        }
        if (occurredAt != null && knownAt != null && knownAt.isBefore(occurredAt)) {
            in.problem("knownAt", "emergency.incident.knownBeforeOccurred");
        }
        in.check();
        Incident incident = incidents.save(new Incident(kind, severity, occurredAt.toInstant(), knownAt.toInstant(),
                place, village, n.casualties() == null ? 0 : n.casualties(), summary, holder, monitoring));
        if (!monitoring) {
            startClocks(incident, knownAt, holder);
        }
        return incident;
    }

    /**
     * 监测预警 → 信息报告: the watched threat happened and became known; the reporting clocks start from then. A time
     * in the future or known before it happened is refused, and so is the step on an incident not being watched.
     */
    public Incident occur(long incidentId, String occurredAt, String knownAt) {
        Incident incident = writable(incidentId);
        Input in = new Input();
        OffsetDateTime occurred = in.dateTime("occurredAt", occurredAt, true, clock.getZone());
        OffsetDateTime known = in.dateTime("knownAt", knownAt, true, clock.getZone());
        if (known != null && known.toInstant().isAfter(clock.instant())) {
            in.problem("knownAt", "emergency.time.future");
        }
        if (occurred != null && known != null && known.isBefore(occurred)) {
            in.problem("knownAt", "emergency.incident.knownBeforeOccurred");
        }
        in.check();
        incident.occur(occurred.toInstant(), known.toInstant());
        startClocks(incident, known, holderOf(incident));
        return incident;
    }

    private void startClocks(Incident incident, OffsetDateTime knownAt, OrgUnitView holder) {
        String id = String.valueOf(incident.getId());
        String name = incident.auditName();
        deadlines.start(NewDeadline.at(EmergencyClock.INCIDENT, id, EmergencyClock.FIRST_REPORT,
                "突发事件首报时限（" + name + "）", EmergencyPeriods.firstReport(settings), knownAt, holder));
        deadlines.start(NewDeadline.at(EmergencyClock.INCIDENT, id, EmergencyClock.WRITTEN_REPORT,
                "突发事件书面报告时限（" + name + "）", EmergencyPeriods.writtenReport(settings), knownAt, holder));
    }

    /**
     * Records a report. The first and the written report meet their clocks: late when made after the due minute. A
     * report before the incident became known, in the future, or a second first (written) report is refused.
     */
    public IncidentReport report(long incidentId, NewReport r) {
        Incident incident = incident(incidentId);
        dataScope.requireWritableHolder(incident.getHolderUnitId());
        Input in = new Input();
        ReportKind kind = in.choice("kind", ReportKind.class, r.kind(), true);
        if (incident.getState() == IncidentState.MONITORING) {
            in.problem("kind", "emergency.report.stillMonitoring");
        }
        OffsetDateTime madeAt = in.dateTime("madeAt", r.madeAt(), true, clock.getZone());
        String to = in.text("to", r.to(), 100, true);
        String how = in.text("how", r.how(), 100, true);
        if (madeAt != null && madeAt.toInstant().isBefore(incident.getKnownAt())) {
            in.problem("madeAt", "emergency.report.beforeKnown");
        }
        if (madeAt != null && madeAt.toInstant().isAfter(clock.instant())) {
            in.problem("madeAt", "emergency.time.future");
        }
        Optional<DeadlineView> clockOfKind = kind == null ? Optional.empty() : clockOf(incident, kind);
        if (clockOfKind.isPresent() && !clockOfKind.get().status().open()) {
            in.problem("kind", "emergency.report.alreadyMade", kind);
        }
        in.check();
        boolean late = false;
        if (clockOfKind.isPresent()) {
            late = deadlines.meetAt(clockOfKind.get().id(), madeAt).metLate();
        }
        return reports.save(new IncidentReport(incident, holderOf(incident), kind, madeAt.toInstant(), to, how,
                late));
    }

    private Optional<DeadlineView> clockOf(Incident incident, ReportKind kind) {
        EmergencyClock purpose = switch (kind) {
            case FIRST -> EmergencyClock.FIRST_REPORT;
            case WRITTEN -> EmergencyClock.WRITTEN_REPORT;
            case FOLLOW_UP -> null;
        };
        return purpose == null ? Optional.empty()
                : deadlines.clock(EmergencyClock.INCIDENT, String.valueOf(incident.getId()), purpose);
    }

    /** 应急响应: a first report must have been made before the response is recorded. */
    public Incident respond(long incidentId, String level, String measures, String resources, Integer peopleMoved) {
        Incident incident = writable(incidentId);
        Input in = new Input();
        ResponseLevel l = in.choice("level", ResponseLevel.class, level, true);
        String m = in.text("measures", measures, Incident.MAX_TEXT, true);
        String res = in.text("resources", resources, 1000, false);
        in.number("peopleMoved", peopleMoved, 0, 10_000_000);
        in.check();
        incident.respond(l, m, res, peopleMoved, clock.instant());
        return incident;
    }

    public Incident recover(long incidentId, String recovery) {
        Incident incident = writable(incidentId);
        incident.recover(Input.requireText("recovery", recovery, Incident.MAX_TEXT), clock.instant());
        return incident;
    }

    /** 调查评估: the report and its lessons, today. */
    public Incident evaluate(long incidentId, String evaluation, String lessons) {
        return evaluate(incidentId, evaluation, lessons, null);
    }

    /**
     * 调查评估 whose lessons open a revision of a plan: the plan's revision names the incident and carries the lessons.
     * A plan that cannot be revised refuses the whole step.
     */
    public Incident evaluate(long incidentId, String evaluation, String lessons, Long planId) {
        Incident incident = writable(incidentId);
        Input in = new Input();
        String e = in.text("evaluation", evaluation, 4000, true);
        String l = in.text("lessons", lessons, Incident.MAX_TEXT, true);
        in.check();
        LocalDate today = LocalDate.now(clock);
        incident.evaluate(e, l, today);
        if (planId != null) {
            plans.revise(planId, today.toString(), l, incidentId);
        }
        return incident;
    }

    public Incident close(long incidentId) {
        Incident incident = writable(incidentId);
        incident.close();
        return incident;
    }

    /** 信息发布: the text the portal shows about the incident, replacing an earlier one. */
    public Incident publish(long incidentId, String text) {
        Incident incident = writable(incidentId);
        incident.publish(Input.requireText("publicInfo", text, Incident.MAX_TEXT), clock.instant());
        return incident;
    }

    /** 舆情应对: a rumour noticed at a time and the answer given. */
    public RumourResponse rumour(long incidentId, String noticedAt, String rumour, String response, String channel) {
        Incident incident = writable(incidentId);
        Input in = new Input();
        OffsetDateTime at = in.dateTime("noticedAt", noticedAt, true, clock.getZone());
        String r = in.text("rumour", rumour, 1000, true);
        String a = in.text("response", response, 2000, true);
        String c = in.text("channel", channel, 100, true);
        if (at != null && at.toInstant().isAfter(clock.instant())) {
            in.problem("noticedAt", "emergency.time.future");
        }
        in.check();
        return rumours.save(new RumourResponse(incident, holderOf(incident), at.toInstant(), r, a, c));
    }

    @Transactional(readOnly = true)
    public Incident incident(long id) {
        return incidents.findById(id).orElseThrow(() -> new NotFound("incident", id));
    }

    @Transactional(readOnly = true)
    public IncidentFile file(long id) {
        Incident incident = incident(id);
        String subject = String.valueOf(id);
        return new IncidentFile(incident, reports.findByIncidentIdOrderByMadeAtAscIdAsc(id),
                rumours.findByIncidentIdOrderByNoticedAtAsc(id),
                deadlines.clock(EmergencyClock.INCIDENT, subject, EmergencyClock.FIRST_REPORT),
                deadlines.clock(EmergencyClock.INCIDENT, subject, EmergencyClock.WRITTEN_REPORT));
    }

    @Transactional(readOnly = true)
    public List<Incident> all() {
        return incidents.findAllByOrderByKnownAtDesc();
    }

    /** The published information of a town's incidents, newest first: for the portal (called as the platform). */
    @Transactional(readOnly = true)
    public List<Incident> publishedOf(long townId) {
        return incidents.findAllByOrderByKnownAtDesc().stream()
                .filter(i -> i.getTownId() == townId && i.getPublicInfo() != null).toList();
    }

    private Incident writable(long id) {
        Incident incident = incident(id);
        dataScope.requireWritableHolder(incident.getHolderUnitId());
        return incident;
    }

    private OrgUnitView holderOf(Incident incident) {
        return directory.get(incident.getHolderUnitId());
    }

    /** The time zone pages and answers show times in (Beijing time). */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }
}
