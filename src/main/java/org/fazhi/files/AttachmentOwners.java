package org.fazhi.files;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.ScopedRecord;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link AttachmentOwner} of a module's records; a module declares its owner as a bean in a few lines:
 * <pre>{@code
 * @Bean
 * AttachmentOwner disputeAttachments(AttachmentOwners owners, DisputeRepository disputes) {
 *     return owners.of("dispute", disputes::findById, Permission.MEDIATION_READ, Permission.MEDIATION_WRITE);
 * }
 * }</pre>
 */
@Component
public class AttachmentOwners {

    private final OrgDirectory directory;
    private final DataScope dataScope;

    AttachmentOwners(OrgDirectory directory, DataScope dataScope) {
        this.directory = directory;
        this.dataScope = dataScope;
    }

    /**
     * The owner of a {@link ScopedRecord} type.
     *
     * @param type            the owner type as the API names it
     * @param loader          loads the record by id through the module's repository (so the scope filter applies)
     * @param readPermission  needed to list, see and download the record's files
     * @param writePermission needed, besides the read permission and write access to the holder unit, to add files
     */
    public <R extends ScopedRecord> ScopedAttachmentOwner<R> of(String type, LongFunction<Optional<R>> loader,
                                                                Permission readPermission,
                                                                Permission writePermission) {
        return of(type, loader, ScopedRecord::getHolderUnitId, readPermission, writePermission);
    }

    /** The owner of records that are not {@link ScopedRecord}s themselves; {@code holderOf} names their holder unit. */
    public <R> ScopedAttachmentOwner<R> of(String type, LongFunction<Optional<R>> loader, ToLongFunction<R> holderOf,
                                           Permission readPermission, Permission writePermission) {
        return new ScopedAttachmentOwner<>(type, loader, holderOf, readPermission, writePermission, r -> true,
                r -> true, null, directory, dataScope);
    }
}
