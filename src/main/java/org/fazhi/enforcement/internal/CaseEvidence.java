package org.fazhi.enforcement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fazhi.audit.AuditTrail;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.springframework.stereotype.Component;

/**
 * 证据清单 — a case's full-process records: every file of every step with its SHA-256, who added it and when, and
 * who changed the step; and the integrity check that re-hashes each file and reports mismatches.
 */
@Component
public class CaseEvidence {

    private final CaseService cases;
    private final Attachments attachments;
    private final AuditTrail audit;

    CaseEvidence(CaseService cases, Attachments attachments, AuditTrail audit) {
        this.cases = cases;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** One file of the manifest. */
    public record Entry(long stepId, Step step, java.time.LocalDate stepOn, String stepActor, long fileId,
                        String fileName, String sha256, long size, String contentType, java.time.Instant uploadedAt,
                        String uploadedBy) {
    }

    /** Every file of every step, in step order; steps without files are listed by {@link #stepsWithoutRecords}. */
    public List<Entry> manifest(long caseId) {
        List<Entry> out = new ArrayList<>();
        for (CaseStep s : cases.stepsOf(caseId)) {
            for (AttachmentView a : attachments.of(StepAttachments.TYPE, s.getId())) {
                out.add(new Entry(s.getId(), s.getStep(), s.getOn(), s.getActor(), a.id(), a.name(), a.sha256(),
                        a.size(), a.contentType(), a.uploadedAt(), a.uploadedBy()));
            }
        }
        return out;
    }

    /** The steps that must carry a record but carry none. */
    public List<CaseStep> stepsWithoutRecords(long caseId) {
        return cases.stepsOf(caseId).stream().filter(s -> s.getStep().needsRecord())
                .filter(s -> attachments.of(StepAttachments.TYPE, s.getId()).isEmpty()).toList();
    }

    /** Who touched the case record (the audit trail of the case), as the manifest's access list. */
    public List<org.fazhi.audit.AuditEntry> caseHistory(long caseId) {
        return audit.historyOf(PenaltyCase.class, cases.get(caseId).getId());
    }

    /** The result of re-hashing one file. */
    public record Check(long fileId, String fileName, String expected, String actual, boolean intact) {
    }

    /** Re-reads every file of the case and compares its SHA-256 with the one recorded at upload. */
    public List<Check> verify(long caseId) {
        List<Check> out = new ArrayList<>();
        for (Entry e : manifest(caseId)) {
            String actual;
            try (InputStream in = attachments.open(e.fileId())) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                actual = HexFormat.of().formatHex(md.digest());
            } catch (IOException | RuntimeException ex) {
                actual = "";
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
            out.add(new Check(e.fileId(), e.fileName(), e.sha256(), actual, e.sha256().equalsIgnoreCase(actual)));
        }
        return out;
    }
}
