package org.fazhi.files;

import java.time.Instant;

/**
 * An attachment as other modules and the API see it.
 *
 * @param corrupt true when the nightly verification found the stored content no longer matching {@code sha256}
 */
public record AttachmentView(long id, String ownerType, long ownerId, String name, String sha256, long size,
                             String contentType, Instant uploadedAt, String uploadedBy, boolean corrupt) {
}
