package org.fazhi.disclosure.internal;

/**
 * 办理结果 — the outcome of an application, exactly the categories of table 三 of the national annual report
 * (国办公开办函〔2021〕30号). Each outcome is one leaf row of the table, under its group.
 */
public enum Outcome {
    DISCLOSED(Group.DISCLOSED, 0, "（一）予以公开"),
    PARTIALLY_DISCLOSED(Group.PARTIALLY_DISCLOSED, 0, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET(Group.WITHHELD, 1, "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(Group.WITHHELD, 2, "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_STABILITY(Group.WITHHELD, 3, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(Group.WITHHELD, 4, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(Group.WITHHELD, 5, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(Group.WITHHELD, 6, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILE(Group.WITHHELD, 7, "7.属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_QUERY(Group.WITHHELD, 8, "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, 1, "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, 2, "2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT(Group.UNAVAILABLE, 3, "3.补正后申请内容仍不明确"),
    NOT_HANDLED_PETITION(Group.NOT_HANDLED, 1, "1.信访举报投诉类申请"),
    NOT_HANDLED_REPEAT(Group.NOT_HANDLED, 2, "2.重复申请"),
    NOT_HANDLED_PUBLICATION(Group.NOT_HANDLED, 3, "3.要求提供公开出版物"),
    NOT_HANDLED_EXCESSIVE(Group.NOT_HANDLED, 4, "4.无正当理由大量反复申请"),
    NOT_HANDLED_CONFIRMATION(Group.NOT_HANDLED, 5, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_SUPPLEMENT(Group.OTHER, 1, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID(Group.OTHER, 2, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER(Group.OTHER, 3, "3.其他");

    /** The subtotal rows （一）…（六） of table 三. */
    public enum Group {
        DISCLOSED("（一）予以公开"),
        PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        WITHHELD("（三）不予公开"),
        UNAVAILABLE("（四）无法提供"),
        NOT_HANDLED("（五）不予处理"),
        OTHER("（六）其他处理");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final int item;
    private final String label;

    Outcome(Group group, int item, String label) {
        this.group = group;
        this.item = item;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    /** The number of the leaf row within its group; 0 for the two groups that have no leaf rows. */
    public int item() {
        return item;
    }

    /** The row label exactly as the national form writes it. */
    public String label() {
        return label;
    }

    /** Every outcome but full disclosure needs a reason in the reply (art. 36). */
    public boolean needsReason() {
        return this != DISCLOSED;
    }
}
