package org.fazhi.publicity.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.files.Attachments;
import org.fazhi.files.AttachmentView;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publicity.internal.Activities;
import org.fazhi.publicity.internal.Activity;
import org.fazhi.publicity.internal.ActivityForm;
import org.fazhi.publicity.internal.ActivityType;
import org.fazhi.publicity.internal.DutyLists;
import org.fazhi.publicity.internal.OnlinePost;
import org.fazhi.publicity.internal.PostPlatform;
import org.fazhi.publicity.internal.PostType;
import org.fazhi.publicity.internal.Themes;
import org.fazhi.shared.web.FormPages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 普法活动与网络普法页面 — the year's activities with filters and the form to record one, an activity's page with its
 * photo gallery and sign-in sheets, and the posts calendar showing the weeks without a post.
 */
@Controller
class PublicityPages {

    private final Activities activities;
    private final DutyLists duties;
    private final Themes themes;
    private final Attachments attachments;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final Clock clock;

    PublicityPages(Activities activities, DutyLists duties, Themes themes, Attachments attachments,
                   OrgDirectory directory, FormPages forms, Clock clock) {
        this.activities = activities;
        this.duties = duties;
        this.themes = themes;
        this.attachments = attachments;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    /** A row of the list: the activity and the name of the village it was held in. */
    record Row(Activity a, String village) {
    }

    /** A week of the posts calendar: its Monday, ISO week number and how many posts it had. */
    record Week(LocalDate monday, int number, long posts) {
    }

    @GetMapping("/publicity/activities")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ActivityType type,
                @RequestParam(required = false) String theme, @RequestParam(required = false) Long village,
                Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<Row> rows = activities.activitiesBetween(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).stream()
                .filter(a -> type == null || a.getType() == type)
                .filter(a -> theme == null || theme.isBlank() || a.getThemes().contains(theme))
                .filter(a -> village == null || village.equals(a.getVenueVillageId()))
                .map(a -> new Row(a, a.getVenueVillageId() == null ? ""
                        : directory.find(a.getVenueVillageId()).map(OrgUnitView::name).orElse(""))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("year", y);
        model.addAttribute("type", type);
        model.addAttribute("theme", theme);
        model.addAttribute("village", village);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("forms", ActivityForm.values());
        model.addAttribute("themes", activities.themesOfCaller());
        model.addAttribute("villages", activities.villagesOfCaller());
        // the form offers the own department's duty items of the year shown, so the activity counts toward one
        model.addAttribute("dutyItems", duties.ownItems(y));
        model.addAttribute("today", LocalDate.now(clock));
        return "publicity/activities";
    }

    @PostMapping("/publicity/activities")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String record(@ModelAttribute("activity") Activities.NewActivity activity, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, activity, binding, () -> {
            Activity a = activities.record(activity);
            redirect.addFlashAttribute("success", "publicity.activity.recorded");
            return "redirect:/publicity/activities/" + a.getId();
        }, () -> list(null, null, null, null, model));
    }

    @GetMapping("/publicity/themes")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String themes(Model model) {
        model.addAttribute("themes", activities.themesOfCaller());
        model.addAttribute("defaults", Themes.DEFAULTS);
        return "publicity/themes";
    }

    @PostMapping("/publicity/themes")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String addTheme(@RequestParam(required = false) String themeName, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            themes.addForCaller(themeName);
            redirect.addFlashAttribute("success", "publicity.theme.added");
            return "redirect:/publicity/themes";
        }, () -> themes(model));
    }

    @GetMapping("/publicity/activities/{id}")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String detail(@PathVariable long id, Model model) {
        Activity a = activities.activity(id);
        model.addAttribute("a", a);
        model.addAttribute("village", a.getVenueVillageId() == null ? null
                : directory.find(a.getVenueVillageId()).map(OrgUnitView::name).orElse(null));
        model.addAttribute("holder", directory.find(a.getHolderUnitId()).map(OrgUnitView::name).orElse(""));
        List<AttachmentView> photos = attachments.of(Activity.FILES, id).stream()
                .filter(f -> f.contentType() != null && f.contentType().startsWith("image/") && !f.corrupt())
                .toList();
        model.addAttribute("photos", photos);
        model.addAttribute("filesType", Activity.FILES);
        return "publicity/activity";
    }

    @GetMapping("/publicity/posts")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String posts(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        LocalDate first = LocalDate.of(y, 1, 1);
        LocalDate last = LocalDate.of(y, 12, 31).isAfter(today) ? today : LocalDate.of(y, 12, 31);
        List<OnlinePost> posts = activities.postsBetween(first, LocalDate.of(y, 12, 31));
        Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
        for (LocalDate m = monday(first); !m.isAfter(last); m = m.plusWeeks(1)) {
            perWeek.put(m, 0L);
        }
        posts.forEach(p -> perWeek.computeIfPresent(monday(p.getPostedOn()), (k, v) -> v + 1));
        List<Week> weeks = new ArrayList<>();
        perWeek.forEach((m, n) -> weeks.add(new Week(m, m.plusDays(3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), n)));
        model.addAttribute("weeks", weeks);
        model.addAttribute("emptyWeeks", weeks.stream().filter(w -> w.posts() == 0).count());
        model.addAttribute("posts", posts);
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("platforms", PostPlatform.values());
        model.addAttribute("postTypes", PostType.values());
        return "publicity/posts";
    }

    @PostMapping("/publicity/posts")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String post(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
                @RequestParam(required = false) PostPlatform platform, @RequestParam(required = false) PostType type,
                @RequestParam(required = false) String title, @RequestParam(required = false) String link,
                RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            OnlinePost p = activities.post(new Activities.NewPost(postedOn, platform, type, title, link));
            redirect.addFlashAttribute("success", "publicity.post.recorded");
            return "redirect:/publicity/posts?year=" + p.getPostedOn().getYear();
        }, () -> posts(null, model));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
