package org.fazhi.files.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.files.AttachmentView;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 附件 — a file attached to a business record: its name, type and size, and the SHA-256 that addresses its content in
 * the {@link org.fazhi.files.FileStore} and proves it unchanged. Held by the same unit as the record it belongs to.
 */
@Entity
@Table(name = "attachment")
class Attachment extends ScopedRecord implements AuditNamed {

    @Column(name = "owner_type", nullable = false, length = 40)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    private boolean corrupt;

    protected Attachment() {
    }

    Attachment(String ownerType, long ownerId, OrgUnitView holder, String fileName, Sha256 content,
               String contentType, Instant uploadedAt, String uploadedBy) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.sha256 = content.hex();
        this.sizeBytes = content.size();
        this.contentType = contentType;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        assignHolder(holder);
    }

    /** Records the outcome of a verification; only a change of state is written (and audited). */
    void verified(boolean intact) {
        if (corrupt == intact) {
            this.corrupt = !intact;
            noteChange(intact ? "INTEGRITY_RESTORED" : "INTEGRITY_FAILED",
                    intact ? "stored content matches its SHA-256 again" : "stored content does not match its SHA-256");
        }
    }

    String getOwnerType() {
        return ownerType;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getSha256() {
        return sha256;
    }

    boolean isCorrupt() {
        return corrupt;
    }

    AttachmentView view() {
        return new AttachmentView(getId(), ownerType, ownerId, fileName, sha256, sizeBytes, contentType, uploadedAt,
                uploadedBy, corrupt);
    }

    /** {@inheritDoc} Here: the file's name. */
    @Override
    public String auditName() {
        return fileName;
    }
}
