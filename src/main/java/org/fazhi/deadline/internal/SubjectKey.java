package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.fazhi.shared.AuditFormerly;

/**
 * What a clock runs for: one record of a module (the subject type a module declares, {@link
 * org.fazhi.deadline.ClockSubject}, and the record's id in it) and which of that record's duties ({@link
 * org.fazhi.deadline.ClockPurpose#code()}). By it the engine finds a record's clocks.
 */
@Embeddable
record SubjectKey(
        @AuditFormerly("subjectType")
        @Column(name = "subject_type", nullable = false, length = 60) String type,
        @AuditFormerly("subjectId")
        @Column(name = "subject_id", nullable = false, length = 60) String recordId,
        @AuditFormerly("purpose")
        @Column(nullable = false, length = SubjectKey.MAX_PURPOSE) String purpose) {

    static final int MAX_PURPOSE = 40;

    /** The key of a new clock; a purpose code is lower-case letters, digits and hyphens, as codes are written. */
    static SubjectKey of(String type, String recordId, String purpose) {
        if (purpose.isBlank() || purpose.length() > MAX_PURPOSE || !purpose.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("clock purpose " + purpose);
        }
        return new SubjectKey(type, recordId, purpose);
    }
}
