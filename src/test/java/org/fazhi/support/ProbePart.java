package org.fazhi.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.fazhi.shared.Personal;

/** An embedded part of {@link ScopeProbe} (test only): a plain value and a personal one. */
@Embeddable
public class ProbePart {

    @Column(name = "part_note")
    private String note;

    @Personal
    @Column(name = "part_contact")
    private String contact;

    protected ProbePart() {
    }

    public ProbePart(String note, String contact) {
        this.note = note;
        this.contact = contact;
    }
}
