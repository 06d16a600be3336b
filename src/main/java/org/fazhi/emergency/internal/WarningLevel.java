package org.fazhi.emergency.internal;

/**
 * 预警级别 — 《突发事件应对法》第63条: four levels, 一级 the highest, marked red, orange, yellow and blue.
 * {@link #label()} is the name pages use; {@link #colour()} the banner's colour.
 */
public enum WarningLevel {
    RED("一级（红色）", "#c62828", "#ffffff"),
    ORANGE("二级（橙色）", "#e65100", "#ffffff"),
    YELLOW("三级（黄色）", "#f9c800", "#1a1a1a"),
    BLUE("四级（蓝色）", "#1565c0", "#ffffff");

    private final String label;
    private final String colour;
    private final String textColour;

    WarningLevel(String label, String colour, String textColour) {
        this.label = label;
        this.colour = colour;
        this.textColour = textColour;
    }

    public String label() {
        return label;
    }

    /** The banner's background; the text colour keeps it readable (dark on yellow). */
    public String colour() {
        return colour;
    }

    public String textColour() {
        return textColour;
    }
}
