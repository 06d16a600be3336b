package org.fazhi.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publicity.internal.Question;
import org.fazhi.publicity.internal.Quiz;
import org.fazhi.publicity.internal.QuizService;
import org.fazhi.shared.BadRequest;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 在线学法答题 — the public answers a town's open quizzes on its portal, on a phone, without logging in: the questions
 * without their answers, then the score with each question's right answer, explanation and legal basis. An answer
 * sheet keeps only the village chosen and the score; rate-limited like every public submission.
 */
@Controller
@PublicEndpoint
class PublicQuizzes {

    private final QuizService quizzes;
    private final PublicTowns towns;
    private final OrgDirectory directory;
    private final FormPages forms;

    PublicQuizzes(QuizService quizzes, PublicTowns towns, OrgDirectory directory, FormPages forms) {
        this.quizzes = quizzes;
        this.towns = towns;
        this.directory = directory;
        this.forms = forms;
    }

    record PublicQuizSummary(long id, String title, String theme, LocalDate opensOn, LocalDate closesOn,
                             int questions) {
    }

    /** A question as the public sees it: no answer, no explanation. */
    record PublicQuestion(long id, String kind, String kindCode, String stem, Map<String, String> options) {
    }

    record PublicQuiz(long id, String title, String theme, LocalDate opensOn, LocalDate closesOn,
                      List<PublicQuestion> questions) {
    }

    record AnswerRequest(Long villageId, Map<String, List<String>> answers) {
    }

    @GetMapping("/api/public/v1/quizzes")
    @ResponseBody
    @Operation(summary = "一个乡镇今日开放的在线学法答题")
    List<PublicQuizSummary> list(@Parameter(description = "乡镇编号（见 /api/public/v1/towns）；只有一个乡镇的平台可以不填")
                                 @RequestParam(required = false) Long town) {
        return open(towns.forApi(town));
    }

    @GetMapping("/api/public/v1/quizzes/{id}")
    @ResponseBody
    @Operation(summary = "在线学法答题的题目（不含答案和解析）")
    PublicQuiz quiz(@PathVariable long id) {
        return DataScope.asSystem(() -> publicQuiz(id));
    }

    @PostMapping("/api/public/v1/quizzes/{id}/answers")
    @ResponseBody
    @Operation(summary = "提交答卷：返回得分、每题对错、正确答案、解析和法律依据（不保存个人信息）")
    QuizService.Sheet answer(@PathVariable long id, @RequestBody AnswerRequest rq) {
        return DataScope.asSystem(() -> quizzes.answer(id, rq.villageId(), rq.answers()));
    }

    @GetMapping("/portal/{town}/quizzes")
    String page(@PathVariable String town, Model model) {
        model.addAttribute("quizzes", open(towns.get(town)));
        return "publicity/portal-quizzes";
    }

    @GetMapping("/portal/{town}/quizzes/{id}")
    String quizPage(@PathVariable String town, @PathVariable long id, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("quiz", DataScope.asSystem(() -> publicQuiz(id, t)));
        model.addAttribute("villages", directory.villagesOf(t.id()));
        return "publicity/portal-quiz";
    }

    /** The form's letters come as {@code q<id>} parameters (one per radio, several per checkbox group). */
    @PostMapping("/portal/{town}/quizzes/{id}")
    String submit(@PathVariable String town, @PathVariable long id,
                  @RequestParam(required = false) Long villageId, HttpServletRequest request, Model model) {
        OrgUnitView t = towns.get(town);
        PublicQuiz quiz = DataScope.asSystem(() -> publicQuiz(id, t));
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (PublicQuestion q : quiz.questions()) {
            String[] given = request.getParameterValues("q" + q.id());
            answers.put(String.valueOf(q.id()), given == null ? List.of() : new ArrayList<>(List.of(given)));
        }
        return forms.submit(model, () -> {
            QuizService.Sheet sheet;
            try {
                sheet = DataScope.asSystem(() -> quizzes.answer(id, villageId, answers));
            } catch (BadRequest e) {
                // on the page a malformed answer is shown by its question like any refusal, not as an error page
                throw RuleViolation.onField(e.field(), e.messageKey(), e.args());
            }
            model.addAttribute("sheet", sheet);
            model.addAttribute("given", answers);
            model.addAttribute("quiz", quiz);
            return "publicity/portal-result";
        }, () -> quizPage(town, id, model));
    }

    private List<PublicQuizSummary> open(OrgUnitView town) {
        return DataScope.asSystem(() -> quizzes.openQuizzes(town.id())).stream()
                .map(q -> new PublicQuizSummary(q.getId(), q.getTitle(), q.getTheme(), q.getOpensOn(),
                        q.getClosesOn(), q.getQuestionIds().size())).toList();
    }

    private PublicQuiz publicQuiz(long id, OrgUnitView town) {
        PublicQuiz q = publicQuiz(id);
        if (!quizzes.quiz(id).getTownId().equals(town.id())) {
            throw new NotFound("quiz", id);
        }
        return q;
    }

    private PublicQuiz publicQuiz(long id) {
        Quiz quiz = quizzes.quiz(id);
        List<PublicQuestion> questions = quizzes.questionsOf(quiz).stream().map(PublicQuizzes::shown).toList();
        return new PublicQuiz(quiz.getId(), quiz.getTitle(), quiz.getTheme(), quiz.getOpensOn(), quiz.getClosesOn(),
                questions);
    }

    private static PublicQuestion shown(Question q) {
        return new PublicQuestion(q.getId(), q.getKind().label(), q.getKind().name(), q.getStem(), q.options());
    }
}
