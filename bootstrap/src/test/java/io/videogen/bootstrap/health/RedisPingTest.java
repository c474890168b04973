package io.videogen.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The Redis check against a closed port, and against a loopback socket that answers the way Redis
 * does (no Redis server is available to the build; the check's protocol is the few RESP lines below).
 */
class RedisPingTest {

    @Test
    void isDownWithTheAddressWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        HealthCheckResponse response = RedisPing.of("redis://localhost:" + port, Duration.ofSeconds(2)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get(Reasons.REASON).toString())
                .contains("Redis at localhost:" + port + " cannot be reached");
    }

    @Test
    void authenticatesThenPingsAndNeverShowsThePassword() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> heard = answer(server, "+OK", "+PONG");

            HealthCheckResponse response = RedisPing.of("redis://:s3cret-pass@localhost:" + server.getLocalPort(),
                    Duration.ofSeconds(2)).call();

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData().orElseThrow().toString()).doesNotContain("s3cret-pass");
            assertThat(heard.get(5, TimeUnit.SECONDS)).containsExactly(
                    "*2", "$4", "AUTH", "$11", "s3cret-pass", "*1", "$4", "PING");
        }
    }

    @Test
    void isDownWhenRedisAnswersWithAnError() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            answer(server, "-LOADING Redis is loading the dataset in memory");

            HealthCheckResponse response = RedisPing.of("redis://localhost:" + server.getLocalPort(),
                    Duration.ofSeconds(2)).call();

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow().get(Reasons.REASON).toString()).contains("LOADING");
        }
    }

    /** Accepts one connection, answers each command with the next reply, and reports the lines it read. */
    private static CompletableFuture<List<String>> answer(ServerSocket server, String... replies) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (Socket client = server.accept()) {
                client.setSoTimeout(5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream();
                for (String reply : replies) {
                    String header = in.readLine();
                    lines.add(header);
                    int parts = Integer.parseInt(header.substring(1));
                    for (int i = 0; i < parts * 2; i++) {
                        lines.add(in.readLine());
                    }
                    out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (Exception e) {
                lines.add("failed: " + e);
            }
            return lines;
        });
    }
}
