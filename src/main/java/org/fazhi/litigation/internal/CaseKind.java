package org.fazhi.litigation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** 案件类型 — a lawsuit before a court or a reconsideration before the reviewing body. */
public enum CaseKind {
    /** 行政诉讼 */
    LITIGATION("行政诉讼"),
    /** 行政复议 */
    RECONSIDERATION("行政复议");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Map<String, CaseKind> byLabel() {
        Map<String, CaseKind> m = new LinkedHashMap<>();
        for (CaseKind k : values()) {
            m.put(k.label, k);
        }
        return m;
    }
}
