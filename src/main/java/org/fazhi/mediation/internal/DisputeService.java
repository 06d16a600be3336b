package org.fazhi.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.mediation.internal.DisputeCommands.Assignment;
import org.fazhi.mediation.internal.DisputeCommands.Conclusion;
import org.fazhi.mediation.internal.DisputeCommands.CourtConfirmation;
import org.fazhi.mediation.internal.DisputeCommands.Escalation;
import org.fazhi.mediation.internal.DisputeCommands.FollowUpInput;
import org.fazhi.mediation.internal.DisputeCommands.LedgerEntry;
import org.fazhi.mediation.internal.DisputeCommands.PartyInput;
import org.fazhi.mediation.internal.DisputeCommands.PoliceReport;
import org.fazhi.mediation.internal.DisputeCommands.Registration;
import org.fazhi.mediation.internal.DisputeCommands.SessionInput;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Versions;
import org.fazhi.shared.RuleViolation.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediation procedure as staff drive it: each method is one transaction that loads the dispute through the data
 * scope, checks every rule before the first write and asks the aggregate to take the step. Clocks of the deadline
 * engine follow the steps: the conclusion target from acceptance, the court-confirmation window from a written
 * agreement taking effect.
 */
@Service
public class DisputeService {

    private final DisputeRepository disputes;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final CaseNumbers numbers;
    private final MediationSettings settings;
    private final Clock clock;

    DisputeService(DisputeRepository disputes, OrgDirectory directory, DataScope dataScope, DeadlineEngine deadlines,
                   CaseNumbers numbers, MediationSettings settings, Clock clock) {
        this.disputes = disputes;
        this.directory = directory;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The dispute if it lies in the caller's scope, otherwise 404. */
    @Transactional(readOnly = true)
    public Dispute get(long id) {
        return initialised(disputes.findById(id).orElseThrow(() -> new NotFound("dispute", id)));
    }

    /** Loads the dispute's parts, so that it can be shown after its transaction (even when the caller loses sight of it). */
    private static Dispute initialised(Dispute d) {
        d.getParties().size();
        d.getSessions().size();
        d.getHandovers().size();
        d.getFollowUps().size();
        return d;
    }

    @Transactional
    public Dispute register(Registration r) {
        return register(r, null);
    }

    /** Registers a dispute; from a screening campaign when {@code campaignAssignmentId} is given. */
    @Transactional
    public Dispute register(Registration r, Long campaignAssignmentId) {
        String by = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnitView locality = locality(r.localityId(), problems);
        if (r.acceptedOn() != null && r.acceptedOn().isAfter(today())) {
            problems.add(new FieldProblem("acceptedOn", "mediation.date.future"));
        }
        OrgUnitView holder = null;
        if (locality != null) {
            CommitteeLevel committee = r.committee() != null ? r.committee() : defaultCommittee();
            holder = committee == CommitteeLevel.VILLAGE ? locality : townCommittee(locality.townId());
            if (!dataScope.canWriteHeldBy(holder.id())) {
                problems.add(new FieldProblem(committee == CommitteeLevel.VILLAGE ? "localityId" : "committee",
                        "mediation.committee.notYours", holder.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        OrgUnitView town = directory.get(locality.townId());
        Dispute d = new Dispute(holder, numbers.next(town, r.acceptedOn().getYear()), locality, r.acceptedOn(),
                r.category(), r.source(), r.channel(), r.summary().strip(),
                r.parties().stream().map(p -> p.name().strip()).collect(Collectors.joining("、")), r.amount(),
                r.riskLevel(), by);
        for (PartyInput p : r.parties()) {
            d.addParty(p.role(), p.name().strip(), p.idNumber(), p.phone(), p.address());
        }
        d.flagMajor(r.deathCount(), r.personCount(), majorReasons(r));
        if (r.mediators() != null && !r.mediators().isBlank()) {
            d.assignMediators(r.mediators());
        }
        if (campaignAssignmentId != null) {
            d.linkCampaign(campaignAssignmentId);
        }
        disputes.save(d);
        startConclusionClock(d, holder, by);
        return d;
    }

    /** The reasons that make a dispute major under the configured criteria, or the mediator's own judgement. */
    List<String> majorReasons(Registration r) {
        List<String> reasons = new ArrayList<>();
        if (r.deathCount() >= settings.majorDeaths()) {
            reasons.add("死亡" + r.deathCount() + "人");
        }
        if (r.personCount() >= settings.majorGroupSize()) {
            reasons.add("群体性（" + r.personCount() + "人）");
        }
        if (r.amount() != null && r.amount().compareTo(settings.majorAmount()) >= 0) {
            reasons.add("涉及金额" + r.amount().toPlainString() + "元");
        }
        if (r.flaggedMajor() && reasons.isEmpty()) {
            reasons.add("经研判认定");
        }
        return reasons;
    }

    @Transactional
    public Dispute assign(long id, Assignment a) {
        Dispute d = load(id);
        d.assignMediators(a.mediators());
        return d;
    }

    @Transactional
    public Dispute recordSession(long id, SessionInput s) {
        Dispute d = load(id);
        d.recordSession(s.heldOn(), s.place(), s.participants(), s.mediator(), s.record(), username(), today());
        return d;
    }

    @Transactional
    public Dispute escalate(long id, Escalation e) {
        Dispute d = load(id);
        OrgUnitView committee = townCommittee(d.getTownId());
        d.escalate(committee, e.on(), e.reason(), username(), today());
        // the one-month conclusion clock goes with the dispute: the committee now answers for it and sees its alerts
        openClock(d, DisputeClock.CONCLUSION).ifPresent(k -> deadlines.handOver(k.id(), committee,
                e.reason()));
        return d;
    }

    @Transactional
    public Dispute reportToPolice(long id, PoliceReport p) {
        Dispute d = load(id);
        d.reportToPolice(p.on(), p.note(), today());
        return d;
    }

    @Transactional
    public Dispute conclude(long id, Conclusion c) {
        Dispute d = load(id);
        d.conclude(c, today());
        openClock(d, DisputeClock.CONCLUSION).ifPresent(k -> deadlines.meet(k.id(), c.concludedOn()));
        if (d.getAgreementForm() == AgreementForm.WRITTEN) {
            deadlines.start(NewDeadline.of(DisputeClock.SUBJECT, String.valueOf(d.getId()),
                    DisputeClock.COURT_CONFIRMATION, "司法确认申请期限（" + d.getCaseNo() + "）",
                    MediationPeriods.COURT_CONFIRMATION, d.getAgreementSignedOn(), directory.get(d.getHolderUnitId())).assignedTo(username()));
        }
        return d;
    }

    @Transactional
    public Dispute followUp(long id, FollowUpInput f) {
        Dispute d = load(id);
        d.recordFollowUp(f.kind(), f.on(), f.result(), f.note(), username(), today());
        return d;
    }

    @Transactional
    public Dispute recordCourtConfirmation(long id, CourtConfirmation c) {
        Dispute d = load(id);
        d.recordCourtConfirmation(c.appliedOn(), today());
        openClock(d, DisputeClock.COURT_CONFIRMATION).ifPresent(k -> deadlines.meet(k.id(), c.appliedOn()));
        return d;
    }

    /**
     * A request from the public portal: a new dispute on application (申请调解) through the portal, held by the town
     * committee of the village's town, with a tracking code for its applicant. When {@code townId} is given (the town
     * whose portal the request came from), the village must be one of that town's. Runs as the platform
     * ({@code DataScope.asSystem}, called by the controller).
     */
    @Transactional
    public Dispute registerPublic(Long townId, DisputeCommands.PublicRequest r) {
        OrgUnitView village = r.villageId() == null ? null : directory.find(r.villageId()).orElse(null);
        if (village == null || village.type() != OrgUnitType.VILLAGE
                || townId != null && !townId.equals(village.townId())) {
            throw RuleViolation.onField("villageId", "mediation.locality.unknown");
        }
        List<PartyInput> parties = new ArrayList<>();
        parties.add(new PartyInput(PartyRole.APPLICANT, r.applicantName(), null, r.applicantPhone(), null));
        if (r.respondentName() != null && !r.respondentName().isBlank()) {
            parties.add(new PartyInput(PartyRole.RESPONDENT, r.respondentName(), null, null, null));
        }
        Dispute d = register(new Registration(village.id(), today(), r.category(),
                org.fazhi.mediation.DisputeSource.APPLICATION, IntakeChannel.PORTAL, r.summary(), parties, null,
                RiskLevel.LOW, false, 0, 0, null, CommitteeLevel.TOWN), null);
        d.trackWith(PublicQuery.newTrackingCode());
        return d;
    }

    /**
     * What the holder of a tracking code may see: the request it names and its conclusion clock. The code is read
     * however it was typed ({@link PublicQuery#trackingCode}).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Tracked> track(String code) {
        return PublicQuery.trackingCode(code).flatMap(disputes::findByTrackingCode)
                .map(d -> new Tracked(d, deadlines.clock(DisputeClock.SUBJECT, String.valueOf(d.getId()),
                        DisputeClock.CONCLUSION).orElse(null)));
    }

    /** A tracked request: the dispute and its conclusion clock (1 month, 司法部令第75号第33条), if it has one. */
    public record Tracked(Dispute dispute, DeadlineView conclusionClock) {
    }

    /**
     * How the public reaches the committee that holds a dispute: its own office contact, or else the town
     * committee's, or else the town government's.
     */
    public org.fazhi.organization.PublicContact contactOf(long holderUnitId, long townId) {
        for (long unit : new long[] {holderUnitId, townCommittee(townId).id(), townId}) {
            org.fazhi.organization.PublicContact c = directory.contactOf(unit);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return org.fazhi.organization.PublicContact.NONE;
    }

    /**
     * Locks, in one statement per town, the case number counters of the years the entries will be numbered in: a
     * chunk of the 矛盾纠纷台账 spans about ten years, each of which took a lock of its own at its first number.
     */
    @Transactional
    public void lockCaseNumbers(List<LedgerEntry> entries) {
        entries.stream().collect(Collectors.groupingBy(LedgerEntry::townId,
                Collectors.mapping(e -> e.acceptedOn().getYear(), Collectors.toSet())))
                .forEach(numbers::lock);
    }

    /** Saves one checked row of the 矛盾纠纷台账. */
    @Transactional
    public Dispute importEntry(LedgerEntry e) {
        OrgUnitView locality = directory.get(e.localityId());
        OrgUnitView holder = e.committee() == CommitteeLevel.VILLAGE ? locality : townCommittee(e.townId());
        Dispute d = new Dispute(holder, numbers.next(directory.get(e.townId()), e.acceptedOn().getYear()), locality,
                e.acceptedOn(), e.category(), e.source(), null, e.summary(), e.partyNames(), e.amount(),
                RiskLevel.LOW, username());
        d.importOutcome(e.status(), e.form(), e.concludedOn(), e.major());
        disputes.save(d);
        if (d.getStatus().open()) {
            startConclusionClock(d, holder, username());
        }
        return d;
    }

    /** The deadline clocks of a dispute (conclusion target, court-confirmation window). */
    @Transactional(readOnly = true)
    public List<DeadlineView> clocksOf(long id) {
        return deadlines.ofSubject(DisputeClock.SUBJECT, String.valueOf(id));
    }

    /** The town's mediation committee (镇人民调解委员会), or the town itself where it has none in the org tree. */
    public OrgUnitView townCommittee(long townId) {
        return directory.children(townId).stream()
                .filter(u -> u.type() == OrgUnitType.DEPARTMENT && u.name().equals(settings.townCommitteeUnitName()))
                .findFirst().orElseGet(() -> directory.get(townId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The dispute a step changes, refused when the step was based on another version of it (a stale form). */
    private Dispute load(long id) {
        Dispute d = initialised(disputes.findById(id).orElseThrow(() -> new NotFound("dispute", id)));
        Versions.expectRequested(d);
        return d;
    }

    private OrgUnitView locality(Long id, List<FieldProblem> problems) {
        OrgUnitView v = id == null ? null : directory.find(id).orElse(null);
        if (v == null || v.type() != OrgUnitType.VILLAGE || !dataScope.canSee(v.id())) {
            problems.add(new FieldProblem("localityId", "mediation.locality.unknown"));
            return null;
        }
        return v;
    }

    private CommitteeLevel defaultCommittee() {
        return DataScope.currentUser().map(u -> u.homeUnit().type() == OrgUnitType.VILLAGE ? CommitteeLevel.VILLAGE
                : CommitteeLevel.TOWN).orElse(CommitteeLevel.TOWN);
    }

    private void startConclusionClock(Dispute d, OrgUnitView holder, String assignee) {
        NewDeadline clockOf = NewDeadline.of(DisputeClock.SUBJECT, String.valueOf(d.getId()), DisputeClock.CONCLUSION,
                "调解办结期限（" + d.getCaseNo() + "）", MediationPeriods.conclusion(settings), d.getAcceptedOn(), holder);
        deadlines.start("system".equals(assignee) ? clockOf : clockOf.assignedTo(assignee));
    }

    private java.util.Optional<DeadlineView> openClock(Dispute d, DisputeClock clock) {
        return deadlines.clock(DisputeClock.SUBJECT, String.valueOf(d.getId()), clock).filter(k -> k.status().open());
    }

    private static String username() {
        return DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
    }
}
