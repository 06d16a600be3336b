package org.fazhi.legalservice.internal;

/** 嘉宾身份 — who comes into the 法治直播间: the 三官一律 and the judicial office's staff. */
public enum GuestRole {
    JUDGE("法官"),
    PROSECUTOR("检察官"),
    POLICE("警官"),
    LAWYER("律师"),
    JUDICIAL_OFFICER("司法所干警");

    private final String label;

    GuestRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
