package org.fazhi.legalservice.internal;

import java.util.Arrays;
import java.util.Optional;
import org.fazhi.mediation.DisputeCategory;

/**
 * 咨询类别 — what a legal question is about, as the portal offers it; {@link #label()} is the name the public API and
 * the statistics use. Each names the mediation category a referral to mediation starts from.
 */
public enum QuestionCategory {
    MARRIAGE_FAMILY("婚姻家庭", DisputeCategory.MARRIAGE_FAMILY),
    LAND_CONTRACT("土地承包", DisputeCategory.FOREST_LAND),
    LABOUR("劳动争议", DisputeCategory.LABOUR),
    NEIGHBOURHOOD("邻里纠纷", DisputeCategory.NEIGHBOURHOOD),
    CONSUMER("消费维权", DisputeCategory.CONSUMER),
    LOAN("借贷", DisputeCategory.CONTRACT),
    TRAFFIC_ACCIDENT("交通事故", DisputeCategory.ROAD_TRAFFIC),
    OTHER("其他", DisputeCategory.OTHER);

    private final String label;
    private final DisputeCategory disputeCategory;

    QuestionCategory(String label, DisputeCategory disputeCategory) {
        this.label = label;
        this.disputeCategory = disputeCategory;
    }

    public String label() {
        return label;
    }

    public DisputeCategory disputeCategory() {
        return disputeCategory;
    }

    public static Optional<QuestionCategory> byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label == null ? null : label.strip())).findFirst();
    }
}
