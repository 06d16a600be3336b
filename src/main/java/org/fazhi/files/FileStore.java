package org.fazhi.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of attachments live, addressed by the SHA-256 of their content: identical content is stored once.
 * The default keeps them on the file system; an S3-compatible object store can implement the same three operations.
 */
public interface FileStore {

    /**
     * Stores the content of a local file under its hash (lower-case hex). Content already stored under the hash is
     * kept; a stored copy that no longer matches its hash is replaced, so a fresh upload repairs a damaged copy.
     */
    void put(String sha256, Path content) throws IOException;

    /** The stored content; {@link java.nio.file.NoSuchFileException} when nothing is stored under the hash. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256) throws IOException;
}
