package org.fazhi.study.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.StaffDirectory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导干部学法的登记 — study sessions, the annual plan and the 述法 statement, each for the caller's town; a request
 * is checked whole before the first write.
 */
@Service
@Transactional
public class StudySessions {

    static final int MAX_PARTICIPANTS = 10_000;

    private final StudySessionRepository sessions;
    private final StudyPlanRepository plans;
    private final DutyStatementRepository statements;
    private final StaffDirectory staff;
    private final Clock clock;

    StudySessions(StudySessionRepository sessions, StudyPlanRepository plans, DutyStatementRepository statements,
                  StaffDirectory staff, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.statements = statements;
        this.staff = staff;
        this.clock = clock;
    }

    /** A session as recorded: attendees are staff accounts of the town; the count may exceed them (guests). */
    public record NewSession(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, StudyForm form,
                             String topic, String host, Integer participants, String materials,
                             List<String> attendees) {
    }

    public StudySession record(NewSession s) {
        OrgUnitView holder = holder();
        Input in = new Input();
        if (s.heldOn() == null) {
            in.problem("heldOn", Input.REQUIRED);
        }
        in.notFuture("heldOn", s.heldOn(), LocalDate.now(clock));
        if (s.form() == null) {
            in.problem("form", Input.REQUIRED);
        }
        String topic = in.text("topic", s.topic(), 200, true);
        String host = in.text("host", s.host(), 60, true);
        String materials = in.text("materials", s.materials(), 500, false);
        Set<String> attendees = new LinkedHashSet<>(s.attendees() == null ? List.of() : s.attendees());
        attendees.removeIf(a -> a == null || a.isBlank());
        attendees.stream().filter(a -> staff.homeUnitOf(a).map(OrgUnitView::townId)
                        .filter(holder.townId()::equals).isEmpty()).findFirst()
                .ifPresent(a -> in.problem("attendees", "study.attendee.unknown", a));
        if (s.participants() == null && attendees.isEmpty()) {
            in.problem("participants", "study.participants.required");
        }
        Integer count = in.number("participants", s.participants(), 1, MAX_PARTICIPANTS);
        if (count != null && count < attendees.size()) {
            in.problem("participants", "study.participants.belowAttendees", String.valueOf(attendees.size()));
        }
        in.check();
        int participants = s.participants() == null ? attendees.size() : s.participants();
        return sessions.save(new StudySession(s.heldOn(), s.form(), topic, host, participants, materials, attendees,
                holder));
    }

    /** Sets the number of sessions the town plans for the year. */
    public StudyPlan plan(int year, Integer planned) {
        OrgUnitView holder = holder();
        Input.requireYear(year);
        if (planned == null || planned < 0 || planned > 1000) {
            throw RuleViolation.onField("planned", "error.field.range", "0", "1000");
        }
        StudyPlan p = plans.findByTownIdAndYear(holder.townId(), year).orElse(null);
        if (p == null) {
            return plans.save(new StudyPlan(year, planned, holder));
        }
        p.plan(planned);
        return p;
    }

    /** Writes (or rewrites) the first responsible person's 述法 statement for the year. */
    public DutyStatement state(int year, String responsible, String content) {
        OrgUnitView holder = holder();
        Input.requireYear(year);
        Input in = new Input();
        String r = in.text("responsible", responsible, 60, true);
        String c = in.text("content", content, 8000, true);
        in.check();
        DutyStatement s = statements.findByTownIdAndYear(holder.townId(), year).orElse(null);
        if (s == null) {
            return statements.save(new DutyStatement(year, r, c, holder));
        }
        s.rewrite(r, c);
        return s;
    }

    @Transactional(readOnly = true)
    public List<StudySession> sessionsOf(int year) {
        return sessions.findByHeldOnBetweenOrderByHeldOnAscIdAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Optional<StudyPlan> planOf(long townId, int year) {
        return plans.findByTownIdAndYear(townId, year);
    }

    @Transactional(readOnly = true)
    public Optional<DutyStatement> statementOf(long townId, int year) {
        return statements.findByTownIdAndYear(townId, year);
    }

    @Transactional(readOnly = true)
    public Optional<DutyStatement> statement(long id) {
        return statements.findById(id);
    }

    @Transactional(readOnly = true)
    public StudySession session(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFound("study-session", id));
    }

    /** How many of the year's sessions each named attendee attended. */
    @Transactional(readOnly = true)
    public Map<String, Long> attendance(int year) {
        Map<String, Long> out = new TreeMap<>();
        sessionsOf(year).forEach(s -> s.getAttendees().forEach(a -> out.merge(a, 1L, Long::sum)));
        return out;
    }

    /** The staff of the caller's town who may be named as attendees. */
    @Transactional(readOnly = true)
    public List<String> leadersOfCaller() {
        return staff.holdersOf(org.fazhi.organization.Role.LEADER, holder().townId());
    }

    /** Study is recorded for a town: by its leaders or staff, never by the district. */
    static OrgUnitView holder() {
        return DataScope.currentUser().map(FazhiUser::homeUnit).filter(u -> u.townId() != null)
                .orElseThrow(() -> new RuleViolation("study.holder.none"));
    }
}
