package org.fazhi.mediation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.MediationFigures;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.mediation.internal.AgreementForm;
import org.fazhi.mediation.internal.CommitteeLevel;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.DisputeCommands;
import org.fazhi.mediation.internal.DisputeDocuments;
import org.fazhi.mediation.internal.DisputeLedger;
import org.fazhi.mediation.internal.DisputeProcedure;
import org.fazhi.mediation.internal.DisputeQueries;
import org.fazhi.mediation.internal.DisputeService;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.mediation.internal.MediationAccess;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.Versions;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 矛盾纠纷 API: disputes through the procedure, documents, ledger import and export, statistics. */
@RestController
class MediationApi {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int MAX_PAGE_SIZE = 200;

    private final DisputeService service;
    private final DisputeQueries queries;
    private final DisputeDocuments documents;
    private final MediationStatistics statistics;
    private final LedgerImports ledgers;
    private final OrgDirectory directory;

    MediationApi(DisputeService service, DisputeQueries queries, DisputeDocuments documents,
                 MediationStatistics statistics, LedgerImports ledgers, OrgDirectory directory) {
        this.service = service;
        this.queries = queries;
        this.documents = documents;
        this.statistics = statistics;
        this.ledgers = ledgers;
        this.directory = directory;
    }

    @GetMapping("/api/v1/mediation/disputes")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    PageOf<DisputeJson.Item> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                  @RequestParam(required = false) Long orgUnit, @RequestParam(required = false) Long village,
                  @RequestParam(required = false) DisputeCategory category,
                  @RequestParam(required = false) DisputeSource source,
                  @RequestParam(required = false) DisputeStatus status,
                  @RequestParam(required = false) AgreementForm form, @RequestParam(required = false) Boolean major,
                  @RequestParam(required = false) CommitteeLevel committee,
                  @RequestParam(required = false) Boolean referred,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Long campaignAssignment,
                  @RequestParam(defaultValue = "ACCEPTED") DisputeQueries.SortBy sort,
                  @RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        Page<Dispute> result = queries.search(new DisputeQueries.Filter(year, month, orgUnit, village, category,
                source, status, form, major, committee, referred, from, to, q, campaignAssignment), page,
                Math.min(Math.max(size, 1), MAX_PAGE_SIZE), sort, desc);
        return PageOf.of(result, d -> DisputeJson.Item.of(d, directory));
    }

    @PostMapping("/api/v1/mediation/disputes")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    ResponseEntity<DisputeJson.Detail> register(@Valid @RequestBody DisputeCommands.Registration r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(service.register(r)));
    }

    @GetMapping("/api/v1/mediation/disputes/{id}")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    DisputeJson.Detail get(@PathVariable long id) {
        return detail(id);
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/assignment")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail assign(@PathVariable long id, @Valid @RequestBody DisputeCommands.Assignment a) {
        return detail(service.assign(id, a));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/sessions")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail session(@PathVariable long id, @Valid @RequestBody DisputeCommands.SessionInput s) {
        return detail(service.recordSession(id, s));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/escalation")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail escalate(@PathVariable long id, @Valid @RequestBody DisputeCommands.Escalation e) {
        return detail(service.escalate(id, e));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/police-report")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail police(@PathVariable long id, @Valid @RequestBody DisputeCommands.PoliceReport p) {
        return detail(service.reportToPolice(id, p));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/conclusion")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail conclude(@PathVariable long id, @Valid @RequestBody DisputeCommands.Conclusion c) {
        return detail(service.conclude(id, c));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/follow-ups")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail followUp(@PathVariable long id, @Valid @RequestBody DisputeCommands.FollowUpInput f) {
        return detail(service.followUp(id, f));
    }

    @PostMapping("/api/v1/mediation/disputes/{id}/court-confirmation")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    DisputeJson.Detail courtConfirmation(@PathVariable long id,
                                         @Valid @RequestBody DisputeCommands.CourtConfirmation c) {
        return detail(service.recordCourtConfirmation(id, c));
    }

    @GetMapping("/api/v1/mediation/disputes/{id}/agreement.docx")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    ResponseEntity<byte[]> agreement(@PathVariable long id) {
        Dispute d = service.get(id);
        return download(documents.agreement(d, MediationAccess.PARTY_DATA.readsInClear()), DOCX, "调解协议书-" + d.getCaseNo() + ".docx");
    }

    @GetMapping("/api/v1/mediation/disputes/{id}/case-file.docx")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    ResponseEntity<byte[]> caseFile(@PathVariable long id) {
        Dispute d = service.get(id);
        return download(documents.caseFile(d, MediationAccess.PARTY_DATA.readsInClear()), DOCX, "卷宗-" + d.getCaseNo() + ".docx");
    }

    @PostMapping(path = "/api/v1/mediation/disputes/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    ImportReport importLedger(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(DisputeLedger.NAME, file);
    }

    @GetMapping("/api/v1/mediation/disputes/export.xlsx")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Integer month,
                                  @RequestParam(required = false) Long orgUnit,
                                  @RequestParam(required = false) Long village,
                                  @RequestParam(required = false) DisputeCategory category,
                                  @RequestParam(required = false) DisputeSource source,
                                  @RequestParam(required = false) DisputeStatus status,
                                  @RequestParam(required = false) AgreementForm form,
                                  @RequestParam(required = false) Boolean major,
                                  @RequestParam(required = false) CommitteeLevel committee,
                                  @RequestParam(required = false) Boolean referred,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate to, @RequestParam(required = false) String q) {
        var filter = new DisputeQueries.Filter(year, month, orgUnit, village, category, source, status, form, major,
                committee, referred, from, to, q, null);
        return download(documents.ledger(queries.all(filter)), XLSX, DisputeLedger.NAME + ".xlsx");
    }

    @GetMapping("/api/v1/mediation/statistics")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    MediationFigures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        Input.requireYear(year);
        return statistics.of(year, orgUnit);
    }

    private DisputeJson.Detail detail(long id) {
        return detail(service.get(id));
    }

    /** The dispute's JSON, with its version as the ETag (sent back as If-Match with the next step). */
    private DisputeJson.Detail detail(Dispute d) {
        Versions.tag(d);
        return DisputeJson.Detail.of(d, directory, DisputeProcedure.allowed(d).stream().map(Enum::name).toList());
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString()).body(body);
    }
}
