package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fazhi.files.FileStore;
import org.springframework.stereotype.Component;

/**
 * The file-system store: content lives at {@code dir/ab/cd/<sha256>}, two directory levels so no directory grows too
 * large. A file is copied in under a temporary name and moved into place, so a reader never sees half a file.
 */
@Component
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(FileProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    /** Where uploads are received before they are hashed: inside the store, so the final move stays on one disk. */
    Path incoming() throws IOException {
        return Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public void put(String sha256, Path content) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target) && intact(sha256, target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    private static boolean intact(String sha256, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in).hex().equals(sha256);
        }
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
