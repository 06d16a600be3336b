package org.fazhi.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fazhi.report.internal.DistrictRollup;
import org.fazhi.report.internal.ReportDiffs;
import org.fazhi.report.internal.ReportDocument;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.report.internal.SectionTemplates;
import org.fazhi.shared.Versions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 法治政府建设年度报告 API — generating, editing, approving and publishing a town's report; its comparison with the
 * approved version; the district's roll-up of the towns; the section templates.
 */
@RestController
@RequestMapping(ReportApi.BASE)
@Tag(name = "法治政府建设年度报告", description = "the annual rule-of-law government report")
class ReportApi {

    static final String BASE = "/api/v1/reports/rule-of-law";
    static final String READ = "hasAuthority('REPORT_READ')";
    static final String WRITE = "hasAuthority('REPORT_WRITE')";
    static final String APPROVE = "hasAuthority('REPORT_APPROVE')";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final RuleOfLawReports reports;
    private final SectionTemplates templates;
    private final ReportDocument document;
    private final ReportDiffs diffs;
    private final DistrictRollup district;

    ReportApi(RuleOfLawReports reports, SectionTemplates templates, ReportDocument document, ReportDiffs diffs,
              DistrictRollup district) {
        this.reports = reports;
        this.templates = templates;
        this.document = document;
        this.diffs = diffs;
        this.district = district;
    }

    record NewReportJson(Integer year, Long orgUnitId) {
    }

    record TextJson(String text) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITE)
    @Operation(summary = "生成一个乡镇某年度的报告草稿（按当前模板和各模块统计数据）")
    ReportJson.Report generate(@RequestBody NewReportJson body) {
        return ReportJson.Report.of(reports.generate(body.year(), body.orgUnitId()));
    }

    @GetMapping
    @PreAuthorize(READ)
    List<ReportJson.Summary> list() {
        return reports.list().stream().map(ReportJson.Summary::of).toList();
    }

    @GetMapping("/district")
    @PreAuthorize(READ)
    @Operation(summary = "区级汇总：本人范围内各乡镇某年度报告的状态、公开期限和主要数据（每项数据链接到其记录）")
    ReportJson.District district(@Parameter(description = "报告年度") @RequestParam(required = false) Integer year) {
        return ReportJson.District.of(district.of(year));
    }

    @GetMapping("/{id}/diff")
    @PreAuthorize(READ)
    @Operation(summary = "与同一乡镇同一年度最近审定（或已公开）的报告比对：各段变化的数据（原值→新值）和文字")
    ReportJson.Diff diff(@PathVariable long id) {
        return ReportJson.Diff.of(diffs.againstApproved(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ReportJson.Report get(@PathVariable long id) {
        return tagged(reports.report(id));
    }

    @PutMapping("/{id}/sections/{key}")
    @PreAuthorize(WRITE)
    @Operation(summary = "修改一段文字（保留每一版本）；{数据键} 占位符保留数据及其来源；带 If-Match 时报告版本已变则 409")
    ReportJson.Report edit(@PathVariable long id, @PathVariable String key, @RequestBody TextJson body) {
        return tagged(reports.edit(id, key, body.text()));
    }

    @GetMapping("/{id}/sections/{key}/versions")
    @PreAuthorize(READ)
    List<ReportJson.Version> versions(@PathVariable long id, @PathVariable String key) {
        return reports.versions(id, key).stream().map(ReportJson.Version::of).toList();
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(APPROVE)
    @Operation(summary = "审定（数据随之固定）")
    ReportJson.Report approve(@PathVariable long id) {
        return tagged(reports.approve(id));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(APPROVE)
    @Operation(summary = "公开（每年4月1日前）")
    ReportJson.Report publish(@PathVariable long id) {
        return tagged(reports.publish(id));
    }

    @GetMapping("/{id}/docx")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("法治政府建设年度报告-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(document.of(id));
    }

    @GetMapping("/templates")
    @PreAuthorize(WRITE)
    Map<String, String> templates() {
        return templates.all();
    }

    @GetMapping("/templates/{key}")
    @PreAuthorize(WRITE)
    @Operation(summary = "某一段的模板：当前文字、默认文字和可用的数据键")
    ReportJson.Template template(@PathVariable String key) {
        return ReportJson.Template.of(key, templates);
    }

    @DeleteMapping("/templates/{key}")
    @PreAuthorize(WRITE)
    @Operation(summary = "某一段恢复默认模板")
    TextJson resetTemplate(@PathVariable String key) {
        return new TextJson(reports.resetTemplate(key));
    }

    @PutMapping("/templates/{key}")
    @PreAuthorize(WRITE)
    @Operation(summary = "修改本平台某一段的模板（此后生成的草稿使用）")
    TextJson updateTemplate(@PathVariable String key, @RequestBody TextJson body) {
        return new TextJson(reports.updateTemplate(key, body.text()));
    }

    /** The report's JSON with its version as the ETag: a change sends it back as If-Match (409 when it is stale). */
    private static ReportJson.Report tagged(RuleOfLawReports.ReportView view) {
        Versions.tag(view.report());
        return ReportJson.Report.of(view);
    }
}
