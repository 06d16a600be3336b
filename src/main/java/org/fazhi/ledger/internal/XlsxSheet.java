package org.fazhi.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fazhi.ledger.UnsupportedLedgerFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed (SAX over the sheet XML) so that a large ledger never sits in memory
 * as a workbook. Numbers arrive as written (not as Excel displays them); a numeric cell with a date format arrives as
 * {@code 2024-03-05} (with the time when it has one), which {@link org.fazhi.ledger.LedgerValues#date} accepts.
 */
final class XlsxSheet extends LedgerSheet {

    private final Path file;

    private XlsxSheet(Path file) {
        this.file = file;
    }

    static XlsxSheet open(Path file) throws IOException {
        XlsxSheet sheet = new XlsxSheet(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnsupportedLedgerFile();
            }
            sheets.next().close();
        } catch (OpenXML4JException | RuntimeException e) {
            if (e instanceof UnsupportedLedgerFile u) {
                throw u;
            }
            // a zip that is not a workbook (DOCX, plain zip, damaged file)
            throw new UnsupportedLedgerFile();
        }
        return sheet;
    }

    /** Thrown by the row handler to stop the SAX parse early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    @Override
    void read(RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(handler), new RawValues(),
                        false));
                xml.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // the handler has what it wanted
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("unreadable XLSX: " + e.getMessage(), e);
        }
    }

    /** Collects the cells of each row by column letter, so a blank cell keeps the later cells in their columns. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private List<String> cells;
        private int next;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!handler.row(rowNum + 1L, cells)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? next : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(value);
            next = col + 1;
        }
    }

    /** Formats numeric cells for parsing rather than display: dates as ISO dates, numbers in plain notation. */
    private static final class RawValues extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(DATE_TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
