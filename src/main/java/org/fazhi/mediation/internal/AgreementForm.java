package org.fazhi.mediation.internal;

/**
 * 协议形式 — how a successful mediation was recorded (《人民调解法》第28条): a written agreement (调解协议书), an oral
 * agreement (口头协议) recorded by the mediator, or none (e.g. a claim withdrawn after explanation).
 */
public enum AgreementForm {
    WRITTEN("书面"), ORAL("口头"), NONE("无");

    private final String label;

    AgreementForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
