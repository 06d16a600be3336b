package org.fazhi.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A generated 矛盾纠纷台账 (CSV, the import template's columns) of distinct, valid rows, the same for the same
 * arguments: about 95 % succeeded, some failed, a few still in mediation. Every row's 简要案情 is {@code label} and its
 * number, so files of different labels never share a row and the rows of one file are found by their label.
 */
public final class DisputeLedgerFile {

    static final String[] CATEGORIES = {"婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿", "劳动争议", "道路交通事故",
            "物业", "其它"};
    static final String[] SOURCES = {"申请调解", "主动调解", "公安移送", "法院委托", "信访移送", "其他部门移送"};

    private DisputeLedgerFile() {
    }

    /** {@code rows} rows over the given villages (names of the importer's town), summaries {@code label}第i号. */
    public static byte[] csv(int rows, List<String> villages, String label) {
        Random r = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder(
                "受理日期,所属村居,纠纷类别,纠纷来源,简要案情,当事人,涉及金额(元),是否重大纠纷,调解组织,调解结果,协议形式,办结日期\r\n");
        LocalDate first = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate accepted = first.plusDays(r.nextInt(3500));
            int outcome = r.nextInt(100);
            String result = outcome < 95 ? "调解成功" : outcome < 98 ? "调解不成功" : "调解中";
            String form = outcome >= 98 ? "" : outcome >= 95 ? "无" : new String[] {"书面", "口头"}[r.nextInt(2)];
            String concluded = outcome >= 98 ? "" : accepted.plusDays(r.nextInt(30)).toString();
            sb.append(accepted).append(',').append(villages.get(r.nextInt(villages.size()))).append(',')
                    .append(CATEGORIES[r.nextInt(CATEGORIES.length)]).append(',')
                    .append(SOURCES[r.nextInt(SOURCES.length)]).append(',').append(label).append('第').append(i)
                    .append("号,当事人甲").append(i).append("、当事人乙,")
                    .append(r.nextInt(5) == 0 ? "" : String.valueOf(r.nextInt(100000)))
                    .append(',').append(r.nextInt(200) == 0 ? "是" : "否").append(',')
                    .append(r.nextInt(8) == 0 ? "镇调委会" : "村调委会").append(',').append(result).append(',')
                    .append(form).append(',').append(concluded).append("\r\n");
            if (sb.length() > 1 << 16) {
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
