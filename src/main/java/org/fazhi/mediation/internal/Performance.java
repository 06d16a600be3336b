package org.fazhi.mediation.internal;

/** 履行情况 — how the parties perform an agreement, as the committee's follow-up finds (《人民调解法》第31条). */
public enum Performance {
    PERFORMED("已履行"), PARTLY("部分履行"), PENDING("尚未到期"), NOT_PERFORMED("未履行");

    private final String label;

    Performance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
