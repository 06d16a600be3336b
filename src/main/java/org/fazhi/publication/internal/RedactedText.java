package org.fazhi.publication.internal;

import java.util.List;

/**
 * A publication's texts after redaction, and what public search reads of them: only redacted text and the numbers,
 * or of a withdrawn decision only what its stub shows.
 */
record RedactedText(String title, String partyName, String violation, String basis, String penalty) {

    /** The longest search text kept (the column's width). */
    private static final int MAX_SEARCH_TEXT = 8000;

    /** What public search reads: only redacted text and the numbers. */
    String searchText(String caseNumber, String decisionNumber) {
        String all = String.join("\n", nz(caseNumber), nz(decisionNumber), nz(title), nz(partyName),
                nz(violation), nz(basis), nz(penalty));
        return all.length() > MAX_SEARCH_TEXT ? all.substring(0, MAX_SEARCH_TEXT) : all;
    }

    /**
     * What public search reads of a withdrawn decision: what its stub shows (numbers and title), none of the withdrawn
     * text — a withdrawn decision must not be found by the words that were taken down.
     */
    static String stubSearchText(String caseNumber, String decisionNumber, String title) {
        return String.join("\n", nz(caseNumber), nz(decisionNumber), nz(title));
    }

    /**
     * These texts with the names of further persons masked as well (the party's published name stays as it is);
     * masking more is always allowed.
     */
    RedactedText withNamesMasked(List<String> names) {
        Redactor.Names n = new Redactor.Names(null, false, names);
        return new RedactedText(Redactor.redact(title, n, null), partyName, Redactor.redact(violation, n, null),
                Redactor.redact(basis, n, null), Redactor.redact(penalty, n, null));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
