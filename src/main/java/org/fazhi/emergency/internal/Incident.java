package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 突发事件 — an incident of the town from the moment it became known: its reports, the response, recovery and the
 * investigation and evaluation, one step of {@link IncidentState.Step} each. The reporting clocks run in the deadline
 * engine, counted in minutes from {@link #knownAt}.
 */
@Entity
@Table(name = "emergency_incident")
public class Incident extends ScopedRecord implements AuditNamed {

    static final int MAX_TEXT = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "known_at", nullable = false)
    private Instant knownAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "place_village_id")
    private Long placeVillageId;

    @Column(nullable = false)
    private int casualties;

    @Column(nullable = false, length = MAX_TEXT)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_level", length = 20)
    private ResponseLevel responseLevel;

    @Column(length = MAX_TEXT)
    private String measures;

    @Column(length = 1000)
    private String resources;

    @Column(name = "people_moved")
    private Integer peopleMoved;

    @Column(name = "response_at")
    private Instant responseAt;

    @Column(length = MAX_TEXT)
    private String recovery;

    @Column(name = "recovery_at")
    private Instant recoveryAt;

    @Column(length = 4000)
    private String evaluation;

    @Column(length = MAX_TEXT)
    private String lessons;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    /** 信息发布: what the public is told of the incident, on the portal. */
    @Column(name = "public_info", length = MAX_TEXT)
    private String publicInfo;

    @Column(name = "public_info_at")
    private Instant publicInfoAt;

    protected Incident() {
    }

    Incident(IncidentKind kind, Severity severity, Instant occurredAt, Instant knownAt, String place,
             OrgUnitView village, int casualties, String summary, OrgUnitView holder, boolean monitoring) {
        this.kind = kind;
        this.severity = severity;
        this.occurredAt = occurredAt;
        this.knownAt = knownAt;
        this.place = place;
        this.placeVillageId = village == null ? null : village.id();
        this.casualties = casualties;
        this.summary = summary;
        this.state = monitoring ? IncidentState.MONITORING : IncidentState.REPORTING;
        assignHolder(holder);
    }

    /** 监测预警 → 信息报告: the watched threat happened; its times are now those of the incident. */
    void occur(Instant occurredAt, Instant knownAt) {
        IncidentState before = require(IncidentState.Step.OCCUR);
        this.occurredAt = occurredAt;
        this.knownAt = knownAt;
        move(before, IncidentState.Step.OCCUR, null);
    }

    /** 应急响应: the level started, the measures, the resources brought in and the people moved to safety. */
    void respond(ResponseLevel level, String measures, String resources, Integer peopleMoved, Instant at) {
        IncidentState before = require(IncidentState.Step.RESPOND);
        this.responseLevel = level;
        this.measures = measures;
        this.resources = resources;
        this.peopleMoved = peopleMoved;
        this.responseAt = at;
        move(before, IncidentState.Step.RESPOND, level.label());
    }

    /** 恢复重建: the response ends, what is being restored. */
    void recover(String recovery, Instant at) {
        IncidentState before = require(IncidentState.Step.RECOVER);
        this.recovery = recovery;
        this.recoveryAt = at;
        move(before, IncidentState.Step.RECOVER, null);
    }

    /** 调查评估: the investigation and evaluation report with its lessons. */
    void evaluate(String evaluation, String lessons, LocalDate on) {
        IncidentState before = require(IncidentState.Step.INVESTIGATE);
        this.evaluation = evaluation;
        this.lessons = lessons;
        this.evaluatedOn = on;
        move(before, IncidentState.Step.INVESTIGATE, null);
    }

    /** The handling ends; the evaluation report must be there. */
    void close() {
        IncidentState before = require(IncidentState.Step.CLOSE);
        move(before, IncidentState.Step.CLOSE, null);
    }

    /** 信息发布: accurate and timely information to the public, shown on the portal. */
    void publish(String text, Instant at) {
        this.publicInfo = text;
        this.publicInfoAt = at;
        noteChange("PUBLIC_INFO", null);
    }

    private IncidentState require(IncidentState.Step step) {
        if (!step.allowedFrom(state)) {
            throw new RuleViolation("emergency.incident.stepNotAllowed", state,
                    new DefaultMessageSourceResolvable("emergency.step." + step.name()));
        }
        return state;
    }

    private void move(IncidentState before, IncidentState.Step step, String reason) {
        state = step.target();
        noteChange("TRANSITION:" + before + "->" + state, reason);
    }

    public IncidentKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getKnownAt() {
        return knownAt;
    }

    public String getPlace() {
        return place;
    }

    public Long getPlaceVillageId() {
        return placeVillageId;
    }

    public int getCasualties() {
        return casualties;
    }

    public String getSummary() {
        return summary;
    }

    public IncidentState getState() {
        return state;
    }

    public ResponseLevel getResponseLevel() {
        return responseLevel;
    }

    public String getMeasures() {
        return measures;
    }

    public String getResources() {
        return resources;
    }

    public Integer getPeopleMoved() {
        return peopleMoved;
    }

    public Instant getResponseAt() {
        return responseAt;
    }

    public String getRecovery() {
        return recovery;
    }

    public Instant getRecoveryAt() {
        return recoveryAt;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getLessons() {
        return lessons;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getPublicInfo() {
        return publicInfo;
    }

    public Instant getPublicInfoAt() {
        return publicInfoAt;
    }

    /** {@inheritDoc} Here: the kind, severity and place. */
    @Override
    public String auditName() {
        return severity.label() + kind.label() + "（" + place + "）";
    }
}
