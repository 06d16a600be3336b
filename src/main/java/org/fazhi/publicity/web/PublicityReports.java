package org.fazhi.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publicity.PublicityStatistics;
import org.fazhi.publicity.internal.Activities;
import org.fazhi.publicity.internal.DutyLists;
import org.fazhi.publicity.internal.QuestionKind;
import org.fazhi.publicity.internal.Quiz;
import org.fazhi.publicity.internal.QuizService;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.FormPages;
import org.fazhi.shared.web.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 普法统计与在线答题 — the statistics page (figures, charts by theme, form and village, quiz participation), the
 * dashboard section, and the quiz editor with the question bank. Every figure comes from {@link PublicityStatistics}.
 */
@Controller
class PublicityReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicityStatistics statistics;
    private final QuizService quizzes;
    private final Activities activities;
    private final DutyLists duties;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final FormPages forms;
    private final Clock clock;

    PublicityReports(PublicityStatistics statistics, QuizService quizzes, Activities activities, DutyLists duties,
                     OrgDirectory directory, DataScope dataScope, FormPages forms, Clock clock) {
        this.activities = activities;
        this.duties = duties;
        this.directory = directory;
        this.statistics = statistics;
        this.quizzes = quizzes;
        this.dataScope = dataScope;
        this.forms = forms;
        this.clock = clock;
    }

    /** A quiz of the editor's list with its answer sheets so far. */
    record QuizRow(Quiz quiz, int answers, boolean open) {
    }

    @GetMapping("/publicity/statistics")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                @AuthenticationPrincipal FazhiUser user, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        long unit = orgUnit == null ? user.figuresUnitId() : orgUnit;
        PublicityStatistics.Figures f = statistics.of(y, unit);
        model.addAttribute("f", f);
        model.addAttribute("q", statistics.quizzes(y, unit));
        model.addAttribute("year", y);
        model.addAttribute("units", dataScope.visibleUnits().stream()
                .filter(u -> u.type() != OrgUnitType.VILLAGE).toList());
        model.addAttribute("chartData", JSON.writeValueAsString(Map.of("themes", f.byTheme(), "forms", f.byForm(),
                "villages", f.byVillage())));
        model.addAttribute("listBase", "/publicity/activities?year=" + y);
        return "publicity/statistics";
    }

    @GetMapping("/publicity/section")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String section(@AuthenticationPrincipal FazhiUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = today.getYear();
        PublicityStatistics.Figures f = statistics.of(y, user.figuresUnitId());
        Period period = Period.thisYear(today);
        String list = "/publicity/activities?year=" + y;
        model.addAttribute("year", y);
        model.addAttribute("behind", duties.progress(y).stream().filter(DutyLists.Progress::behind)
                .map(p -> directory.find(p.item().getHolderUnitId()).map(OrgUnitView::name).orElse(""))
                .distinct().toList());
        model.addAttribute("figures", List.of(
                Figure.count("section-activities", "publicity.stats.activities", f.activities(), period,
                        list + "&type=CAMPAIGN"),
                Figure.count("section-village", "publicity.stats.villageSessions", f.villageSessions(), period,
                        list + "&type=VILLAGE"),
                Figure.count("section-posts", "publicity.stats.posts", f.posts(), period,
                        "/publicity/posts?year=" + y)));
        return "publicity/section";
    }

    @GetMapping("/publicity/quizzes")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String quizzes(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("quizzes", quizzes.quizzes().stream()
                .map(q -> new QuizRow(q, quizzes.answersOf(q.getId()).size(), q.openOn(today))).toList());
        model.addAttribute("bank", quizzes.bank());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("themes", activities.themesOfCaller());
        model.addAttribute("today", today);
        return "publicity/quizzes";
    }

    @PostMapping("/publicity/quizzes")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String createQuiz(@RequestParam(required = false) String title, @RequestParam(required = false) String theme,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                      @RequestParam(required = false) List<Long> questionIds, RedirectAttributes redirect,
                      Model model) {
        return forms.submit(model, () -> {
            quizzes.createQuiz(title, theme, opensOn, closesOn, questionIds);
            redirect.addFlashAttribute("success", "publicity.quiz.created");
            return "redirect:/publicity/quizzes";
        }, () -> quizzes(model));
    }

    /**
     * Adds one question to the bank; the ticked letters of {@code answer} are checked against the kind (单选 one, 多选
     * two or more, 判断 A or B) and a refusal shows the page again with what was typed.
     */
    @PostMapping("/publicity/questions")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String addQuestion(@RequestParam(required = false) QuestionKind kind, @RequestParam(required = false) String stem,
                       @RequestParam(required = false) String optionA, @RequestParam(required = false) String optionB,
                       @RequestParam(required = false) String optionC, @RequestParam(required = false) String optionD,
                       @RequestParam(required = false) List<String> answer,
                       @RequestParam(required = false) String explanation,
                       @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String theme,
                       RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            quizzes.addQuestion(new QuizService.NewQuestion(kind, stem,
                    Arrays.asList(optionA, optionB, optionC, optionD), answer == null ? List.of() : answer,
                    explanation, legalBasis, theme == null || theme.isBlank() ? null : theme));
            redirect.addFlashAttribute("success", "publicity.question.added");
            return "redirect:/publicity/quizzes";
        }, () -> quizzes(model));
    }
}
