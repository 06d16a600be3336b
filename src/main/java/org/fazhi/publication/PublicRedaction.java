package org.fazhi.publication;

import java.util.Collection;
import java.util.List;
import org.fazhi.publication.internal.Redactor;

/**
 * 脱敏 for other modules that publish a free text (an answered legal question): the same redaction as a published
 * decision — the named persons as surname + 某, ID numbers, phone numbers, bank accounts and addresses hidden.
 */
public final class PublicRedaction {

    private PublicRedaction() {
    }

    /** The text as it may be published, with every person of {@code personNames} masked wherever they appear. */
    public static String redact(String text, Collection<String> personNames) {
        return Redactor.redact(text, new Redactor.Names(null, false, List.copyOf(personNames)), null);
    }
}
