package org.fazhi.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法投诉举报的办理 — registering a complaint (by staff from any channel, or by the complainant on the portal), the
 * decision to accept it or not within the town's acceptance period, and its conclusion within the handling period.
 * Each step checks the whole request before the first write, so a refusal changes nothing.
 */
@Service
@Transactional
public class Complaints {

    /** The subject type of a complaint's clocks in the deadline engine. */
    public static final String CLOCK_SUBJECT = "supervision.complaint";
    /** The department that receives and handles complaints, where the town has one. */
    static final String JUDICIAL_OFFICE = "司法所";

    /** The clocks a complaint keeps: deciding on acceptance, then handling. */
    enum ComplaintClock implements ClockPurpose {
        ACCEPTANCE,
        HANDLING;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final ComplaintRepository complaints;
    private final SupervisionSettingsRepository settings;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final Clock clock;

    Complaints(ComplaintRepository complaints, SupervisionSettingsRepository settings, OrgDirectory directory,
               DataScope dataScope, DeadlineEngine deadlines, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.directory = directory;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A complaint as it is registered or submitted. */
    public record NewComplaint(ComplaintChannel channel, Long orgUnitId, String subject, String officerName,
                               String caseNumber, String content, Boolean anonymous, String complainantName,
                               String complainantPhone,
                               LocalDate receivedOn) {
    }

    /** Registers a complaint received on a channel; staff may register one only for a unit they may write for. */
    public EnforcementComplaint register(NewComplaint n) {
        return receive(n, false);
    }

    /**
     * A complaint submitted on the portal (channel 网上, received today) about a town or department of a town; run as
     * the platform, since the public has no scope.
     */
    public EnforcementComplaint submitOnline(NewComplaint n) {
        return receive(new NewComplaint(ComplaintChannel.ONLINE, n.orgUnitId(), n.subject(), n.officerName(),
                n.caseNumber(), n.content(), n.anonymous(), n.complainantName(), n.complainantPhone(), today()), true);
    }

    private EnforcementComplaint receive(NewComplaint n, boolean online) {
        Input in = new Input();
        if (n.channel() == null) {
            in.problem("channel", Input.REQUIRED);
        }
        OrgUnitView unit = n.orgUnitId() == null ? null : directory.find(n.orgUnitId())
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE)
                .filter(u -> online || dataScope.canWriteHeldBy(u.id())).orElse(null);
        if (unit == null) {
            in.problem("orgUnitId", "supervision.orgUnit.invalid");
        }
        String content = in.text("content", n.content(), EnforcementComplaint.MAX_TEXT, true);
        String about = in.text("subject", n.subject(), 200, false);
        String officer = in.text("officerName", n.officerName(), 50, false);
        String caseNumber = in.text("caseNumber", n.caseNumber(), 100, false);
        boolean anonymous = Boolean.TRUE.equals(n.anonymous());
        String name = in.text("complainantName", n.complainantName(), 100, false);
        String phone = in.phone("complainantPhone", n.complainantPhone(), false);
        if (!anonymous && name == null) {
            in.problem("complainantName", "supervision.complainant.required");
        }
        if (n.receivedOn() == null) {
            in.problem("receivedOn", Input.REQUIRED);
        } else {
            in.notFuture("receivedOn", n.receivedOn(), today());
        }
        in.check();
        OrgUnitView town = directory.get(unit.townId());
        OrgUnitView holder = directory.departmentOrTown(town.id(), JUDICIAL_OFFICE);
        EnforcementComplaint c = complaints.save(new EnforcementComplaint(new EnforcementComplaint.Particulars(
                n.channel(), unit, about, officer, caseNumber, content, anonymous, name, phone, n.receivedOn()),
                newTrackingCode(), holder));
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(c.getId()), ComplaintClock.ACCEPTANCE,
                "执法投诉举报受理期限（" + c.getTrackingCode() + "）", acceptancePeriod(town), c.getReceivedOn(),
                holder));
        return c;
    }

    private String newTrackingCode() {
        String code = PublicQuery.newTrackingCode();
        while (complaints.findByTrackingCode(code).isPresent()) {
            code = PublicQuery.newTrackingCode();
        }
        return code;
    }

    /** Accepts the complaint: the acceptance clock is met and the handling period starts. */
    public EnforcementComplaint accept(long id, LocalDate on) {
        EnforcementComplaint c = complaint(id);
        LocalDate day = on == null ? today() : on;
        Input in = new Input();
        in.notFuture("on", day, today());
        in.check();
        c.accept(day);
        meet(c, ComplaintClock.ACCEPTANCE, day);
        OrgUnitView holder = directory.get(c.getHolderUnitId());
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(c.getId()), ComplaintClock.HANDLING,
                "执法投诉举报办理期限（" + c.getTrackingCode() + "）", handlingPeriod(directory.get(c.getTownId())),
                day, holder));
        return c;
    }

    /** Does not accept the complaint, with the reason the complainant is told. */
    public EnforcementComplaint reject(long id, String reason, LocalDate on) {
        EnforcementComplaint c = complaint(id);
        LocalDate day = on == null ? today() : on;
        String why = Input.requireText("reason", reason, 1000);
        Input in = new Input();
        in.notFuture("on", day, today());
        in.check();
        c.reject(day, why);
        meet(c, ComplaintClock.ACCEPTANCE, day);
        return c;
    }

    /** Concludes an accepted complaint with the finding, the measures taken and the reply to the complainant. */
    public EnforcementComplaint conclude(long id, String finding, String measures, String reply, LocalDate on) {
        EnforcementComplaint c = complaint(id);
        LocalDate day = on == null ? today() : on;
        Input in = new Input();
        String f = in.text("finding", finding, EnforcementComplaint.MAX_TEXT, true);
        String m = in.text("measures", measures, EnforcementComplaint.MAX_TEXT, false);
        String r = in.text("reply", reply, EnforcementComplaint.MAX_TEXT, true);
        in.notFuture("on", day, today());
        in.check();
        c.conclude(day, f, m, r);
        meet(c, ComplaintClock.HANDLING, day);
        return c;
    }

    /** The town's periods. */
    public SupervisionSettings updateSettings(long townId, int acceptanceWorkingDays, int handlingDays) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        dataScope.requireWritableHolder(town.id());
        SupervisionSettings s = settingsOf(town);
        s.update(acceptanceWorkingDays, handlingDays);
        return s;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public EnforcementComplaint complaint(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFound("enforcement-complaint", id));
    }

    @Transactional(readOnly = true)
    public Page<EnforcementComplaint> search(ComplaintState state, ComplaintChannel channel, String q,
                                             Pageable pageable) {
        return complaints.search(state, channel, Like.containing(q), pageable);
    }

    /** The complaint a tracking code names, however it was typed; the caller runs as the platform. */
    @Transactional(readOnly = true)
    public Optional<EnforcementComplaint> byTrackingCode(String code) {
        return PublicQuery.trackingCode(code).flatMap(complaints::findByTrackingCode);
    }

    /** The clock of one purpose of the complaint, if started. */
    @Transactional(readOnly = true)
    public Optional<DeadlineView> acceptanceClock(EnforcementComplaint c) {
        return clockOf(c, ComplaintClock.ACCEPTANCE);
    }

    @Transactional(readOnly = true)
    public Optional<DeadlineView> handlingClock(EnforcementComplaint c) {
        return clockOf(c, ComplaintClock.HANDLING);
    }

    /** The complaints of a town received in a period, for the district's figures. */
    @Transactional(readOnly = true)
    public List<EnforcementComplaint> receivedBetween(long townId, LocalDate from, LocalDate to) {
        return complaints.receivedBetween(townId, from, to);
    }

    @Transactional(readOnly = true)
    public SupervisionSettings settings(long townId) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return settings.findByTownId(town.id()).orElseGet(() -> SupervisionSettings.defaults(town));
    }

    private void meet(EnforcementComplaint c, ComplaintClock purpose, LocalDate day) {
        clockOf(c, purpose).filter(k -> k.status().open()).ifPresent(k -> deadlines.meet(k.id(), day));
    }

    private Optional<DeadlineView> clockOf(EnforcementComplaint c, ComplaintClock purpose) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(c.getId()), purpose);
    }

    private StatutoryPeriod acceptancePeriod(OrgUnitView town) {
        return StatutoryPeriod.workingDays(settingsOf(town).getAcceptanceWorkingDays(),
                WorkingCalendar.TRIGGER_DAY_NOT_COUNTED);
    }

    private StatutoryPeriod handlingPeriod(OrgUnitView town) {
        return StatutoryPeriod.calendarDays(settingsOf(town).getHandlingDays(),
                WorkingCalendar.TRIGGER_DAY_NOT_COUNTED);
    }

    private SupervisionSettings settingsOf(OrgUnitView town) {
        return settings.findByTownId(town.id()).orElseGet(() -> settings.save(SupervisionSettings.defaults(town)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
