package org.fazhi.ledger.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.Tika;
import org.fazhi.ledger.UnsupportedLedgerFile;

/**
 * The rows of an uploaded ledger file, read one at a time. What the file is comes from its bytes: a zip is an XLSX
 * workbook (or refused), text is CSV, anything else is refused. The first row is the header.
 */
abstract class LedgerSheet {

    private static final Tika TIKA = new Tika();

    /** Receives rows in order; answers false to stop reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(long number, List<String> cells);
    }

    abstract void read(RowHandler handler) throws IOException;

    static LedgerSheet open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxSheet.open(file);
        }
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = TIKA.detect(in);
        }
        // GBK text has no magic number, so Tika calls it octet-stream; the CSV reader then checks it is text
        if (type.startsWith("text/") || type.equals("application/octet-stream")) {
            return CsvSheet.open(file);
        }
        throw new UnsupportedLedgerFile();
    }

    /** Counts the data rows (all rows after the header), for the progress bar. */
    long countDataRows() throws IOException {
        long[] count = {0};
        read((n, cells) -> {
            if (n > 1) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    /** The header row's cells, or an empty list for an empty file. */
    List<String> header() throws IOException {
        @SuppressWarnings("unchecked")
        List<String>[] header = new List[] {List.of()};
        read((n, cells) -> {
            if (n == 1) {
                header[0] = cells;
            }
            return false;
        });
        return header[0];
    }
}
