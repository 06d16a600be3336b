package org.fazhi.files;

import java.util.Optional;
import org.fazhi.organization.OrgUnitView;

/**
 * Declared by each module whose records carry attachments (a Spring bean per owner type), as a rule built by {@link
 * AttachmentOwners#of}. Files are read and written under the owner record's own rules: the files module asks the owner
 * for every read and every upload, and a file takes the owner's holder unit, so the data scope of the file is that of
 * its record.
 */
public interface AttachmentOwner {

    /** The owner type as the API names it, e.g. {@code org-unit}, {@code dispute}. */
    String ownerType();

    /** The unit holding the record, when the record exists and the caller may read it; otherwise empty (404). */
    Optional<OrgUnitView> readableHolder(long ownerId);

    /** The unit holding the record, when the caller may add files to it; otherwise empty. */
    Optional<OrgUnitView> writableHolder(long ownerId);

    /**
     * A file of the record was handed out through the platform's file download ({@code /api/v1/files/{id}/content}),
     * in the caller's transaction; an owner that keeps a read log of its files (执法全过程记录的查阅记录) writes it
     * here, so that no way around its own pages leaves no trace. Reads through the owner's own pages are the owner's
     * to log.
     */
    default void downloaded(long ownerId, long fileId) {
    }
}
