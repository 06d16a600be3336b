/**
 * 附件 — attachments of business records: stored once per content under its SHA-256 (on the file system by default,
 * behind {@link org.fazhi.files.FileStore} so an S3-compatible store can take its place), typed by their content
 * rather than their name, size-limited, re-verified by a nightly job. A file is read and written under the same rule as
 * the record it belongs to: each module that lets files be attached to its records declares its {@link
 * org.fazhi.files.AttachmentOwner} with {@link org.fazhi.files.AttachmentOwners} (the module's read and write
 * permissions, on top of the record's scope); other modules store and list files through {@link
 * org.fazhi.files.Attachments} and show them with the page fragment {@code files/attachments :: panel(ownerType,
 * ownerId)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "附件 Attachments")
package org.fazhi.files;
