package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 发布类型 — what an online post is. */
public enum PostType {
    RISK_ALERT("法律风险提示"),
    CASE("典型案例"),
    EDUCATION("普法宣传"),
    OTHER("其他");

    private final String label;

    PostType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constants by their Chinese label, as ledgers write them. */
    public static Map<String, PostType> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(PostType::label, Function.identity()));
    }
}
