package org.fazhi.study.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 学法形式 — the occasion a study session took place at. */
public enum StudyForm {
    JOINT_MEETING("党政联席会"),
    CENTRAL_GROUP("中心组学习"),
    TRAINING("专题业务培训"),
    BEFORE_MEETING("会前学法"),
    OTHER("其他");

    private final String label;

    StudyForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Map<String, StudyForm> byLabel() {
        return Arrays.stream(values()).collect(Collectors.toMap(StudyForm::label, Function.identity()));
    }
}
