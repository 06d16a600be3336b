package org.fazhi.disclosure.internal;

/**
 * 主动公开类别 — the categories of information a town discloses proactively: art. 20 of 《政府信息公开条例》 (what every
 * agency publishes) and art. 21 (what a town publishes in addition).
 */
public enum ItemCategory {
    /** 第二十条第（一）项 行政规范性文件 (制发、废止、现行有效) */
    NORMATIVE_DOCUMENT("行政规范性文件", "第二十条第（一）项"),
    /** 第二十条第（二）项 机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名 */
    ORGANIZATION("机构职能", "第二十条第（二）项"),
    /** 第二十条第（三）项 规划及相关政策 */
    PLANNING("规划计划", "第二十条第（三）项"),
    /** 第二十条第（四）项 统计信息 */
    STATISTICS("统计信息", "第二十条第（四）项"),
    /** 第二十条第（五）项 行政许可和其他对外管理服务事项 */
    LICENSING("行政许可与公共服务", "第二十条第（五）项"),
    /** 第二十条第（六）项 行政处罚、行政强制 */
    PENALTY_ENFORCEMENT("行政处罚与行政强制", "第二十条第（六）项"),
    /** 第二十条第（七）项 财政预算、决算 */
    BUDGET("财政预决算", "第二十条第（七）项"),
    /** 第二十条第（八）项 行政事业性收费 */
    FEES("行政事业性收费", "第二十条第（八）项"),
    /** 第二十条第（九）项 政府集中采购 */
    PROCUREMENT("政府采购", "第二十条第（九）项"),
    /** 第二十条第（十）项 重大建设项目 */
    CONSTRUCTION("重大建设项目", "第二十条第（十）项"),
    /** 第二十条第（十一）项 扶贫、教育、医疗、社会保障、促进就业 */
    SOCIAL_POLICY("民生政策", "第二十条第（十一）项"),
    /** 第二十条第（十二）项 突发公共事件 */
    EMERGENCY("应急管理", "第二十条第（十二）项"),
    /** 第二十条第（十三）项 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查 */
    INSPECTION("监督检查", "第二十条第（十三）项"),
    /** 第二十条第（十四）项 公务员招考 */
    RECRUITMENT("招考录用", "第二十条第（十四）项"),
    /** 第二十一条 农村土地承包经营权流转 */
    LAND_CONTRACT("土地承包经营权流转", "第二十一条"),
    /** 第二十一条 宅基地使用情况审核 */
    HOMESTEAD("宅基地审核", "第二十一条"),
    /** 第二十一条 土地征收 */
    LAND_REQUISITION("土地征收", "第二十一条"),
    /** 第二十一条 房屋征收 */
    HOUSING_EXPROPRIATION("房屋征收", "第二十一条"),
    /** 第二十一条 筹资筹劳 */
    FUNDRAISING("筹资筹劳", "第二十一条"),
    /** 第二十一条 社会救助 */
    SOCIAL_ASSISTANCE("社会救助", "第二十一条"),
    /** 第二十条第（十五）项 其他应当主动公开的信息 */
    OTHER("其他", "第二十条第（十五）项");

    private final String label;
    private final String article;

    ItemCategory(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    /** Where 《政府信息公开条例》 names the category. */
    public String article() {
        return article;
    }
}
