package org.fazhi.mediation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The documents of a dispute: the 调解协议书 of a written agreement, the standardised case file (规范化卷宗: registration,
 * sessions, hand-overs, agreement, follow-ups — 《人民调解法》第27条) and the XLSX export of a list in the ledger's layout.
 * Personal details (ID numbers, phones) appear only when the caller handles the case.
 */
@Component
public class DisputeDocuments {

    private final OrgDirectory directory;

    DisputeDocuments(OrgDirectory directory) {
        this.directory = directory;
    }

    /** 人民调解协议书 of a dispute concluded with a written agreement. */
    public byte[] agreement(Dispute d, boolean personal) {
        if (d.getAgreementForm() != AgreementForm.WRITTEN) {
            throw new RuleViolation("mediation.agreement.none");
        }
        String committee = committeeName(d);
        OfficialDocument doc = new OfficialDocument("人民调解协议书", d.getAgreementSignedOn());
        doc.subtitle("编号：" + d.getCaseNo());
        parties(doc, d, personal);
        doc.heading("纠纷主要事实、争议事项").paragraph(d.getSummary());
        doc.heading("经调解，当事人自愿达成如下协议").paragraph(d.getAgreementTerms());
        doc.paragraph("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效"
                + "（" + MediationPeriods.WRITTEN_AGREEMENT.citation() + "）。当事人可以自调解协议生效之日起三十日内共同向"
                + "人民法院申请司法确认（" + MediationPeriods.COURT_CONFIRMATION.basis().citation() + "）。");
        doc.paragraph("本协议一式" + (d.getParties().size() + 1) + "份，当事人各执一份，人民调解委员会留存一份。");
        doc.field("当事人（签名、盖章或按指印）", d.isPartiesSigned() ? "已签名（" + d.getPartyNames() + "）" : "未签名");
        doc.field("人民调解员（签名）", d.getMediators());
        doc.field("人民调解委员会（印章）", d.isCommitteeSealed() ? committee + "（已盖章）" : committee);
        doc.signOff(committee, d.getAgreementSignedOn());
        return doc.toBytes();
    }

    /** 规范化卷宗 — the whole file of one dispute as one document. */
    public byte[] caseFile(Dispute d, boolean personal) {
        String committee = committeeName(d);
        OfficialDocument doc = new OfficialDocument("人民调解卷宗", d.getAcceptedOn());
        doc.subtitle("案号：" + d.getCaseNo());
        doc.heading("一、受理登记");
        doc.field("受理日期", OfficialDocument.chineseDate(d.getAcceptedOn()));
        doc.field("所属村居", name(d.getLocalityId()));
        doc.field("纠纷类别", d.getCategory().label());
        doc.field("纠纷来源", d.getSource().label());
        doc.field("受理渠道", d.getChannel() == null ? null : d.getChannel().label());
        doc.field("涉及金额（元）", d.getAmount() == null ? null : d.getAmount().toPlainString());
        doc.field("风险等级", d.getRiskLevel().label());
        doc.field("重大纠纷", d.isMajor() ? "是（" + d.getMajorReasons() + "）" : "否");
        doc.field("调解组织", committee + "（" + d.getCommitteeLevel().label() + "）");
        doc.field("调解员", d.getMediators());
        doc.field("简要案情", d.getSummary());
        parties(doc, d, personal);
        doc.heading("二、调解记录");
        if (d.getSessions().isEmpty()) {
            doc.paragraph("无。");
        }
        int i = 0;
        for (MediationSession s : d.getSessions()) {
            doc.subheading("（" + chineseNumber(++i) + "）" + OfficialDocument.chineseDate(s.getHeldOn()) + " "
                    + s.getPlace());
            doc.field("参加人员", s.getParticipants());
            doc.field("调解员", s.getMediator());
            doc.field("调解情况", s.getRecordText());
        }
        doc.heading("三、移交与报告");
        if (d.getHandovers().isEmpty() && d.getPoliceReportedOn() == null) {
            doc.paragraph("无。");
        }
        for (Handover h : d.getHandovers()) {
            doc.paragraph(OfficialDocument.chineseDate(h.getHandedOn()) + "，由" + name(h.getFromUnitId()) + "移交"
                    + name(h.getToUnitId()) + "调处。理由：" + h.getReason());
        }
        if (d.getPoliceReportedOn() != null) {
            doc.paragraph(OfficialDocument.chineseDate(d.getPoliceReportedOn()) + "，依据"
                    + MediationPeriods.POLICE_REPORT.citation() + "报告公安机关：" + d.getPoliceReportNote());
        }
        doc.heading("四、调解结果");
        doc.field("结果", d.getStatus().label());
        doc.field("办结日期", OfficialDocument.chineseDate(d.getConcludedOn()));
        if (d.getAgreementForm() != null) {
            doc.field("协议形式", d.getAgreementForm().label());
        }
        if (d.getAgreementForm() == AgreementForm.WRITTEN) {
            doc.field("协议内容", d.getAgreementTerms());
            doc.field("协议生效日期", OfficialDocument.chineseDate(d.getAgreementSignedOn()));
            doc.field("司法确认申请", d.getCourtConfirmationOn() == null ? "未申请"
                    : OfficialDocument.chineseDate(d.getCourtConfirmationOn()));
        } else if (d.getAgreementForm() == AgreementForm.ORAL) {
            doc.field("口头协议内容", d.getOralContent());
        }
        if (d.getAdvisedRoute() != null) {
            doc.field("已告知当事人其他途径（" + MediationPeriods.FAILED_ROUTES.citation() + "）",
                    d.getAdvisedRoute().label());
        }
        if (d.getConclusionNote() != null) {
            doc.field("说明", d.getConclusionNote());
        }
        doc.heading("五、回访记录");
        if (d.getFollowUps().isEmpty()) {
            doc.paragraph("无。");
        }
        for (FollowUp f : d.getFollowUps()) {
            doc.paragraph(OfficialDocument.chineseDate(f.getFollowedOn()) + " " + f.getKind().label()
                    + (f.getResult() == null ? "" : "（" + f.getResult().label() + "）") + "：" + f.getNote());
        }
        doc.signOff(committee, d.getConcludedOn() != null ? d.getConcludedOn() : d.getAcceptedOn());
        return doc.toBytes();
    }

    /** The list in the 矛盾纠纷台账 layout, so an export can be imported again. */
    public byte[] ledger(List<Dispute> disputes) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(DisputeLedger.NAME);
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < DisputeLedger.HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(DisputeLedger.HEADERS.get(c));
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, c == 4 ? 40 * 256 : 14 * 256);
            }
            int r = 1;
            for (Dispute d : disputes) {
                Row row = sheet.createRow(r++);
                String[] cells = {d.getAcceptedOn().toString(), name(d.getLocalityId()), d.getCategory().label(),
                        d.getSource().label(), d.getSummary(), d.getPartyNames(),
                        d.getAmount() == null ? "" : d.getAmount().toPlainString(), d.isMajor() ? "是" : "否",
                        d.getCommitteeLevel().label(), resultOf(d), formOf(d),
                        d.getConcludedOn() == null ? "" : d.getConcludedOn().toString()};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ledger's 调解结果: 终止调解 is a mediation that did not succeed. */
    static String resultOf(Dispute d) {
        return switch (d.getStatus()) {
            case SUCCEEDED -> "调解成功";
            case FAILED, TERMINATED -> "调解不成功";
            default -> "调解中";
        };
    }

    static String formOf(Dispute d) {
        if (d.getStatus().open()) {
            return "";
        }
        return d.getAgreementForm() == null ? AgreementForm.NONE.label() : d.getAgreementForm().label();
    }

    private void parties(OfficialDocument doc, Dispute d, boolean personal) {
        doc.heading("当事人");
        if (d.getParties().isEmpty()) {
            doc.paragraph(d.getPartyNames());
        }
        for (Party p : d.getParties()) {
            StringBuilder sb = new StringBuilder(p.getRole().label()).append("：").append(p.getName());
            if (personal) {
                if (p.getIdNumber() != null) {
                    sb.append("，身份证号码：").append(p.getIdNumber());
                }
                if (p.getPhone() != null) {
                    sb.append("，联系电话：").append(p.getPhone());
                }
                if (p.getAddress() != null) {
                    sb.append("，住址：").append(p.getAddress());
                }
            }
            doc.paragraph(sb.toString());
        }
    }

    private String committeeName(Dispute d) {
        OrgUnitView holder = directory.get(d.getHolderUnitId());
        if (holder.type() == org.fazhi.organization.OrgUnitType.VILLAGE) {
            return holder.name() + "人民调解委员会";
        }
        String town = directory.get(d.getTownId()).name();
        return holder.name().startsWith("镇") ? town + holder.name().substring(1) : holder.name();
    }

    private String name(Long unitId) {
        return unitId == null ? "" : directory.find(unitId).map(OrgUnitView::name).orElse("");
    }

    private static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n - 10];
        }
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}
