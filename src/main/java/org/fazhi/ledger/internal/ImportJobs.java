package org.fazhi.ledger.internal;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.Rejection;
import org.fazhi.ledger.internal.ImportJob.State;
import org.fazhi.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports run in the background for the import page: the file's type and header are checked at once (so the user
 * hears about a wrong file immediately), then the rows are imported on a worker thread of the node that received the
 * file (the upload is a temporary file there), signed in as the user, with the user's data scope and language.
 * <p>
 * The job and its progress are rows of the database, so a page served by any node of a cluster follows it. The node
 * running a job tells so every {@link #HEARTBEAT}; a live job whose node has been silent for {@link #SILENCE}, or
 * whose node starts again, is marked {@link State#INTERRUPTED}: the chunks committed before stay (each chunk is one
 * transaction, see {@link LedgerImportService#CHUNK}), and importing the same file again skips them by their keys.
 * Ended jobs are kept for a day.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** Four heartbeats missed: the node is gone (or stalled so long that its import is given up). */
    static final Duration SILENCE = Duration.ofMinutes(2);
    private static final Duration KEEP = Duration.ofDays(1);

    private final LedgerImportService imports;
    private final ImportJobStore store;
    private final Clock clock;
    private final String nodeId;
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    @Autowired
    ImportJobs(LedgerImportService imports, ImportJobStore store, Clock clock, Environment env) {
        this(imports, store, clock, nodeId(env));
    }

    ImportJobs(LedgerImportService imports, ImportJobStore store, Clock clock, String nodeId) {
        this.imports = imports;
        this.store = store;
        this.clock = clock;
        this.nodeId = nodeId;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ledger-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int interrupted = store.interruptNode(nodeId, clock.instant());
        if (interrupted > 0) {
            log.warn("{} import(s) of node {} marked interrupted: the node started again", interrupted, nodeId);
        }
    }

    /**
     * This node's name in the jobs table: {@code fazhi.node-id}, else host name and port. A node started again under
     * the same name marks its unfinished jobs interrupted at once; under another name, the silence sweep does.
     */
    static String nodeId(Environment env) {
        String configured = env.getProperty("fazhi.node-id");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host = System.getenv("HOSTNAME");
        try {
            host = host == null || host.isBlank() ? InetAddress.getLocalHost().getHostName() : host;
        } catch (java.io.IOException e) {
            host = "node-" + UUID.randomUUID();
        }
        return host + ":" + env.getProperty("server.port", "8080");
    }

    /** Checks the file and starts importing it; 404/403/415/422 as {@link org.fazhi.ledger.LedgerImports}. */
    public ImportJob start(String ledgerName, MultipartFile file) {
        LedgerFormat<?> format = imports.ledger(ledgerName);
        Path received = imports.receive(file);
        LedgerImportService.Prepared prepared;
        try {
            prepared = imports.prepare(format, received);
        } catch (RuntimeException e) {
            LedgerImportService.delete(received);
            throw e;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String id = UUID.randomUUID().toString();
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        store.create(id, currentUser(), format.name(), fileName, locale.toLanguageTag(), nodeId, clock.instant());
        live.add(id);
        workers.submit(new DelegatingSecurityContextRunnable(() -> run(id, format, prepared, received, locale)));
        return get(id);
    }

    private void run(String id, LedgerFormat<?> format, LedgerImportService.Prepared prepared, Path received,
                     Locale locale) {
        LocaleContextHolder.setLocale(locale);
        State end = State.DONE;
        try {
            imports.run(format, prepared, progressOf(id));
        } catch (RuntimeException e) {
            end = State.FAILED;
            log.error("import {} into {} failed", id, format.name(), e);
        } finally {
            LedgerImportService.delete(received);
            live.remove(id);
            store.finish(id, end, clock.instant());
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The progress of a job this node runs, written to its row. */
    ImportProgress progressOf(String id) {
        return new Tracker(id);
    }

    /** The caller's job, or 404. */
    public ImportJob get(String id) {
        return store.find(id).filter(j -> j.owner().equals(currentUser()))
                .orElseThrow(() -> new NotFound("import", id));
    }

    /** Asks the node running the job to stop after its current chunk. */
    public void cancel(String id) {
        store.requestCancel(get(id).id());
    }

    /** The caller's jobs, newest first. */
    public List<ImportJob> mine() {
        return store.ownedBy(currentUser());
    }

    /** Tells that this node's jobs live, marks interrupted those of silent nodes, forgets jobs ended a day ago. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    public void sweep() {
        var now = clock.instant();
        store.heartbeat(live, now);
        int interrupted = store.interruptSilentSince(now.minus(SILENCE), now);
        if (interrupted > 0) {
            log.warn("{} import(s) marked interrupted: their node stopped", interrupted);
        }
        store.forgetEndedBefore(now.minus(KEEP));
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    /** On a clean stop, the jobs still running end as interrupted at once rather than after the silence. */
    @PreDestroy
    void stop() {
        workers.shutdownNow();
        try {
            live.forEach(id -> store.finish(id, State.INTERRUPTED, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("could not mark the running imports interrupted: {}", e.toString());
        }
    }

    /** Counts the rows of a running job and writes them, with the rejections, after each committed chunk. */
    private final class Tracker implements ImportProgress {

        private final String id;
        private long read;
        private int imported;
        private int skipped;
        private int written;
        private final Set<Long> rejectedRows = new HashSet<>();
        private final List<Rejection> pending = new ArrayList<>();
        private volatile boolean stop;

        Tracker(String id) {
            this.id = id;
        }

        @Override
        public void started(long totalRows) {
            stop = !store.running(id, totalRows, clock.instant());
        }

        @Override
        public void rowDone(Outcome outcome, List<Rejection> rejections) {
            read++;
            if (outcome == Outcome.IMPORTED) {
                imported++;
            } else if (outcome == Outcome.SKIPPED) {
                skipped++;
            }
            pending.addAll(rejections);
            rejections.forEach(r -> rejectedRows.add(r.row()));
        }

        @Override
        public void chunkDone() {
            stop = store.progress(id, read, imported, skipped, rejectedRows.size(), written, pending, clock.instant());
            written += pending.size();
            pending.clear();
        }

        @Override
        public boolean cancelled() {
            return stop;
        }
    }
}
