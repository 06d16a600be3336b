package org.fazhi.disclosure.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文书 — the documents of an application (答复书, 补正告知书, 延期答复告知书) and the annual report, as DOCX in the
 * official-document layout, generated from the records alone so that they can be regenerated identically.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** The documents of an application. */
    public enum Kind {
        REPLY("政府信息公开申请答复书"),
        SUPPLEMENT("政府信息公开申请补正告知书"),
        EXTENSION("政府信息公开申请延期答复告知书");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final ApplicationService applications;
    private final AnnualReportService reports;
    private final OrgDirectory directory;

    DocumentService(ApplicationService applications, AnnualReportService reports, OrgDirectory directory) {
        this.applications = applications;
        this.reports = reports;
        this.directory = directory;
    }

    /** Whether the application has reached the step that produces the document. */
    public static boolean available(DisclosureApplication a, Kind kind) {
        return switch (kind) {
            case REPLY -> a.reply().decidedOn() != null;
            case SUPPLEMENT -> a.supplement().sentOn() != null;
            case EXTENSION -> a.extension().decidedOn() != null;
        };
    }

    public byte[] applicationDocument(long id, Kind kind) {
        DisclosureApplication a = applications.get(id);
        if (!available(a, kind)) {
            throw new RuleViolation("disclosure.document.notYet", kind.title());
        }
        String town = directory.get(a.getTownId()).name() + "人民政府";
        OfficialDocx d = new OfficialDocx().title(kind.title()).number(a.caseNumber())
                .addressee(a.applicantName() + "：");
        switch (kind) {
            case REPLY -> {
                d.paragraph("本机关于" + OfficialDocx.chineseDate(a.receivedOn()) + "收到您（单位）提出的政府信息公开申请，"
                        + "申请内容为：“" + a.content() + "”。");
                d.paragraph("经审查，根据《中华人民共和国政府信息公开条例》的规定，现答复如下：" + replyText(a.reply().outcome()) + "。");
                d.paragraph(a.reply().reason());
                d.paragraph("如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内"
                        + "依法提起行政诉讼。");
                d.signature(town, a.reply().decidedOn());
            }
            case SUPPLEMENT -> {
                d.paragraph("本机关于" + OfficialDocx.chineseDate(a.receivedOn()) + "收到您（单位）提出的政府信息公开申请。"
                        + "经审查，申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于"
                        + OfficialDocx.chineseDate(a.supplement().dueOn()) + "前补正以下内容：");
                List<String> items = a.supplement().items();
                for (int i = 0; i < items.size(); i++) {
                    d.paragraph((i + 1) + ". " + items.get(i));
                }
                d.paragraph("答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该"
                        + "政府信息公开申请。");
                d.signature(town, a.supplement().sentOn());
            }
            case EXTENSION -> {
                d.paragraph("本机关于" + OfficialDocx.chineseDate(a.receivedOn()) + "收到您（单位）提出的政府信息公开申请。"
                        + "因" + a.extension().reason() + "，不能在规定期限内答复。根据《中华人民共和国政府信息公开条例》第三十三条"
                        + "的规定，经政府信息公开工作机构负责人（" + a.extension().approvedBy() + "）同意，答复期限延长"
                        + a.extension().days() + "个工作日。");
                d.signature(town, a.extension().decidedOn());
            }
        }
        return d.bytes();
    }

    static String replyText(Outcome o) {
        return switch (o.group()) {
            case DISCLOSED -> "您申请的政府信息予以公开";
            case PARTIALLY_DISCLOSED -> "您申请的政府信息部分公开";
            case WITHHELD -> "您申请的政府信息不予公开（" + o.label().substring(2) + "）";
            case UNAVAILABLE -> "本机关无法提供您申请的政府信息（" + o.label().substring(2) + "）";
            case NOT_HANDLED -> "本机关对您的申请不予处理（" + o.label().substring(2) + "）";
            case OTHER -> "本机关不再处理您的政府信息公开申请（" + o.label().substring(2) + "）";
        };
    }

    /** The annual report of a year and town, sections 一 to 六 with tables 二 to 四. */
    public byte[] annualReport(int year, long orgUnitId) {
        AnnualReportService.AnnualReport r = reports.report(year, orgUnitId);
        OfficialDocx d = new OfficialDocx().title(r.orgUnitName() + "人民政府" + year + "年政府信息公开工作年度报告");
        d.heading1(AnnualReportService.SECTIONS.get(0)).paragraph(r.overview());
        d.heading1(AnnualReportService.SECTIONS.get(1)).grid(ReportGrid.table2(r.table2()));
        d.heading1(AnnualReportService.SECTIONS.get(2)).grid(ReportGrid.table3(r.table3()));
        d.heading1(AnnualReportService.SECTIONS.get(3)).grid(ReportGrid.table4(r.table4()));
        d.heading1(AnnualReportService.SECTIONS.get(4)).paragraph(r.problems());
        d.heading1(AnnualReportService.SECTIONS.get(5));
        d.paragraph("本年度收取信息处理费" + r.feesCollected().stripTrailingZeros().toPlainString() + "元。");
        d.paragraph(r.otherMatters());
        return d.bytes();
    }
}
