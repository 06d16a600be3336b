package org.fazhi.files.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.files.FileStore;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-reads every stored content and compares it with its SHA-256, so silent damage (disk faults, tampering) is found
 * before the file is needed as evidence. A mismatch or a missing content is logged at ERROR, flags every attachment
 * with that content as corrupt (an audited change) and shows in the metrics {@code fazhi.files.corrupt} (attachments
 * currently flagged) and {@code fazhi.files.corruption.detected} (newly found mismatches).
 */
@Component
public class HashVerificationJob {

    private static final Logger log = LoggerFactory.getLogger(HashVerificationJob.class);
    private static final int PAGE = 200;

    private final AttachmentRepository attachments;
    private final FileStore store;
    private final TransactionTemplate tx;
    private final AtomicLong corruptNow = new AtomicLong();
    private final Counter detected;

    HashVerificationJob(AttachmentRepository attachments, FileStore store, TransactionTemplate tx,
                        MeterRegistry meters) {
        this.attachments = attachments;
        this.store = store;
        this.tx = tx;
        Gauge.builder("fazhi.files.corrupt", corruptNow, AtomicLong::get)
                .description("attachments whose stored content does not match their SHA-256").register(meters);
        this.detected = Counter.builder("fazhi.files.corruption.detected")
                .description("stored contents found not to match their SHA-256").register(meters);
    }

    /** What one run found. */
    public record Outcome(int contentsChecked, Set<String> corruptContents, long corruptAttachments) {
    }

    @Scheduled(cron = "${fazhi.files.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "files.verifyHashes", lockAtMostFor = "PT6H")
    public void nightly() {
        verifyStoredHashes();
    }

    /** Checks every stored content once; runs as the platform, since damage anywhere concerns everyone. */
    public Outcome verifyStoredHashes() {
        return DataScope.asSystem(this::verifyAll);
    }

    private Outcome verifyAll() {
        Set<String> bad = new HashSet<>();
        int checked = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> hashes = tx.execute(s -> attachments.hashesAfter(from, Limit.of(PAGE)));
            if (hashes == null || hashes.isEmpty()) {
                break;
            }
            Set<String> badHere = new HashSet<>();
            for (String sha : hashes) {
                if (!intact(sha)) {
                    badHere.add(sha);
                }
            }
            tx.executeWithoutResult(s -> attachments.findBySha256In(hashes).forEach(a -> {
                boolean intact = !badHere.contains(a.getSha256());
                if (!intact && !a.isCorrupt()) {
                    detected.increment();
                }
                a.verified(intact);
            }));
            bad.addAll(badHere);
            checked += hashes.size();
            after = hashes.get(hashes.size() - 1);
        }
        long flagged = tx.execute(s -> attachments.countByCorruptTrue());
        corruptNow.set(flagged);
        log.info("verified {} stored contents: {} damaged or missing", checked, bad.size());
        return new Outcome(checked, Set.copyOf(bad), flagged);
    }

    private boolean intact(String sha256) {
        try (InputStream in = store.open(sha256)) {
            boolean intact = Sha256.of(in).hex().equals(sha256);
            if (!intact) {
                log.error("stored content {} does not match its SHA-256: the file was changed or damaged", sha256);
            }
            return intact;
        } catch (NoSuchFileException e) {
            log.error("stored content {} is missing from the file store", sha256);
            return false;
        } catch (IOException e) {
            log.error("stored content {} cannot be read: {}", sha256, e.toString());
            return false;
        }
    }
}
