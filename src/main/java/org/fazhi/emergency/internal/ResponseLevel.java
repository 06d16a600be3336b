package org.fazhi.emergency.internal;

/** 应急响应级别 — the level of the response the town starts, Ⅰ the highest. {@link #label()} is the name pages, ledgers and statistics use. */
public enum ResponseLevel {
    LEVEL_1("Ⅰ级响应"),
    LEVEL_2("Ⅱ级响应"),
    LEVEL_3("Ⅲ级响应"),
    LEVEL_4("Ⅳ级响应");

    private final String label;

    ResponseLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
