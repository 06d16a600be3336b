package org.fazhi.files;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;

/**
 * The attachment owner of a module's records, built by {@link AttachmentOwners#of}: the record is loaded through the
 * module's repository, so the data scope filters it; its files are readable by a caller who holds the read permission,
 * and may be added to by one who also holds the write permission and may write records of the holder unit. A module
 * adds its own conditions with {@link #readableWhen}, {@link #writableWhen} and {@link #onDownload}.
 *
 * <p>The files module asks an owner inside its own transaction, so the loader runs with the caller's scope filter on.
 *
 * @param <R> the record type
 */
public final class ScopedAttachmentOwner<R> implements AttachmentOwner {

    private final String type;
    private final LongFunction<Optional<R>> loader;
    private final ToLongFunction<R> holderOf;
    private final Permission readPermission;
    private final Permission writePermission;
    private final Predicate<R> readable;
    private final Predicate<R> writable;
    private final ObjLongConsumer<R> downloaded;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    ScopedAttachmentOwner(String type, LongFunction<Optional<R>> loader, ToLongFunction<R> holderOf,
                          Permission readPermission, Permission writePermission, Predicate<R> readable,
                          Predicate<R> writable, ObjLongConsumer<R> downloaded, OrgDirectory directory,
                          DataScope dataScope) {
        this.type = type;
        this.loader = loader;
        this.holderOf = holderOf;
        this.readPermission = readPermission;
        this.writePermission = writePermission;
        this.readable = readable;
        this.writable = writable;
        this.downloaded = downloaded;
        this.directory = directory;
        this.dataScope = dataScope;
    }

    /** A further condition for reading the record's files, on top of the read permission and the scope. */
    public ScopedAttachmentOwner<R> readableWhen(Predicate<R> condition) {
        return new ScopedAttachmentOwner<>(type, loader, holderOf, readPermission, writePermission,
                readable.and(condition), writable, downloaded, directory, dataScope);
    }

    /** A further condition for adding files (the record's state, say), on top of the write permission and scope. */
    public ScopedAttachmentOwner<R> writableWhen(Predicate<R> condition) {
        return new ScopedAttachmentOwner<>(type, loader, holderOf, readPermission, writePermission, readable,
                writable.and(condition), downloaded, directory, dataScope);
    }

    /**
     * What the record does when one of its files is downloaded through the platform's file endpoint, with the file's
     * id (a read log, see {@link AttachmentOwner#downloaded}).
     */
    public ScopedAttachmentOwner<R> onDownload(ObjLongConsumer<R> hook) {
        return new ScopedAttachmentOwner<>(type, loader, holderOf, readPermission, writePermission, readable,
                writable, downloaded == null ? hook : (r, fileId) -> {
                    downloaded.accept(r, fileId);
                    hook.accept(r, fileId);
                }, directory, dataScope);
    }

    @Override
    public String ownerType() {
        return type;
    }

    @Override
    public Optional<OrgUnitView> readableHolder(long ownerId) {
        return readableRecord(ownerId).flatMap(this::holder);
    }

    @Override
    public Optional<OrgUnitView> writableHolder(long ownerId) {
        if (!DataScope.currentUserHolds(writePermission)) {
            return Optional.empty();
        }
        return readableRecord(ownerId).filter(writable).flatMap(this::holder)
                .filter(u -> dataScope.canWriteHeldBy(u.id()));
    }

    @Override
    public void downloaded(long ownerId, long fileId) {
        if (downloaded != null) {
            downloaded.accept(readableRecord(ownerId).orElseThrow(), fileId);
        }
    }

    private Optional<R> readableRecord(long ownerId) {
        if (!DataScope.currentUserHolds(readPermission)) {
            return Optional.empty();
        }
        return loader.apply(ownerId).filter(readable);
    }

    private Optional<OrgUnitView> holder(R record) {
        return directory.find(holderOf.applyAsLong(record));
    }
}
