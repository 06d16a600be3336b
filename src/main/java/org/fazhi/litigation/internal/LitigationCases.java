package org.fazhi.litigation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.disclosure.DisclosureApplications;
import org.fazhi.enforcement.ChallengeableDecisions;
import org.fazhi.enforcement.PenaltyChallenges;
import org.fazhi.litigation.internal.CaseState.Step;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.BadRequest;
import org.fazhi.shared.Input;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政应诉与行政复议的办理 — receiving a case (its answer clock starts on the day the copy is received), the answer,
 * the hearings with the head's appearance, and the conclusion. Each step checks the whole request before the first
 * write, so a refusal changes nothing. The challenged act is read from its module through that module's public API,
 * within the caller's scope.
 */
@Service
@Transactional
public class LitigationCases {

    /** The subject type of a case's clocks in the deadline engine. */
    public static final String CLOCK_SUBJECT = "litigation.case";

    /** The clock a case keeps: the answer (答辩) due after the copy is received. */
    enum CaseClock implements ClockPurpose {
        ANSWER;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final LitigationCaseRepository cases;
    private final CourtHearingRepository hearings;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final ChallengeableDecisions decisions;
    private final DisclosureApplications applications;
    private final PenaltyChallenges challenges;
    private final Clock clock;

    LitigationCases(LitigationCaseRepository cases, CourtHearingRepository hearings, OrgDirectory directory,
                    DataScope dataScope, DeadlineEngine deadlines, ChallengeableDecisions decisions,
                    DisclosureApplications applications, PenaltyChallenges challenges, Clock clock) {
        this.cases = cases;
        this.hearings = hearings;
        this.directory = directory;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.applications = applications;
        this.challenges = challenges;
        this.clock = clock;
    }

    /** A case as staff record it when the copy of the complaint or application arrives. */
    public record NewCase(String kind, Long orgUnitId, String caseNumber, String body, PartyData applicant,
                          String actType, Long actId, String actDescription, LocalDate copyReceivedOn,
                          Long appealOf, Boolean afterReconsideration) {
    }

    /** A hearing as recorded after it was held. */
    public record NewHearing(LocalDate heldOn, Boolean headAppeared, String appearedName, String appearedPosition,
                             String absenceReason, String absenceExplanation, String delegate) {
    }

    /** Receives the case: its answer clock starts on the day the copy was received. */
    public LitigationCase receive(NewCase n) {
        CaseKind kind = choice("kind", CaseKind.class, n.kind());
        ActType actType = choice("challengedAct.type", ActType.class, n.actType());
        Input in = new Input();
        if (kind == null) {
            in.problem("kind", Input.REQUIRED);
        }
        OrgUnitView holder = n.orgUnitId() == null ? null : directory.find(n.orgUnitId())
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).orElse(null);
        if (holder == null) {
            in.problem("orgUnitId", "litigation.orgUnit.invalid");
        }
        String number = in.text("caseNumber", n.caseNumber(), 100, true);
        String body = in.text("body", n.body(), 200, true);
        PartyData applicant = n.applicant() == null ? null : PartyData.of(n.applicant().name(),
                n.applicant().idNumber(), n.applicant().phone(), n.applicant().address());
        in.text("applicant.name", applicant == null ? null : applicant.name(), 100, true);
        if (applicant != null) {
            in.text("applicant.idNumber", applicant.idNumber(), 40, false);
            in.phone("applicant.phone", applicant.phone(), false);
            in.text("applicant.address", applicant.address(), 300, false);
        }
        LocalDate received = n.copyReceivedOn();
        if (received == null) {
            in.problem("copyReceivedOn", Input.REQUIRED);
        } else {
            in.notFuture("copyReceivedOn", received, today());
        }
        LitigationCase.Act act = act(in, actType, n.actId(), n.actDescription());
        LitigationCase appealOf = appealOf(in, kind, n.appealOf());
        boolean afterReconsideration = Boolean.TRUE.equals(n.afterReconsideration());
        if (afterReconsideration && kind == CaseKind.RECONSIDERATION) {
            in.problem("afterReconsideration", "litigation.afterReconsideration.notForReconsideration");
        }
        in.check();
        if (cases.existsByTownIdAndCaseNumber(holder.townId(), number)) {
            throw RuleViolation.onField("caseNumber", "litigation.caseNumber.taken", number);
        }
        if (appealOf != null && received.isBefore(appealOf.getConcludedOn())) {
            throw RuleViolation.onField("copyReceivedOn", "litigation.appeal.beforeJudgment", received.toString(),
                    appealOf.getConcludedOn().toString());
        }
        LitigationCase c = cases.save(new LitigationCase(kind, appealOf, afterReconsideration, number, body, applicant,
                act, received, holder));
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(c.getId()), CaseClock.ANSWER,
                "答辩期限（" + kind.label() + " " + number + "）", LitigationPeriods.answerPeriod(kind), received,
                holder));
        if (act.type() == ActType.PENALTY_CASE) {
            // the penalty case takes its own step: the late fee stops, the court-application clock waits
            challenges.challenged(act.id(), kind == CaseKind.RECONSIDERATION, received,
                    kind.label() + " " + number);
        }
        return c;
    }

    /** The challenged act: a record of the caller's scope named by its id, or a description of another act. */
    private LitigationCase.Act act(Input in, ActType type, Long id, String description) {
        if (type == null) {
            in.problem("challengedAct.type", Input.REQUIRED);
            return null;
        }
        String text = in.text("challengedAct.description", description, 1000, !type.linked());
        if (!type.linked()) {
            return new LitigationCase.Act(type, null, null, text);
        }
        if (id == null) {
            in.problem("challengedAct.id", Input.REQUIRED);
            return null;
        }
        Optional<String> reference = switch (type) {
            case PENALTY_CASE -> decisions.penaltyCaseNumber(id);
            case PAST_DECISION -> decisions.pastDecisionNumber(id);
            case DISCLOSURE_APPLICATION -> applications.applicationNumber(id);
            case OTHER -> Optional.empty();
        };
        if (reference.isEmpty()) {
            in.problem("challengedAct.id", "litigation.act.unknown", String.valueOf(id),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "litigation.enum.ActType." + type.name()));
            return null;
        }
        return new LitigationCase.Act(type, id, reference.get(), text);
    }

    /** The first instance an appeal continues: a concluded lawsuit of the caller's scope. */
    private LitigationCase appealOf(Input in, CaseKind kind, Long id) {
        if (id == null) {
            return null;
        }
        LitigationCase first = cases.findById(id).orElse(null);
        if (first == null || kind != CaseKind.LITIGATION || first.getKind() != CaseKind.LITIGATION
                || first.getInstance() != InstanceLevel.FIRST) {
            in.problem("appealOf", "litigation.appeal.invalid", String.valueOf(id));
            return null;
        }
        if (first.getState() != CaseState.CONCLUDED) {
            in.problem("appealOf", "litigation.appeal.notConcluded", first.getCaseNumber());
            return null;
        }
        return first;
    }

    /** The answer and evidence were submitted: the answer clock is met. */
    public LitigationCase answer(long id, LocalDate on) {
        LitigationCase c = litigationCase(id);
        LocalDate day = on == null ? today() : on;
        Input in = new Input();
        in.notFuture("answeredOn", day, today());
        in.check();
        c.answer(day);
        answerClock(c).filter(d -> d.status().open()).ifPresent(d -> deadlines.meet(d.id(), day));
        return c;
    }

    /**
     * Records a hearing: the head appeared (name and rank), or a reason the court accepts and the member of staff
     * sent. A hearing without the head and without a reason is refused.
     */
    public CourtHearing hearing(long id, NewHearing h) {
        LitigationCase c = litigationCase(id);
        c.require(Step.HEARING);
        HeadRank rank = choice("appearedPosition", HeadRank.class, h.appearedPosition());
        AbsenceReason reason = choice("absenceReason", AbsenceReason.class, h.absenceReason());
        Input in = new Input();
        if (h.heldOn() == null) {
            in.problem("heldOn", Input.REQUIRED);
        } else {
            in.notFuture("heldOn", h.heldOn(), today());
        }
        if (h.headAppeared() == null) {
            in.problem("headAppeared", Input.REQUIRED);
            in.check();
        }
        String name = null;
        String explanation = null;
        String delegate = null;
        if (h.headAppeared()) {
            name = in.text("appearedName", h.appearedName(), 60, true);
            if (rank == null) {
                in.problem("appearedPosition", "litigation.hearing.rankRequired");
            }
        } else {
            if (reason == null) {
                in.problem("absenceReason", "litigation.hearing.reasonRequired",
                        LitigationPeriods.ACCEPTED_EXCUSES.citation());
            }
            explanation = in.text("absenceExplanation", h.absenceExplanation(), 500,
                    reason != null && reason.written());
            delegate = in.text("delegate", h.delegate(), 120, true);
        }
        in.check();
        c.hearingAllowed(h.heldOn());
        OrgUnitView holder = directory.get(c.getHolderUnitId());
        return hearings.save(h.headAppeared() ? CourtHearing.attended(c, h.heldOn(), name, rank, holder)
                : CourtHearing.excused(c, h.heldOn(), reason, explanation, delegate, holder));
    }

    /** Concludes the case with its outcome; an answer clock still open stops. */
    public LitigationCase conclude(long id, LocalDate concludedOn, String outcomeText) {
        LitigationCase c = litigationCase(id);
        c.require(Step.CONCLUDE);
        Outcome outcome = null;
        if (outcomeText != null && !outcomeText.isBlank()) {
            outcome = Outcome.parse(outcomeText)
                    .orElseThrow(() -> new BadRequest("outcome", "litigation.outcome.unknown", outcomeText.strip()));
        }
        Input in = new Input();
        if (outcome == null) {
            in.problem("outcome", Input.REQUIRED);
        }
        if (concludedOn == null) {
            in.problem("concludedOn", Input.REQUIRED);
        } else {
            in.notFuture("concludedOn", concludedOn, today());
        }
        in.check();
        c.conclude(outcome, concludedOn);
        if (c.getActType() == ActType.PENALTY_CASE && outcome.effectOnDecision() != null) {
            // a decision changed or revoked stops the case's clocks and withdraws its publication (enforcement's step)
            challenges.decided(c.getAct().id(), outcome.effectOnDecision(), concludedOn,
                    c.getCaseNumber() + " " + outcome.label());
        }
        answerClock(c).filter(d -> d.status().open())
                .ifPresent(d -> deadlines.stop(d.id(), concludedOn, "案件已结案"));
        return c;
    }

    /** One row of the 行政应诉复议台账: a past or running case with at most one hearing and its outcome. */
    public record LedgerEntry(CaseKind kind, String caseNumber, String body, String applicant, String act,
                              LocalDate copyReceivedOn, OrgUnitView holder, NewHearing hearing, Outcome outcome,
                              LocalDate concludedOn) {
    }

    /** Applies a ledger row through the same steps as typed records, so it obeys the same rules. */
    public LitigationCase importEntry(LedgerEntry e) {
        LitigationCase c = receive(new NewCase(e.kind().name(), e.holder().id(), e.caseNumber(), e.body(),
                PartyData.of(e.applicant(), null, null, null), ActType.OTHER.name(), null, e.act(),
                e.copyReceivedOn(), null, null));
        if (e.hearing() != null) {
            hearing(c.getId(), e.hearing());
        }
        if (e.outcome() != null) {
            conclude(c.getId(), e.concludedOn(), e.outcome().name());
        }
        return c;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public LitigationCase litigationCase(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("litigation-case", id));
    }

    @Transactional(readOnly = true)
    public Page<LitigationCase> search(CaseKind kind, CaseState state, ActType act, String q, Pageable pageable) {
        return cases.search(kind, state, act, Like.containing(q), pageable);
    }

    @Transactional(readOnly = true)
    public List<CourtHearing> hearingsOf(long id) {
        return hearings.findByCaseIdOrderByHeldOnAscIdAsc(litigationCase(id).getId());
    }

    /** The answer's due date as the engine has it. */
    @Transactional(readOnly = true)
    public LocalDate answerDueOn(LitigationCase c) {
        return answerClock(c).map(DeadlineView::dueDate).orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<DeadlineView> answerClock(LitigationCase c) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(c.getId()), CaseClock.ANSWER);
    }

    /** A code the caller sent for a closed list: missing is {@code null}; a code outside the list is a bad request. */
    private static <E extends Enum<E>> E choice(String field, Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field, "error.field.choice", code.strip());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
