package org.fazhi.support.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One platform node as an operator runs it: a JVM of its own, started with the platform's main class on the compiled
 * classes and their dependencies (the test's class path without the test classes), configured only through the
 * documented environment variables, its output appended to a log file that is kept for diagnosis.
 */
public final class PlatformNode {

    private static final String MAIN = "org.fazhi.FazhiApplication";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** A node named {@code name} (its {@code FAZHI_NODE_ID}) on a free port, working in {@code workDir}. */
    public PlatformNode(String name, Map<String, String> environment, Path workDir) {
        this.name = name;
        this.port = freePort();
        this.environment = environment;
        this.workDir = workDir;
        this.log = workDir.resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Launches the JVM; returns at once (see {@link #awaitReady()}). */
    public void start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-Dfile.encoding=UTF-8", "-cp", applicationClassPath(), MAIN, "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("FAZHI_NODE_ID", name);
        try {
            Files.createDirectories(workDir);
            Files.writeString(log, "\n===== " + name + " started on port " + port + " =====\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
            // a test JVM ended by the build (timeout, kill) runs no @AfterAll: the node must not outlive it
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, name + "-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the readiness probe answers UP; fails with the end of the log when the node stops or is late. */
    public void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + tail());
            }
            if (ready()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN + ":\n" + tail());
    }

    private boolean ready() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9: the JVM ends at once, no shutdown hook or handler runs. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The last lines of the node's log. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The test's class path without test classes: the compiled application and its dependencies. */
    static String applicationClassPath() {
        String separator = System.getProperty("path.separator");
        return Arrays.stream(System.getProperty("java.class.path").split(separator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(separator));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
