package org.fazhi.support.nodes;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A load balancer on loopback, as small as one can be and still be honest: every HTTP request goes to the next node in
 * turn (round robin), on a connection of its own, so a client's successive requests land on alternate nodes even when
 * it keeps its connection alive. A node taken out ({@link Backend#up}) or refusing connections is passed over, as a
 * balancer with a readiness check does. Each response names the node that served it in {@value #SERVED_BY}.
 * <p>
 * HTTP/1.1 only, requests with a {@code Content-Length} body (what {@link java.net.http.HttpClient} sends); each
 * request is forwarded with {@code Connection: close}, so the node closes after its response and the client, seeing
 * the same header, opens a new connection for its next request.
 */
public final class LoopbackBalancer implements AutoCloseable {

    public static final String SERVED_BY = "X-Served-By";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "upgrade", "http2-settings",
            "proxy-connection");
    private static final int MAX_HEAD = 64 * 1024;

    /** A node behind the balancer: its name, its port, and whether the balancer sends it requests. */
    public static final class Backend {
        final String name;
        final int port;
        volatile boolean up = true;

        public Backend(String name, int port) {
            this.name = name;
            this.port = port;
        }

        public void up(boolean up) {
            this.up = up;
        }
    }

    private final List<Backend> backends;
    private final ServerSocket server;
    private final AtomicInteger turn = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "balancer");
        t.setDaemon(true);
        return t;
    });

    public LoopbackBalancer(List<Backend> backends) throws IOException {
        this.backends = List.copyOf(backends);
        this.server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        workers.submit(this::acceptAll);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            String requestHead = readHead(fromClient);
            if (requestHead == null) {
                return;
            }
            Served upstream = connect();
            try (Socket node = upstream.socket()) {
                OutputStream toNode = node.getOutputStream();
                toNode.write(withConnectionClose(requestHead, null).getBytes(StandardCharsets.ISO_8859_1));
                toNode.flush();
                // the request body, as far as the client sends one, while the response is relayed below
                workers.submit(() -> relay(fromClient, toNode));
                InputStream fromNode = new BufferedInputStream(node.getInputStream());
                String responseHead = readHead(fromNode);
                if (responseHead == null) {
                    return;
                }
                OutputStream toClient = client.getOutputStream();
                toClient.write(withConnectionClose(responseHead, upstream.name()).getBytes(StandardCharsets.ISO_8859_1));
                fromNode.transferTo(toClient);
                toClient.flush();
            }
        } catch (IOException e) {
            // the client or the node went away (a node killed on purpose): the client sees its connection end
        }
    }

    private record Served(String name, Socket socket) {
    }

    /** The next node in turn that is up and accepts the connection. */
    private Served connect() throws IOException {
        IOException last = new IOException("no node is up");
        int first = Math.floorMod(turn.getAndIncrement(), backends.size());
        for (int i = 0; i < backends.size(); i++) {
            Backend b = backends.get((first + i) % backends.size());
            if (!b.up) {
                continue;
            }
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 2_000);
                return new Served(b.name, s);
            } catch (IOException e) {
                s.close();
                last = e;
            }
        }
        throw last;
    }

    private static void relay(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exchange ended
        }
    }

    /** The request or status line and headers up to the empty line, or null at once at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("the head ended early");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("head too large");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The head without hop-by-hop headers, with {@code Connection: close} and, for a response, the node's name. */
    private static String withConnectionClose(String head, String servedBy) {
        List<String> lines = List.of(head.substring(0, head.length() - 4).split("\r\n"));
        String kept = lines.stream().skip(1).filter(l -> {
            int colon = l.indexOf(':');
            return colon < 0 || !HOP_BY_HOP.contains(l.substring(0, colon).strip().toLowerCase(Locale.ROOT));
        }).collect(Collectors.joining("\r\n"));
        return lines.get(0) + "\r\n" + (kept.isEmpty() ? "" : kept + "\r\n") + "Connection: close\r\n"
                + (servedBy == null ? "" : SERVED_BY + ": " + servedBy + "\r\n") + "\r\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }
}
