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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fazhi.ledger.LedgerFileTooLarge;
import org.fazhi.ledger.UnsupportedLedgerFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed (SAX over the sheet XML) so that a large ledger never sits in memory
 * as a workbook; a workbook that unpacks beyond the limits below (a zip bomb) is refused with 413 before its import.
 * Numbers arrive as written (not as Excel displays them); a numeric cell with a date format arrives as
 * {@code 2024-03-05} (with the time when it has one), which {@link org.fazhi.ledger.LedgerValues#date} accepts.
 */
final class XlsxSheet extends LedgerSheet {

    /** The largest part of a workbook once unpacked; a ledger of 100 000 rows of 20 columns is about 40 MB. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** The smallest compressed-to-unpacked ratio accepted (POI's default): below it the file is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The most rows a ledger may have, the header included. */
    static final int MAX_ROWS = 200_000;
    /** The most columns a row may have; ledgers have a few dozen. */
    static final int MAX_COLUMNS = 1_000;

    static {
        // POI's guards for every zip it opens (XLSX here; they apply to the process, and only ever refuse more)
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

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
            unpackAll(pkg);
        } catch (OpenXML4JException | RuntimeException e) {
            if (e instanceof UnsupportedLedgerFile || e instanceof LedgerFileTooLarge) {
                throw (RuntimeException) e;
            }
            if (isZipBomb(e)) {
                throw new LedgerFileTooLarge();
            }
            // a zip that is not a workbook (DOCX, plain zip, damaged file)
            throw new UnsupportedLedgerFile();
        } catch (IOException e) {
            if (isZipBomb(e)) {
                throw new LedgerFileTooLarge();
            }
            throw e;
        }
        return sheet;
    }

    /**
     * Unpacks every part once, without keeping it, so that a zip bomb is refused before the import starts: the guards
     * above stop the unpacking at the first part that expands too far or too much.
     */
    private static void unpackAll(OPCPackage pkg) throws IOException, OpenXML4JException {
        byte[] buffer = new byte[64 * 1024];
        for (PackagePart part : pkg.getParts()) {
            if (part instanceof PackagePropertiesPart) {
                continue; // the core properties were unpacked (under the same guards) when the package was opened
            }
            try (InputStream in = part.getInputStream()) {
                while (in.read(buffer) >= 0) {
                    // discarded: only the guards' verdict matters
                }
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
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
            if (isZipBomb(e)) {
                throw new LedgerFileTooLarge();
            }
            throw new IOException("unreadable XLSX: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof LedgerFileTooLarge) && isZipBomb(e)) {
                throw new LedgerFileTooLarge();
            }
            throw e;
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
            if (rowNum >= MAX_ROWS) {
                throw new LedgerFileTooLarge();
            }
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
            if (col >= MAX_COLUMNS) {
                throw new LedgerFileTooLarge();
            }
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
