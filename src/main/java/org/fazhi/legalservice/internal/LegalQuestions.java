package org.fazhi.legalservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.counsel.VillageAdvisors;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.mediation.MediationReferrals;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;
import org.fazhi.organization.Role;
import org.fazhi.organization.StaffDirectory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法律咨询的办理 — asking (routed to the village's advisor on the day asked, else to the town's counsel), the answer
 * and its clock, reassignment by the judicial office, withholding a published answer, and referrals. Each step checks
 * the whole request before the first write, so a refusal changes nothing. An advisor sees only what it holds.
 */
@Service
@Transactional
public class LegalQuestions {

    /** The subject type of a question's clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "legalservice.question";
    /** The department that holds town-level questions and routes them, where the town has one. */
    static final String JUDICIAL_OFFICE = "司法所";
    /** The centre legal aid applications are forwarded to. */
    static final String LEGAL_AID_CENTRE = "区法律援助中心";
    public static final int MAX_QUESTION = 2000;
    public static final int MAX_ANSWER = 4000;

    /** Who reads the asker's name and phone in clear: the judicial office of the question's town. */
    static final PersonalDataPolicy OFFICE = PersonalDataPolicy.readableWith(Permission.LEGAL_SERVICE_MANAGE)
            .ownTownOnly();

    enum QuestionClock implements ClockPurpose {
        ANSWER;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final LegalQuestionRepository questions;
    private final ReferralRepository referrals;
    private final OrgDirectory directory;
    private final StaffDirectory staff;
    private final VillageAdvisors advisors;
    private final MediationReferrals mediation;
    private final DeadlineEngine deadlines;
    private final Clock clock;
    private final int answerWorkingDays;

    LegalQuestions(LegalQuestionRepository questions, ReferralRepository referrals, OrgDirectory directory,
                   StaffDirectory staff, VillageAdvisors advisors, MediationReferrals mediation,
                   DeadlineEngine deadlines, Clock clock,
                   @Value("${fazhi.legalservice.answer-working-days:3}") int answerWorkingDays) {
        this.questions = questions;
        this.referrals = referrals;
        this.directory = directory;
        this.staff = staff;
        this.advisors = advisors;
        this.mediation = mediation;
        this.deadlines = deadlines;
        this.clock = clock;
        this.answerWorkingDays = answerWorkingDays;
    }

    /** What the public sends. {@code orgUnitId}: the town, or the village the question concerns. */
    public record NewQuestion(Long orgUnitId, QuestionCategory category, String question, String contactName,
                              String contactPhone, Boolean publishConsent) {
    }

    /** The answer period, a town practice (no statute sets one): working days after the day asked. */
    public StatutoryPeriod answerPeriod() {
        return StatutoryPeriod.workingDays(answerWorkingDays, WorkingCalendar.TRIGGER_DAY_NOT_COUNTED);
    }

    /**
     * A question from the portal or the public API, asked today; {@code townId} (the portal's town) when given must
     * be the unit's town. Runs as the platform ({@code DataScope.asSystem}, called by the controller).
     */
    public LegalQuestion ask(Long townId, NewQuestion n) {
        return ask(townId, n, today());
    }

    LegalQuestion ask(Long townId, NewQuestion n, LocalDate askedOn) {
        Input in = new Input();
        OrgUnitView unit = unitOf(n.orgUnitId()).filter(u -> townId == null || townId.equals(u.townId()))
                .orElse(null);
        if (unit == null) {
            in.problem("orgUnitId", "legalservice.orgUnit.unknown");
        }
        if (n.category() == null) {
            in.problem("category", Input.REQUIRED);
        }
        String text = in.text("question", n.question(), MAX_QUESTION, true);
        String name = in.text("contactName", n.contactName(), 50, true);
        String phone = in.phone("contactPhone", n.contactPhone(), true);
        in.check();
        OrgUnitView town = directory.get(unit.townId());
        boolean village = unit.type() == OrgUnitType.VILLAGE;
        // an advisor serving two villages signs in for one of them: the other village's questions go to the town
        String advisor = (village ? advisors.accountOn(unit.id(), askedOn) : Optional.<String>empty())
                .filter(a -> sees(a, unit)).or(() -> townCounsel(town.id())).orElse(null);
        OrgUnitView holder = village ? unit : directory.departmentOrTown(town.id(), JUDICIAL_OFFICE);
        LegalQuestion q = questions.save(new LegalQuestion(PublicQuery.newTrackingCode(), n.category(), text, name,
                phone, Boolean.TRUE.equals(n.publishConsent()), askedOn, advisor, holder));
        NewDeadline d = NewDeadline.of(CLOCK_SUBJECT, String.valueOf(q.getId()), QuestionClock.ANSWER,
                "法律咨询解答期限（" + q.getTrackingCode() + "）", answerPeriod(), askedOn, holder);
        deadlines.start(advisor == null ? d : d.assignedTo(advisor));
        return q;
    }

    /** A town or one of its villages, whatever the caller's scope (the public names them from the portal). */
    public Optional<OrgUnitView> unitOf(Long id) {
        return (id == null ? Optional.<OrgUnitView>empty() : directory.find(id))
                .filter(u -> u.type() == OrgUnitType.TOWN || u.type() == OrgUnitType.VILLAGE);
    }

    /** Whether the account's own unit sees the village's records: the village itself, or the town above it. */
    private boolean sees(String account, OrgUnitView village) {
        return staff.homeUnitOf(account).map(h -> h.type() != OrgUnitType.VILLAGE || h.id() == village.id())
                .orElse(false);
    }

    /** The town's counsel: the first counsel account of the town not serving a single village. */
    private Optional<String> townCounsel(long townId) {
        return staff.holdersOf(Role.COUNSEL, townId).stream()
                .filter(u -> staff.homeUnitOf(u).map(h -> h.type() != OrgUnitType.VILLAGE).orElse(false))
                .findFirst();
    }

    /** The judicial office hands the question to another counsel of the town who can see it. */
    public LegalQuestion reassign(long id, String username, String reason) {
        LegalQuestion q = question(id);
        q.require(QuestionState.Step.REASSIGN);
        String user = username == null ? "" : username.strip();
        boolean fits = staff.holdersOf(Role.COUNSEL, q.getTownId()).contains(user) && staff.homeUnitOf(user)
                .map(h -> h.type() != OrgUnitType.VILLAGE || h.id() == q.getHolderUnitId()).orElse(false);
        if (!fits) {
            throw RuleViolation.onField("username", "legalservice.advisor.unknown", user);
        }
        String why = reason == null || reason.isBlank() ? "改派法律顾问" : reason.strip();
        q.reassign(user, why);
        answerClock(q).filter(c -> c.status().open()).ifPresent(c -> deadlines.assign(c.id(), user, why));
        return q;
    }

    /** The advisor holding the question answers it; the clock is met on the day of the answer. */
    public LegalQuestion answer(long id, String text) {
        return answer(id, text, today());
    }

    LegalQuestion answer(long id, String text, LocalDate on) {
        LegalQuestion q = question(id);
        if (!me().equals(q.getAdvisor())) {
            throw new AccessDenied("legalservice.answer.notYours");
        }
        String answer = Input.requireText("text", text, MAX_ANSWER);
        q.answer(answer, on, me());
        answerClock(q).filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), on));
        return q;
    }

    /** The judicial office keeps an answer off the portal (or puts it back), with its reason. */
    public LegalQuestion withhold(long id, boolean withhold, String reason) {
        LegalQuestion q = question(id);
        String why = withhold ? Input.requireText("reason", reason, 500) : null;
        q.withhold(withhold, why);
        return q;
    }

    /** What a referral names; {@code villageId} only for mediation (default: the question's village). */
    public record NewReferral(ReferralKind kind, String matter, String agency, Long villageId) {
    }

    /**
     * Refers the question: to mediation (a dispute is registered there with the question named), to the district
     * legal-aid centre, or to another agency. The advisor holding it or the judicial office may.
     */
    public Referral refer(long id, NewReferral n) {
        return refer(id, n, today());
    }

    Referral refer(long id, NewReferral n, LocalDate on) {
        LegalQuestion q = question(id);
        if (!mayHandle(q)) {
            throw new AccessDenied("legalservice.answer.notYours");
        }
        q.require(QuestionState.Step.REFER);
        Input in = new Input();
        if (n.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String matter = in.text("matter", n.matter(), 1000, false);
        String agency = in.text("agency", n.agency(), 100, n.kind() == ReferralKind.OTHER_AGENCY);
        Long villageId = n.villageId() != null ? n.villageId() : q.getVillageId();
        if (n.kind() == ReferralKind.MEDIATION && (villageId == null || directory.find(villageId)
                .filter(v -> v.type() == OrgUnitType.VILLAGE && q.getTownId().equals(v.townId())).isEmpty())) {
            in.problem("villageId", "legalservice.referral.village");
        }
        in.check();
        String what = matter != null ? matter : abbreviate(q.getQuestion(), 1000);
        String to = switch (n.kind()) {
            case MEDIATION -> "人民调解委员会";
            case LEGAL_AID -> agency != null ? agency : LEGAL_AID_CENTRE;
            case OTHER_AGENCY -> agency;
        };
        Referral r = referrals.save(new Referral(q, n.kind(), on, q.getContactName(), what, to,
                directory.get(q.getHolderUnitId())));
        if (n.kind() == ReferralKind.MEDIATION) {
            MediationReferrals.Referred d = mediation.refer(villageId, on, q.getCategory().disputeCategory(),
                    abbreviate("（法律咨询 " + q.getTrackingCode() + " 转调解）" + what, 2000), q.getContactName(),
                    q.getContactPhone());
            r.linkDispute(d.disputeId(), d.caseNo());
        }
        q.refer(to);
        answerClock(q).filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), on));
        return r;
    }

    /** The legal-aid centre's (or agency's) answer to a referral, recorded by the judicial office. */
    public Referral recordReply(long referralId, String text, LocalDate on) {
        Referral r = referrals.findById(referralId).orElseThrow(() -> new NotFound("referral", referralId));
        question(r.getQuestionId());
        Input in = new Input();
        String reply = in.text("text", text, 2000, true);
        LocalDate day = on == null ? today() : in.notFuture("on", on, today());
        if (day != null && day.isBefore(r.getReferredOn())) {
            in.problem("on", "legalservice.reply.beforeReferral", r.getReferredOn().toString());
        }
        in.check();
        r.recordReply(reply, day);
        return r;
    }

    // ---------------------------------------------------------------- reading

    /** The question if the caller may read it: within the scope, and for an advisor only one it holds. */
    @Transactional(readOnly = true)
    public LegalQuestion question(long id) {
        return find(id).orElseThrow(() -> new NotFound("legal-question", id));
    }

    @Transactional(readOnly = true)
    public Optional<LegalQuestion> find(long id) {
        return questions.findById(id).filter(q -> readsAll() || me().equals(q.getAdvisor()));
    }

    @Transactional(readOnly = true)
    public Page<LegalQuestion> search(QuestionState state, Pageable pageable) {
        return questions.search(readsAll(), me(), state, pageable);
    }

    @Transactional(readOnly = true)
    public List<Referral> referralsOf(long id) {
        return referrals.findByQuestionIdOrderByIdAsc(question(id).getId());
    }

    /** Whether the caller reads the asker's name and phone in clear: the advisor holding it, the judicial office. */
    public boolean readsContact(LegalQuestion q) {
        return me().equals(q.getAdvisor()) || OFFICE.readsInClear(q);
    }

    /** Whether the caller may answer (the advisor holding it) — for the pages, which offer only what may be sent. */
    public boolean mayAnswer(LegalQuestion q) {
        return q.getState() == QuestionState.OPEN && me().equals(q.getAdvisor());
    }

    public boolean mayHandle(LegalQuestion q) {
        return me().equals(q.getAdvisor()) || DataScope.currentUserHolds(Permission.LEGAL_SERVICE_MANAGE);
    }

    /** The counsel accounts of the town, for the reassignment form. */
    @Transactional(readOnly = true)
    public List<String> counselOf(long townId) {
        return staff.holdersOf(Role.COUNSEL, townId);
    }

    @Transactional(readOnly = true)
    public Optional<DeadlineView> answerClock(LegalQuestion q) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(q.getId()), QuestionClock.ANSWER);
    }

    /** Tracking: the question a code names, however it was typed. Runs as the platform. */
    @Transactional(readOnly = true)
    public Optional<LegalQuestion> track(String code) {
        return PublicQuery.trackingCode(code).flatMap(questions::findByTrackingCode);
    }

    /** Published answers of a town. Runs as the platform. */
    @Transactional(readOnly = true)
    public Page<LegalQuestion> published(long townId, Pageable pageable) {
        return questions.published(townId, pageable);
    }

    private static boolean readsAll() {
        return DataScope.currentUserHolds(Permission.LEGAL_SERVICE_READ)
                || DataScope.currentUserHolds(Permission.LEGAL_SERVICE_MANAGE);
    }

    private static String me() {
        return DataScope.currentUser().map(FazhiUser::getUsername).orElse("");
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
