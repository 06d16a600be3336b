package org.fazhi.enforcement;

/** 行政处罚的种类 — the kinds of administrative penalty, named as in 《行政处罚法》第9条. */
public enum PenaltyKind {
    /** 警告 (art. 9(1)) */
    WARNING("警告"),
    /** 通报批评 (art. 9(1)) */
    CIRCULATED_CRITICISM("通报批评"),
    /** 罚款 (art. 9(2)) */
    FINE("罚款"),
    /** 没收违法所得 (art. 9(2)) */
    CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得"),
    /** 没收非法财物 (art. 9(2)) */
    CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物"),
    /** 暂扣许可证件 (art. 9(3)) */
    SUSPENSION_OF_LICENCE("暂扣许可证件"),
    /** 降低资质等级 (art. 9(3)) */
    LOWERING_OF_QUALIFICATION("降低资质等级"),
    /** 吊销许可证件 (art. 9(3)) */
    REVOCATION_OF_LICENCE("吊销许可证件"),
    /** 限制开展生产经营活动 (art. 9(4)) */
    RESTRICTION_OF_BUSINESS("限制开展生产经营活动"),
    /** 责令停产停业 (art. 9(4)) */
    ORDER_TO_SUSPEND("责令停产停业"),
    /** 责令关闭 (art. 9(4)) */
    ORDER_TO_CLOSE("责令关闭"),
    /** 限制从业 (art. 9(4)) */
    RESTRICTION_OF_PRACTICE("限制从业"),
    /** 行政拘留 (art. 9(5)) — not imposed by a town, listed for completeness */
    DETENTION("行政拘留"),
    /** 法律、行政法规规定的其他行政处罚 (art. 9(6)) */
    OTHER("其他行政处罚");

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    /** The name of art. 9. */
    public String label() {
        return label;
    }
}
