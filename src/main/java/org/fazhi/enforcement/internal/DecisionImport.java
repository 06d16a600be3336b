package org.fazhi.enforcement.internal;

import java.util.function.Supplier;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * 行政处罚决定台账导入 — the import of past decisions through the ledger facility. The importer confirms the redaction
 * for the whole file (the published form masks names and hides ID numbers, phones and addresses); without that
 * confirmation the file is refused, and rows reaching the ledger another way are rejected.
 */
@Component
public class DecisionImport {

    /** The ledger's name, as the template and the import page know it. */
    public static final String LEDGER = DecisionLedger.NAME;

    /** Whether the current import's redaction was confirmed by the importer (set around one import call). */
    private static final ThreadLocal<Boolean> CONFIRMED = ThreadLocal.withInitial(() -> false);

    private final LedgerImports ledgers;

    DecisionImport(LedgerImports ledgers) {
        this.ledgers = ledgers;
    }

    /** Imports the file row by row; refused as a whole (422, nothing written) unless the redaction is confirmed. */
    public ImportReport importFile(MultipartFile file, boolean redactionConfirmed) {
        ledgers.ledger(LEDGER);
        if (!redactionConfirmed) {
            throw RuleViolation.onField("confirmRedaction", "enforcement.import.confirmRedaction");
        }
        return confirmed(() -> ledgers.importFile(LEDGER, file));
    }

    static <T> T confirmed(Supplier<T> work) {
        CONFIRMED.set(true);
        try {
            return work.get();
        } finally {
            CONFIRMED.remove();
        }
    }

    static boolean redactionConfirmed() {
        return CONFIRMED.get();
    }
}
