package org.fazhi.ledger.internal;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports run in the background for the import page: the file's type and header are checked at once (so the user
 * hears about a wrong file immediately), then the rows are imported on a worker thread signed in as the user, with
 * the user's data scope and language. Jobs are kept in memory for a day after they end.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private final LedgerImportService imports;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    ImportJobs(LedgerImportService imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ledger-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks the file and starts importing it; 404/403/415/422 as {@link org.fazhi.ledger.LedgerImports}. */
    public ImportJob start(String ledgerName, MultipartFile file) {
        forgetOld();
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
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), format.name(), file.getOriginalFilename(),
                currentUser(), clock.instant(), locale);
        jobs.put(job.getId(), job);
        workers.submit(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            boolean failed = false;
            try {
                imports.run(format, prepared, job);
            } catch (RuntimeException e) {
                failed = true;
                log.error("import of {} into {} failed", job.getFileName(), job.getLedger(), e);
            } finally {
                LedgerImportService.delete(received);
                job.finish(failed, clock.instant());
                LocaleContextHolder.resetLocaleContext();
            }
        }));
        return job;
    }

    /** The caller's job, or 404. */
    public ImportJob get(String id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner().equals(currentUser())) {
            throw new NotFound("import", id);
        }
        return job;
    }

    public void cancel(String id) {
        get(id).cancel();
    }

    /** The caller's jobs, newest first. */
    public List<ImportJob> mine() {
        String me = currentUser();
        return jobs.values().stream().filter(j -> j.owner().equals(me))
                .sorted(Comparator.comparing(ImportJob::getStartedAt).reversed()).toList();
    }

    private void forgetOld() {
        var limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.isDone() && j.getFinishedAt().isBefore(limit));
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
