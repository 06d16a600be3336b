package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a stream and its length, computed while the stream is copied (or just read). */
record Sha256(String hex, long size) {

    static Sha256 of(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }

    /**
     * Copies {@code in} to {@code out}, hashing on the way; stops with {@link FileTooLarge} as soon as more than
     * {@code limit} bytes arrive, so an oversized upload is never read to its end.
     */
    static Sha256 copy(InputStream in, OutputStream out, long limit) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new FileTooLarge(limit);
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return new Sha256(HexFormat.of().formatHex(digest.digest()), total);
    }
}
