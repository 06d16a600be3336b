package org.fazhi.disclosure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fazhi.FazhiApplication;
import org.fazhi.disclosure.internal.AnnualReportService;
import org.fazhi.disclosure.internal.ReportGrid;
import org.fazhi.disclosure.internal.AnnualReportService.AnnualReport;
import org.fazhi.disclosure.internal.AnnualReportService.Row;
import org.fazhi.disclosure.internal.AnnualReportService.Table;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政府信息公开工作年度报告 in the staff console: tables 二, 三 and 四 as the national form lays them out, the consistency
 * rule of table 三 column by column, the sections staff write and the hand-entered figures, the DOCX and the due date.
 */
@Controller
class ReportPages {

    private static final int FIRST_YEAR = 2019;

    private final AnnualReportService reports;
    private final DataScope dataScope;
    private final FormPages forms;

    ReportPages(AnnualReportService reports, DataScope dataScope, FormPages forms) {
        this.forms = forms;
        this.reports = reports;
        this.dataScope = dataScope;
    }

    /** What the text form posts: the three sections and the two hand-entered figures, as typed. */
    record TextForm(String overview, String problems, String otherMatters, String licenceDecisions,
                    String feeIncomeWan) {
    }

    /** A sub-table of table 二: its article, its columns and its rows with their cells. */
    record SubTable(String article, List<String> columns, List<Line> rows) {
    }

    /** A row as shown: label, cells as text, its level in the form (0 一…, 1 （一）…, 2 1.…), hand-entered or not. */
    record Line(String label, List<String> cells, int level, boolean handEntered) {
    }

    /** A header cell spanning {@code span} columns. */
    record Header(String label, int span) {
    }

    @GetMapping("/disclosure/annual-report")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                  Model model) {
        int y = year == null ? today().getYear() : year;
        List<OrgUnitView> towns = dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN).toList();
        AnnualReport r = reports.report(y, orgUnit != null ? orgUnit : homeTown(towns));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TextForm(r.overview(), r.problems(), r.otherMatters(),
                    r.licenceDecisions() == null ? null : r.licenceDecisions().toString(),
                    r.feeIncomeWan() == null ? null : plain(r.feeIncomeWan())));
        }
        model.addAttribute("r", r);
        model.addAttribute("sections", AnnualReportService.SECTIONS);
        model.addAttribute("table2", table2(r.table2()));
        model.addAttribute("table3", ReportGrid.table3(r.table3()));
        model.addAttribute("checks", AnnualReportService.checks(r.table3()));
        model.addAttribute("table4Kinds", table4Kinds(r.table4()));
        model.addAttribute("table4Results", r.table4().columns().stream().map(c -> c.substring(c.indexOf('·') + 1))
                .toList());
        model.addAttribute("table4", r.table4().rows().stream().map(row -> line(row, 0)).toList());
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, today().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("towns", towns);
        model.addAttribute("feesCollected", plain(r.feesCollected()));
        return "disclosure/annual-report";
    }

    /**
     * The town whose report the page opens with: the user's own, or for a district account (which belongs to no town)
     * the first town it oversees, so the district's supervisors see a report rather than a refusal.
     */
    private static long homeTown(List<OrgUnitView> towns) {
        boolean inTown = DataScope.currentUser().map(u -> u.homeUnit().townId() != null
                || u.homeUnit().type() == OrgUnitType.TOWN).orElse(true);
        return inTown || towns.isEmpty() ? DisclosureApi.unit(null) : towns.get(0).id();
    }

    /**
     * The former page of disclosure's own review cases: those cases are now lawsuits and reconsiderations of the
     * litigation module, and the report's table 四 counts them; old links land on that table.
     */
    @GetMapping("/disclosure/review-cases")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String formerReviewCases() {
        return "redirect:/disclosure/annual-report#section-4";
    }

    @PostMapping("/disclosure/annual-report/text")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String editText(@RequestParam int year, @RequestParam long orgUnit, @ModelAttribute("form") TextForm form,
                    RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            Integer licences = Input.number("licenceDecisions", form.licenceDecisions(), Integer::valueOf);
            BigDecimal fees = Input.number("feeIncomeWan", form.feeIncomeWan(), BigDecimal::new);
            reports.editText(year, orgUnit, form.overview(), form.problems(), form.otherMatters(), licences, fees);
            redirect.addFlashAttribute("success", "disclosure.report.saved");
            return "redirect:/disclosure/annual-report?year=" + year + "&orgUnit=" + orgUnit;
        }, () -> report(year, orgUnit, model));
    }

    private static List<SubTable> table2(Table t) {
        Map<String, List<Line>> rows = new LinkedHashMap<>();
        for (Row row : t.rows()) {
            List<Integer> cells = AnnualReportService.TABLE2_CELLS.get(row.group());
            rows.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(new Line(row.label(),
                    cells.stream().map(i -> text(row.values().get(i))).toList(), 0, row.handEntered()));
        }
        return rows.entrySet().stream().map(e -> new SubTable(e.getKey(), AnnualReportService.TABLE2_CELLS
                .get(e.getKey()).stream().map(i -> t.columns().get(i)).toList(), e.getValue())).toList();
    }

    private static Line line(Row row, int level) {
        return new Line(row.label(), row.values().stream().map(ReportPages::text).toList(), level,
                row.handEntered());
    }

    /** The column groups of table 四 (行政复议, 行政诉讼 …), each spanning its result columns. */
    private static List<Header> table4Kinds(Table t) {
        List<Header> kinds = new ArrayList<>();
        for (String c : t.columns()) {
            String kind = c.substring(0, c.indexOf('·'));
            if (!kinds.isEmpty() && kinds.get(kinds.size() - 1).label().equals(kind)) {
                Header last = kinds.remove(kinds.size() - 1);
                kinds.add(new Header(kind, last.span() + 1));
            } else {
                kinds.add(new Header(kind, 1));
            }
        }
        return kinds;
    }

    private static String text(Number n) {
        return n == null ? null : n instanceof BigDecimal b ? plain(b) : n.toString();
    }

    private static String plain(BigDecimal b) {
        return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }

    private static LocalDate today() {
        return LocalDate.now(FazhiApplication.ZONE);
    }
}
