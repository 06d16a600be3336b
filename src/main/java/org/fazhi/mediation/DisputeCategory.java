package org.fazhi.mediation;

import java.util.Arrays;
import java.util.Optional;

/**
 * 纠纷类别 — the dispute categories of the municipal monthly mediation statistics (人民调解统计月报), in their order.
 * {@link #label()} is the name the statistics and the ledgers use.
 */
public enum DisputeCategory {
    MARRIAGE_FAMILY("婚姻家庭"),
    NEIGHBOURHOOD("邻里"),
    HOUSING_HOMESTEAD("房屋宅基地"),
    CONTRACT("合同"),
    PRODUCTION_BUSINESS("生产经营"),
    DAMAGES("损害赔偿"),
    FOREST_LAND("山林土地"),
    LAND_REQUISITION("征地拆迁"),
    ENVIRONMENTAL_POLLUTION("环境污染"),
    LABOUR("劳动争议"),
    CONSUMER("消费"),
    MEDICAL("医疗"),
    ROAD_TRAFFIC("道路交通事故"),
    PROPERTY_MANAGEMENT("物业"),
    MIGRANT_WAGES("拖欠农民工工资"),
    VILLAGE_AFFAIRS("村务管理"),
    OTHER("其它");

    private final String label;

    DisputeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DisputeCategory> byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
