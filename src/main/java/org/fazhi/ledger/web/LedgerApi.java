package org.fazhi.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.ledger.internal.LedgerTemplates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

@RestController
@RequestMapping("/api/v1/ledgers")
@Tag(name = "台账导入", description = "import of Excel/CSV ledgers")
class LedgerApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerImports imports;
    private final LedgerTemplates templates;

    LedgerApi(LedgerImports imports, LedgerTemplates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    /** A ledger as the API lists it. */
    record LedgerJson(String name, List<ColumnJson> columns, String importUrl, String templateUrl) {
    }

    record ColumnJson(String name, boolean required, String hint) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    @Operation(summary = "当前用户可导入的台账")
    List<LedgerJson> list(Locale locale) {
        return imports.permitted().stream().map(f -> {
            String base = "/api/v1/ledgers/" + UriUtils.encodePathSegment(f.name(), StandardCharsets.UTF_8);
            return new LedgerJson(f.name(), f.columns().stream()
                    .map(c -> new ColumnJson(c.name(), c.required(), templates.hint(c, locale))).toList(),
                    base + "/import", base + "/template?format=xlsx");
        }).toList();
    }

    @PostMapping(value = "/{ledgerName}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    @Operation(summary = "导入台账（CSV 或 XLSX），逐行校验，返回导入、跳过与被拒行")
    ImportReport importFile(@PathVariable String ledgerName, @RequestPart("file") MultipartFile file) {
        return imports.importFile(ledgerName, file);
    }

    @GetMapping("/{ledgerName}/template")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    @Operation(summary = "下载台账模板（xlsx 或 csv）")
    ResponseEntity<byte[]> template(@PathVariable String ledgerName,
                                    @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        LedgerFormat<?> ledger = imports.ledger(ledgerName);
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? templates.csv(ledger) : templates.xlsx(ledger, locale);
        String fileName = ledger.name() + "模板." + (csv ? "csv" : "xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
