package org.fazhi.ledger;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import facility. A module's own import URL is one line, naming the ledger by its format's {@code NAME} (so the
 * name is written once, where the columns are) and guarded by the module's own authority:
 * <pre>{@code
 * @PostMapping(path = "/certificates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
 * @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
 * @Operation(summary = "导入行政执法证台账（CSV/XLSX）")
 * ImportReport importCertificates(@RequestPart("file") MultipartFile file) {
 *     return ledgers.importFile(CertificateLedger.NAME, file);
 * }
 * }</pre>
 */
public interface LedgerImports {

    /**
     * Imports a CSV or XLSX file into the named ledger, row by row. Unknown ledger: {@link org.fazhi.shared.NotFound};
     * caller without the ledger's authority: {@link org.fazhi.shared.AccessDenied}; neither CSV nor XLSX:
     * {@link UnsupportedLedgerFile}; required headers missing: {@link org.fazhi.shared.RuleViolation} naming them.
     */
    ImportReport importFile(String ledgerName, MultipartFile file);

    /** The ledger by name: {@link org.fazhi.shared.NotFound} if unknown, {@link org.fazhi.shared.AccessDenied} if the
     * caller may not import it. */
    LedgerFormat<?> ledger(String ledgerName);

    /** The ledgers the caller may import. */
    List<LedgerFormat<?>> permitted();
}
