package org.fazhi.files;

import java.io.InputStream;
import java.util.List;

/**
 * Storing and reading attachments. Every method checks the caller against the owner record ({@link AttachmentOwner}):
 * an unknown owner, one outside the caller's scope or one whose files the caller may not read (the owning module's
 * read permission) is {@link org.fazhi.shared.NotFound}, and so is a file of such an owner; a readable owner the caller
 * may not add to is {@link org.fazhi.shared.AccessDenied}.
 */
public interface Attachments {

    /**
     * Stores a file for a record. Refuses content whose detected type is not allowed ({@link UnsupportedFileType}) and
     * content over the size limit ({@link org.springframework.web.multipart.MaxUploadSizeExceededException}).
     */
    AttachmentView store(String ownerType, long ownerId, String fileName, InputStream content);

    /** Whether the caller may add files to the record (to show or hide an upload form). */
    boolean mayAttach(String ownerType, long ownerId);

    /** The files of a record, oldest first. */
    List<AttachmentView> of(String ownerType, long ownerId);

    /**
     * Whether the record {@code ownerId} of {@code ownerType} holds at least one file, as a condition of an aggregate
     * statement in SQL ({@code ownerId} a column of the statement, such as {@code s.id}; the statement run by {@code
     * ScopedStatements}, which holds the files to the caller's scope) — for figures over many records (a year's cases)
     * counted by the database, where {@link #of} would cost a query per record. The owning module asking about its
     * own records answers for the read permission.
     */
    static String withFilesSql(String ownerType, String ownerId) {
        if (!ownerType.matches("[a-z-]+") || !ownerId.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("owner " + ownerType + " " + ownerId);
        }
        return "exists (select 1 from attachment attached where attached.owner_type = '" + ownerType
                + "' and attached.owner_id = " + ownerId + " {within:attached})";
    }

    AttachmentView get(long id);

    /** Opens the content of a file the caller may read; the caller closes the stream. */
    InputStream open(long id);

    /**
     * Opens the content for the platform's own download endpoint: as {@link #open}, and the owner record is told
     * ({@link AttachmentOwner#downloaded}) in the same transaction, so its read log cannot miss the download.
     */
    InputStream download(long id);
}
