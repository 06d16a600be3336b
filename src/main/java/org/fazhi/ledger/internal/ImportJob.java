package org.fazhi.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.ledger.Rejection;

/** An import running in the background, followed by its progress bar; only the user who started it sees it. */
public final class ImportJob implements ImportProgress {

    private final String id;
    private final String ledger;
    private final String fileName;
    private final String owner;
    private final Instant startedAt;
    /** The language the rejection reasons were written in: the importer's, when the import started. */
    private final String language;
    private volatile long total;
    private volatile long processed;
    private volatile int imported;
    private volatile int skipped;
    private final List<Rejection> rejected = new ArrayList<>();
    private volatile boolean cancelRequested;
    private volatile boolean done;
    private volatile boolean failed;
    private volatile Instant finishedAt;

    ImportJob(String id, String ledger, String fileName, String owner, Instant startedAt, Locale language) {
        this.id = id;
        this.language = language.toLanguageTag();
        this.ledger = ledger;
        this.fileName = fileName;
        this.owner = owner;
        this.startedAt = startedAt;
    }

    @Override
    public void started(long totalRows) {
        this.total = totalRows;
    }

    @Override
    public synchronized void rowDone(Outcome outcome, List<Rejection> rejections) {
        processed++;
        if (outcome == Outcome.IMPORTED) {
            imported++;
        } else if (outcome == Outcome.SKIPPED) {
            skipped++;
        }
        rejected.addAll(rejections);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    void cancel() {
        cancelRequested = true;
    }

    void finish(boolean withFailure, Instant at) {
        this.failed = withFailure;
        this.finishedAt = at;
        this.done = true;
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

    String owner() {
        return owner;
    }

    /** BCP 47 tag of the reasons' language, so a page in another language marks them as such. */
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

    public synchronized List<Rejection> getRejected() {
        return List.copyOf(rejected);
    }

    /** Rows rejected (a row with several problems counts once). */
    public synchronized long getRejectedRows() {
        return rejected.stream().mapToLong(Rejection::row).distinct().count();
    }

    public boolean isDone() {
        return done;
    }

    /** Stopped at the user's request before the last row. */
    public boolean isCancelled() {
        return done && cancelRequested && processed < total;
    }

    public boolean isFailed() {
        return failed;
    }
}
