package org.fazhi.counsel.internal;

/** Which team a member belongs to. */
public enum TeamMemberKind {
    /** 法律明白人 — one or more per village, held by the village. */
    LEGAL_AWARE_PERSON("法律明白人"),
    /** 法治副校长 — one per school, held by the town. */
    SCHOOL_VICE_PRINCIPAL("法治副校长");

    private final String label;

    TeamMemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
