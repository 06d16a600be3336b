package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/**
 * Several nodes run the same scheduled jobs on one database; ShedLock's row in {@code shedlock} lets one of them run
 * each job, the others skip it. Tagged {@code nodes}: like the two-process test, it runs on PostgreSQL, the database
 * several nodes share.
 */
@Tag("nodes")
class ScheduledJobsRunOnceAcrossNodesTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void a_job_due_on_two_nodes_at_the_same_moment_runs_once() throws Exception {
        // two nodes: each its own lock provider, as the application configures it, over the same database
        List<LockingTaskExecutor> nodes = List.of(
                new DefaultLockingTaskExecutor(new SchedulingConfig().lockProvider(dataSource)),
                new DefaultLockingTaskExecutor(new SchedulingConfig().lockProvider(dataSource)));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch due = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LockingTaskExecutor node : nodes) {
                done.add(threads.submit(() -> {
                    due.await();
                    node.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        sleep(300);
                    }, new LockConfiguration(Instant.now(), "two-nodes-probe", Duration.ofMinutes(1),
                            Duration.ofSeconds(5)));
                    return null;
                }));
            }
            due.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(runs).hasValue(1);
    }

    @Test
    void every_scheduled_job_of_the_platform_is_locked_but_the_import_heartbeat_each_node_sends() {
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.fazhi.")) {
                continue;
            }
            for (Method m : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                if (m.isAnnotationPresent(Scheduled.class) && !m.isAnnotationPresent(SchedulerLock.class)) {
                    unlocked.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unlocked).containsExactly("ImportJobs.sweep");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
