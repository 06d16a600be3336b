package org.fazhi.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an imported ledger, by column name, collecting the problems found while it is read. Created by the
 * import facility; a {@link LedgerFormat} reads it.
 */
public final class LedgerRow {

    /** A problem of one cell: a message key and its arguments, or (for problems of the whole row) no column. */
    public record Problem(String column, String messageKey, Object... args) {
    }

    private final long number;
    private final Map<String, String> cells;
    private final Map<String, LedgerColumn> columns;
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /**
     * @param number the spreadsheet row number (the header is row 1)
     * @param cells  the cell texts by declared column name; absent or blank cells may be missing
     */
    public LedgerRow(long number, Map<String, String> cells, List<LedgerColumn> columns) {
        this.number = number;
        this.cells = cells;
        this.columns = new LinkedHashMap<>();
        columns.forEach(c -> this.columns.put(c.name(), c));
    }

    public long number() {
        return number;
    }

    /** The cell's text, trimmed; {@code null} when blank (a problem if the column is required). */
    public String text(String column) {
        return value(column, s -> s);
    }

    /**
     * The cell's value by {@code parser}; {@code null} when the cell is blank (a problem if the column is required)
     * or when the parser refuses the text (a problem naming why).
     */
    public <V> V value(String column, LedgerParser<V> parser) {
        LedgerColumn declared = columns.get(column);
        if (declared == null) {
            throw new IllegalArgumentException("not a column of this ledger: " + column);
        }
        String raw = cells.get(column);
        String text = raw == null ? null : raw.strip();
        if (text == null || text.isEmpty()) {
            if (declared.required()) {
                reject(column, "ledger.value.required");
            }
            return null;
        }
        try {
            return parser.parse(text);
        } catch (InvalidLedgerValue e) {
            reject(column, e.messageKey(), e.args());
            return null;
        }
    }

    /** Records a problem of a cell (or, with a {@code null} column, of the row); the first per column is kept. */
    public void reject(String column, String messageKey, Object... args) {
        problems.putIfAbsent(column == null ? "" : column, new Problem(column, messageKey, args));
    }

    /** Every required column left blank, whether or not the format read it. */
    public void requireFilled() {
        for (LedgerColumn c : columns.values()) {
            if (c.required()) {
                String raw = cells.get(c.name());
                if (raw == null || raw.isBlank()) {
                    reject(c.name(), "ledger.value.required");
                }
            }
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return new ArrayList<>(problems.values());
    }

    /** Whether every cell of the row is blank (such rows are passed over). */
    public boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
