package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Versions;
import org.fazhi.shared.ResidentIdNumber;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.input.ValueRules;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases: filing, every step of the procedure through {@link PenaltyCase}'s methods and the clock actions of
 * {@link CaseProcedure}, the officers' certificates, the hand-over of decisions to the publication desk, and the
 * reads of cases and their steps.
 * The approval chains are {@link CaseApprovals}, the town's settings and numbers {@link CaseSettings}.
 */
@Service
@Transactional
public class CaseService {

    private final PenaltyCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseApprovalRepository approvalRecords;
    private final CaseApprovals approvals;
    private final CaseSettings settings;
    private final CaseSteps caseSteps;
    private final CaseClocks clocks;
    private final CertificateRegister certificates;
    private final OfficialCalendar calendar;
    private final OrgDirectory directory;
    private final DecisionDisclosure disclosure;
    private final Clock clock;

    CaseService(PenaltyCaseRepository cases, CaseStepRepository steps, CaseApprovalRepository approvalRecords,
                CaseApprovals approvals, CaseSettings settings, CaseSteps caseSteps, CaseClocks clocks,
                CertificateRegister certificates, OfficialCalendar calendar, OrgDirectory directory,
                DecisionDisclosure disclosure, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.approvalRecords = approvalRecords;
        this.approvals = approvals;
        this.settings = settings;
        this.caseSteps = caseSteps;
        this.clocks = clocks;
        this.certificates = certificates;
        this.calendar = calendar;
        this.directory = directory;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /**
     * What a step may carry besides its date; each step reads the fields it needs. {@code confiscation} is read by the
     * decision only (the amounts confiscated, 第63条); {@code remedy} by the party's challenge (how the party challenged
     * the decision) and {@code result} by its outcome (what the reconsideration decision or the judgment said); the
     * shorter constructor is for every other step.
     */
    public record StepInput(LocalDate on, List<Long> officerIds, String note, Set<PenaltyKind> kinds, BigDecimal fine,
                            String text, Outcome outcome, Boolean passed, String opinion, String counselOpinion,
                            LocalDate hearingOn, Boolean noShow, String method, BigDecimal amount,
                            RemedyKind remedy, Integer days, Confiscation confiscation, RemedyResult result) {

        public StepInput {
            confiscation = confiscation == null ? Confiscation.NONE : confiscation;
        }

        public StepInput(LocalDate on, List<Long> officerIds, String note, Set<PenaltyKind> kinds, BigDecimal fine,
                         String text, Outcome outcome, Boolean passed, String opinion, String counselOpinion,
                         LocalDate hearingOn, Boolean noShow, String method, BigDecimal amount, RemedyKind remedy,
                         Integer days) {
            this(on, officerIds, note, kinds, fine, text, outcome, passed, opinion, counselOpinion, hearingOn, noShow,
                    method, amount, remedy, days, Confiscation.NONE, null);
        }

        public static StepInput on(LocalDate on) {
            return new StepInput(on, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }

        public StepInput withOfficers(List<Long> ids) {
            return new StepInput(on, ids, note, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, remedy, days, confiscation, result);
        }

        public StepInput withNote(String n) {
            return new StepInput(on, officerIds, n, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, remedy, days, confiscation, result);
        }

        /** The party's challenge (申请行政复议 / 提起行政诉讼). */
        public StepInput withRemedy(RemedyKind kind) {
            return new StepInput(on, officerIds, note, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, kind, days, confiscation, result);
        }

        /** The outcome of the challenge (维持、变更、撤销). */
        public StepInput withResult(RemedyResult r) {
            return new StepInput(on, officerIds, note, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, remedy, days, confiscation, r);
        }
    }

    // ------------------------------------------------------------------ filing

    /** Files a case; the command's fields were checked where it was bound, the dates are checked here. */
    public PenaltyCase file(FileCase f) {
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (f.filedOn() == null) {
            p.add(new RuleViolation.FieldProblem("filedOn", "enforcement.filing.date"));
        } else if (f.filedOn().isAfter(today)) {
            p.add(new RuleViolation.FieldProblem("filedOn", "enforcement.filing.dateFuture"));
        }
        String idProblem = f.partyType() == null ? null
                : ValueRules.partyIdProblem(f.partyType() == PartyType.NATURAL_PERSON, f.partyIdNumber());
        if (idProblem != null) {
            p.add(new RuleViolation.FieldProblem("partyIdNumber", idProblem));
        }
        // 《行政处罚法》第36条: the violation's dates against each other, and its discovery against the limitation
        p.addAll(Limitation.check(f, calendar.snapshot(), today));
        p.addAll(birthDateProblems(f, today));
        if (!p.isEmpty()) {
            throw RuleViolation.ofFields(p);
        }
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        OrgUnitView holder = user.homeUnit();
        if (holder.townId() == null || holder.type() == OrgUnitType.VILLAGE) {
            throw new AccessDenied("enforcement.filing.unit");
        }
        List<OfficerSummary> officers = f.procedure() == ProcedureKind.SUMMARY
                ? certificates.requireTwoValidOn(f.officers(), f.filedOn()) : officersIfAny(f.officers(), f.filedOn());
        OrgUnitView town = directory.get(holder.townId());
        EnforcementSettings s = settings.settingsFor(town);
        String number = settings.nextNumber(town, "CASE", f.filedOn().getYear(), s.getCaseNumberTemplate());
        PenaltyCase c = cases.save(PenaltyCase.file(f, number, holder));
        record(c, Step.FILE, f.filedOn(), officers, null);
        clocks.apply(Step.FILE, new ClockAction.Facts(c, f.filedOn(), StepInput.on(f.filedOn()), s,
                calendar.snapshot()));
        return c;
    }

    /**
     * A natural person's birth date must be known — from the ID number (居民身份证号码), or recorded when the number does
     * not carry one — because the party's age on the day of the violation decides whether the decision may be
     * published (no publication where the party was a minor); a recorded date lies in the past and agrees with the
     * ID number.
     */
    static List<RuleViolation.FieldProblem> birthDateProblems(FileCase f, LocalDate today) {
        if (f.partyType() != PartyType.NATURAL_PERSON) {
            return List.of();
        }
        Optional<LocalDate> fromId = ResidentIdNumber.birthDate(f.partyIdNumber());
        LocalDate recorded = f.partyBirthDate();
        if (recorded == null) {
            return fromId.isPresent() ? List.of()
                    : List.of(new RuleViolation.FieldProblem("partyBirthDate", "enforcement.filing.birthDateRequired"));
        }
        if (recorded.isAfter(today)) {
            return List.of(new RuleViolation.FieldProblem("partyBirthDate", "enforcement.filing.birthDateFuture"));
        }
        if (fromId.isPresent() && !fromId.get().equals(recorded)) {
            return List.of(new RuleViolation.FieldProblem("partyBirthDate", "enforcement.filing.birthDateMismatch",
                    fromId.get().toString()));
        }
        return List.of();
    }

    private List<OfficerSummary> officersIfAny(List<Long> ids, LocalDate on) {
        return ids == null || ids.isEmpty() ? List.of() : certificates.requireTwoValidOn(ids, on);
    }

    /** Sets a proposed penalty that confiscates nothing. */
    public PenaltyCase propose(long caseId, Set<PenaltyKind> kinds, BigDecimal fine, String text) {
        return propose(caseId, kinds, fine, Confiscation.NONE, text);
    }

    /** Sets the proposed penalty (拟处罚意见) that the notice will state, with the amounts it confiscates. */
    public PenaltyCase propose(long caseId, Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation,
                               String text) {
        PenaltyCase c = get(caseId);
        Versions.expectRequested(c);
        c.propose(kinds == null ? Set.of() : kinds, fine, confiscation, text);
        return c;
    }

    // ------------------------------------------------------------------ steps

    /**
     * Takes a step: checks the procedure, lets the aggregate take it, applies the step's clock actions of
     * {@link StepClocks}, hands a decision or its revocation to the publication desk and records the step.
     */
    public PenaltyCase act(long caseId, Step step, StepInput in) {
        PenaltyCase c = get(caseId);
        Versions.expectRequested(c);
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holdsAuthority(step.permission())) {
            throw new AccessDenied("enforcement.step.permission");
        }
        return take(c, step, in, user);
    }

    /**
     * Takes a step another module reports through {@link org.fazhi.enforcement.PenaltyChallenges}: that module checked
     * its own permission for what it records (the party's challenge, its outcome); the procedure, the scope and the
     * clocks apply as to any step.
     */
    PenaltyCase reported(PenaltyCase c, Step step, StepInput in) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        return take(c, step, in, user);
    }

    private PenaltyCase take(PenaltyCase c, Step step, StepInput in, FazhiUser user) {
        if (step == Step.FILE) {
            throw new NotFound("step", step);
        }
        EnforcementSettings s = settings.settingsFor(c.getTownId());
        CaseProcedure.Context ctx = context(c, s);
        LocalDate on = in.on();
        // the procedure is checked before the officers, so the refusal names the step's missing condition first
        CaseProcedure.require(c, step, on, ctx);
        List<OfficerSummary> officers = step.outward() ? certificates.requireTwoValidOn(in.officerIds(), on)
                : officersIfAny(in.officerIds(), on);
        WorkingCalendar cal = calendar.snapshot();
        caseSteps.take(c, step, new CaseSteps.Taking(in, s, ctx, cal, user));
        clocks.apply(step, new ClockAction.Facts(c, on, in, s, cal));
        if (step == Step.DECIDE) {
            disclosure.decided(c);
        } else if (step == Step.REVOKE) {
            disclosure.revoked(c, on, in.note());
        } else if (step == Step.REMEDY_OUTCOME && c.getRevocation().isRevoked()) {
            // a reconsideration decision or judgment that changed or revoked the decision withdraws it like REVOKE
            disclosure.revoked(c, on, c.getRevocation().getReason());
        }
        record(c, step, on, officers, noteOf(step, in));
        return c;
    }

    private static String noteOf(Step step, StepInput in) {
        return switch (step) {
            case REVIEW -> in.opinion();
            case DECIDE -> in.text();
            case SERVE -> in.method();
            default -> in.note();
        };
    }

    private void record(PenaltyCase c, Step step, LocalDate on, List<OfficerSummary> officers, String note) {
        String names = officers.stream().map(OfficerSummary::withCertificate).collect(Collectors.joining("、"));
        steps.save(new CaseStep(c, step, on, officers.stream().map(OfficerSummary::id).toList(),
                names.isEmpty() ? null : names, note,
                DataScope.currentUser().map(FazhiUser::getUsername).orElse("system"), clock.instant(),
                directory.get(c.getHolderUnitId())));
    }

    /** Whether the case's last appraisal step was its pause (鉴定开始) rather than its end (鉴定结束). */
    private boolean appraisalPaused(PenaltyCase c) {
        if (c.getId() == null) {
            return false;
        }
        List<CaseStep> done = steps.findByCaseIdOrderByOnAscIdAsc(c.getId());
        for (int i = done.size() - 1; i >= 0; i--) {
            Step s = done.get(i).getStep();
            if (s == Step.PAUSE_FOR_APPRAISAL || s == Step.RESUME_AFTER_APPRAISAL) {
                return s == Step.PAUSE_FOR_APPRAISAL;
            }
        }
        return false;
    }

    CaseProcedure.Context context(PenaltyCase c, EnforcementSettings s) {
        return new CaseProcedure.Context(LocalDate.now(clock), s.isReviewAllOrdinary(),
                stage -> approvals.approvalsComplete(c, stage), appraisalPaused(c));
    }

    // ------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public PenaltyCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("penalty-case", id));
    }

    @Transactional(readOnly = true)
    public Page<PenaltyCase> search(CaseState state, ProcedureKind procedure, String q, Integer year,
                                    Pageable pageable) {
        return search(state, procedure, q, year, null, null, pageable);
    }

    /**
     * Cases by state, procedure, keyword, filing year, decision year and, where {@code ids} is given, only those
     * (the cases behind a supervision signal, {@link Supervision.Signals#caseIds}).
     */
    @Transactional(readOnly = true)
    public Page<PenaltyCase> search(CaseState state, ProcedureKind procedure, String q, Integer year,
                                    Integer decidedYear, java.util.Set<Long> ids, Pageable pageable) {
        Specification<PenaltyCase> spec = (root, query, cb) -> cb.conjunction();
        if (ids != null) {
            spec = spec.and((r, qq, cb) -> ids.isEmpty() ? cb.disjunction() : r.get("id").in(ids));
        }
        if (decidedYear != null) {
            spec = spec.and((r, qq, cb) -> cb.between(r.get("decision").get("decidedOn"),
                    LocalDate.of(decidedYear, 1, 1), LocalDate.of(decidedYear, 12, 31)));
        }
        if (state != null) {
            spec = spec.and((r, qq, cb) -> cb.equal(r.get("state"), state));
        }
        if (procedure != null) {
            spec = spec.and((r, qq, cb) -> cb.equal(r.get("procedure"), procedure));
        }
        if (year != null) {
            spec = spec.and((r, qq, cb) -> cb.between(r.get("filedOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        if (q != null && !q.isBlank()) {
            String like = org.fazhi.shared.Like.containing(q);
            char esc = org.fazhi.shared.Like.ESCAPE;
            spec = spec.and((r, qq, cb) -> cb.or(cb.like(r.get("caseNumber"), like, esc),
                    cb.like(r.get("title"), like, esc), cb.like(r.get("party").get("name"), like, esc)));
        }
        return cases.findAll(spec, pageable);
    }

    @Transactional(readOnly = true)
    public List<CaseStep> stepsOf(long caseId) {
        get(caseId);
        return steps.findByCaseIdOrderByOnAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<CaseApproval> approvalsOf(long caseId) {
        get(caseId);
        return approvalRecords.findByCaseIdOrderByIdAsc(caseId);
    }

    /** Each step and what it still misses today (for the page's buttons and the API). */
    @Transactional(readOnly = true)
    public List<Availability> availability(PenaltyCase c) {
        CaseProcedure.Context ctx = context(c, settings.settingsView(c.getTownId()));
        LocalDate today = LocalDate.now(clock);
        List<Availability> out = new ArrayList<>();
        for (Step step : Step.values()) {
            if (step == Step.FILE || !CaseProcedure.FROM.get(step).contains(c.getState())) {
                continue;
            }
            out.add(new Availability(step, CaseProcedure.missing(c, step, today, ctx)));
        }
        return out;
    }

    /** A step the case's state admits, and what it still misses (empty: it may be taken today). */
    public record Availability(Step step, List<MessageSourceResolvable> missing) {
        public boolean allowed() {
            return missing.isEmpty();
        }
    }
}
