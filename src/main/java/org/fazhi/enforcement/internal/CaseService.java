package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.calendar.DeadlineEngine;
import org.fazhi.calendar.DeadlineStatus;
import org.fazhi.calendar.DeadlineView;
import org.fazhi.calendar.NewDeadline;
import org.fazhi.calendar.OfficialCalendar;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.enforcement.DecisionChanged;
import org.fazhi.enforcement.PenaltyDecided;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases: filing, every step of the procedure through {@link PenaltyCase}'s methods, the clocks of RULES.md §A,
 * the officers' certificates, the approval chains, case and decision numbers, and the events of decisions.
 */
@Service
@Transactional
public class CaseService {

    static final String CLOCK_SUBJECT = "penalty.case";

    private final PenaltyCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseApprovalRepository approvals;
    private final SettingsRepository settings;
    private final NumberCounterRepository numbers;
    private final LegalReviewerRepository reviewers;
    private final CertificateRegister certificates;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(PenaltyCaseRepository cases, CaseStepRepository steps, CaseApprovalRepository approvals,
                SettingsRepository settings, NumberCounterRepository numbers, LegalReviewerRepository reviewers,
                CertificateRegister certificates, DeadlineEngine deadlines, OfficialCalendar calendar,
                OrgDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.approvals = approvals;
        this.settings = settings;
        this.numbers = numbers;
        this.reviewers = reviewers;
        this.certificates = certificates;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** What a step may carry besides its date; each step reads the fields it needs. */
    public record StepInput(LocalDate on, List<Long> officerIds, String note, Set<PenaltyKind> kinds, BigDecimal fine,
                            String text, Outcome outcome, Boolean passed, String opinion, String counselOpinion,
                            LocalDate hearingOn, Boolean noShow, String method, BigDecimal amount,
                            LocalDate until, Integer days) {

        public static StepInput on(LocalDate on) {
            return new StepInput(on, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }

        public StepInput withOfficers(List<Long> ids) {
            return new StepInput(on, ids, note, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, until, days);
        }

        public StepInput withNote(String n) {
            return new StepInput(on, officerIds, n, kinds, fine, text, outcome, passed, opinion, counselOpinion,
                    hearingOn, noShow, method, amount, until, days);
        }
    }

    // ------------------------------------------------------------------ filing

    public PenaltyCase file(PenaltyCase.Filing f, List<Long> officerIds) {
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        if (f.procedure() == null) {
            p.add(new RuleViolation.FieldProblem("procedure", "enforcement.filing.procedure"));
        }
        if (blank(f.title()) || f.title().strip().length() > 200) {
            p.add(new RuleViolation.FieldProblem("title", "enforcement.filing.title"));
        }
        if (f.partyType() == null) {
            p.add(new RuleViolation.FieldProblem("partyType", "enforcement.filing.partyType"));
        }
        if (blank(f.partyName()) || f.partyName().strip().length() > 100) {
            p.add(new RuleViolation.FieldProblem("partyName", "enforcement.filing.partyName"));
        }
        if (blank(f.violation()) || f.violation().length() > 2000) {
            p.add(new RuleViolation.FieldProblem("violation", "enforcement.filing.violation"));
        }
        if (blank(f.legalBasis()) || f.legalBasis().length() > 1000) {
            p.add(new RuleViolation.FieldProblem("legalBasis", "enforcement.filing.basis"));
        }
        LocalDate today = LocalDate.now(clock);
        if (f.filedOn() == null || f.filedOn().isAfter(today)) {
            p.add(new RuleViolation.FieldProblem("filedOn", "enforcement.filing.date"));
        }
        if (f.violationOn() != null && f.filedOn() != null) {
            if (f.violationOn().isAfter(f.filedOn())) {
                p.add(new RuleViolation.FieldProblem("violationOn", "enforcement.filing.violationAfterFiling"));
            } else {
                LocalDate limit = PenaltyPeriods.limitationEnds(calendar.snapshot(), f.violationOn(), f.harmToLife());
                if (f.filedOn().isAfter(limit)) {
                    p.add(new RuleViolation.FieldProblem("violationOn", "enforcement.filing.limitation",
                            limit.toString(), PenaltyPeriods.LIMITATION.basis().citation()));
                }
            }
        }
        if (!p.isEmpty()) {
            throw RuleViolation.ofFields(p);
        }
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        OrgUnitView holder = user.homeUnit();
        if (holder.townId() == null || holder.type() == OrgUnitType.VILLAGE) {
            throw new AccessDenied("enforcement.filing.unit");
        }
        List<OfficerSummary> officers = f.procedure() == ProcedureKind.SUMMARY
                ? certificates.requireTwoValidOn(officerIds, f.filedOn()) : officersIfAny(officerIds, f.filedOn());
        OrgUnitView town = directory.get(holder.townId());
        EnforcementSettings s = settingsFor(town);
        String number = nextNumber(town, "CASE", f.filedOn().getYear(), s.getCaseNumberTemplate());
        PenaltyCase c = cases.save(PenaltyCase.file(f, number, holder));
        record(c, Step.FILE, f.filedOn(), officers, null);
        if (c.getProcedure() == ProcedureKind.ORDINARY) {
            DeadlineView d = deadlines.start(clockOf(c, "作出处罚决定期限", PenaltyPeriods.DECISION, c.getFiledOn()));
            c.useClocks(d.id(), null, null, null, null, null, null);
        }
        return c;
    }

    private List<OfficerSummary> officersIfAny(List<Long> ids, LocalDate on) {
        return ids == null || ids.isEmpty() ? List.of() : certificates.requireTwoValidOn(ids, on);
    }

    /** Sets the proposed penalty (拟处罚意见) that the notice will state. */
    public PenaltyCase propose(long caseId, Set<PenaltyKind> kinds, BigDecimal fine, String text) {
        PenaltyCase c = get(caseId);
        c.propose(kinds == null ? Set.of() : kinds, fine, text);
        return c;
    }

    // ------------------------------------------------------------------ approvals

    public CaseApproval approve(long caseId, ApprovalStage stage, boolean agree, String opinion, LocalDate on) {
        PenaltyCase c = get(caseId);
        if (stage == null) {
            throw RuleViolation.onField("stage", "enforcement.approval.stage");
        }
        if (blank(opinion)) {
            throw RuleViolation.onField("opinion", "enforcement.approval.opinion");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "enforcement.missing.date");
        }
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            throw new RuleViolation("enforcement.approval.summary");
        }
        Set<CaseState> when = switch (stage) {
            case FILING -> EnumSet.of(CaseState.FILED);
            case PROPOSAL -> EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING);
            case DECISION -> EnumSet.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
                    CaseState.COLLECTIVE_DISCUSSION);
        };
        if (!when.contains(c.getState()) || (stage == ApprovalStage.PROPOSAL && c.getProposedKinds().isEmpty())) {
            throw new RuleViolation("enforcement.approval.notNow", CaseProcedure.label("enforcement.stage." + stage),
                    CaseProcedure.label("enforcement.state." + c.getState()));
        }
        List<EnforcementSettings.ChainEntry> chain = settingsFor(directory.get(c.getTownId())).chain(stage);
        List<CaseApproval> signed = valid(c.getId(), stage);
        if (signed.size() >= chain.size()) {
            throw new RuleViolation("enforcement.approval.complete", CaseProcedure.label("enforcement.stage." + stage));
        }
        EnforcementSettings.ChainEntry next = chain.get(signed.size());
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holdsAuthority(next.permission())) {
            throw new AccessDenied("enforcement.approval.notYours");
        }
        CaseApproval a = new CaseApproval(c.getId(), stage, signed.size() + 1, next.label(), user.getUsername(), agree,
                opinion.strip(), on, directory.get(c.getHolderUnitId()));
        if (!agree) {
            signed.forEach(CaseApproval::supersede);
            a.supersede();
        }
        return approvals.save(a);
    }

    private List<CaseApproval> valid(long caseId, ApprovalStage stage) {
        return approvals.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(a -> a.getStage() == stage && !a.isSuperseded() && a.isApproved()).toList();
    }

    /** Whether the stage's chain is fully signed (the summary procedure has none). */
    public boolean approvalsComplete(PenaltyCase c, ApprovalStage stage) {
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            return true;
        }
        return valid(c.getId(), stage).size() >= settingsFor(directory.get(c.getTownId())).chain(stage).size();
    }

    /** The next signature a stage waits for, if any. */
    public Optional<EnforcementSettings.ChainEntry> nextApproval(PenaltyCase c, ApprovalStage stage) {
        List<EnforcementSettings.ChainEntry> chain = settingsFor(directory.get(c.getTownId())).chain(stage);
        int n = valid(c.getId(), stage).size();
        return n < chain.size() ? Optional.of(chain.get(n)) : Optional.empty();
    }

    // ------------------------------------------------------------------ steps

    public PenaltyCase act(long caseId, Step step, StepInput in) {
        PenaltyCase c = get(caseId);
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holdsAuthority(step.permission())) {
            throw new AccessDenied("enforcement.step.permission");
        }
        if (step == Step.FILE) {
            throw new NotFound("step", step);
        }
        EnforcementSettings s = settingsFor(directory.get(c.getTownId()));
        CaseProcedure.Context ctx = context(c, s);
        LocalDate on = in.on();
        // the procedure is checked before the officers, so the refusal names the step's missing condition first
        CaseProcedure.require(c, step, on, ctx);
        List<OfficerSummary> officers = step.outward() ? certificates.requireTwoValidOn(in.officerIds(), on)
                : officersIfAny(in.officerIds(), on);
        WorkingCalendar cal = calendar.snapshot();
        switch (step) {
            case INVESTIGATE -> c.investigate(on, ctx);
            case PRESERVE_EVIDENCE -> {
                c.preserveEvidence(on, ctx);
                DeadlineView d = deadlines.start(clockOf(c, "先行登记保存证据处理决定期限",
                        PenaltyPeriods.EVIDENCE_PRESERVATION, on));
                c.useClocks(null, null, null, null, null, null, d.id());
            }
            case DECIDE_PRESERVATION -> {
                c.decidePreservation(on, ctx);
                meet(c.getPreservationClockId(), on);
            }
            case NOTIFY -> {
                boolean hearing = hearingApplies(c, s);
                StatutoryPeriod window = hearing ? PenaltyPeriods.HEARING_REQUEST
                        : StatutoryPeriod.workingDays(s.getStatementWorkingDays(), PenaltyPeriods.NOTICE);
                LocalDate ends = cal.dueDate(window, on);
                c.notifyParty(on, ends, hearing, ctx);
                if (c.getProcedure() == ProcedureKind.ORDINARY) {
                    DeadlineView d = deadlines.start(clockOf(c, hearing ? "听证申请期限" : "陈述申辩期限", window, on));
                    c.useClocks(null, d.id(), null, null, null, null, null);
                }
            }
            case RECORD_STATEMENT -> c.recordStatement(on, in.note(), ctx);
            case WAIVE_STATEMENT -> {
                c.waiveStatement(on, in.note(), ctx);
                meet(c.getWindowClockId(), on);
            }
            case REQUEST_HEARING -> {
                c.requestHearing(on, ctx);
                meet(c.getWindowClockId(), on);
                if (s.isExcludeHearingTime()) {
                    pause(c.getDecisionClockId(), on, "听证期间不计入办案期限");
                }
            }
            case SCHEDULE_HEARING -> {
                c.scheduleHearing(on, in.hearingOn(), PenaltyPeriods.earliestHearing(cal, on), in.note(), ctx);
                stop(c.getHearingNoticeClockId(), on, "听证时间已重新确定");
                PenaltyPeriods.ClockStart notice = PenaltyPeriods.hearingNoticeClock(cal, on, in.hearingOn());
                DeadlineView d = deadlines.start(clockOf(c, "听证通知送达期限（听证日" + in.hearingOn() + "）",
                        notice.period(), notice.trigger()));
                c.useHearingNoticeClock(d.id());
            }
            case NOTIFY_HEARING -> {
                LocalDate latest = open(c.getHearingNoticeClockId()).map(DeadlineView::dueDate)
                        .orElseGet(() -> PenaltyPeriods.latestHearingNotice(cal, c.getHearingOn()));
                c.notifyHearing(on, latest, ctx);
                meet(c.getHearingNoticeClockId(), on);
            }
            case HOLD_HEARING -> {
                c.holdHearing(on, PenaltyPeriods.earliestHearing(cal, c.getHearingNoticeOn()),
                        Boolean.TRUE.equals(in.noShow()), ctx);
                resume(c.getDecisionClockId(), on.plusDays(1));
            }
            case PAUSE_FOR_APPRAISAL -> {
                c.clockStep(step, on, in.note(), ctx);
                if (s.isExcludeAppraisalTime()) {
                    pause(c.getDecisionClockId(), on, blank(in.note()) ? "鉴定期间不计入办案期限" : in.note());
                }
            }
            case RESUME_AFTER_APPRAISAL -> {
                c.clockStep(step, on, in.note(), ctx);
                resume(c.getDecisionClockId(), on);
            }
            case EXTEND -> {
                int days = in.days() == null ? 0 : in.days();
                if (days < 1 || days > s.getMaxExtensionDays()) {
                    throw RuleViolation.onField("days", "enforcement.extend.days", s.getMaxExtensionDays());
                }
                if (blank(in.note())) {
                    throw RuleViolation.onField("note", "enforcement.extend.reason");
                }
                c.clockStep(step, on, in.note(), ctx);
                deadlines.extend(c.getDecisionClockId(), StatutoryPeriod.calendarDays(days,
                        PenaltyPeriods.DECISION.basis()), user.getUsername(), in.note(), on);
            }
            case SUBMIT_REVIEW -> {
                c.submitForReview(on, ctx);
                meet(c.getWindowClockId(), on);
            }
            case REVIEW -> {
                LegalReviewer r = reviewers.findByUsername(user.getUsername()).orElse(null);
                LegalReviewer.requireMayReview(r, user.displayName());
                c.review(Boolean.TRUE.equals(in.passed()), user.getUsername(), in.opinion(), in.counselOpinion(), on,
                        ctx);
                r.reviewed(on);
            }
            case DISCUSS -> c.discuss(on, in.note(), ctx);
            case DECIDE -> {
                String number = in.outcome() == null ? null : nextNumber(directory.get(c.getTownId()), "DECISION",
                        on.getYear(), s.getDecisionNumberTemplate());
                c.decide(in.outcome(), in.kinds() == null ? Set.of() : in.kinds(), in.fine(), in.text(), number, on,
                        ctx);
                meet(c.getWindowClockId(), on);
                meet(c.getDecisionClockId(), on);
                DeadlineView d = deadlines.start(clockOf(c, "处罚决定书送达期限", PenaltyPeriods.SERVICE, on));
                c.useClocks(null, null, d.id(), null, null, null, null);
                events.publishEvent(decided(c));
            }
            case SERVE -> {
                LocalDate paymentDue = cal.dueDate(PenaltyPeriods.PAYMENT, on);
                LocalDate lapse = PenaltyPeriods.remediesLapse(cal, on);
                c.serve(on, in.method(), paymentDue, lapse, ctx);
                meet(c.getServiceClockId(), on);
                if (c.finePayable()) {
                    DeadlineView pay = deadlines.start(clockOf(c, "罚款缴纳期限", PenaltyPeriods.PAYMENT, on));
                    DeadlineView court = deadlines.start(clockOf(c, "申请人民法院强制执行期限",
                            PenaltyPeriods.COURT_APPLICATION, lapse));
                    c.useClocks(null, null, null, pay.id(), null, court.id(), null);
                }
            }
            case RECORD_REMEDY -> {
                c.recordRemedy(on, in.until(), in.note(), ctx);
                if (in.until() == null) {
                    pause(c.getPaymentClockId(), on, "复议或诉讼期间停止计算");
                } else {
                    pause(c.getPaymentClockId(), on, "复议或诉讼期间停止计算");
                    resume(c.getPaymentClockId(), in.until().plusDays(1));
                }
            }
            case REMIND -> {
                LocalDate ends = cal.dueDate(PenaltyPeriods.REMINDER, on);
                c.remind(on, ends, ctx);
                DeadlineView d = deadlines.start(clockOf(c, "催告履行期限", PenaltyPeriods.REMINDER, on));
                c.useClocks(null, null, null, null, d.id(), null, null);
            }
            case PAY -> {
                BigDecimal fee = LateFee.of(c.getFineAmount(), c.getPaymentDueOn(), on, c.getRemedyFrom(),
                        c.getRemedyUntil());
                c.pay(on, in.amount(), fee, ctx);
                meet(c.getPaymentClockId(), on);
                meet(c.getReminderClockId(), on);
                stop(c.getCourtClockId(), on, "当事人已缴纳罚款");
            }
            case EXECUTE -> c.execute(on, in.note(), ctx);
            case APPLY_TO_COURT -> {
                c.applyToCourt(on, in.note(), ctx);
                meet(c.getCourtClockId(), on);
                meet(c.getReminderClockId(), on);
                meet(c.getPaymentClockId(), on);
            }
            case CLOSE -> {
                c.close(on, in.note(), ctx);
                for (Long id : openClocks(c)) {
                    stop(id, on, "案件已结案");
                }
            }
            case REVOKE -> {
                c.revoke(on, in.note(), ctx);
                for (Long id : openClocks(c)) {
                    stop(id, on, "处罚决定已变更或撤销");
                }
                events.publishEvent(new DecisionChanged(c.getId(), c.getTownId(), c.getCaseNumber(),
                        c.getDecisionNumber(), on, in.note()));
            }
            default -> throw new NotFound("step", step);
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

    /** 第63条: a hearing applies to heavy penalties and to fines at or above the province's large amounts. */
    boolean hearingApplies(PenaltyCase c, EnforcementSettings s) {
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            return false;
        }
        Set<PenaltyKind> heavy = EnumSet.of(PenaltyKind.LOWERING_OF_QUALIFICATION, PenaltyKind.REVOCATION_OF_LICENCE,
                PenaltyKind.RESTRICTION_OF_BUSINESS, PenaltyKind.ORDER_TO_SUSPEND, PenaltyKind.ORDER_TO_CLOSE,
                PenaltyKind.RESTRICTION_OF_PRACTICE, PenaltyKind.OTHER);
        Set<PenaltyKind> proposed = c.getProposedKinds();
        if (proposed.stream().anyMatch(heavy::contains)) {
            return true;
        }
        BigDecimal threshold = c.isOrganisation() ? s.getHearingFineOrg() : s.getHearingFinePerson();
        return c.getProposedFine() != null && c.getProposedFine().compareTo(threshold) >= 0;
    }

    private PenaltyDecided decided(PenaltyCase c) {
        List<String> officerNames = steps.findByCaseIdOrderByOnAscIdAsc(c.getId()).stream()
                .map(CaseStep::getOfficerNames).filter(n -> n != null && !n.isBlank())
                .flatMap(n -> java.util.Arrays.stream(n.split("、"))).distinct().toList();
        return new PenaltyDecided(c.getId(), c.getTownId(), c.getHolderUnitId(), c.getCaseNumber(),
                c.getDecisionNumber(), c.getTitle(), c.getPartyType().name(), c.getPartyName(), c.getPartyIdNumber(),
                c.getPartyAddress(), c.getPartyPhone(), c.getViolation(), c.getLegalBasis(), c.getOutcome().name(),
                List.copyOf(c.getDecidedKinds()), c.getDecisionText(), c.getFineAmount(), c.getDecidedOn(),
                officerNames);
    }

    // ------------------------------------------------------------------ clocks

    private NewDeadline clockOf(PenaltyCase c, String what, StatutoryPeriod period, LocalDate trigger) {
        return NewDeadline.of(CLOCK_SUBJECT, String.valueOf(c.getId()), what + "（" + c.getCaseNumber() + "）", period,
                trigger, directory.get(c.getHolderUnitId()))
                .assignedTo(DataScope.currentUser().map(FazhiUser::getUsername).orElse(null));
    }

    private Optional<DeadlineView> open(Long id) {
        return id == null ? Optional.empty() : deadlines.find(id).filter(v -> v.status().open());
    }

    private void meet(Long id, LocalDate on) {
        open(id).ifPresent(v -> {
            if (v.status() == DeadlineStatus.PAUSED) {
                deadlines.resume(v.id(), on);
            }
            deadlines.meet(v.id(), on.isBefore(v.triggeredOn()) ? v.triggeredOn() : on);
        });
    }

    private void stop(Long id, LocalDate on, String reason) {
        open(id).ifPresent(v -> deadlines.stop(v.id(), on.isBefore(v.triggeredOn()) ? v.triggeredOn() : on, reason));
    }

    private void pause(Long id, LocalDate from, String reason) {
        open(id).filter(v -> v.status() != DeadlineStatus.PAUSED).ifPresent(v -> deadlines.pause(v.id(), from, reason));
    }

    private void resume(Long id, LocalDate on) {
        open(id).filter(v -> v.status() == DeadlineStatus.PAUSED).ifPresent(v -> deadlines.resume(v.id(), on));
    }

    private List<Long> openClocks(PenaltyCase c) {
        List<Long> out = new ArrayList<>();
        for (Long id : new Long[] {c.getDecisionClockId(), c.getWindowClockId(), c.getServiceClockId(),
                c.getPaymentClockId(), c.getReminderClockId(), c.getCourtClockId(), c.getPreservationClockId(),
                c.getHearingNoticeClockId()}) {
            open(id).ifPresent(v -> out.add(v.id()));
        }
        return out;
    }

    // ------------------------------------------------------------------ records, numbers, settings

    private void record(PenaltyCase c, Step step, LocalDate on, List<OfficerSummary> officers, String note) {
        String names = officers.stream().map(OfficerSummary::withCertificate).collect(Collectors.joining("、"));
        steps.save(new CaseStep(c, step, on, officers.stream().map(OfficerSummary::id).toList(),
                names.isEmpty() ? null : names, note,
                DataScope.currentUser().map(FazhiUser::getUsername).orElse("system"), clock.instant(),
                directory.get(c.getHolderUnitId())));
    }

    private String nextNumber(OrgUnitView town, String kind, int year, String template) {
        NumberCounter counter = numbers.lockFor(town.id(), kind, year)
                .orElseGet(() -> numbers.saveAndFlush(new NumberCounter(kind, year, town)));
        int no = counter.next();
        String shortName = town.name().replaceAll("(镇|街道|乡)$", "");
        return template.replace("{town}", shortName).replace("{year}", String.valueOf(year))
                .replace("{no}", String.valueOf(no));
    }

    /** The town's settings, created with the defaults on first use. */
    EnforcementSettings settingsFor(OrgUnitView town) {
        return settings.findByTownId(town.id()).orElseGet(() -> settings.save(EnforcementSettings.defaults(town)));
    }

    @Transactional(readOnly = true)
    public EnforcementSettings settingsView(long townId) {
        return settings.findByTownId(townId).orElseGet(() -> EnforcementSettings.defaults(directory.get(townId)));
    }

    public EnforcementSettings updateSettings(long townId, java.util.function.Consumer<EnforcementSettings> change) {
        EnforcementSettings s = settingsFor(directory.get(townId));
        change.accept(s);
        return s;
    }

    /** Applies new settings values (checked by the settings themselves). */
    public void applySettings(EnforcementSettings s, boolean reviewAll, boolean excludeHearing,
                              boolean excludeAppraisal, int maxExtension, int statementDays, BigDecimal finePerson,
                              BigDecimal fineOrg, String caseTemplate, String decisionTemplate, String filing,
                              String proposal, String decision) {
        s.update(reviewAll, excludeHearing, excludeAppraisal, maxExtension, statementDays, finePerson, fineOrg,
                caseTemplate, decisionTemplate, filing, proposal, decision);
    }

    public LegalReviewer registerReviewer(String username, boolean qualified, LocalDate firstReviewOn) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        return registerReviewer(username, qualified, firstReviewOn, user.homeUnit().townId());
    }

    /**
     * Registers (or corrects) a legal reviewer of the town: whether they hold the legal professional qualification,
     * and since when they review (before 2021-07-15 makes them a reviewer the qualification rule does not reach).
     */
    public LegalReviewer registerReviewer(String username, boolean qualified, LocalDate firstReviewOn, Long townId) {
        if (blank(username) || username.strip().length() > 60) {
            throw RuleViolation.onField("username", "enforcement.reviewer.username");
        }
        if (firstReviewOn != null && firstReviewOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("firstReviewOn", "enforcement.reviewer.firstReviewFuture");
        }
        if (townId == null) {
            throw RuleViolation.onField("town", "enforcement.settings.town");
        }
        OrgUnitView town = directory.get(townId);
        LegalReviewer r = reviewers.findByUsername(username.strip()).orElseGet(() -> reviewers.save(
                new LegalReviewer(username.strip(), qualified, firstReviewOn, town)));
        r.update(qualified, firstReviewOn);
        return r;
    }

    /** The legal reviewers registered in the caller's scope, by username. */
    @Transactional(readOnly = true)
    public List<LegalReviewer> reviewers() {
        return reviewers.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    CaseProcedure.Context context(PenaltyCase c, EnforcementSettings s) {
        return new CaseProcedure.Context(LocalDate.now(clock), s.isReviewAllOrdinary(),
                stage -> approvalsComplete(c, stage));
    }

    // ------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public PenaltyCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("penalty-case", id));
    }

    @Transactional(readOnly = true)
    public Page<PenaltyCase> search(CaseState state, ProcedureKind procedure, String q, Integer year,
                                    Pageable pageable) {
        Specification<PenaltyCase> spec = (root, query, cb) -> cb.conjunction();
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
            String like = "%" + q.strip() + "%";
            spec = spec.and((r, qq, cb) -> cb.or(cb.like(r.get("caseNumber"), like), cb.like(r.get("title"), like),
                    cb.like(r.get("party").get("name"), like)));
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
        return approvals.findByCaseIdOrderByIdAsc(caseId);
    }

    /** Each step and what it still misses today (for the page's buttons and the API). */
    @Transactional(readOnly = true)
    public List<Availability> availability(PenaltyCase c) {
        EnforcementSettings s = settingsView(c.getTownId());
        CaseProcedure.Context ctx = context(c, s);
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
