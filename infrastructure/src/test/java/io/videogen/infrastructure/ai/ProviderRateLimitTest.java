package io.videogen.infrastructure.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.redis.RedisTokenBuckets;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Two instances of the service, each with its own Redis connection, share one provider's request limit. */
class ProviderRateLimitTest {

    private final ProviderTestKit kit = new ProviderTestKit();
    private RedisServer redis;
    private Vertx vertx;
    private Redis first;
    private Redis second;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"").build();
        redis.start();
        vertx = Vertx.vertx();
        RedisOptions options = new RedisOptions().setConnectionString("redis://127.0.0.1:" + port);
        first = Redis.createClient(vertx, options);
        second = Redis.createClient(vertx, options);
    }

    @AfterEach
    void stop() throws IOException {
        first.close();
        second.close();
        vertx.closeAndAwait();
        redis.stop();
        kit.close();
    }

    @Test
    void aFleetSendsNoMoreThanTheProvidersLimit() {
        kit.server.stubFor(post(urlEqualTo("/v1/images/generations")).willReturn(okJson("{}")));
        Resilience noRetries = new Resilience(Duration.ofSeconds(2), 0, Duration.ofMillis(10), Duration.ofMillis(40),
                Duration.ofSeconds(3), 100, 0.5, Duration.ofSeconds(1), 4, 4);
        ProviderGuard instanceA = guard(RedisAPI.api(first), noRetries);
        ProviderGuard instanceB = guard(RedisAPI.api(second), noRetries);
        ProviderSettings settings = kit.settings("vendor", Map.of(Capability.IMAGE, "gpt-image-1"));

        instanceA.call(() -> kit.http.postJson(settings.endpoint("/images/generations"), "{}", Map.of(),
                Optional.empty(), Duration.ofSeconds(2)));
        instanceB.call(() -> kit.http.postJson(settings.endpoint("/images/generations"), "{}", Map.of(),
                Optional.empty(), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> instanceA.call(() -> kit.http.postJson(settings.endpoint("/images/generations"),
                "{}", Map.of(), Optional.empty(), Duration.ofSeconds(2))))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("limit of 2 requests a minute")
                .satisfies(e -> assertThat(((ProviderUnavailableException) e).retryAfter()).isPositive());
        assertThat(kit.server.getAllServeEvents()).as("the refused call never left").hasSize(2);
    }

    private ProviderGuard guard(RedisAPI connection, Resilience resilience) {
        return new ProviderGuard("vendor", Capability.IMAGE, resilience, new ProviderMeters(kit.meters),
                Clock.systemUTC(), new ProviderRateLimit(new RedisTokenBuckets(connection), "vendor", Optional.of(2)));
    }
}
