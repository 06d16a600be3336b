package org.fazhi.counsel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal teams as the judicial office keeps them: advisors and their engagements (with the clock that warns
 * before an engagement ends), the town's counsel contracts, 法律明白人 and 法治副校长, the service log and the norms.
 * The ledger and the pages go through the same methods, so an imported engagement obeys the same rules.
 */
@Service
@Transactional
public class LegalTeams {

    /** The subject type of an engagement's clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "counsel.engagement";
    /** An engagement runs for the term its contract states (《民法典》第470条: 履行期限 is part of a contract). */
    public static final LegalBasis ENGAGEMENT_TERM = LegalBasis.of("民法典", 470);
    /** An engagement ending within this many days raises the alert, so the town renews or replaces the advisor. */
    public static final int ENDING_ALERT_DAYS = 30;
    /** 律师执业证号: 17 digits. */
    static final Pattern LICENCE = Pattern.compile("\\d{17}");
    /** The department that keeps the legal teams and receives the ending alerts, where the town has one. */
    static final String JUDICIAL_OFFICE = "司法所";

    /** The clock an engagement keeps: the warning before it ends. */
    enum EngagementClock implements ClockPurpose {
        ENDING;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final AdvisorRepository advisors;
    private final EngagementRepository engagements;
    private final TownContractRepository contracts;
    private final TeamMemberRepository members;
    private final ServiceLogRepository logs;
    private final ServiceNormsRepository norms;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final Clock clock;

    LegalTeams(AdvisorRepository advisors, EngagementRepository engagements, TownContractRepository contracts,
               TeamMemberRepository members, ServiceLogRepository logs, ServiceNormsRepository norms,
               OrgDirectory directory, DataScope dataScope, DeadlineEngine deadlines, OfficialCalendar calendar,
               Clock clock) {
        this.advisors = advisors;
        this.engagements = engagements;
        this.contracts = contracts;
        this.members = members;
        this.logs = logs;
        this.norms = norms;
        this.directory = directory;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- advisors and engagements

    /** An advisor engaged for one village over a period: what a form, the API and one ledger row say. */
    public record NewEngagement(String name, String firm, String licenceNumber, String phone, Long villageId,
                                LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * Engages the advisor (registered on first use, known by licence number within the town) for the village. The
     * same advisor, village and first day again adds nothing and answers the engagement recorded before.
     */
    public AdvisorEngagement engage(NewEngagement n) {
        Input in = new Input();
        String name = in.text("name", n.name(), 50, true);
        String firm = in.text("firm", n.firm(), 100, true);
        String licence = licenceNumber(n.licenceNumber());
        if (licence == null) {
            in.problem("licenceNumber", "counsel.licence.invalid");
        }
        String phone = in.phone("phone", in.text("phone", n.phone(), 30, false), false);
        OrgUnitView village = writableVillage(n.villageId()).orElse(null);
        if (village == null) {
            in.problem("villageId", "counsel.village.invalid");
        }
        if (n.startsOn() == null) {
            in.problem("startsOn", Input.REQUIRED);
        }
        if (n.endsOn() == null) {
            in.problem("endsOn", Input.REQUIRED);
        } else if (n.startsOn() != null && n.endsOn().isBefore(n.startsOn())) {
            in.problem("endsOn", "counsel.engagement.endBeforeStart", n.endsOn().toString(), n.startsOn().toString());
        }
        in.check();
        OrgUnitView town = directory.get(village.townId());
        LegalAdvisor advisor = advisors.findByTownIdAndLicenceNumber(town.id(), licence).map(a -> {
            a.update(name, firm, phone);
            return a;
        }).orElseGet(() -> advisors.save(new LegalAdvisor(name, firm, licence, phone, town)));
        Optional<AdvisorEngagement> before = engagements.findByAdvisorIdAndHolderUnitIdAndStartsOn(advisor.getId(),
                village.id(), n.startsOn());
        if (before.isPresent()) {
            return before.get();
        }
        AdvisorEngagement e = engagements.save(new AdvisorEngagement(advisor, village, n.startsOn(), n.endsOn()));
        meetClocksCoveredBy(e);
        startClock(e, advisor, village, town);
        return e;
    }

    /** Links the advisor to the account they sign in with (a 法律顾问 of a village). */
    public void linkAccount(long advisorId, String username) {
        advisor(advisorId).linkAccount(username == null || username.isBlank() ? null : username.strip());
    }

    /** The licence number as stored (full-width digits and spaces tolerated), or {@code null} when not 17 digits. */
    static String licenceNumber(String typed) {
        if (typed == null) {
            return null;
        }
        String s = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
        return LICENCE.matcher(s).matches() ? s : null;
    }

    private Optional<OrgUnitView> writableVillage(Long villageId) {
        return villageId == null ? Optional.empty() : directory.find(villageId)
                .filter(u -> u.type() == OrgUnitType.VILLAGE && dataScope.canWriteHeldBy(u.id()));
    }

    /**
     * The clock from the first day to the last day of the engagement, warning {@link #ENDING_ALERT_DAYS} days ahead.
     * An engagement already over when it is recorded (an old ledger row) needs no warning and gets none.
     */
    private void startClock(AdvisorEngagement e, LegalAdvisor advisor, OrgUnitView village, OrgUnitView town) {
        LocalDate today = LocalDate.now(clock);
        if (e.getEndsOn().isBefore(today)) {
            return;
        }
        // triggered the day before the first day, so the period's last day is the engagement's last day
        LocalDate trigger = e.getStartsOn().minusDays(1);
        int days = (int) ChronoUnit.DAYS.between(trigger, e.getEndsOn());
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(e.getId()), EngagementClock.ENDING,
                        "村（居）法律顾问聘用到期（" + advisor.getName() + "，" + village.name() + "）",
                        StatutoryPeriod.calendarDays(days, ENGAGEMENT_TERM), trigger, keeperOf(town))
                .warnWorkingDaysBefore(calendar.snapshot().workingDaysAfterUpTo(
                        e.getEndsOn().minusDays(ENDING_ALERT_DAYS), e.getEndsOn())));
    }

    /**
     * A new engagement of the village that starts by the day after an earlier one ends and runs beyond it keeps the
     * village served: the earlier engagement's warning is done.
     */
    private void meetClocksCoveredBy(AdvisorEngagement e) {
        LocalDate today = LocalDate.now(clock);
        for (AdvisorEngagement other : engagements.findByHolderUnitIdOrderByStartsOnAsc(e.getHolderUnitId())) {
            if (other.getId().equals(e.getId()) || e.getStartsOn().isAfter(other.getEndsOn().plusDays(1))
                    || !e.getEndsOn().isAfter(other.getEndsOn())) {
                continue;
            }
            openClock(other).ifPresent(v -> deadlines.meet(v.id(),
                    today.isBefore(v.triggeredOn()) ? v.triggeredOn() : today));
        }
    }

    private Optional<DeadlineView> openClock(AdvisorEngagement e) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(e.getId()), EngagementClock.ENDING)
                .filter(v -> v.status().open());
    }

    /** The unit whose staff see the ending alerts: the town's judicial office, or the town itself. */
    private OrgUnitView keeperOf(OrgUnitView town) {
        return directory.departmentOrTown(town.id(), JUDICIAL_OFFICE);
    }

    // ---------------------------------------------------------------- the town's counsel

    public record NewTownContract(String firm, String lawyer, LocalDate startsOn, LocalDate endsOn, String scope) {
    }

    /** 政府法律顾问: the town government's contract with a firm and its lawyer. */
    public TownCounselContract recordTownContract(NewTownContract n) {
        Input in = new Input();
        String firm = in.text("firm", n.firm(), 100, true);
        String lawyer = in.text("lawyer", n.lawyer(), 50, true);
        String scope = in.text("scope", n.scope(), 500, true);
        checkPeriod(in, n.startsOn(), n.endsOn());
        in.check();
        OrgUnitView town = callersTown();
        return contracts.save(new TownCounselContract(firm, lawyer, n.startsOn(), n.endsOn(), scope, town));
    }

    private static void checkPeriod(Input in, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            in.problem("startsOn", Input.REQUIRED);
        }
        if (endsOn == null) {
            in.problem("endsOn", Input.REQUIRED);
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            in.problem("endsOn", "counsel.engagement.endBeforeStart", endsOn.toString(), startsOn.toString());
        }
    }

    /** The caller's own town, which they must be able to write: town records are kept by town staff. */
    private OrgUnitView callersTown() {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        Long townId = user.homeUnit().townId();
        if (townId == null || !dataScope.canWriteHeldBy(townId)) {
            throw new AccessDenied("counsel.townOnly");
        }
        return directory.get(townId);
    }

    // ---------------------------------------------------------------- 法律明白人 and 法治副校长

    public record NewMember(TeamMemberKind kind, String name, String workUnit, String school, Long villageId,
                            LocalDate trainedOn) {
    }

    /** A 法律明白人 of a village or a 法治副校长 of a school of the town. */
    public TeamMember addMember(NewMember n) {
        Input in = new Input();
        if (n.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String name = in.text("name", n.name(), 50, true);
        String workUnit = in.text("workUnit", n.workUnit(), 100, true);
        String school = in.text("school", n.school(), 100, n.kind() == TeamMemberKind.SCHOOL_VICE_PRINCIPAL);
        OrgUnitView village = null;
        if (n.kind() == TeamMemberKind.LEGAL_AWARE_PERSON) {
            village = writableVillage(n.villageId()).orElse(null);
            if (village == null) {
                in.problem("villageId", "counsel.village.invalid");
            }
        }
        if (n.trainedOn() != null && n.trainedOn().isAfter(LocalDate.now(clock))) {
            in.problem("trainedOn", "counsel.trainedOn.future", n.trainedOn().toString());
        }
        in.check();
        OrgUnitView holder = village != null ? village : callersTown();
        return members.save(new TeamMember(n.kind(), name, workUnit,
                n.kind() == TeamMemberKind.SCHOOL_VICE_PRINCIPAL ? school : null, n.trainedOn(), holder));
    }

    // ---------------------------------------------------------------- service log and norms

    /** One entry of an advisor's service log for a village they serve. */
    public record NewServiceEntry(Long advisorId, Long villageId, LocalDate servedOn, Integer onSiteDays,
                                  Integer talks, Integer questions, Integer documents, String note) {
    }

    public ServiceLogEntry logService(NewServiceEntry n) {
        Input in = new Input();
        LegalAdvisor advisor = n.advisorId() == null ? null : advisors.findById(n.advisorId()).orElse(null);
        if (advisor == null) {
            in.problem("advisorId", "counsel.advisor.unknown");
        }
        OrgUnitView village = writableVillage(n.villageId()).orElse(null);
        if (village == null) {
            in.problem("villageId", "counsel.village.invalid");
        }
        LocalDate today = LocalDate.now(clock);
        if (n.servedOn() == null) {
            in.problem("servedOn", Input.REQUIRED);
        } else if (n.servedOn().isAfter(today)) {
            in.problem("servedOn", "counsel.servedOn.future", n.servedOn().toString());
        }
        int onSite = count(in, "onSiteDays", n.onSiteDays());
        int talks = count(in, "talks", n.talks());
        int questions = count(in, "questions", n.questions());
        int documents = count(in, "documents", n.documents());
        String note = in.text("note", n.note(), 500, false);
        in.check();
        boolean engaged = engagements.findByAdvisorIdOrderByStartsOnAsc(advisor.getId()).stream()
                .anyMatch(e -> e.getHolderUnitId().equals(village.id()) && e.coversOn(n.servedOn()));
        if (!engaged) {
            throw RuleViolation.onField("villageId", "counsel.log.notEngaged", advisor.getName(), village.name(),
                    n.servedOn().toString());
        }
        return logs.save(new ServiceLogEntry(advisor.getId(), village, n.servedOn(),
                new ServiceCounts(onSite, talks, questions, documents), note));
    }

    private static int count(Input in, String field, Integer value) {
        Integer v = in.number(field, value, 0, ServiceNorms.MAX_NORM);
        return v == null ? 0 : v;
    }

    /** The town's norms, the defaults until the town sets its own. */
    @Transactional(readOnly = true)
    public ServiceCounts normsOf(long townId) {
        return norms.findByTownId(townId).map(ServiceNorms::perYear)
                .orElseGet(() -> ServiceNorms.defaults(directory.get(townId)).perYear());
    }

    public ServiceCounts updateNorms(ServiceCounts wanted) {
        OrgUnitView town = callersTown();
        ServiceNorms n = norms.findByTownId(town.id()).orElseGet(() -> norms.save(ServiceNorms.defaults(town)));
        n.update(wanted);
        return n.perYear();
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public LegalAdvisor advisor(long id) {
        return advisors.findById(id).orElseThrow(() -> new NotFound("advisor", id));
    }

    @Transactional(readOnly = true)
    public AdvisorEngagement engagement(long id) {
        return engagements.findById(id).orElseThrow(() -> new NotFound("engagement", id));
    }

    @Transactional(readOnly = true)
    public List<AdvisorEngagement> engagements() {
        return engagements.findAllByOrderByStartsOnAsc();
    }

    @Transactional(readOnly = true)
    public List<AdvisorEngagement> engagementsOf(long advisorId) {
        advisor(advisorId);
        return engagements.findByAdvisorIdOrderByStartsOnAsc(advisorId);
    }

    @Transactional(readOnly = true)
    public List<TownCounselContract> townContracts() {
        return contracts.findAllByOrderByStartsOnDesc();
    }

    @Transactional(readOnly = true)
    public List<TeamMember> members() {
        return members.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public List<ServiceLogEntry> serviceLog(LocalDate from, LocalDate to) {
        return logs.findByServedOnBetweenOrderByServedOnAsc(from, to);
    }

    /** Who an advisor is, as far as the caller sees an engagement of theirs. */
    public record AdvisorName(long id, String name, String firm, String licenceNumber) {
    }

    /**
     * The names of the advisors of engagements the caller reads. A village's staff see who serves the village without
     * reading the town's advisor register (see {@link AdvisorRepository#namesOf}).
     */
    @Transactional(readOnly = true)
    public Map<Long, AdvisorName> namesOf(Collection<AdvisorEngagement> visible) {
        List<Long> ids = visible.stream().map(AdvisorEngagement::getAdvisorId).distinct().toList();
        Map<Long, AdvisorName> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : advisors.namesOf(ids)) {
                long id = ((Number) row[0]).longValue();
                out.put(id, new AdvisorName(id, (String) row[1], (String) row[2], (String) row[3]));
            }
        }
        return out;
    }

    /** The villages the caller may record for, in tree order. */
    public List<OrgUnitView> writableVillages() {
        return dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }
}
