package org.fazhi.publicity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 发布平台 — where an online legal-education post was published. */
public enum PostPlatform {
    WECHAT_ACCOUNT("微信公众号"),
    WEIBO("微博"),
    WECHAT_GROUP("微信群"),
    WEBSITE("网站"),
    OTHER("其他");

    private final String label;

    PostPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constants by their Chinese label, as ledgers write them. */
    public static Map<String, PostPlatform> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(PostPlatform::label, Function.identity()));
    }
}
