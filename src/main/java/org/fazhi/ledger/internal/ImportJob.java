package org.fazhi.ledger.internal;

import java.time.Instant;
import java.util.List;
import org.fazhi.ledger.Rejection;

/**
 * 导入任务 — an import running in the background, as its row of {@code ledger_import_job} shows it: any node reads
 * the same progress; only the user who started it sees it.
 *
 * @param language BCP 47 tag of the language the rejection reasons were written in (the importer's, at the start)
 * @param rejected the rejected rows; empty in lists, which show only their number
 */
public record ImportJob(String id, String owner, String ledger, String fileName, String language, State state,
                        long total, long processed, int imported, int skipped, int rejectedRows,
                        boolean cancelRequested, String nodeId, Instant heartbeatAt, Instant startedAt,
                        Instant finishedAt, List<Rejection> rejected) {

    /** Where a job stands. QUEUED and RUNNING live on the node that received the file; the others are final. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED,
        /** The node running it stopped (restart, crash): the chunks committed before stay, the rest was not read. */
        INTERRUPTED;

        public boolean isFinal() {
            return this != QUEUED && this != RUNNING;
        }
    }

    public String getId() {
        return id;
    }

    public String getLedger() {
        return ledger;
    }

    public String getFileName() {
        return fileName;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getTotal() {
        return total;
    }

    public long getProcessed() {
        return processed;
    }

    public int getImported() {
        return imported;
    }

    public int getSkipped() {
        return skipped;
    }

    public List<Rejection> getRejected() {
        return rejected;
    }

    /** Rows rejected (a row with several problems counts once). */
    public long getRejectedRows() {
        return rejectedRows;
    }

    public boolean isDone() {
        return state.isFinal();
    }

    /** Stopped at the user's request before the last row. */
    public boolean isCancelled() {
        return state == State.DONE && cancelRequested && processed < total;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    public boolean isInterrupted() {
        return state == State.INTERRUPTED;
    }
}
