package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 活动形式 — how an activity reached its audience. */
public enum ActivityForm {
    LECTURE("讲座"),
    STREET("现场宣传"),
    EXHIBITION("展览"),
    PERFORMANCE("文艺演出"),
    TRAINING("培训"),
    LIVE("直播"),
    OTHER("其他");

    private final String label;

    ActivityForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constants by their Chinese label, as ledgers write them. */
    public static Map<String, ActivityForm> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(ActivityForm::label, Function.identity()));
    }
}
