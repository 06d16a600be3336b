package org.fazhi.files.internal;

import java.io.IOException;

/**
 * More bytes than allowed arrived while a file was copied. A class of its own rather than nested in {@link Sha256}:
 * the ahead-of-time processing of the repositories walks the types their entities refer to, nested ones included,
 * and cannot describe an exception.
 */
final class FileTooLarge extends IOException {

    final long limit;

    FileTooLarge(long limit) {
        super("more than " + limit + " bytes");
        this.limit = limit;
    }
}
