package org.fazhi.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the modules' demo data in two lanes: the contributors that {@linkplain DemoDataContributor#standsAlone stand
 * alone} on a second thread, the others in order on the calling thread, then, once both are done, the contributors that
 * sum up ({@link DemoDataContributor#SUMMING_UP} and above). Each record is still its own transaction through its
 * module's services; the two lanes meet only at the audit chain's head, which serialises their commits. A failure in
 * either lane fails the load, as it did when all ran in one.
 */
final class DemoLoad {

    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

    private DemoLoad() {
    }

    static void run(List<DemoDataContributor> contributors, RunAs runAs, DemoCalendar dates) {
        List<DemoDataContributor> sorted = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        List<DemoDataContributor> beside = sorted.stream()
                .filter(c -> c.standsAlone() && c.order() < DemoDataContributor.SUMMING_UP).toList();
        List<DemoDataContributor> inOrder = sorted.stream()
                .filter(c -> !beside.contains(c) && c.order() < DemoDataContributor.SUMMING_UP).toList();
        List<DemoDataContributor> summingUp = sorted.stream()
                .filter(c -> c.order() >= DemoDataContributor.SUMMING_UP).toList();
        ExecutorService second = Executors.newSingleThreadExecutor(r -> new Thread(r, "demo-data"));
        try {
            CompletableFuture<Void> lane = CompletableFuture.runAsync(
                    () -> DataScope.asSystem(() -> load(beside, runAs, dates)), second);
            try {
                load(inOrder, runAs, dates);
            } catch (RuntimeException | Error e) {
                lane.handle((done, failure) -> null).join();
                throw e;
            }
            join(lane);
        } finally {
            second.shutdown();
        }
        load(summingUp, runAs, dates);
    }

    private static void load(List<DemoDataContributor> contributors, RunAs runAs, DemoCalendar dates) {
        for (DemoDataContributor c : contributors) {
            long t0 = System.nanoTime();
            c.load(runAs, dates);
            log.debug("demo data of {}: {} ms", c.getClass().getSimpleName(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static void join(CompletableFuture<Void> lane) {
        try {
            lane.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
