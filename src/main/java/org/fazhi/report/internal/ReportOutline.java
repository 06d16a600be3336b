package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.shared.LegalBasis;

/**
 * 报告结构 — the parts and sections of the report in the order towns write it, and where the five items the regulation
 * asks for (art. 24: 举措和成效, 不足和原因, 第一责任人履职, 下一年度计划, 其他需要报告的事项) are answered. Headings are
 * fixed; the text of each section comes from its template.
 */
public final class ReportOutline {

    /** 《法治政府建设与责任落实督察工作规定》第24条: what the report contains (five items). */
    public static final LegalBasis CONTENT = LegalBasis.of("法治政府建设与责任落实督察工作规定", 24);

    /** The preamble: no heading (its item （五）: other matters to report). */
    public static final String INTRO = "intro";

    /**
     * Figures the platform does not record yet: their placeholders read "该项数据尚未在平台中记录"; keyed to the module
     * that would own them. None at present: every figure of the default wording has its module's source.
     */
    public static final Map<String, String> PENDING = Map.of();

    /**
     * The figures the district compares town by town (区级汇总): one per main area of the report, in the order of the
     * report.
     */
    public static final List<String> KEY_FIGURES = List.of("officers.certificatesIssued", "publication.onTimeRate",
            "publicity.activities", "legalTeams.advisorCoverage", "litigation.received", "litigation.appearanceRate",
            "legalServices.kiosks", "legalServices.kioskPlaces", "enforcement.decisions", "mediation.accepted",
            "mediation.successRate", "disclosure.applications");

    private ReportOutline() {
    }

    /**
     * One section.
     *
     * @param part             the part's heading (一、…) the section belongs to; {@code null} for the preamble
     * @param heading          the section's own heading (（一）…), or {@code null} where the part has one text
     * @param regulationItems  the items of art. 24 the section answers, as the regulation numbers them
     */
    public record Section(String key, String part, String heading, String regulationItems) {

        /** The heading shown for the section: its own, else its part's, else none. */
        public String title() {
            return heading != null ? heading : part == null ? "" : part;
        }
    }

    private static final String MEASURES = "一、本年度推进法治政府建设的主要举措和成效";

    public static final List<Section> SECTIONS = List.of(
            new Section(INTRO, null, null, "（五）"),
            new Section("measures.duties", MEASURES, "（一）推进行政机关依法高效履职情况", "（一）"),
            new Section("measures.institutions", MEASURES, "（二）加强依法行政制度建设情况", "（一）"),
            new Section("measures.decisions", MEASURES, "（三）推进依法科学民主决策情况", "（一）"),
            new Section("measures.enforcement", MEASURES, "（四）严格规范公正文明执法情况", "（一）"),
            new Section("measures.emergencies", MEASURES, "（五）依法应对重大突发事件情况", "（一）"),
            new Section("measures.disputes", MEASURES, "（六）依法化解社会矛盾纠纷情况", "（一）"),
            new Section("measures.oversight", MEASURES, "（七）强化行政权力制约监督情况", "（一）"),
            new Section("measures.digital", MEASURES, "（八）打造数字法治政府情况", "（一）"),
            new Section("responsibility", "二、主要负责人履行推进法治建设第一责任人职责情况", null, "（三）"),
            new Section("shortcomings", "三、存在不足和原因", null, "（二）"),
            new Section("plans", "四、下一年度推进法治政府建设的计划安排", null, "（四）（五）"));

    public static Optional<Section> section(String key) {
        return SECTIONS.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
