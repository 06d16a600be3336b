package org.fazhi.publicity.internal;

import java.util.List;

/** The demo question bank: ten questions on 民法典 and 反诈, with the articles they rest on. */
final class DemoQuestions {

    private DemoQuestions() {
    }

    private static QuizService.NewQuestion q(QuestionKind kind, String stem, List<String> options, List<String> answer,
                                             String explanation, String basis, String theme) {
        return new QuizService.NewQuestion(kind, stem, options, answer, explanation, basis, theme);
    }

    static final List<QuizService.NewQuestion> ALL = List.of(
            q(QuestionKind.SINGLE, "根据民法典，成年人为完全民事行为能力人，成年人是指年满多少周岁的自然人？",
                    List.of("十六周岁", "十八周岁", "二十周岁", "二十二周岁"), List.of("B"),
                    "十八周岁以上的自然人为成年人，可以独立实施民事法律行为。", "《中华人民共和国民法典》第十七条、第十八条", "民法典"),
            q(QuestionKind.TRUE_FALSE, "婚姻自由，禁止包办、买卖婚姻和其他干涉婚姻自由的行为。", List.of(), List.of("A"),
                    "民法典婚姻家庭编规定实行婚姻自由、一夫一妻、男女平等的婚姻制度。", "《中华人民共和国民法典》第一千零四十一条、第一千零四十二条",
                    "民法典"),
            q(QuestionKind.MULTIPLE, "下列哪些属于民法典规定的遗嘱形式？", List.of("自书遗嘱", "代书遗嘱", "打印遗嘱", "录音录像遗嘱"),
                    List.of("A", "B", "C", "D"), "民法典新增打印遗嘱和录像遗嘱，并取消了公证遗嘱的优先效力。",
                    "《中华人民共和国民法典》第一千一百三十四条至第一千一百三十九条", "民法典"),
            q(QuestionKind.SINGLE, "从建筑物中抛掷物品造成他人损害的，首先由谁承担侵权责任？",
                    List.of("物业服务企业", "侵权人", "全体业主", "居委会"), List.of("B"),
                    "禁止从建筑物中抛掷物品；造成损害的由侵权人依法承担责任，难以确定的由可能加害的建筑物使用人给予补偿。",
                    "《中华人民共和国民法典》第一千二百五十四条", "民法典"),
            q(QuestionKind.TRUE_FALSE, "自然人的个人信息受法律保护，任何组织或者个人不得非法收集、使用、加工、传输他人个人信息。",
                    List.of(), List.of("A"), "个人信息受法律保护。", "《中华人民共和国民法典》第一百一十一条", "民法典"),
            q(QuestionKind.SINGLE, "接到自称“公检法”的电话，要求将资金转入“安全账户”配合调查，应当怎么做？",
                    List.of("立即转账", "按对方要求下载会议软件", "挂断电话，拨打110核实", "告知对方银行卡密码"),
                    List.of("C"), "公检法机关不会通过电话办案，更没有所谓“安全账户”。",
                    "《中华人民共和国反电信网络诈骗法》第六条", "反诈"),
            q(QuestionKind.TRUE_FALSE, "出租、出借、出售本人的银行卡、电话卡给他人使用是违法行为。", List.of(), List.of("A"),
                    "任何单位和个人不得非法买卖、出租、出借电话卡、银行账户、支付账户等。",
                    "《中华人民共和国反电信网络诈骗法》第十四条、第三十一条", "反诈"),
            q(QuestionKind.MULTIPLE, "下列哪些是常见的电信网络诈骗手法？",
                    List.of("刷单返利", "冒充客服退款", "虚假网络贷款", "到银行柜台办理存款"), List.of("A", "B", "C"),
                    "刷单返利、冒充客服、虚假贷款是高发诈骗类型；正常柜台业务不是诈骗。",
                    "《中华人民共和国反电信网络诈骗法》第二条", "反诈"),
            q(QuestionKind.SINGLE, "国家反诈中心APP的主要作用是？", List.of("网络购物", "预警提示和举报诈骗", "投资理财", "贷款申请"),
                    List.of("B"), "国家反诈中心APP可以对涉诈电话、短信和网址预警，并方便群众举报。",
                    "《中华人民共和国反电信网络诈骗法》第八条", "反诈"),
            q(QuestionKind.TRUE_FALSE, "为了赚取“佣金”，帮助他人通过自己的银行卡转账走流水不违法。", List.of(), List.of("B"),
                    "为他人提供支付结算帮助，可能构成帮助信息网络犯罪活动罪。",
                    "《中华人民共和国刑法》第二百八十七条之二", "反诈"));
}
