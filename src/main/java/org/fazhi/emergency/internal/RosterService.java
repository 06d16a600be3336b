package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 值班值守: the duty roster of each town, entered day by day or imported as the 值班表 ledger, today's duty for every
 * dashboard, the coming days without a leader on duty, and handovers.
 */
@Service
@Transactional
public class RosterService {

    private final DutyDayRepository days;
    private final DutyHandoverRepository handovers;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final EmergencySettings settings;
    private final Clock clock;

    RosterService(DutyDayRepository days, DutyHandoverRepository handovers, OrgDirectory directory,
                  DataScope dataScope, EmergencySettings settings, Clock clock) {
        this.days = days;
        this.handovers = handovers;
        this.directory = directory;
        this.dataScope = dataScope;
        this.settings = settings;
        this.clock = clock;
    }

    /** A day of the roster as entered: the town's emergency office holds it. */
    public record DutyEntry(long townId, LocalDate date, String leader, String staff, String phone) {
    }

    /** Enters a day, or changes it when the town has it already. */
    public DutyDay enter(DutyEntry e) {
        OrgUnitView holder = holderOf(e.townId());
        Input in = new Input();
        if (e.date() == null) {
            in.problem("date", Input.REQUIRED);
        }
        String leader = in.text("leader", e.leader(), 50, false);
        String staff = in.text("staff", e.staff(), 200, true);
        String phone = in.phone("phone", e.phone(), true);
        in.check();
        Optional<DutyDay> existing = days.findByTownIdAndDate(e.townId(), e.date());
        if (existing.isPresent()) {
            existing.get().change(leader, staff, phone);
            return existing.get();
        }
        return days.save(new DutyDay(e.date(), leader, staff, phone, holder));
    }

    /** Enters a day for the caller's own town. */
    public DutyDay enterForOwnTown(LocalDate date, String leader, String staff, String phone) {
        return enter(new DutyEntry(ownTown(), date, leader, staff, phone));
    }

    /** 交接班: logged at the minute it happened. */
    public DutyHandover handOver(String handedAt, String handedBy, String takenBy, String notes) {
        OrgUnitView holder = holderOf(ownTown());
        Input in = new Input();
        OffsetDateTime at = in.dateTime("handedAt", handedAt, true, clock.getZone());
        String from = in.text("handedBy", handedBy, 50, true);
        String to = in.text("takenBy", takenBy, 50, true);
        String n = in.text("notes", notes, 2000, true);
        if (at != null && at.toInstant().isAfter(clock.instant())) {
            in.problem("handedAt", "emergency.time.future");
        }
        in.check();
        return handovers.save(new DutyHandover(at.toInstant(), from, to, n, holder));
    }

    /** The caller's town; a district user enters no roster of their own. */
    public long ownTown() {
        return ownTownIfAny().orElseThrow(() -> new RuleViolation("emergency.roster.noTown"));
    }

    /** The caller's town, none for a district user. */
    public Optional<Long> ownTownIfAny() {
        return DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId);
    }

    private OrgUnitView holderOf(long townId) {
        OrgUnitView holder = directory.departmentOrTown(townId, settings.officeUnitName());
        dataScope.requireWritableHolder(holder.id());
        return holder;
    }

    /** The roster of the days from {@code from} to {@code to} within the caller's scope. */
    @Transactional(readOnly = true)
    public List<DutyDay> between(LocalDate from, LocalDate to) {
        return days.findByDateBetweenOrderByDateAscTownIdAsc(from, to);
    }

    /** Today's duty of each town the caller sees. */
    @Transactional(readOnly = true)
    public List<DutyDay> today() {
        LocalDate today = LocalDate.now(clock);
        return between(today, today);
    }

    /**
     * The coming days (today and the next {@link EmergencySettings#rosterAlertDays()}) without a leader on duty —
     * unfilled days included — for the caller's own town.
     */
    @Transactional(readOnly = true)
    public List<LocalDate> daysWithoutLeader(long townId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(settings.rosterAlertDays());
        Map<LocalDate, DutyDay> byDate = between(today, last).stream().filter(d -> d.getTownId() == townId)
                .collect(Collectors.toMap(DutyDay::getDate, Function.identity()));
        List<LocalDate> gaps = new ArrayList<>();
        for (LocalDate d = today; !d.isAfter(last); d = d.plusDays(1)) {
            DutyDay day = byDate.get(d);
            if (day == null || !day.hasLeader()) {
                gaps.add(d);
            }
        }
        return gaps;
    }

    @Transactional(readOnly = true)
    public List<DutyHandover> recentHandovers() {
        return handovers.findTop20ByOrderByHandedAtDesc();
    }
}
