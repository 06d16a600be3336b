package org.fazhi.legalservice.internal;

/** 服务阵地类别 — the kinds of public legal service point. */
public enum PointKind {
    /** 公共法律服务中心 (the town's) */
    CENTRE("公共法律服务中心"),
    /** 村（居）公共法律服务室 */
    VILLAGE_ROOM("村（居）公共法律服务室"),
    /** 公调对接站 — police and mediation working together */
    MEDIATION_STATION("公调对接站"),
    OTHER("其他服务点");

    private final String label;

    PointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
