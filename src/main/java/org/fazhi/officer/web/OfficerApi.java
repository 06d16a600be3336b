package org.fazhi.officer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.officer.internal.CertificateEvent;
import org.fazhi.officer.internal.CertificateLedger;
import org.fazhi.officer.internal.CertificateRegisterQuery;
import org.fazhi.officer.internal.CertificateService;
import org.fazhi.officer.internal.EnforcementCertificate;
import org.fazhi.officer.internal.EnforcementOfficer;
import org.fazhi.officer.internal.ExamResult;
import org.fazhi.officer.internal.OfficerService;
import org.fazhi.officer.internal.OfficerTraining;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.LedgerWorkbook;
import org.fazhi.shared.Versions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 执法人员与执法证 API — the register, the certificate lifecycle, the ledger import and the year's figures. */
@RestController
@RequestMapping("/api/v1/officers")
@Tag(name = "执法人员", description = "enforcement officers and certificates")
class OfficerApi {


    private final OfficerService officers;
    private final CertificateService certificates;
    private final CertificateRegisterQuery register;
    private final OfficerStatistics statistics;
    private final LedgerImports ledgers;
    private final OrgDirectory directory;
    private final Clock clock;
    private final OfficerListing listing;

    OfficerApi(OfficerService officers, CertificateService certificates, CertificateRegisterQuery register,
               OfficerStatistics statistics, LedgerImports ledgers, OrgDirectory directory, Clock clock,
               OfficerListing listing) {
        this.listing = listing;
        this.officers = officers;
        this.certificates = certificates;
        this.register = register;
        this.statistics = statistics;
        this.ledgers = ledgers;
        this.directory = directory;
        this.clock = clock;
    }

    record OfficerJson(long id, String name, long unitId, String unitName, String category, ExamResult examResult,
                       String username, boolean active, String certificateNumber, LocalDate validUntil,
                       boolean validToday) {
    }

    record CertificateJson(long id, String number, String category, LocalDate issuedOn, LocalDate validUntil,
                           String status, LocalDate endedOn) {
        static CertificateJson of(EnforcementCertificate c) {
            return new CertificateJson(c.getId(), c.getNumber(), c.getCategory(), c.getIssuedOn(), c.getValidUntil(),
                    c.getStatus().name(), c.getEndedOn());
        }
    }

    record EventJson(long id, long certificateId, String type, String typeLabel, LocalDate date, LocalDate validUntil,
                     String note) {
        static EventJson of(CertificateEvent e) {
            return new EventJson(e.getId(), e.getCertificateId(), e.getType().name(), e.getType().label(),
                    e.getDate(), e.getValidUntil(), e.getNote());
        }
    }

    record TrainingJson(int year, BigDecimal hours) {
        static TrainingJson of(OfficerTraining t) {
            return new TrainingJson(t.getYear(), t.getHours());
        }
    }

    record OfficerDetailJson(OfficerJson officer, String idNumber, List<CertificateJson> certificates,
                             List<EventJson> events, List<TrainingJson> training) {
    }

    record OfficerRequest(String name, String idNumber, Long unitId, String category, ExamResult examResult,
                          String username) {
    }

    record UpdateRequest(String name, Long unitId, String category, ExamResult examResult, String username) {
    }

    record ApplyRequest(String number, String category, @NotNull LocalDate issuedOn, LocalDate validUntil) {
    }

    record RenewRequest(String newNumber, @NotNull LocalDate on, LocalDate validUntil) {
    }

    record EndRequest(@NotNull LocalDate on, String reason) {
    }

    record TrainingRequest(@NotNull BigDecimal hours) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    @Operation(summary = "执法人员名册（含今日有效的执法证）")
    List<OfficerJson> list() {
        LocalDate today = LocalDate.now(clock);
        return register.rows(today).stream().map(r -> json(r.officer(), r.certificate(), r.valid())).toList();
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    @Operation(summary = "导出执法人员名册（XLSX，按名册页的筛选条件）")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                                  @RequestParam(defaultValue = "ALL") OfficerListing.Validity validity,
                                  @RequestParam(defaultValue = "name") String sort) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(LedgerWorkbook.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("执法人员名册.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(listing.xlsx(q, unit, validity, sort));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    @Operation(summary = "执法人员详情：执法证、业务记录、培训学时；ETag 为记录版本，修改时以 If-Match 带回")
    OfficerDetailJson get(@PathVariable long id) {
        LocalDate today = LocalDate.now(clock);
        EnforcementOfficer o = officers.officer(id);
        Versions.tag(o);
        var row = register.row(id, today);
        return new OfficerDetailJson(json(o, row.certificate(), row.valid()), o.getMaskedIdNumber(),
                certificates.certificatesOf(id).stream().map(CertificateJson::of).toList(),
                certificates.eventsOf(id).stream().map(EventJson::of).toList(),
                officers.trainingOf(id).stream().map(TrainingJson::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "登记执法人员")
    OfficerJson register(@RequestBody OfficerRequest rq) {
        EnforcementOfficer o = officers.register(new OfficerService.NewOfficer(rq.name(), rq.idNumber(), rq.unitId(),
                rq.category(), rq.examResult(), rq.username()));
        return json(o, null, false);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "修改执法人员（姓名、所在单位、执法类别、考试结果、账号）；带 If-Match 时版本已变则 409")
    OfficerJson update(@PathVariable long id, @RequestBody UpdateRequest rq) {
        EnforcementOfficer o = officers.update(id, rq.name(), rq.unitId(), rq.category(), rq.examResult(),
                rq.username());
        Versions.tag(o);
        var row = register.row(id, LocalDate.now(clock));
        return json(o, row.certificate(), row.valid());
    }

    @PostMapping("/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "申领执法证")
    CertificateJson apply(@PathVariable long id, @Valid @RequestBody ApplyRequest rq) {
        return CertificateJson.of(certificates.apply(id, rq.number(), rq.category(), rq.issuedOn(), rq.validUntil()));
    }

    @PostMapping("/certificates/{id}/renew")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "换证（同号续期，或换发新号）")
    CertificateJson renew(@PathVariable long id, @Valid @RequestBody RenewRequest rq) {
        return CertificateJson.of(certificates.renew(id, rq.newNumber(), rq.on(), rq.validUntil()));
    }

    @PostMapping("/certificates/{id}/cancel")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "注销执法证")
    CertificateJson cancel(@PathVariable long id, @Valid @RequestBody EndRequest rq) {
        return CertificateJson.of(certificates.cancel(id, rq.on(), rq.reason()));
    }

    @PostMapping("/certificates/{id}/clear")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "清理执法证（调离或不再符合条件）")
    CertificateJson clear(@PathVariable long id, @Valid @RequestBody EndRequest rq) {
        return CertificateJson.of(certificates.clear(id, rq.on(), rq.reason()));
    }

    @PutMapping("/{id}/training/{year}")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "登记某年培训学时")
    TrainingJson training(@PathVariable long id, @PathVariable int year, @Valid @RequestBody TrainingRequest rq) {
        return TrainingJson.of(officers.recordTraining(id, year, rq.hours()));
    }

    @PostMapping(path = "/certificates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    @Operation(summary = "导入行政执法证台账（CSV/XLSX）")
    ImportReport importCertificates(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(CertificateLedger.NAME, file);
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    @Operation(summary = "年度执法证统计：申领、换证、注销、清理、有效证件数")
    OfficerStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    private OfficerJson json(EnforcementOfficer o, EnforcementCertificate c, boolean valid) {
        return new OfficerJson(o.getId(), o.getName(), o.getHolderUnitId(),
                directory.find(o.getHolderUnitId()).map(OrgUnitView::name).orElse(""), o.getCategory(),
                o.getExamResult(), o.getUsername(), o.isActive(), c == null ? null : c.getNumber(),
                c == null ? null : c.getValidUntil(), valid);
    }
}
