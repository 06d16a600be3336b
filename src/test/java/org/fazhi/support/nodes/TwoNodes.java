package org.fazhi.support.nodes;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two platform nodes on one fresh PostgreSQL database of their own, behind a {@link LoopbackBalancer}, as the
 * operations guide describes a cluster: the same database, audit key and file store, a name per node. {@code node-a}
 * loads the demo data on the empty database; {@code node-b} is launched as soon as the first org unit is committed,
 * so it starts while the demo is loaded and finds an installation that is not empty (a node's first start acts only
 * on an empty org tree). Logs are kept under {@code target/nodes/}.
 */
public final class TwoNodes implements AutoCloseable {

    public static final String PASSWORD = "Test-Passw0rd";
    private static final Duration DEMO_BEGUN_WITHIN = Duration.ofMinutes(3);

    private final String url;
    private final JdbcTemplate jdbc;
    private final PlatformNode a;
    private final PlatformNode b;
    private final LoopbackBalancer.Backend backendA;
    private final LoopbackBalancer.Backend backendB;
    private final LoopbackBalancer balancer;

    private TwoNodes(String url, PlatformNode a, PlatformNode b) throws IOException {
        this.url = url;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD));
        this.a = a;
        this.b = b;
        this.backendA = new LoopbackBalancer.Backend(a.name(), a.port());
        this.backendB = new LoopbackBalancer.Backend(b.name(), b.port());
        this.balancer = new LoopbackBalancer(List.of(backendA, backendB));
    }

    /** Creates the database {@code <test database>_nodes} afresh and starts both nodes and the balancer. */
    public static TwoNodes start(Path dir) throws Exception {
        int query = TestDatabase.PG_URL.indexOf('?');
        String base = query < 0 ? TestDatabase.PG_URL : TestDatabase.PG_URL.substring(0, query);
        String url = base + "_nodes" + (query < 0 ? "" : TestDatabase.PG_URL.substring(query));
        String name = base.substring(base.lastIndexOf('/') + 1) + "_nodes";
        try (Connection c = admin()) {
            c.createStatement().execute("drop database if exists " + name + " with (force)");
            c.createStatement().execute("create database " + name);
        }
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.PG_USER);
        env.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PG_PASSWORD);
        env.put("FAZHI_AUDIT_KEY", "two-nodes-share-this-audit-key-0123456789");
        env.put("FAZHI_FILES_DIR", dir.resolve("files").toAbsolutePath().toString());
        env.put("FAZHI_DEMO_PASSWORD", PASSWORD);
        // every API call signs in with HTTP Basic: the lowest BCrypt cost keeps a hundred writers about the database
        env.put("FAZHI_SECURITY_BCRYPT_STRENGTH", "4");
        Map<String, String> withDemo = new HashMap<>(env);
        withDemo.put("FAZHI_DEMO_ENABLED", "true");
        env.put("FAZHI_DEMO_ENABLED", "false");
        PlatformNode a = new PlatformNode("node-a", withDemo, dir.resolve("node-a").toAbsolutePath());
        PlatformNode b = new PlatformNode("node-b", env, dir.resolve("node-b").toAbsolutePath());
        TwoNodes nodes = new TwoNodes(url, a, b);
        try {
            a.start();
            nodes.awaitDemoBegun(a);
            b.start();
            a.awaitReady();
            b.awaitReady();
            return nodes;
        } catch (Exception | Error e) {
            nodes.close();
            throw e;
        }
    }

    private void awaitDemoBegun(PlatformNode node) throws InterruptedException {
        long deadline = System.nanoTime() + DEMO_BEGUN_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.alive()) {
                throw new IllegalStateException(node.name() + " stopped while starting:\n" + node.tail());
            }
            try {
                Integer units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
                if (units != null && units > 0) {
                    return;
                }
            } catch (RuntimeException notMigratedYet) {
                // the table is created by the node's migrations
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(node.name() + " loaded no demo data within " + DEMO_BEGUN_WITHIN);
    }

    public PlatformNode a() {
        return a;
    }

    public PlatformNode b() {
        return b;
    }

    public PlatformNode named(String name) {
        if (a.name().equals(name)) {
            return a;
        }
        if (b.name().equals(name)) {
            return b;
        }
        throw new IllegalArgumentException(name);
    }

    /** The other node than {@code name}. */
    public String other(String name) {
        return named(name) == a ? b.name() : a.name();
    }

    public String baseUrl() {
        return balancer.baseUrl();
    }

    public int port() {
        return balancer.port();
    }

    /** The cluster's database, for what a test checks behind the platform's back. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** kill -9 of the node; the balancer stops sending it requests. */
    public void kill(String name) {
        backend(name).up(false);
        named(name).kill();
    }

    /** Starts the node again under the same name and sends it requests once it is ready. */
    public void restart(String name) {
        PlatformNode node = named(name);
        node.start();
        node.awaitReady();
        backend(name).up(true);
    }

    private LoopbackBalancer.Backend backend(String name) {
        return named(name) == a ? backendA : backendB;
    }

    private static Connection admin() throws SQLException {
        String server = TestDatabase.PG_URL.substring(0, TestDatabase.PG_URL.lastIndexOf('/'));
        return DriverManager.getConnection(server + "/postgres", TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
    }

    /** Stops the balancer and both nodes at once; the database and the logs are left for diagnosis. */
    @Override
    public void close() throws IOException {
        balancer.close();
        a.kill();
        b.kill();
    }

    @Override
    public String toString() {
        return "two nodes on " + url + " behind " + baseUrl();
    }
}
