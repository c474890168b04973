package io.videogen.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.videogen.application.port.out.WebhookDeliveries.Attempt;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP server on loopback, with plain Vert.x (no Quarkus). */
class PinnedWebhookSenderTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private final CountDownLatch testOver = new CountDownLatch(1);
    private int port;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            paths.add(exchange.getRequestURI().toString());
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            switch (exchange.getRequestURI().getPath()) {
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/slow" -> {
                    // answers only when the test is over: the sender must give up first
                    awaitQuietly(testOver);
                    exchange.sendResponseHeaders(200, -1);
                }
                case "/chatty" -> {
                    byte[] big = new byte[4 * 1024 * 1024];
                    exchange.sendResponseHeaders(200, big.length);
                    try {
                        exchange.getResponseBody().write(big);
                    } catch (IOException closedByClient) {
                        // the sender hangs up once it has the status
                    }
                }
                default -> exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        testOver.countDown();
        server.stop(0);
        vertx.close();
    }

    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostName() {
        // the name does not resolve anywhere: only the pinned address can have carried the request
        URI url = URI.create("http://hooks.videogen.invalid:" + port + "/in?source=test");

        Attempt attempt = sender(config(true)).send(url, InetAddress.getLoopbackAddress(),
                Map.of("Videogen-Signature", "v1=abc"), "{\"a\":1}").await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).hasValue(204);
        assertThat(hosts).containsExactly("hooks.videogen.invalid:" + port);
        assertThat(paths).containsExactly("/in?source=test");
        assertThat(bodies).containsExactly("{\"a\":1}");
    }

    @Test
    void aRedirectIsReportedNotFollowed() {
        Attempt attempt = sender(config(true)).post(URI.create("http://127.0.0.1:" + port + "/moved"), Map.of(), "{}")
                .await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).hasValue(302);
        assertThat(paths).containsExactly("/moved");
    }

    @Test
    void aLoopbackCallbackIsRefusedUnlessAllowed() {
        Attempt attempt = sender(config(false)).post(URI.create("http://localhost:" + port + "/in"), Map.of(), "{}")
                .await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).isEmpty();
        assertThat(attempt.error()).hasValueSatisfying(error -> assertThat(error)
                .isEqualTo("refused: callback host localhost resolves to 127.0.0.1, a loopback address; "
                        + "webhooks go only to public addresses"));
        assertThat(attempt.refused()).isTrue();
        assertThat(paths).isEmpty();
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAnUnansweredAttempt() {
        Attempt attempt = sender(config(true, Duration.ofMillis(500)))
                .post(URI.create("http://127.0.0.1:" + port + "/slow"), Map.of(), "{}")
                .await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).isEmpty();
        assertThat(attempt.error()).isPresent();
    }

    @Test
    void aLargeAnswerIsNotRead() {
        Attempt attempt = sender(config(true)).post(URI.create("http://127.0.0.1:" + port + "/chatty"), Map.of(), "{}")
                .await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).hasValue(200);
    }

    @Test
    void aClosedPortIsAnUnansweredAttempt() throws IOException {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        Attempt attempt = sender(config(true)).post(URI.create("http://127.0.0.1:" + closed + "/in"), Map.of(), "{}")
                .await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.responseCode()).isEmpty();
        assertThat(attempt.error()).isPresent();
    }

    private PinnedWebhookSender sender(WebhookConfig config) {
        return new PinnedWebhookSender(vertx, new CallbackResolver(vertx, config), config);
    }

    private static WebhookConfig config(boolean allowPrivate) {
        return config(allowPrivate, Duration.ofSeconds(5));
    }

    private static WebhookConfig config(boolean allowPrivate, Duration readTimeout) {
        return new WebhookConfig() {
            @Override
            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration readTimeout() {
                return readTimeout;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int batchSize() {
                return 1;
            }

            @Override
            public int maxAttempts() {
                return 1;
            }

            @Override
            public Duration backoffBase() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration backoffCap() {
                return Duration.ofSeconds(1);
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
