package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.DisclosureChallengeFigures;
import org.fazhi.disclosure.DisclosureFigures;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政府信息公开工作年度报告 — computes the annual disclosure report of a town in the national format
 * (《政府信息公开条例》第49条, 国办公开办函〔2021〕30号) from the records, and keeps the parts staff write. One query object for the
 * API, the page and the DOCX alike.
 * <p>
 * Table 三: 一 = applications received in the year; 二 = received in earlier years and still open at the year's start;
 * 三 = decided in the year, by outcome; 四 = still open at the year's end. As on the national form, the label cell
 * 三、本年度办理结果 and the label cells （三）不予公开 … （六）其他处理 carry no numbers of their own: they are not rows of the
 * table; each numbered leaf row names its label cell in {@link Row#group()}, and the page and the DOCX merge the label
 * cell over its leaves. （一）予以公开 and （二）部分公开 have no leaves and are rows with their numbers.
 * Table 四 is read from the module that records lawsuits and reconsiderations ({@link DisclosureChallengeFigures}): a
 * case concluded in the year counts under its result; a case received by the year's end and not concluded by then
 * counts as 尚未审结. While no module contributes, the table is zeros and {@link AnnualReport#challengesCounted()} is
 * false.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    /** The seven columns of table 三. */
    public static final List<String> TABLE3_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织",
            "法律服务机构", "其他", "总计");
    /** The columns of table 二 (each row fills the cells of its own sub-table). */
    public static final List<String> TABLE2_COLUMNS = List.of("本年制发件数", "本年废止件数", "现行有效件数",
            "本年处理决定数量", "本年收费金额（单位：万元）");
    /**
     * The cells of table 二 each sub-table fills, by the sub-table's article: the columns of {@link #TABLE2_COLUMNS}
     * its rows have.
     */
    public static final Map<String, List<Integer>> TABLE2_CELLS = Map.of("第二十条第（一）项", List.of(0, 1, 2),
            "第二十条第（五）项", List.of(3), "第二十条第（六）项", List.of(3), "第二十条第（八）项", List.of(4));
    /** The six section headings of the national form. */
    public static final List<String> SECTIONS = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");
    /** Reports exist from the regulation's first year on. */
    static final int FIRST_YEAR = DisclosureApplication.REGULATION_IN_FORCE.getYear();
    static final String ROW_RECEIVED = "一、本年新收政府信息公开申请数量";
    static final String ROW_CARRIED_IN = "二、上年结转政府信息公开申请数量";
    public static final String HEADER_RESULTS = "三、本年度办理结果";
    /** The corner cell of table 三, as the national form prints it. */
    public static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String ROW_TOTAL = "（七）总计";
    static final String ROW_CARRIED_OUT = "四、结转下年度继续办理";

    private final ApplicationRepository applications;
    private final CatalogueRepository items;
    private final List<DisclosureChallengeFigures> challenges;
    private final ReportTextRepository texts;
    private final List<DisclosureFigures> figures;
    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final DisclosureProperties properties;

    AnnualReportService(ApplicationRepository applications, CatalogueRepository items,
                        List<DisclosureChallengeFigures> challenges, ReportTextRepository texts, List<DisclosureFigures> figures, DataScope dataScope,
                        OrgDirectory directory, DisclosureProperties properties) {
        this.applications = applications;
        this.items = items;
        this.challenges = challenges;
        this.texts = texts;
        this.figures = figures;
        this.dataScope = dataScope;
        this.directory = directory;
        this.properties = properties;
    }

    /** A table: its column labels and rows, every table of the report in this one shape. */
    public record Table(List<String> columns, List<Row> rows) {
    }

    /**
     * A row: its label and one value per column ({@code null} where the national form has no cell). {@code group}
     * names the sub-table of table 二 the row belongs to; {@code handEntered} marks figures staff enter by hand.
     */
    public record Row(String label, List<Number> values, String group, boolean handEntered) {
        static Row of(String label, long[] values) {
            return new Row(label, Arrays.stream(values).<Number>mapToObj(Long::valueOf).toList(), null, false);
        }

        Row in(String group) {
            return new Row(label, values, group, handEntered);
        }
    }

    /**
     * The whole report of a year and town; {@code challengesCounted} says whether a module counts the cases of table
     * 四 (false: no module records them, the table is zeros).
     */
    public record AnnualReport(int year, long orgUnitId, String orgUnitName, LocalDate dueOn, Table table2,
                               Table table3, Table table4, boolean challengesCounted, boolean consistent, BigDecimal feesCollected,
                               String overview, String problems, String otherMatters, Integer licenceDecisions,
                               BigDecimal feeIncomeWan) {
    }

    /** The town an {@code orgUnit} parameter stands for (403 outside the caller's scope). */
    public OrgUnitView townOf(long orgUnitId) {
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        if (unit.townId() == null) {
            throw RuleViolation.onField("orgUnit", "disclosure.report.town");
        }
        return directory.get(unit.townId());
    }

    public AnnualReport report(int year, long orgUnitId) {
        Input.requireYear(year, FIRST_YEAR);
        OrgUnitView town = townOf(orgUnitId);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<DisclosureApplication> relevant = applications.forYear(town.id(), start, end);
        Table table3 = table3(relevant, start, end);
        ReportText text = texts.findByHolderUnitIdAndReportYear(town.id(), year).orElse(null);
        BigDecimal fees = relevant.stream().map(DisclosureApplication::fee)
                .filter(f -> f.paidOn() != null && f.paidOn().getYear() == year)
                .map(FeeNotice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AnnualReport(year, town.id(), town.name(), properties.reportDue().atYear(year + 1),
                table2(town.id(), year, text), table3, table4(town.id(), year), !challenges.isEmpty(),
                consistent(table3), fees,
                text == null ? null : text.overview(), text == null ? null : text.problems(),
                text == null ? null : text.otherMatters(), text == null ? null : text.licenceDecisions(),
                text == null ? null : text.feeIncomeWan());
    }

    static Table table3(List<DisclosureApplication> relevant, LocalDate start, LocalDate end) {
        long[] received = new long[7];
        long[] carriedIn = new long[7];
        long[] carriedOut = new long[7];
        long[] total = new long[7];
        Map<Outcome, long[]> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, new long[7]);
        }
        for (DisclosureApplication a : relevant) {
            int col = a.applicantType().ordinal();
            if (!a.receivedOn().isBefore(start) && !a.receivedOn().isAfter(end)) {
                add(received, col);
            } else if (a.openAtEndOf(start.minusDays(1))) {
                add(carriedIn, col);
            }
            Reply r = a.reply();
            if (r.decidedOn() != null && !r.decidedOn().isBefore(start) && !r.decidedOn().isAfter(end)) {
                add(byOutcome.get(r.outcome()), col);
                add(total, col);
            }
            if (a.openAtEndOf(end)) {
                add(carriedOut, col);
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(ROW_RECEIVED, received));
        rows.add(Row.of(ROW_CARRIED_IN, carriedIn));
        for (Outcome.Group g : Outcome.Group.values()) {
            for (Outcome o : Outcome.values()) {
                if (o.group() == g) {
                    rows.add(o.item() > 0 ? Row.of(o.label(), byOutcome.get(o)).in(g.label())
                            : Row.of(g.label(), byOutcome.get(o)));
                }
            }
        }
        rows.add(Row.of(ROW_TOTAL, total));
        rows.add(Row.of(ROW_CARRIED_OUT, carriedOut));
        return new Table(TABLE3_COLUMNS, rows);
    }

    /** Adds one to an applicant type's column and to the 总计 column. */
    private static void add(long[] row, int col) {
        row[col]++;
        row[6]++;
    }

    /** 一 + 二 = 三（七）总计 + 四, for every column. */
    static boolean consistent(Table table3) {
        return checks(table3).stream().allMatch(ColumnCheck::holds);
    }

    /** The consistency rule of one column of table 三: {@code in} = 一 + 二, {@code out} = 三（七）总计 + 四. */
    public record ColumnCheck(String column, long in, long out) {
        public boolean holds() {
            return in == out;
        }
    }

    /** The consistency rule checked column by column, in the order of the columns. */
    public static List<ColumnCheck> checks(Table table3) {
        Map<String, List<Number>> byLabel = new java.util.HashMap<>();
        table3.rows().forEach(r -> byLabel.put(r.label(), r.values()));
        List<ColumnCheck> checks = new ArrayList<>();
        for (int i = 0; i < table3.columns().size(); i++) {
            long in = byLabel.get(ROW_RECEIVED).get(i).longValue() + byLabel.get(ROW_CARRIED_IN).get(i).longValue();
            long out = byLabel.get(ROW_TOTAL).get(i).longValue() + byLabel.get(ROW_CARRIED_OUT).get(i).longValue();
            checks.add(new ColumnCheck(table3.columns().get(i), in, out));
        }
        return checks;
    }

    private Table table2(long townId, int year, ReportText text) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<CatalogueItem> normative = items.findByCategory(ItemCategory.NORMATIVE_DOCUMENT).stream()
                .filter(i -> i.getTownId() == townId).toList();
        long issued = normative.stream().filter(i -> i.issuedOn().getYear() == year).count();
        long repealed = normative.stream().filter(i -> i.repealedOn() != null && i.repealedOn().getYear() == year)
                .count();
        long valid = normative.stream().filter(i -> i.validAtEndOf(end)).count();
        long penalties = figures.stream().mapToLong(f -> f.penaltyDecisions(townId, year)).sum();
        long coercion = figures.stream().mapToLong(f -> f.coerciveDecisions(townId, year)).sum();
        String art20i = "第二十条第（一）项";
        List<Row> rows = List.of(
                // a town makes no 规章 (rules are made by governments of cities with districts and above)
                new Row("规章", values(0L, 0L, 0L, null, null), art20i, false),
                new Row("行政规范性文件", values(issued, repealed, valid, null, null), art20i, false),
                new Row("行政许可", values(null, null, null,
                        text == null || text.licenceDecisions() == null ? null : (long) text.licenceDecisions(), null),
                        "第二十条第（五）项", true),
                new Row("行政处罚", values(null, null, null, penalties, null), "第二十条第（六）项", false),
                new Row("行政强制", values(null, null, null, coercion, null), "第二十条第（六）项", false),
                new Row("行政事业性收费", values(null, null, null, null, text == null ? null : text.feeIncomeWan()),
                        "第二十条第（八）项", true));
        return new Table(TABLE2_COLUMNS, rows);
    }

    private static List<Number> values(Number... v) {
        return java.util.Collections.unmodifiableList(Arrays.asList(v));
    }

    private Table table4(long townId, int year) {
        List<String> columns = new ArrayList<>();
        List<Number> cells = new ArrayList<>();
        for (DisclosureChallengeFigures.Route route : DisclosureChallengeFigures.Route.values()) {
            long total = 0;
            for (DisclosureChallengeFigures.Result result : DisclosureChallengeFigures.Result.values()) {
                long n = challenges.stream().mapToLong(c -> c.count(townId, year, route, result)).sum();
                columns.add(route.label() + "·" + result.label());
                cells.add(n);
                total += n;
            }
            columns.add(route.label() + "·总计");
            cells.add(total);
        }
        return new Table(columns, List.of(new Row("件数", List.copyOf(cells), null, false)));
    }

    /** Saves what staff write for the year's report, and the hand-entered figures of table 二. */
    @Transactional
    public ReportText editText(int year, long orgUnitId, String overview, String problems, String otherMatters,
                               Integer licenceDecisions, BigDecimal feeIncomeWan) {
        Input.requireYear(year, FIRST_YEAR);
        OrgUnitView town = townOf(orgUnitId);
        Input in = new Input();
        String o = in.text("overview", overview, ReportText.MAX_TEXT, false);
        String p = in.text("problems", problems, ReportText.MAX_TEXT, false);
        String m = in.text("otherMatters", otherMatters, ReportText.MAX_TEXT, false);
        in.number("licenceDecisions", licenceDecisions, 0, 1_000_000);
        if (feeIncomeWan != null && (feeIncomeWan.signum() < 0 || feeIncomeWan.scale() > 4
                || feeIncomeWan.precision() - feeIncomeWan.scale() > 10)) {
            in.problem("feeIncomeWan", Input.MONEY);
        }
        in.check();
        ReportText t = texts.findByHolderUnitIdAndReportYear(town.id(), year)
                .orElseGet(() -> texts.save(ReportText.of(year, town)));
        t.edit(o, p, m, licenceDecisions, feeIncomeWan);
        return t;
    }
}
