package org.fazhi.mediation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A DOCX in the official-document layout of GB/T 9704-2012: A4, top margin 37 mm, left 28 mm,
 * type area 156 × 225 mm, 22 lines of 3号 仿宋 a page, title 2号 小标宋 (宋体 bold where it is missing), headings 黑体
 * "一、" and 楷体 "（一）", page numbers "— 1 —" in 4号 宋体. Built from the record alone, so it is regenerated identically.
 */
final class OfficialDocument {

    private static final int TWIPS_PER_MM = 1440 * 10 / 254;
    /** 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt (half-points are POI's unit for sizes). */
    private static final int BODY_PT = 16;
    private static final int TITLE_PT = 22;
    private static final int PAGE_NUMBER_PT = 14;
    /** 225 mm of type area / 22 lines, in twips: fixed line pitch. */
    private static final int LINE_TWIPS = 225 * TWIPS_PER_MM / 22;

    private final XWPFDocument doc = new XWPFDocument();

    OfficialDocument(String title, LocalDate dated) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf((210L - 28 - 156) * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf((297L - 37 - 225) * TWIPS_PER_MM));
        doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                dated.atStartOfDay().toInstant(ZoneOffset.UTC))));
        doc.getProperties().getCoreProperties().setTitle(title);
        pageNumbers();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, title, "方正小标宋简体", TITLE_PT, true);
        p.setSpacingAfter(LINE_TWIPS / 2);
    }

    /** A centred line under the title, e.g. the document number. */
    OfficialDocument subtitle(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, "仿宋_GB2312", BODY_PT, false);
        return this;
    }

    /** A level-1 heading: 黑体, numbered 一、二、 by the caller. */
    OfficialDocument heading(String text) {
        run(body(), text, "黑体", BODY_PT, false);
        return this;
    }

    /** A level-2 heading: 楷体 （一）. */
    OfficialDocument subheading(String text) {
        run(body(), text, "楷体_GB2312", BODY_PT, false);
        return this;
    }

    /** A body paragraph, first line indented two characters. */
    OfficialDocument paragraph(String text) {
        XWPFParagraph p = body();
        p.setIndentationFirstLine(2 * BODY_PT * 20);
        run(p, text == null ? "" : text, "仿宋_GB2312", BODY_PT, false);
        return this;
    }

    /** A "label: value" line. */
    OfficialDocument field(String label, String value) {
        return paragraph(label + "：" + (value == null || value.isBlank() ? "—" : value));
    }

    /** The issuing authority and the date, right-aligned, at the end. */
    OfficialDocument signOff(String authority, LocalDate on) {
        for (String line : new String[] {authority, chineseDate(on)}) {
            XWPFParagraph p = body();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight(4 * BODY_PT * 20);
            run(p, line, "仿宋_GB2312", BODY_PT, false);
        }
        return this;
    }

    byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 2024年12月31日 — Arabic numerals, as GB/T 9704-2012 prescribes. */
    static String chineseDate(LocalDate d) {
        return d == null ? "—" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private XWPFParagraph body() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(LINE_TWIPS / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int pt, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(pt);
        r.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", PAGE_NUMBER_PT, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", "宋体", PAGE_NUMBER_PT, false);
    }
}
