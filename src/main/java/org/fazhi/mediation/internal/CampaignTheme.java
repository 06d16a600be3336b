package org.fazhi.mediation.internal;

/** 专项排查主题 — the occasions and fields of the screening campaigns of 三星镇's 2024 法治政府建设 report. */
public enum CampaignTheme {
    TWO_SESSIONS("两会"), HOLIDAY("重大节假日"), FINANCE("金融纠纷"), RURAL("农村主要矛盾"), INDUSTRY("重点行业"),
    OTHER("其他");

    private final String label;

    CampaignTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
