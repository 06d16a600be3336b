package org.fazhi.enforcement.internal;

import java.util.function.Supplier;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * 行政处罚决定台账导入 — the import of past decisions through the ledger facility. Every imported decision waits on the
 * publication desk for the reviewer's confirmation of its redaction, like a decision made on the platform; only a
 * legal reviewer ({@code LEGAL_REVIEW}) who confirms having reviewed the whole file ({@code reviewedWholeFile}) has
 * its decisions published at once, and the audit trail of each publication keeps that confirmation. Anyone else
 * confirming is refused (403, nothing written); rows reaching the ledger another way (the generic ledger import) wait
 * for review.
 */
@Component
public class DecisionImport {

    /** The ledger's name, as the template and the import page know it. */
    public static final String LEDGER = DecisionLedger.NAME;

    /** What the audit trail of each publication keeps of the importing reviewer's confirmation. */
    static final String CONFIRMATION = "导入人（法制审核人员）确认已审核整份台账文件的脱敏内容，导入即公示";

    /** Whether the current import was confirmed by a reviewer who reviewed the whole file (set around one call). */
    private static final ThreadLocal<Boolean> REVIEWED = ThreadLocal.withInitial(() -> false);

    private final LedgerImports ledgers;

    DecisionImport(LedgerImports ledgers) {
        this.ledgers = ledgers;
    }

    /**
     * Imports the file row by row. With {@code reviewedWholeFile}, the importer must hold {@code LEGAL_REVIEW} (else
     * 403, nothing written) and the decisions are published today; without it they wait for review.
     */
    public ImportReport importFile(MultipartFile file, boolean reviewedWholeFile) {
        ledgers.ledger(LEDGER);
        if (!reviewedWholeFile) {
            return ledgers.importFile(LEDGER, file);
        }
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holds(Permission.LEGAL_REVIEW)) {
            throw new AccessDenied("enforcement.import.reviewerOnly");
        }
        return reviewed(() -> ledgers.importFile(LEDGER, file));
    }

    static <T> T reviewed(Supplier<T> work) {
        REVIEWED.set(true);
        try {
            return work.get();
        } finally {
            REVIEWED.remove();
        }
    }

    /** Whether the import running on this thread was confirmed by a reviewer for the whole file. */
    static boolean reviewedWholeFile() {
        return REVIEWED.get();
    }
}
