package org.fazhi.litigation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 负责人不能出庭的正当理由 — the excuses the court accepts (最高人民法院关于行政机关负责人出庭应诉若干问题的规定 第8条);
 * any other proper reason is written out.
 */
public enum AbsenceReason {
    /** 不可抗力 */
    FORCE_MAJEURE("不可抗力"),
    /** 意外事件 */
    ACCIDENT("意外事件"),
    /** 需要履行他人不能代替的公务 */
    OFFICIAL_DUTY("需要履行他人不能代替的公务"),
    /** 其他正当理由 — written out */
    OTHER("其他正当理由");

    private final String label;

    AbsenceReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the reason must be written out. */
    public boolean written() {
        return this == OTHER;
    }

    static Map<String, AbsenceReason> byLabel() {
        Map<String, AbsenceReason> m = new LinkedHashMap<>();
        for (AbsenceReason r : values()) {
            m.put(r.label, r);
        }
        return m;
    }
}
