package org.fazhi.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.ledger.CsvCells;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The blank ledger staff fill in: the header row with the columns in order (required ones in red), and in XLSX a
 * second sheet explaining each column and the accepted date forms. The CSV template is UTF-8 with a byte-order mark,
 * so Excel opens the Chinese headers correctly.
 */
@Component
public class LedgerTemplates {

    private final MessageSource messages;

    LedgerTemplates(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(LedgerFormat<?> format, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle required = headerStyle(wb, IndexedColors.RED);
            CellStyle optional = headerStyle(wb, IndexedColors.BLACK);
            Sheet data = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(format.name()));
            Row header = data.createRow(0);
            List<LedgerColumn> columns = format.columns();
            for (int i = 0; i < columns.size(); i++) {
                LedgerColumn c = columns.get(i);
                var cell = header.createCell(i);
                cell.setCellValue(c.name());
                cell.setCellStyle(c.required() ? required : optional);
                data.setColumnWidth(i, Math.max(12, c.name().length() * 3 + 4) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet help = wb.createSheet(msg("ledger.template.helpSheet", locale));
            Row h = help.createRow(0);
            String[] titles = {msg("ledger.template.column", locale), msg("ledger.template.required", locale),
                    msg("ledger.template.hint", locale)};
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
                h.getCell(i).setCellStyle(optional);
            }
            for (int i = 0; i < columns.size(); i++) {
                LedgerColumn c = columns.get(i);
                Row r = help.createRow(i + 1);
                r.createCell(0).setCellValue(c.name());
                r.createCell(1).setCellValue(msg(c.required() ? "common.yes" : "common.no", locale));
                r.createCell(2).setCellValue(hint(c, locale));
            }
            help.createRow(columns.size() + 2).createCell(0).setCellValue(msg("ledger.template.rules", locale));
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 80 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(LedgerFormat<?> format) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.EXCEL)) {
            printer.printRecord(format.columns().stream().map(c -> CsvCells.neutralise(c.name()))
                    .collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A column's hint in the user's language: a message key, or the text itself. */
    public String hint(LedgerColumn column, Locale locale) {
        return column.hint() == null ? "" : messages.getMessage(column.hint(), null, column.hint(), locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static CellStyle headerStyle(XSSFWorkbook wb, IndexedColors color) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setColor(color.getIndex());
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }
}
