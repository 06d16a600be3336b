package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 活动类型 — a campaign (法治宣传活动) or a session in a village (入村普法, which names its village). */
public enum ActivityType {
    /** 法治宣传活动 */
    CAMPAIGN("法治宣传活动"),
    /** 入村普法 */
    VILLAGE("入村普法");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constants by their Chinese label, as ledgers write them. */
    public static Map<String, ActivityType> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(ActivityType::label, Function.identity()));
    }
}
