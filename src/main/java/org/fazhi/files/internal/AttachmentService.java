package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.fazhi.files.FileStore;
import org.fazhi.files.UnsupportedFileType;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Stores and reads attachments. The bytes are received, hashed and typed outside any transaction (an upload may take
 * minutes); the owner is asked inside one, and the metadata row is written in a short one at the end.
 */
@Service
class AttachmentService implements Attachments {

    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final Map<String, AttachmentOwner> owners;
    private final AttachmentRepository attachments;
    private final FileStore store;
    private final LocalFileStore incoming;
    private final FileProperties properties;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;

    AttachmentService(List<AttachmentOwner> owners, AttachmentRepository attachments, FileStore store,
                      LocalFileStore incoming, FileProperties properties, TransactionTemplate tx, Clock clock) {
        this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwner::ownerType, Function.identity()));
        this.attachments = attachments;
        this.store = store;
        this.incoming = incoming;
        this.properties = properties;
        this.tx = tx;
        this.readTx = new TransactionTemplate(tx.getTransactionManager());
        this.readTx.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public AttachmentView store(String ownerType, long ownerId, String fileName, InputStream content) {
        OrgUnitView holder = readTx.execute(s -> writableHolder(ownerType, ownerId));
        Path received = null;
        try {
            received = Files.createTempFile(incoming.incoming(), "upload", ".part");
            Sha256 hash;
            try (OutputStream out = Files.newOutputStream(received)) {
                hash = Sha256.copy(content, out, properties.maxSize().toBytes());
            }
            String type = normalise(ContentSniffer.detect(received));
            if (!allowedTypes().contains(type)) {
                throw new UnsupportedFileType(type, allowedTypes());
            }
            store.put(hash.hex(), received);
            Sha256 stored = hash;
            String uploadedBy = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
            return tx.execute(s -> attachments.save(new Attachment(ownerType, ownerId, holder, cleanName(fileName),
                    stored, type, clock.instant(), uploadedBy)).view());
        } catch (FileTooLarge e) {
            throw new MaxUploadSizeExceededException(e.limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(received);
        }
    }

    @Override
    public List<AttachmentView> of(String ownerType, long ownerId) {
        return readTx.execute(s -> {
            readableHolder(ownerType, ownerId);
            return attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId).stream()
                    .map(Attachment::view).toList();
        });
    }

    @Override
    public AttachmentView get(long id) {
        return readTx.execute(s -> readableFile(id).view());
    }

    @Override
    public InputStream open(long id) {
        return content(get(id));
    }

    @Override
    public InputStream download(long id) {
        AttachmentView file = tx.execute(s -> {
            Attachment a = readableFile(id);
            owners.get(a.getOwnerType()).downloaded(a.getOwnerId(), id);
            return a.view();
        });
        return content(file);
    }

    private InputStream content(AttachmentView file) {
        try {
            return store.open(file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean mayAttach(String ownerType, long ownerId) {
        AttachmentOwner owner = owners.get(ownerType);
        return owner != null && Boolean.TRUE.equals(readTx.execute(s -> owner.writableHolder(ownerId).isPresent()));
    }

    private List<String> allowedTypes() {
        return properties.allowedTypes().stream().map(AttachmentService::normalise).toList();
    }

    /**
     * A file the caller may read. The scope filter hides a file of another town; the owner decides for the rest (its
     * module's read permission among others). A file the caller may not read is as missing as an unknown id, so that
     * counting through ids tells nothing about which files exist.
     */
    private Attachment readableFile(long id) {
        return attachments.findById(id)
                .filter(a -> owners.containsKey(a.getOwnerType())
                        && owners.get(a.getOwnerType()).readableHolder(a.getOwnerId()).isPresent())
                .orElseThrow(() -> new NotFound("attachment", id));
    }

    private OrgUnitView readableHolder(String ownerType, long ownerId) {
        return owner(ownerType, ownerId).readableHolder(ownerId)
                .orElseThrow(() -> new NotFound(ownerType, ownerId));
    }

    private OrgUnitView writableHolder(String ownerType, long ownerId) {
        AttachmentOwner owner = owner(ownerType, ownerId);
        Optional<OrgUnitView> writable = owner.writableHolder(ownerId);
        if (writable.isPresent()) {
            return writable.get();
        }
        if (owner.readableHolder(ownerId).isPresent()) {
            throw new AccessDenied("error.scope.write");
        }
        throw new NotFound(ownerType, ownerId);
    }

    private AttachmentOwner owner(String ownerType, long ownerId) {
        AttachmentOwner owner = owners.get(ownerType);
        if (owner == null) {
            throw new NotFound(ownerType, ownerId);
        }
        return owner;
    }

    /** Aliases (audio/x-wav, audio/wav …) compare as their canonical type. */
    private static String normalise(String type) {
        MediaType parsed = MediaType.parse(type.strip().toLowerCase(java.util.Locale.ROOT));
        return parsed == null ? type : TYPES.normalize(parsed).getBaseType().toString();
    }

    /** The name as the uploader's system had it, without a client path (old browsers send one) or control characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "附件";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in tmp/ is harmless; the next upload uses a new name
            }
        }
    }
}
