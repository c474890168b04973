package io.videogen.bootstrap.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on 127.0.0.1, as a customer would run one: each path answers with the
 * statuses it was given, in order (the last one repeats; 204 when none), and every request is kept.
 */
final class Receiver implements AutoCloseable {

    record Request(String path, String host, String timestamp, String signature, String eventId, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<Request>> received = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            queue(path).add(new Request(path, headers.getFirst("Host"), headers.getFirst("Videogen-Timestamp"),
                    headers.getFirst("Videogen-Signature"), headers.getFirst("Videogen-Event-Id"), body));
            int status = next(path);
            if (status / 100 == 3) {
                exchange.getResponseHeaders().add("Location", "/redirected" + path);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers the next requests to {@code path} with these statuses, one each; the last one repeats. */
    Receiver answer(String path, Integer... statuses) {
        answers.put(path, new ArrayDeque<>(java.util.List.of(statuses)));
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The next request to {@code path}, waiting for it as long as {@code patience}; null when none came. */
    Request next(String path, Duration patience) throws InterruptedException {
        return queue(path).poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The next request to {@code path}; fails, saying what was awaited and what did arrive, when none
     * came within {@code patience}.
     */
    Request expect(String path, Duration patience, String what) throws InterruptedException {
        Request request = next(path, patience);
        if (request == null) {
            throw new AssertionError("no request to " + path + " (" + what + ") reached the receiver within "
                    + patience + "; requests still unread per path: " + unread());
        }
        return request;
    }

    private Map<String, Integer> unread() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        received.forEach((path, queue) -> counts.put(path, queue.size()));
        return counts;
    }

    int count(String path) {
        return queue(path).size();
    }

    private BlockingQueue<Request> queue(String path) {
        return received.computeIfAbsent(path, ignored -> new LinkedBlockingQueue<>());
    }

    private synchronized int next(String path) {
        Deque<Integer> statuses = answers.get(path);
        if (statuses == null || statuses.isEmpty()) {
            return 204;
        }
        return statuses.size() == 1 ? statuses.peek() : statuses.poll();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
