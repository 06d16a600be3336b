package org.fazhi.legality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.legality.internal.ReviewState.Step;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.StaffDirectory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合法性审查的办理 — receiving a draft (its period by kind, assigned to the town's legal reviewer), reassigning it,
 * returning it for material, asking counsel, counsel's opinion and the conclusion. Each step checks the whole request
 * before the first write, so a refusal changes nothing. Counsel sees only the reviews it is asked about.
 */
@Service
@Transactional
public class LegalityReviews {

    /** The subject type of a review's clocks in the deadline engine. */
    public static final String CLOCK_SUBJECT = "legality.review";
    /** The subject type of counsel's clock: counsel's own deadline, listed to counsel. */
    public static final String COUNSEL_CLOCK_SUBJECT = "legality.counsel";
    /** 国办发〔2018〕115号: a normative document is reviewed within 15 working days at most. */
    public static final StatutoryPeriod NORMATIVE_DOCUMENT_PERIOD = StatutoryPeriod.workingDays(15,
            LegalBasis.of("关于全面推行行政规范性文件合法性审核机制的指导意见"));
    /** 《重大行政决策程序暂行条例》第26条: the drafter leaves the reviewer generally not less than 7 working days. */
    public static final LegalBasis MAJOR_DECISION_TIME = LegalBasis.of("重大行政决策程序暂行条例", 26);
    public static final int MAJOR_DECISION_MIN_WORKING_DAYS = 7;
    /** The department that reviews and holds the reviews, where the town has one. */
    static final String JUDICIAL_OFFICE = "司法所";

    /** The clocks a review keeps: the reviewer's period and counsel's. */
    enum ReviewClock implements ClockPurpose {
        REVIEW,
        COUNSEL_OPINION;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final LegalityReviewRepository reviews;
    private final CounselOpinionRepository opinions;
    private final LegalitySettingsRepository settings;
    private final OrgDirectory directory;
    private final StaffDirectory staff;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final Clock clock;

    LegalityReviews(LegalityReviewRepository reviews, CounselOpinionRepository opinions, LegalitySettingsRepository settings,
                    OrgDirectory directory, StaffDirectory staff, DataScope dataScope, DeadlineEngine deadlines,
                    OfficialCalendar calendar, Clock clock) {
        this.reviews = reviews;
        this.opinions = opinions;
        this.settings = settings;
        this.directory = directory;
        this.staff = staff;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A draft as the drafter sends it. */
    public record NewReview(ReviewKind kind, String title, Long orgUnitId, LocalDate receivedOn,
                            LocalDate requestedBy, String urgencyReason) {
    }

    /** Receives the draft: its clock starts on the day of receipt and it goes to the town's legal reviewer. */
    public LegalityReview submit(NewReview n) {
        Input in = new Input();
        if (n.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String title = in.text("title", n.title(), 200, true);
        OrgUnitView drafting = draftingUnit(in, n.orgUnitId());
        if (n.receivedOn() == null) {
            in.problem("receivedOn", Input.REQUIRED);
        } else if (n.receivedOn().isAfter(today())) {
            in.problem("receivedOn", "legality.receivedOn.future", n.receivedOn().toString());
        }
        String urgency = in.text("urgencyReason", n.urgencyReason(), 500, false);
        if (n.kind() == ReviewKind.MAJOR_DECISION && n.receivedOn() != null) {
            checkRequestedDate(in, n.receivedOn(), n.requestedBy(), urgency);
        }
        in.check();
        OrgUnitView town = directory.get(drafting.townId());
        OrgUnitView holder = directory.departmentOrTown(town.id(), JUDICIAL_OFFICE);
        String reviewer = staff.holdersOf(Role.LEGAL_REVIEWER, town.id()).stream().findFirst().orElse(null);
        LocalDate requestedBy = n.kind() == ReviewKind.MAJOR_DECISION ? n.requestedBy() : null;
        LegalityReview r = reviews.save(new LegalityReview(n.kind(), title, drafting, n.receivedOn(), requestedBy,
                n.kind() == ReviewKind.MAJOR_DECISION ? urgency : null, reviewer, holder));
        NewDeadline d = NewDeadline.of(CLOCK_SUBJECT, String.valueOf(r.getId()), ReviewClock.REVIEW,
                "合法性审查（" + title + "）", periodOf(r, town), r.getReceivedOn(), holder);
        deadlines.start(reviewer == null ? d : d.assignedTo(reviewer));
        return r;
    }

    /**
     * The unit a draft, a decision, a contract or a document comes from: the town or one of its departments the caller
     * may write for; anything else is a problem of the field {@code orgUnitId}.
     */
    public OrgUnitView draftingUnit(Input in, Long orgUnitId) {
        OrgUnitView unit = orgUnitId == null ? null : draftingUnits().stream()
                .filter(u -> u.id() == orgUnitId).findFirst().orElse(null);
        if (unit == null) {
            in.problem("orgUnitId", "legality.orgUnit.invalid");
        }
        return unit;
    }

    /** The units the caller may name as drafting unit: the towns and departments (not villages) it may write for. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> draftingUnits() {
        return dataScope.visibleUnits().stream()
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }

    /** A review of the town the caller may read, to link to a decision, a contract or a document; else 422. */
    @Transactional(readOnly = true)
    public LegalityReview linkable(Long reviewId, long townId) {
        return (reviewId == null ? Optional.<LegalityReview>empty() : find(reviewId))
                .filter(r -> r.getTownId() == townId)
                .orElseThrow(() -> RuleViolation.onField("reviewId", "legality.decision.reviewUnknown",
                        String.valueOf(reviewId)));
    }

    /**
     * A major decision's requested date must leave the reviewer {@link #MAJOR_DECISION_MIN_WORKING_DAYS} working days
     * after receipt, unless an urgency reason is recorded; it always lies after the day of receipt.
     */
    private void checkRequestedDate(Input in, LocalDate receivedOn, LocalDate requestedBy, String urgency) {
        if (requestedBy == null) {
            in.problem("requestedBy", "legality.requestedBy.required");
            return;
        }
        WorkingCalendar cal = calendar.snapshot();
        if (cal.workingDaysAfterUpTo(receivedOn, requestedBy) < 1) {
            in.problem("requestedBy", "legality.requestedBy.noWorkingDay", requestedBy.toString(),
                    receivedOn.toString());
            return;
        }
        LocalDate earliest = earliestRequestedDate(receivedOn);
        if (requestedBy.isBefore(earliest) && urgency == null) {
            in.problem("requestedBy", "legality.requestedBy.tooSoon", earliest.toString(),
                    MAJOR_DECISION_TIME.citation(), String.valueOf(MAJOR_DECISION_MIN_WORKING_DAYS));
        }
    }

    /** The earliest date a drafter may ask for without an urgency reason: the 7th working day after receipt. */
    public LocalDate earliestRequestedDate(LocalDate receivedOn) {
        return calendar.snapshot().addWorkingDays(receivedOn, MAJOR_DECISION_MIN_WORKING_DAYS);
    }

    /**
     * The review's period: 15 working days for a normative document; for a major decision the working days from
     * receipt up to the date the drafter asked for; the town's setting for the other kinds.
     */
    private StatutoryPeriod periodOf(LegalityReview r, OrgUnitView town) {
        return switch (r.getKind()) {
            case NORMATIVE_DOCUMENT -> NORMATIVE_DOCUMENT_PERIOD;
            case MAJOR_DECISION -> StatutoryPeriod.workingDays(
                    calendar.snapshot().workingDaysAfterUpTo(r.getReceivedOn(), r.getRequestedBy()),
                    MAJOR_DECISION_TIME);
            case CONTRACT, OTHER -> StatutoryPeriod.workingDays(settingsOf(town).getOtherWorkingDays(),
                    WorkingCalendar.TRIGGER_DAY_NOT_COUNTED);
        };
    }

    /** Hands the review to another legal reviewer of the town. */
    public LegalityReview reassign(long id, String username, String reason) {
        LegalityReview r = review(id);
        r.require(Step.REASSIGN);
        String user = username == null ? null : username.strip();
        if (user == null || !staff.holdersOf(Role.LEGAL_REVIEWER, r.getTownId()).contains(user)) {
            throw RuleViolation.onField("username", "legality.reviewer.unknown", String.valueOf(username));
        }
        r.reassign(user, reason);
        // the review's period follows it to the new reviewer's list
        reviewClock(r).filter(c -> c.status().open()).ifPresent(c -> deadlines.assign(c.id(), user,
                reason == null || reason.isBlank() ? "改派审查人员" : reason.strip()));
        return r;
    }

    /** Returns the draft for more material: the clock waits until the material arrives. */
    public LegalityReview returnForMaterial(long id, String reason, LocalDate on) {
        LegalityReview r = review(id);
        LocalDate day = on == null ? today() : on;
        String why = Input.requireText("reason", reason, 500);
        r.returnForMaterial(day, why);
        reviewClock(r).ifPresent(c -> deadlines.pause(c.id(), day, "退回补充材料：" + why));
        return r;
    }

    /** The material arrived: the review's full period starts again from that day. */
    public LegalityReview receiveMaterial(long id, LocalDate on) {
        LegalityReview r = review(id);
        LocalDate day = on == null ? today() : on;
        r.receiveMaterial(day);
        reviewClock(r).ifPresent(c -> deadlines.restart(c.id(), day, "补充材料收到"));
        return r;
    }

    /** Asks a counsel of the town for an opinion, due within the town's setting. */
    public CounselOpinion askCounsel(long id, String username, LocalDate on) {
        LegalityReview r = review(id);
        LocalDate day = on == null ? today() : on;
        r.require(Step.ASK_COUNSEL);
        String counsel = username == null ? null : username.strip();
        if (counsel == null || counsel.isEmpty()
                || !staff.holdersOf(Role.COUNSEL, r.getTownId()).contains(counsel)) {
            throw RuleViolation.onField("username", "legality.counsel.unknown", String.valueOf(username));
        }
        r.askCounsel(day, counsel);
        OrgUnitView holder = directory.get(r.getHolderUnitId());
        CounselOpinion o = opinions.save(new CounselOpinion(r, counsel, day, holder));
        deadlines.start(NewDeadline.of(COUNSEL_CLOCK_SUBJECT, String.valueOf(r.getId()), ReviewClock.COUNSEL_OPINION,
                "法律顾问意见（" + r.getTitle() + "）", StatutoryPeriod.workingDays(
                        settingsOf(directory.get(r.getTownId())).getCounselWorkingDays(),
                        WorkingCalendar.TRIGGER_DAY_NOT_COUNTED), day, holder).assignedTo(counsel));
        return o;
    }

    /** Counsel writes the opinion it was asked for; nobody else may. */
    public CounselOpinion writeOpinion(long id, String text, LocalDate on) {
        LegalityReview r = review(id);
        LocalDate day = on == null ? today() : on;
        r.require(Step.COUNSEL_OPINION);
        String me = DataScope.currentUser().map(FazhiUser::getUsername).orElse(null);
        CounselOpinion o = opinions.findByReviewIdOrderByIdAsc(r.getId()).stream()
                .filter(x -> !x.written() && x.getCounsel().equals(me)).findFirst()
                .orElseThrow(() -> new RuleViolation("legality.opinion.notAsked"));
        String body = Input.requireText("text", text, 4000);
        o.write(body, day);
        r.counselAnswered();
        deadlines.clock(COUNSEL_CLOCK_SUBJECT, String.valueOf(r.getId()), ReviewClock.COUNSEL_OPINION)
                .filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), day));
        return o;
    }

    /** The reviewer's conclusion with its reasons and legal basis; the review's clock is met. */
    public LegalityReview conclude(long id, Conclusion conclusion, String reasons, String legalBasis, LocalDate on) {
        LegalityReview r = review(id);
        LocalDate day = on == null ? today() : on;
        if (r.getState() == ReviewState.AWAITING_COUNSEL) {
            throw new RuleViolation("legality.conclude.awaitingCounsel");
        }
        r.require(Step.CONCLUDE);
        Input in = new Input();
        if (conclusion == null) {
            in.problem("conclusion", Input.REQUIRED);
        }
        String why = in.text("reasons", reasons, 4000, true);
        String basis = in.text("legalBasis", legalBasis, 1000, false);
        in.check();
        r.conclude(conclusion, why, basis, day);
        reviewClock(r).filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), day));
        return r;
    }

    /** The town's periods for the kinds no statute gives one. */
    public LegalitySettings updateSettings(long townId, int otherWorkingDays, int counselWorkingDays) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        dataScope.requireWritableHolder(town.id());
        LegalitySettings s = settingsOf(town);
        s.update(otherWorkingDays, counselWorkingDays);
        return s;
    }

    /** The town's period for filing a published normative document with the district (calendar days). */
    public LegalitySettings updateFilingDays(long townId, int days) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        dataScope.requireWritableHolder(town.id());
        LegalitySettings s = settingsOf(town);
        s.updateFilingDays(days);
        return s;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The review, if the caller may read it: within the data scope, and for counsel only a review it is asked about.
     */
    @Transactional(readOnly = true)
    public LegalityReview review(long id) {
        return find(id).orElseThrow(() -> new NotFound("legality-review", id));
    }

    /** The review if the caller may read it, for the attachments of the review. */
    @Transactional(readOnly = true)
    public Optional<LegalityReview> find(long id) {
        return reviews.findById(id).filter(r -> readsAll() || askedOfMe().contains(r.getId()));
    }

    @Transactional(readOnly = true)
    public Page<LegalityReview> search(ReviewKind kind, ReviewState state, String q, Pageable pageable) {
        boolean all = readsAll();
        List<Long> ids = all ? List.of(-1L) : askedOfMe();
        return reviews.search(kind, state, Like.containing(q), all, ids.isEmpty() ? List.of(-1L) : ids, pageable);
    }

    @Transactional(readOnly = true)
    public List<CounselOpinion> opinionsOf(long id) {
        return opinions.findByReviewIdOrderByIdAsc(review(id).getId());
    }

    @Transactional(readOnly = true)
    public List<DeadlineView> clocksOf(long id) {
        String subject = String.valueOf(review(id).getId());
        List<DeadlineView> all = new java.util.ArrayList<>(deadlines.ofSubject(CLOCK_SUBJECT, subject));
        all.addAll(deadlines.ofSubject(COUNSEL_CLOCK_SUBJECT, subject));
        return all;
    }

    /** The due date of the review's own clock as it stands (none while it waits for material). */
    @Transactional(readOnly = true)
    public LocalDate dueOn(LegalityReview r) {
        return reviewClock(r).map(DeadlineView::dueDate).orElse(null);
    }

    /** The legal reviewers and counsel of the review's town, for the forms that name one. */
    @Transactional(readOnly = true)
    public List<String> staffOf(long townId, Role role) {
        return staff.holdersOf(role, townId);
    }

    @Transactional(readOnly = true)
    public LegalitySettings settings(long townId) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return settings.findByTownId(town.id()).orElseGet(() -> LegalitySettings.defaults(town));
    }

    private Optional<DeadlineView> reviewClock(LegalityReview r) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(r.getId()), ReviewClock.REVIEW);
    }

    private LegalitySettings settingsOf(OrgUnitView town) {
        return settings.findByTownId(town.id()).orElseGet(() -> settings.save(LegalitySettings.defaults(town)));
    }

    private static boolean readsAll() {
        return DataScope.currentUserHolds(Permission.LEGALITY_READ);
    }

    private List<Long> askedOfMe() {
        return DataScope.currentUser().map(u -> opinions.reviewIdsAskedOf(u.getUsername())).orElse(List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
