package org.fazhi.emergency.internal;

/** 突发事件类别 — the four kinds of 《突发事件应对法》第2条. {@link #label()} is the name pages, ledgers and statistics use. */
public enum IncidentKind {
    NATURAL_DISASTER("自然灾害"),
    ACCIDENT("事故灾难"),
    PUBLIC_HEALTH("公共卫生事件"),
    SOCIAL_SECURITY("社会安全事件");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
