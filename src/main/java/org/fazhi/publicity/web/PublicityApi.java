package org.fazhi.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publicity.PublicityStatistics;
import org.fazhi.publicity.internal.Activities;
import org.fazhi.publicity.internal.Activity;
import org.fazhi.publicity.internal.ActivityLedger;
import org.fazhi.publicity.internal.OnlinePost;
import org.fazhi.publicity.internal.PostLedger;
import org.fazhi.publicity.internal.Question;
import org.fazhi.publicity.internal.QuestionLedger;
import org.fazhi.publicity.internal.Quiz;
import org.fazhi.publicity.internal.QuizService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 普法 API — activities, online posts, the question bank and quizzes, the ledger imports and the year's figures. */
@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "普法", description = "legal education: activities, posts, quizzes")
class PublicityApi {

    private final Activities activities;
    private final QuizService quizzes;
    private final PublicityStatistics statistics;
    private final LedgerImports ledgers;
    private final OrgDirectory directory;

    PublicityApi(Activities activities, QuizService quizzes, PublicityStatistics statistics, LedgerImports ledgers,
                 OrgDirectory directory) {
        this.activities = activities;
        this.quizzes = quizzes;
        this.statistics = statistics;
        this.ledgers = ledgers;
        this.directory = directory;
    }

    record ActivityJson(long id, LocalDate heldOn, String name, List<String> themes, String type, String form,
                        String organiser, Long villageId, String village, String place, String speaker,
                        String audience, int participants, int materials, Long dutyItemId) {
    }

    record PostJson(long id, LocalDate postedOn, String platform, String type, String title, String link) {
        static PostJson of(OnlinePost p) {
            return new PostJson(p.getId(), p.getPostedOn(), p.getPlatform().label(), p.getType().label(),
                    p.getTitle(), p.getLink());
        }
    }

    /** A question as staff see it, with its answer. */
    record QuestionJson(long id, String kind, String stem, Map<String, String> options, String answer,
                        String explanation, String legalBasis, String theme) {
        static QuestionJson of(Question q) {
            return new QuestionJson(q.getId(), q.getKind().label(), q.getStem(), q.options(), q.getAnswer(),
                    q.getExplanation(), q.getLegalBasis(), q.getTheme());
        }
    }

    record QuizJson(long id, String title, String theme, LocalDate opensOn, LocalDate closesOn,
                    List<Long> questionIds) {
        static QuizJson of(Quiz q) {
            return new QuizJson(q.getId(), q.getTitle(), q.getTheme(), q.getOpensOn(), q.getClosesOn(),
                    q.getQuestionIds());
        }
    }

    record QuizRequest(String title, String theme, LocalDate opensOn, LocalDate closesOn, List<Long> questionIds) {
    }

    @GetMapping("/activities")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "一年的普法活动（法治宣传活动与入村普法）")
    List<ActivityJson> activities(@RequestParam int year) {
        return activities.activitiesBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(this::json).toList();
    }

    @GetMapping("/activities/{id}")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "普法活动详情")
    ActivityJson activity(@PathVariable long id) {
        return json(activities.activity(id));
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "登记普法活动")
    ActivityJson record(@RequestBody Activities.NewActivity rq) {
        return json(activities.record(rq));
    }

    @PostMapping(path = "/activities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "导入普法活动台账（CSV/XLSX）")
    ImportReport importActivities(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(ActivityLedger.NAME, file);
    }

    @GetMapping("/posts")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "一年的网络普法发布")
    List<PostJson> posts(@RequestParam int year) {
        return activities.postsBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(PostJson::of).toList();
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "登记网络普法发布")
    PostJson post(@RequestBody Activities.NewPost rq) {
        return PostJson.of(activities.post(rq));
    }

    @PostMapping(path = "/posts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "导入网络普法发布台账（CSV/XLSX）")
    ImportReport importPosts(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(PostLedger.NAME, file);
    }

    @GetMapping("/questions")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "普法题库（含答案）")
    List<QuestionJson> questions() {
        return quizzes.bank().stream().map(QuestionJson::of).toList();
    }

    @PostMapping("/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "添加题目")
    QuestionJson question(@RequestBody QuizService.NewQuestion rq) {
        return QuestionJson.of(quizzes.addQuestion(rq));
    }

    @PostMapping(path = "/questions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "导入普法题库（CSV/XLSX）")
    ImportReport importQuestions(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(QuestionLedger.NAME, file);
    }

    @GetMapping("/quizzes")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "在线答题")
    List<QuizJson> quizzes() {
        return quizzes.quizzes().stream().map(QuizJson::of).toList();
    }

    @PostMapping("/quizzes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    @Operation(summary = "发布在线答题（从题库选题，在开放期内在门户网站作答）")
    QuizJson createQuiz(@RequestBody QuizRequest rq) {
        return QuizJson.of(quizzes.createQuiz(rq.title(), rq.theme(), rq.opensOn(), rq.closesOn(),
                rq.questionIds()));
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "年度普法统计：法治宣传活动、入村普法、参加人数、发放资料、网络发布及按主题、村居、形式")
    PublicityStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    @GetMapping("/statistics/quizzes")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    @Operation(summary = "年度在线答题参与：答卷数、平均得分率、按村居")
    PublicityStatistics.QuizFigures quizStatistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.quizzes(year, orgUnit);
    }

    private ActivityJson json(Activity a) {
        return new ActivityJson(a.getId(), a.getHeldOn(), a.getName(), List.copyOf(a.getThemes()),
                a.getType().label(), a.getForm().label(), a.getOrganiser(), a.getVenueVillageId(),
                a.getVenueVillageId() == null ? null
                        : directory.find(a.getVenueVillageId()).map(OrgUnitView::name).orElse(null),
                a.getPlace(), a.getSpeaker(), a.getAudience(), a.getParticipants(), a.getMaterials(),
                a.getDutyItemId());
    }
}
