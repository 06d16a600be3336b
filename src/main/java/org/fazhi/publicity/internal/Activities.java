package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 普法活动与网络普法的登记 — records an activity or an online post for the caller's unit, checking the whole request
 * before the first write (a refusal changes nothing): themes from the town's list, a village of the town (required
 * for 入村普法), whole non-negative counts, no date after today.
 */
@Service
@Transactional
public class Activities {

    /** Counts larger than any real activity are typing mistakes. */
    static final int MAX_COUNT = 1_000_000;

    private final ActivityRepository activities;
    private final PostRepository posts;
    private final DutyItemRepository dutyItems;
    private final Themes themes;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;

    Activities(ActivityRepository activities, PostRepository posts, DutyItemRepository dutyItems, Themes themes,
               OrgDirectory directory, DataScope dataScope, Clock clock) {
        this.dataScope = dataScope;
        this.activities = activities;
        this.posts = posts;
        this.dutyItems = dutyItems;
        this.themes = themes;
        this.directory = directory;
        this.clock = clock;
    }

    /** An activity as staff record it. */
    public record NewActivity(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, String name, List<String> themes, ActivityType type,
                              ActivityForm form, String organiser, Long villageId, String place, String speaker,
                              String audience, Integer participants, Integer materials, Long dutyItemId) {
    }

    public Activity record(NewActivity a) {
        OrgUnitView holder = holderOfCaller();
        Input in = new Input();
        if (a.heldOn() == null) {
            in.problem("heldOn", Input.REQUIRED);
        }
        in.notFuture("heldOn", a.heldOn(), LocalDate.now(clock));
        String name = in.text("name", a.name(), 200, true);
        Set<String> chosen = new LinkedHashSet<>(a.themes() == null ? List.of() : a.themes());
        chosen.removeIf(t -> t == null || t.isBlank());
        List<String> known = themes.of(holder.townId());
        if (chosen.isEmpty()) {
            in.problem("themes", Input.REQUIRED);
        }
        chosen.stream().filter(t -> !known.contains(t)).findFirst()
                .ifPresent(t -> in.problem("themes", "publicity.theme.unknown", t));
        if (a.type() == null) {
            in.problem("type", Input.REQUIRED);
        }
        if (a.form() == null) {
            in.problem("form", Input.REQUIRED);
        }
        in.text("organiser", a.organiser(), 100, true);
        Long village = null;
        if (a.villageId() != null) {
            village = directory.find(a.villageId()).filter(v -> v.type() == OrgUnitType.VILLAGE)
                    .filter(v -> holder.townId().equals(v.townId())).map(OrgUnitView::id).orElse(null);
            if (village == null) {
                in.problem("villageId", "publicity.village.notOfTown");
            }
        } else if (a.type() == ActivityType.VILLAGE) {
            in.problem("villageId", "publicity.village.required");
        }
        in.text("place", a.place(), 200, false);
        in.text("speaker", a.speaker(), 60, false);
        in.text("audience", a.audience(), 100, false);
        count(in, "participants", a.participants());
        count(in, "materials", a.materials());
        if (a.dutyItemId() != null && dutyItems.findById(a.dutyItemId())
                .filter(d -> d.getHolderUnitId().equals(holder.id())).isEmpty()) {
            in.problem("dutyItemId", "publicity.duty.notOwn");
        }
        in.check();
        NewActivity clean = new NewActivity(a.heldOn(), name, List.copyOf(chosen), a.type(), a.form(),
                a.organiser().strip(), village, blankToNull(a.place()), blankToNull(a.speaker()),
                blankToNull(a.audience()), a.participants(), a.materials(), a.dutyItemId());
        return activities.save(new Activity(clean, village, holder));
    }

    private static void count(Input in, String field, Integer value) {
        if (value == null) {
            in.problem(field, Input.REQUIRED);
        } else {
            in.number(field, value, 0, MAX_COUNT);
        }
    }

    /** An online post as staff record it. */
    public record NewPost(LocalDate postedOn, PostPlatform platform, PostType type, String title, String link) {
    }

    public OnlinePost post(NewPost p) {
        OrgUnitView holder = holderOfCaller();
        Input in = new Input();
        if (p.postedOn() == null) {
            in.problem("postedOn", Input.REQUIRED);
        }
        in.notFuture("postedOn", p.postedOn(), LocalDate.now(clock));
        if (p.platform() == null) {
            in.problem("platform", Input.REQUIRED);
        }
        if (p.type() == null) {
            in.problem("type", Input.REQUIRED);
        }
        String title = in.text("title", p.title(), 200, true);
        String link = in.text("link", p.link(), 500, false);
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            in.problem("link", "publicity.post.link");
        }
        in.check();
        return posts.save(new OnlinePost(p.postedOn(), p.platform(), p.type(), title, link, holder));
    }

    @Transactional(readOnly = true)
    public Activity activity(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
    }

    /** The activities of the caller's scope held between two days, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> activitiesBetween(LocalDate from, LocalDate to) {
        return activities.findByHeldOnBetweenOrderByHeldOnDescIdDesc(from, to);
    }

    @Transactional(readOnly = true)
    public List<OnlinePost> postsBetween(LocalDate from, LocalDate to) {
        return posts.findByPostedOnBetweenOrderByPostedOnDescIdDesc(from, to);
    }

    /** The villages an activity may name: those of the caller's town; for the district, every village it sees. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> villagesOfCaller() {
        Long town = callerTown();
        return town == null ? dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList()
                : directory.villagesOf(town);
    }

    /** The theme list of the caller's town; for the district, the themes every town starts with. */
    @Transactional(readOnly = true)
    public List<String> themesOfCaller() {
        Long town = callerTown();
        return town == null ? Themes.DEFAULTS : themes.of(town);
    }

    private static Long callerTown() {
        return DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).orElse(null);
    }

    /** The unit a record the caller makes is held by: the caller's own unit, which must belong to a town. */
    static OrgUnitView holderOfCaller() {
        OrgUnitView home = DataScope.currentUser().map(FazhiUser::homeUnit)
                .orElseThrow(() -> new RuleViolation("publicity.holder.none"));
        if (home.townId() == null) {
            throw new RuleViolation("publicity.holder.none");
        }
        return home;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
