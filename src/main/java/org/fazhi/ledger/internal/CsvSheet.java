package org.fazhi.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fazhi.ledger.UnsupportedLedgerFile;

/**
 * A CSV ledger. Encoding rule (no guessing detector): a byte-order mark means UTF-8; otherwise the file is decoded
 * strictly as UTF-8 and, if that fails, as GB18030 — what Excel on Chinese Windows writes (GBK is its subset). Text
 * with control characters, or that neither decodes, is not a ledger.
 */
final class CsvSheet extends LedgerSheet {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final Charset charset;
    private final int skip;

    private CsvSheet(Path file, Charset charset, int skip) {
        this.file = file;
        this.charset = charset;
        this.skip = skip;
    }

    static CsvSheet open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2]) {
            requireText(file, StandardCharsets.UTF_8, 3);
            return new CsvSheet(file, StandardCharsets.UTF_8, 3);
        }
        if (requireTextOrFalse(file, StandardCharsets.UTF_8)) {
            return new CsvSheet(file, StandardCharsets.UTF_8, 0);
        }
        if (requireTextOrFalse(file, GB18030)) {
            return new CsvSheet(file, GB18030, 0);
        }
        throw new UnsupportedLedgerFile();
    }

    Charset charset() {
        return charset;
    }

    private static boolean requireTextOrFalse(Path file, Charset charset) throws IOException {
        try {
            requireText(file, charset, 0);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes the whole file strictly, refusing control characters other than tab and line ends. */
    private static void requireText(Path file, Charset charset, int skip) throws IOException {
        try (Reader r = reader(file, charset, skip)) {
            CharBuffer buf = CharBuffer.allocate(8192);
            while (r.read(buf) != -1) {
                buf.flip();
                while (buf.hasRemaining()) {
                    char c = buf.get();
                    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                        throw new UnsupportedLedgerFile();
                    }
                }
                buf.clear();
            }
        }
    }

    private static Reader reader(Path file, Charset charset, int skip) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    @Override
    void read(RowHandler handler) throws IOException {
        try (Reader r = reader(file, charset, skip);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(CSVFormat.EXCEL).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!handler.row(record.getRecordNumber(), cells)) {
                    return;
                }
            }
        }
    }
}
