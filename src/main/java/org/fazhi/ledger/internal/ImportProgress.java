package org.fazhi.ledger.internal;

import org.fazhi.ledger.Rejection;

/** Follows an import row by row (the background job's progress bar) and may ask it to stop. */
interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    default void started(long totalRows) {
    }

    default void rowDone(Outcome outcome, java.util.List<Rejection> rejections) {
    }

    /** The rows reported since the last call were committed (one chunk): a good moment to save the progress. */
    default void chunkDone() {
    }

    default boolean cancelled() {
        return false;
    }

    /** What became of one row. */
    enum Outcome { IMPORTED, SKIPPED, REJECTED, BLANK }
}
