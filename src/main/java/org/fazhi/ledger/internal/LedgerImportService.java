package org.fazhi.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.ledger.Rejection;
import org.fazhi.ledger.internal.ImportProgress.Outcome;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports ledger files in chunks of rows. Each row is read, checked against the imported keys and saved; a chunk is
 * one transaction (rows, their keys and their audit events commit together or not at all, so a node stopped in the
 * middle leaves no partial chunk), and a row that fails anywhere is rolled back whole and reported while the other
 * rows go on. Importing the same file again skips the rows whose natural key is already imported.
 */
@Service
class LedgerImportService implements LedgerImports {

    private static final Logger log = LoggerFactory.getLogger(LedgerImportService.class);

    private final Map<String, LedgerFormat<?>> formats;
    private final ImportKeys keys;
    private final TransactionTemplate rowTx;
    private final MessageSource messages;

    LedgerImportService(List<LedgerFormat<?>> formats, ImportKeys keys, PlatformTransactionManager transactions,
                        MessageSource messages) {
        this.formats = formats.stream().sorted(Comparator.comparing(LedgerFormat::name))
                .collect(Collectors.toMap(LedgerFormat::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two ledgers named " + a.name());
                }, LinkedHashMap::new));
        this.keys = keys;
        this.rowTx = new TransactionTemplate(transactions);
        this.rowTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.messages = messages;
    }

    @Override
    public ImportReport importFile(String ledgerName, MultipartFile file) {
        LedgerFormat<?> format = ledger(ledgerName);
        Path received = receive(file);
        try {
            return run(format, prepare(format, received), ImportProgress.NONE);
        } finally {
            delete(received);
        }
    }

    @Override
    public List<LedgerFormat<?>> permitted() {
        return formats.values().stream().filter(f -> mayImport(f)).toList();
    }

    @Override
    public LedgerFormat<?> ledger(String ledgerName) {
        LedgerFormat<?> format = formats.get(ledgerName);
        if (format == null) {
            throw new NotFound("ledger", ledgerName);
        }
        if (!mayImport(format)) {
            throw new AccessDenied("error.forbidden");
        }
        return format;
    }

    /** Copies an upload to a temporary file, since a ledger is read more than once (header, count, rows). */
    Path receive(MultipartFile file) {
        try {
            Path tmp = Files.createTempFile("ledger", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", file, e.toString());
        }
    }

    /**
     * Opens the file and checks its header: not CSV or XLSX is {@link org.fazhi.ledger.UnsupportedLedgerFile},
     * missing required headers a {@link RuleViolation} naming them.
     */
    Prepared prepare(LedgerFormat<?> format, Path file) {
        try {
            LedgerSheet sheet = LedgerSheet.open(file);
            List<String> header = sheet.header();
            if (header.stream().allMatch(h -> h == null || h.isBlank())) {
                throw new RuleViolation("ledger.file.empty");
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i) == null ? "" : LedgerValues.normalise(header.get(i).replace("\uFEFF", ""));
                positions.putIfAbsent(h, i);
            }
            Map<String, Integer> columnAt = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (LedgerColumn c : format.columns()) {
                Integer at = positions.get(LedgerValues.normalise(c.name()));
                if (at != null) {
                    columnAt.put(c.name(), at);
                } else if (c.required()) {
                    missing.add(c.name());
                }
            }
            if (!missing.isEmpty()) {
                throw new RuleViolation("ledger.headers.missing", String.join("、", missing));
            }
            return new Prepared(sheet, columnAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An opened file whose header fits its ledger: where each declared column is. */
    record Prepared(LedgerSheet sheet, Map<String, Integer> columnAt) {
    }

    /**
     * Rows imported in one transaction. A chunk whose save fails anywhere is rolled back and imported again row by row,
     * each row in its own transaction, so a bad row still costs only itself; a chunk of good rows shares one commit
     * (one lock of the audit chain head, batched inserts), which is what makes a 100,000-row ledger fast.
     */
    static final int CHUNK = 200;

    /** A data row as read from the file, kept so that a failed chunk can be replayed row by row. */
    private record RawRow(long number, Map<String, String> cells) {
    }

    /** What became of one row, and its problems. */
    private record RowResult(Outcome outcome, List<Rejection> problems) {
    }

    /** Imports every data row of a prepared file. */
    <T> ImportReport run(LedgerFormat<T> format, Prepared file, ImportProgress progress) {
        return run(format, file, progress, CHUNK);
    }

    /** Imports every data row of a prepared file, {@code chunkSize} rows to a transaction. */
    <T> ImportReport run(LedgerFormat<T> format, Prepared file, ImportProgress progress, int chunkSize) {
        int[] counts = new int[2];
        List<Rejection> rejected = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        List<RawRow> chunk = new ArrayList<>(chunkSize);
        java.util.function.Consumer<List<RawRow>> flush = rows -> {
            for (RowResult r : importChunk(format, rows, locale)) {
                if (r.outcome() == Outcome.IMPORTED) {
                    counts[0]++;
                } else if (r.outcome() == Outcome.SKIPPED) {
                    counts[1]++;
                }
                rejected.addAll(r.problems());
                progress.rowDone(r.outcome(), r.problems());
            }
            progress.chunkDone();
            rows.clear();
        };
        try {
            progress.started(file.sheet().countDataRows());
            file.sheet().read((number, cells) -> {
                if (number == 1) {
                    return true;
                }
                if (progress.cancelled()) {
                    return false;
                }
                chunk.add(new RawRow(number, cellsOf(cells, file.columnAt())));
                if (chunk.size() >= chunkSize) {
                    flush.accept(chunk);
                }
                return true;
            });
            if (!chunk.isEmpty() && !progress.cancelled()) {
                flush.accept(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportReport(counts[0], counts[1], List.copyOf(rejected));
    }

    /**
     * The chunk in one transaction; if any save fails, the rows again one by one. The chunk's rows are read first, so
     * that their keys are checked against the imported ones in one statement and remembered in one batch; the saves
     * then follow in file order. A row rejected on that first reading is read again at its turn, after the rows before
     * it are saved, in case it depends on them.
     */
    private <T> List<RowResult> importChunk(LedgerFormat<T> format, List<RawRow> rows, Locale locale) {
        try {
            return rowTx.execute(tx -> saveChunk(format, rows, locale));
        } catch (RuntimeException e) {
            log.debug("chunk of ledger {} from row {} replayed row by row: {}", format.name(), rows.get(0).number(),
                    e.toString());
        }
        List<RowResult> out = new ArrayList<>(rows.size());
        for (RawRow raw : rows) {
            List<Rejection> problems = new ArrayList<>();
            Outcome outcome = importRow(format, new LedgerRow(raw.number(), raw.cells(), format.columns()), problems,
                    locale);
            out.add(new RowResult(outcome, problems));
        }
        return out;
    }

    /** A row of a chunk after its first reading: its command and key when it read without problems. */
    private record ReadRow<T>(RawRow raw, LedgerRow row, Outcome outcome, T command, LedgerKey key) {
    }

    private <T> List<RowResult> saveChunk(LedgerFormat<T> format, List<RawRow> rows, Locale locale) {
        List<ReadRow<T>> read = new ArrayList<>(rows.size());
        List<LedgerKey> readKeys = new ArrayList<>(rows.size());
        for (RawRow raw : rows) {
            LedgerRow row = new LedgerRow(raw.number(), raw.cells(), format.columns());
            if (row.blank()) {
                read.add(new ReadRow<>(raw, row, Outcome.BLANK, null, null));
                continue;
            }
            T command = format.read(row);
            row.requireFilled();
            if (row.hasProblems()) {
                read.add(new ReadRow<>(raw, row, Outcome.REJECTED, null, null));
                continue;
            }
            LedgerKey key = format.keyOf(command);
            readKeys.add(key);
            read.add(new ReadRow<>(raw, row, Outcome.IMPORTED, command, key));
        }
        Set<LedgerKey> toSave = keys.claim(format.name(), readKeys, currentUser());
        List<T> commands = new ArrayList<>(toSave.size());
        for (ReadRow<T> r : read) {
            if (r.outcome() == Outcome.IMPORTED && toSave.contains(r.key())) {
                commands.add(r.command());
            }
        }
        format.beforeSaving(commands);
        List<RowResult> out = new ArrayList<>(rows.size());
        for (ReadRow<T> r : read) {
            if (r.outcome() == Outcome.REJECTED) {
                LedgerRow again = new LedgerRow(r.raw().number(), r.raw().cells(), format.columns());
                out.add(new RowResult(readAndSave(format, again), rejections(again, locale)));
            } else if (r.outcome() == Outcome.BLANK) {
                out.add(new RowResult(Outcome.BLANK, List.of()));
            } else if (toSave.remove(r.key())) {
                format.save(r.command());
                out.add(new RowResult(Outcome.IMPORTED, List.of()));
            } else {
                out.add(new RowResult(Outcome.SKIPPED, List.of()));
            }
        }
        return out;
    }

    /** Reads, checks and saves one row inside the current transaction; a row with problems writes nothing. */
    private <T> Outcome readAndSave(LedgerFormat<T> format, LedgerRow row) {
        if (row.blank()) {
            return Outcome.BLANK;
        }
        T command = format.read(row);
        row.requireFilled();
        if (row.hasProblems()) {
            return Outcome.REJECTED;
        }
        LedgerKey key = format.keyOf(command);
        if (keys.claim(format.name(), List.of(key), currentUser()).isEmpty()) {
            return Outcome.SKIPPED;
        }
        format.save(command);
        return Outcome.IMPORTED;
    }

    private List<Rejection> rejections(LedgerRow row, Locale locale) {
        return row.problems().stream().map(p -> new Rejection(row.number(), p.column(),
                message(locale, p.messageKey(), p.args()))).toList();
    }

    private <T> Outcome importRow(LedgerFormat<T> format, LedgerRow row, List<Rejection> problems, Locale locale) {
        if (row.blank()) {
            return Outcome.BLANK;
        }
        try {
            Outcome outcome = rowTx.execute(tx -> {
                Outcome o = readAndSave(format, row);
                if (o == Outcome.REJECTED) {
                    tx.setRollbackOnly();
                }
                return o;
            });
            problems.addAll(rejections(row, locale));
            return outcome;
        } catch (DuplicateKeyException e) {
            // the same row imported at the same moment by another import: it is there now
            return Outcome.SKIPPED;
        } catch (RuleViolation e) {
            if (e.problems().isEmpty()) {
                problems.add(new Rejection(row.number(), null, message(locale, e.messageKey(), e.args())));
            }
            e.problems().forEach(p -> problems.add(new Rejection(row.number(), format.columnOf(p.field()),
                    message(locale, p.messageKey(), p.args()))));
        } catch (AccessDenied e) {
            problems.add(new Rejection(row.number(), null, message(locale, e.messageKey())));
        } catch (NotFound e) {
            problems.add(new Rejection(row.number(), null, message(locale, "ledger.row.notFound")));
        } catch (DataIntegrityViolationException e) {
            problems.add(new Rejection(row.number(), null, message(locale, "ledger.row.conflict")));
        } catch (RuntimeException e) {
            log.error("row {} of ledger {} failed", row.number(), format.name(), e);
            problems.add(new Rejection(row.number(), null, message(locale, "ledger.row.failed")));
        }
        return Outcome.REJECTED;
    }

    private static Map<String, String> cellsOf(List<String> cells, Map<String, Integer> columnAt) {
        Map<String, String> out = new HashMap<>();
        columnAt.forEach((name, at) -> out.put(name, at < cells.size() ? cells.get(at) : null));
        return out;
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean mayImport(LedgerFormat<?> format) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> format.authorities().contains(a.getAuthority()));
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
