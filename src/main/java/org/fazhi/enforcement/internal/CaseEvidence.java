package org.fazhi.enforcement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import org.fazhi.shared.NotFound;
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
    private final EvidenceAccessRepository accesses;
    private final EvidenceLog log;

    CaseEvidence(CaseService cases, Attachments attachments, AuditTrail audit, EvidenceAccessRepository accesses,
                 EvidenceLog log) {
        this.cases = cases;
        this.attachments = attachments;
        this.audit = audit;
        this.accesses = accesses;
        this.log = log;
    }

    /** One file of the manifest, with everyone who viewed or downloaded it through the case. */
    public record Entry(long stepId, Step step, java.time.LocalDate stepOn, String stepActor, long fileId,
                        String fileName, String sha256, long size, String contentType, Instant uploadedAt,
                        String uploadedBy, List<Access> accesses) {
    }

    /** Who read a file, how and when. */
    public record Access(String viewer, EvidenceAccess.Kind kind, Instant at) {
    }

    /** Every file of every step, in step order; steps without files are listed by {@link #stepsWithoutRecords}. */
    public List<Entry> manifest(long caseId) {
        List<CaseStep> steps = cases.stepsOf(caseId);
        Map<Long, List<Access>> byFile = new HashMap<>();
        for (EvidenceAccess a : accesses.findByCaseIdOrderByAccessedAtAscIdAsc(caseId)) {
            byFile.computeIfAbsent(a.getFileId(), k -> new ArrayList<>())
                    .add(new Access(a.getViewer(), a.getKind(), a.getAccessedAt()));
        }
        List<Entry> out = new ArrayList<>();
        for (CaseStep s : steps) {
            for (AttachmentView a : attachments.of(StepAttachments.TYPE, s.getId())) {
                out.add(new Entry(s.getId(), s.getStep(), s.getOn(), s.getActor(), a.id(), a.name(), a.sha256(),
                        a.size(), a.contentType(), a.uploadedAt(), a.uploadedBy(),
                        List.copyOf(byFile.getOrDefault(a.id(), List.of()))));
            }
        }
        return out;
    }

    /** A file of the case, opened for the caller and logged as viewed or downloaded by them. */
    public record Opened(AttachmentView file, InputStream content) {
    }

    /**
     * Opens a file of one of the case's steps for the caller (the case outside their scope, or a file not of this
     * case: not found) and records who read it. The log entry is the platform's own write: anyone who may read the
     * case leaves their trace, read-only roles included.
     */
    public Opened open(long caseId, long fileId, EvidenceAccess.Kind kind) {
        PenaltyCase c = cases.get(caseId);
        AttachmentView file = attachments.get(fileId);
        Set<Long> stepIds = new HashSet<>();
        cases.stepsOf(caseId).forEach(s -> stepIds.add(s.getId()));
        if (!StepAttachments.TYPE.equals(file.ownerType()) || !stepIds.contains(file.ownerId())) {
            throw new NotFound("evidence", fileId);
        }
        InputStream content = attachments.open(fileId);
        log.opened(c.getId(), file.ownerId(), fileId, c.getHolderUnitId(), kind);
        return new Opened(file, content);
    }

    /** Adds a record (document, photo, audio, video) to a step of the case. */
    public AttachmentView attach(long caseId, long stepId, String fileName, InputStream content) {
        if (cases.stepsOf(caseId).stream().noneMatch(s -> s.getId() == stepId)) {
            throw new NotFound("penalty-case-step", stepId);
        }
        return attachments.store(StepAttachments.TYPE, stepId, fileName, content);
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
