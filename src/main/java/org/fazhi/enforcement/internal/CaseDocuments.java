package org.fazhi.enforcement.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.RuleViolation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * 执法文书 — the notice of the proposed penalty (行政处罚事先告知书), the decision (行政处罚决定书, with the items of
 * 《行政处罚法》第59条) and the proof of service (送达回证), in the official-document layout of GB/T 9704-2012: A4,
 * margins 37/28 mm, title 2号 小标宋 (宋体 bold), body 3号 仿宋_GB2312, headings 黑体, date in Arabic numerals. Each is
 * generated from the record alone, so it is regenerated identically.
 */
@Component
public class CaseDocuments {

    /** The documents a case produces. */
    public enum Kind { NOTICE, DECISION, SERVICE }

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    /** 2号 = 22 pt; 3号 = 16 pt. */
    private static final int TITLE_PT = 22;
    private static final int BODY_PT = 16;

    private final OrgDirectory directory;

    CaseDocuments(OrgDirectory directory) {
        this.directory = directory;
    }

    public String fileName(PenaltyCase c, Kind kind) {
        return switch (kind) {
            case NOTICE -> "行政处罚事先告知书";
            case DECISION -> "行政处罚决定书";
            case SERVICE -> "送达回证";
        } + "-" + c.getCaseNumber() + ".docx";
    }

    public byte[] render(PenaltyCase c, Kind kind, List<CaseStep> steps) {
        String agency = agency(c);
        Offence offence = c.getOffence();
        Decision decision = c.getDecision();
        LocalDate noticeOn = c.getNotice().getNotifiedOn() == null ? c.getLastStepOn() : c.getNotice().getNotifiedOn();
        return switch (kind) {
            case NOTICE -> {
                if (c.getProposal().getKinds().isEmpty()) {
                    throw new RuleViolation("enforcement.document.noProposal");
                }
                yield write(noticeOn, doc -> {
                    title(doc, agency + "\n行政处罚事先告知书");
                    centre(doc, c.getCaseNumber());
                    body(doc, c.getPartyName() + "：");
                    body(doc, "经查，你（单位）" + offence.getViolation() + "。");
                    body(doc, "上述行为违反了" + offence.getLegalBasis() + "的规定。依据《中华人民共和国行政处罚法》第四十四条、"
                            + "第四十五条的规定，本机关拟对你（单位）作出如下行政处罚：" + c.getProposal().getText() + "。");
                    body(doc, "你（单位）有权进行陈述和申辩。" + (c.getNotice().isHearingApplicable()
                            ? "依据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证；"
                            + "如要求听证，应当在收到本告知书之日起五个工作日内提出。" : "")
                            + "逾期未提出的，视为放弃上述权利。");
                    signature(doc, agency, noticeOn);
                });
            }
            case DECISION -> {
                if (decision.getDecidedOn() == null) {
                    throw new RuleViolation("enforcement.document.noDecision");
                }
                yield write(decision.getDecidedOn(), doc -> {
                    title(doc, agency + "\n行政处罚决定书");
                    centre(doc, decision.getNumber());
                    heading(doc, "一、当事人");
                    body(doc, "当事人：" + c.getPartyName() + (c.getPartyAddress() == null ? ""
                            : "，住所（地址）：" + c.getPartyAddress()) + "。");
                    heading(doc, "二、违反法律、法规、规章的事实和证据");
                    body(doc, offence.getViolation() + "。以上事实有现场检查记录、询问笔录、照片及视听资料等证据证实。");
                    heading(doc, "三、行政处罚的种类和依据");
                    body(doc, "依据" + offence.getLegalBasis() + "，本机关决定："
                            + (decision.getOutcome() == Outcome.PENALTY ? "对你（单位）给予" + decision.getPenalty().getText()
                            : outcomeText(decision.getOutcome())) + "。");
                    heading(doc, "四、行政处罚的履行方式和期限");
                    body(doc, c.finePayable() ? "请于收到本决定书之日起十五日内将罚款缴至指定银行或通过电子支付系统缴纳。"
                            + "到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。"
                            : "本决定自送达之日起生效。");
                    heading(doc, "五、申请行政复议、提起行政诉讼的途径和期限");
                    body(doc, "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院"
                            + "提起行政诉讼。");
                    signature(doc, agency, decision.getDecidedOn());
                });
            }
            case SERVICE -> {
                if (decision.getDecidedOn() == null) {
                    throw new RuleViolation("enforcement.document.noDecision");
                }
                Optional<CaseStep> served = steps.stream().filter(s -> s.getStep() == Step.SERVE).findFirst();
                yield write(decision.getDecidedOn(), doc -> {
                    title(doc, agency + "\n送达回证");
                    body(doc, "案号：" + c.getCaseNumber());
                    body(doc, "送达文书：行政处罚决定书（" + decision.getNumber() + "）");
                    body(doc, "受送达人：" + c.getPartyName());
                    body(doc, "送达方式：" + (c.getService().getMethod() == null ? "" : c.getService().getMethod()));
                    LocalDate servedOn = c.getService().getServedOn();
                    body(doc, "送达时间：" + (servedOn == null ? "    年  月  日" : date(servedOn)));
                    body(doc, "送达人：" + served.map(CaseStep::getOfficerNames).orElse(""));
                    body(doc, "受送达人签收：");
                    signature(doc, agency, decision.getDecidedOn());
                });
            }
        };
    }

    private static String outcomeText(Outcome o) {
        return switch (o) {
            case NO_PENALTY_MINOR -> "违法行为轻微并及时改正，没有造成危害后果，不予行政处罚";
            case NO_PENALTY_UNPROVEN -> "违法事实不能成立，不予行政处罚";
            case TRANSFER -> "违法行为涉嫌犯罪，移送司法机关";
            case PENALTY -> "给予行政处罚";
        };
    }

    private String agency(PenaltyCase c) {
        OrgUnitView town = directory.get(c.getTownId());
        return town.name() + "人民政府";
    }

    private interface Content {
        void fill(XWPFDocument doc);
    }

    private static byte[] write(LocalDate created, Content content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(mm(37)));
            mar.setBottom(BigInteger.valueOf(mm(35)));
            mar.setLeft(BigInteger.valueOf(mm(28)));
            mar.setRight(BigInteger.valueOf(mm(26)));
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            cal.clear();
            cal.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth());
            doc.getProperties().getCoreProperties().setCreated(Optional.of(cal.getTime()));
            doc.getProperties().getCoreProperties().setModified(Optional.of(cal.getTime()));
            doc.getProperties().getCoreProperties().setCreator("Fazhi");
            content.fill(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long mm(int mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    private static void title(XWPFDocument doc, String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = p.createRun();
            r.setText(line);
            r.setBold(true);
            r.setFontFamily(TITLE_FONT);
            r.setFontSize(TITLE_PT);
        }
    }

    private static void centre(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text == null ? "" : text, BODY_FONT);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, HEADING_FONT);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, BODY_FONT);
    }

    private static void signature(XWPFDocument doc, String agency, LocalDate on) {
        doc.createParagraph();
        XWPFParagraph a = doc.createParagraph();
        a.setAlignment(ParagraphAlignment.RIGHT);
        run(a, agency, BODY_FONT);
        XWPFParagraph d = doc.createParagraph();
        d.setAlignment(ParagraphAlignment.RIGHT);
        run(d, date(on), BODY_FONT);
    }

    private static void run(XWPFParagraph p, String text, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(BODY_PT);
    }

    /** 2024年12月31日 */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
