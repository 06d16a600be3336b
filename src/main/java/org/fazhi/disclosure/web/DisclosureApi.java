package org.fazhi.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.disclosure.internal.AnnualReportService;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.disclosure.internal.DocumentService;
import org.fazhi.disclosure.internal.ItemCategory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * 政务公开 staff API: the catalogue, the documents, the annual report. Lawsuits and reconsiderations about disclosure
 * (table 四) are cases of the litigation module ({@code /api/v1/litigation/cases}, challenged act
 * {@code DISCLOSURE_APPLICATION}).
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "政务公开")
class DisclosureApi {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CatalogueService catalogue;
    private final AnnualReportService reports;
    private final DocumentService documents;
    private final DisclosureStatistics statistics;

    DisclosureApi(CatalogueService catalogue, AnnualReportService reports,
                  DocumentService documents, DisclosureStatistics statistics) {
        this.statistics = statistics;
        this.catalogue = catalogue;
        this.reports = reports;
        this.documents = documents;
    }

    record ItemRequest(String category, String title, String docNumber, String body, String formedOn,
                       String publishedOn) {
    }

    record DateRequest(String publishedOn, String repealedOn) {
    }

    record ReportTextRequest(String overview, String problems, String otherMatters, Integer licenceDecisions,
                             BigDecimal feeIncomeWan) {
    }

    /** The year's application figures of a town, as the annual reports quote them. */
    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    @Operation(summary = "年度依申请公开统计：新收申请、答复、按期答复及按期答复率")
    Map<String, Object> statistics(@RequestParam int year, @RequestParam long orgUnit) {
        DisclosureStatistics.Figures f = statistics.of(year, orgUnit);
        return ApplicationJson.map("year", f.year(), "townId", f.townId(), "received", f.received(),
                "answered", f.answered(), "answeredOnTime", f.answeredOnTime(), "onTimeRate", f.onTimeRate());
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    @Operation(summary = "主动公开目录（含未公开）")
    PageOf<Map<String, Object>> items(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String category,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        Input in = new Input();
        ItemCategory c = in.choice("category", ItemCategory.class, category, false);
        in.check();
        Page<CatalogueItem> result = catalogue.search(q, c, null, false, page, size);
        return PageOf.of(result, CatalogueJson::summary);
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "新增主动公开信息（启动第26条20个工作日公开期限）")
    ResponseEntity<Map<String, Object>> createItem(@RequestBody ItemRequest r) {
        CatalogueItem item = catalogue.create(r.category(), r.title(), r.docNumber(), r.body(), r.formedOn(),
                r.publishedOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(item(item.getId()));
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    Map<String, Object> item(@PathVariable long id) {
        CatalogueItem item = catalogue.get(id);
        return CatalogueJson.full(item, catalogue.clockOf(item).orElse(null));
    }

    @PostMapping("/items/{id}/publish")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "公开（发布）一条信息")
    Map<String, Object> publish(@PathVariable long id, @RequestBody DateRequest r) {
        catalogue.publish(id, r.publishedOn());
        return item(id);
    }

    @PostMapping("/items/{id}/repeal")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "废止行政规范性文件")
    Map<String, Object> repeal(@PathVariable long id, @RequestBody DateRequest r) {
        catalogue.repeal(id, r.repealedOn());
        return item(id);
    }

    @GetMapping("/applications/{id}/documents/{kind}")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "文书：REPLY 答复书, SUPPLEMENT 补正告知书, EXTENSION 延期答复告知书（DOCX）")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String kind) {
        Input in = new Input();
        DocumentService.Kind k = in.choice("kind", DocumentService.Kind.class, kind, true);
        in.check();
        return docx(documents.applicationDocument(id, k), k.title() + "-" + id + ".docx");
    }

    @GetMapping("/annual-report/{year}")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    @Operation(summary = "政府信息公开工作年度报告（国办公开办函〔2021〕30号格式；表三不含无数字的标题行“三、本年度办理结果”）")
    Map<String, Object> report(@PathVariable int year, @RequestParam(required = false) Long orgUnit) {
        AnnualReportService.AnnualReport r = reports.report(year, unit(orgUnit));
        return ApplicationJson.map("year", r.year(), "orgUnitId", r.orgUnitId(), "orgUnitName", r.orgUnitName(),
                "dueOn", r.dueOn(), "table2", r.table2(), "table3", r.table3(), "table4", r.table4(),
                "challengesCounted", r.challengesCounted(),
                "consistent", r.consistent(), "feesCollected", r.feesCollected(), "overview", r.overview(),
                "problems", r.problems(), "otherMatters", r.otherMatters());
    }

    @PutMapping("/annual-report/{year}/text")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "编辑年度报告第一、五、六部分及手工填报数据（行政许可、行政事业性收费）")
    Map<String, Object> editReport(@PathVariable int year, @RequestParam(required = false) Long orgUnit,
                                   @RequestBody ReportTextRequest r) {
        reports.editText(year, unit(orgUnit), r.overview(), r.problems(), r.otherMatters(), r.licenceDecisions(),
                r.feeIncomeWan());
        return report(year, orgUnit);
    }

    @GetMapping("/annual-report/{year}/docx")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    @Operation(summary = "年度报告 DOCX")
    ResponseEntity<byte[]> reportDocx(@PathVariable int year, @RequestParam(required = false) Long orgUnit) {
        return docx(documents.annualReport(year, unit(orgUnit)), year + "年政府信息公开工作年度报告.docx");
    }

    /** The caller's own town when no unit is named. */
    static long unit(Long orgUnit) {
        if (orgUnit != null) {
            return orgUnit;
        }
        return DataScope.currentUser().map(u -> u.homeUnit().townId() != null ? u.homeUnit().townId()
                : u.homeUnit().id()).orElseThrow();
    }

    static ResponseEntity<byte[]> docx(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
