package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.PageOf;
import org.fazhi.supervision.internal.CaseReviews;
import org.fazhi.supervision.internal.ReviewBand;
import org.fazhi.supervision.internal.DrawnCase;
import org.fazhi.supervision.internal.ReviewDeduction;
import org.fazhi.supervision.internal.ReviewItem;
import org.fazhi.supervision.internal.ReviewReport;
import org.fazhi.supervision.internal.ReviewRound;
import org.fazhi.supervision.internal.SupervisionSettings;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 案卷评查 API — review rounds, the draw, scoring, results and the report; the town's checklist and draw settings. */
@RestController
@RequestMapping("/api/v1/supervision/reviews")
@Tag(name = "行政执法监督", description = "annual case-file review")
class CaseReviewApi {

    private final CaseReviews reviews;
    private final ReviewReport report;

    CaseReviewApi(CaseReviews reviews, ReviewReport report) {
        this.reviews = reviews;
        this.report = report;
    }

    record NewRoundJson(Integer year, Long townId) {
    }

    record DrawJson(Long seed) {
    }

    record ItemJson(long id, int position, String heading, int maxPoints) {
        static ItemJson of(ReviewItem i) {
            return new ItemJson(i.getId(), i.getPosition(), i.getHeading(), i.getMaxPoints());
        }
    }

    record RoundJson(long id, long townId, int year, LocalDate createdOn, int minimumPerDepartment,
                     int sharePercent, Long seed, Map<Long, List<Long>> pool, LocalDate drawnOn,
                     List<ItemJson> checklist) {
    }

    record DeductionJson(Long itemId, Integer points, String reason) {
        static DeductionJson of(ReviewDeduction d) {
            return new DeductionJson(d.getItemId(), d.getPoints(), d.getReason());
        }
    }

    record CaseJson(long id, long caseId, String caseNumber, String title, long orgUnitId, LocalDate decidedOn,
                    Integer score, ReviewBand band, LocalDate scoredOn, List<DeductionJson> deductions) {
        static CaseJson of(CaseReviews.ScoredCase s) {
            DrawnCase c = s.reviewCase();
            return new CaseJson(c.getId(), c.getCaseId(), c.getCaseNumber(), c.getCaseTitle(), c.getDepartmentId(),
                    c.getDecidedOn(), c.getScore(), c.getBand(), c.getScoredOn(),
                    s.deductions().stream().map(DeductionJson::of).toList());
        }
    }

    record ScoreJson(List<DeductionJson> deductions) {
    }

    record ResultsJson(long roundId, List<CaseJson> cases, List<CaseReviews.DepartmentResult> departments) {
    }

    record ChecklistJson(long townId, List<ReviewItem.Line> items) {
    }

    record DrawSettingsJson(long townId, int minimumPerDepartment, int sharePercent) {
        static DrawSettingsJson of(long townId, SupervisionSettings s) {
            return new DrawSettingsJson(townId, s.getReviewMinimumPerDepartment(), s.getReviewSharePercent());
        }
    }

    @GetMapping
    @PreAuthorize(ComplaintApi.READ)
    PageOf<RoundJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(reviews.rounds(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))),
                this::json);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "为一个乡镇的一个年度创建案卷评查，复制该镇当前的评查标准")
    RoundJson create(@RequestBody NewRoundJson b) {
        return json(reviews.create(b.year(), b.townId()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplaintApi.READ)
    RoundJson round(@PathVariable long id) {
        return json(reviews.round(id));
    }

    @PostMapping("/{id}/draw")
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "按部门随机抽取案卷（可指定随机种子以重现抽取）；每次评查只抽取一次")
    RoundJson draw(@PathVariable long id, @RequestBody(required = false) DrawJson b) {
        return json(reviews.draw(id, b == null ? null : b.seed()));
    }

    @GetMapping("/{id}/cases")
    @PreAuthorize(ComplaintApi.READ)
    List<CaseJson> cases(@PathVariable long id) {
        return reviews.casesOf(id).stream().map(CaseJson::of).toList();
    }

    @PostMapping("/{id}/cases/{caseId}/score")
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "按评查标准扣分评分（替换此前的扣分）")
    CaseJson score(@PathVariable long id, @PathVariable long caseId, @RequestBody ScoreJson b) {
        List<CaseReviews.NewDeduction> taken = b.deductions() == null ? null : b.deductions().stream()
                .map(d -> d == null ? null : new CaseReviews.NewDeduction(d.itemId(), d.points(), d.reason()))
                .toList();
        return CaseJson.of(reviews.score(id, caseId, taken));
    }

    @GetMapping("/{id}/results")
    @PreAuthorize(ComplaintApi.READ)
    ResultsJson results(@PathVariable long id) {
        return new ResultsJson(id, cases(id), reviews.results(id));
    }

    @GetMapping("/{id}/report.docx")
    @PreAuthorize(ComplaintApi.READ)
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FindingApi.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("案卷评查报告-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(report.of(id));
    }

    @GetMapping("/checklist")
    @PreAuthorize(ComplaintApi.READ)
    ChecklistJson checklist(@RequestParam long townId) {
        return new ChecklistJson(townId, reviews.checklist(townId));
    }

    @PutMapping("/checklist")
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "修改本镇的评查标准（增删、改名、调整分值，合计100分）；已创建的评查保留原标准")
    ChecklistJson updateChecklist(@RequestBody ChecklistJson b) {
        return new ChecklistJson(b.townId(), reviews.updateChecklist(b.townId(), b.items()));
    }

    @GetMapping("/settings")
    @PreAuthorize(ComplaintApi.READ)
    DrawSettingsJson settings(@RequestParam long townId) {
        return DrawSettingsJson.of(townId, reviews.drawSettings(townId));
    }

    @PutMapping("/settings")
    @PreAuthorize(ComplaintApi.MANAGE)
    DrawSettingsJson updateSettings(@RequestBody DrawSettingsJson b) {
        return DrawSettingsJson.of(b.townId(), reviews.updateDrawSettings(b.townId(), b.minimumPerDepartment(),
                b.sharePercent()));
    }

    private RoundJson json(ReviewRound r) {
        return new RoundJson(r.getId(), r.getTownId(), r.getYear(), r.getCreatedOn(), r.getMinimumPerDepartment(),
                r.getSharePercent(), r.getSeed(), r.getPool(), r.getDrawnOn(),
                reviews.itemsOf(r.getId()).stream().map(ItemJson::of).toList());
    }
}
