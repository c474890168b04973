package io.videogen.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.application.port.out.TokenBuckets.Decision;
import io.videogen.infrastructure.Eventually;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * The Redis adapters against a real redis-server, each side with its own connection — as two
 * instances of the service sharing one Redis would be.
 */
class RedisAbuseLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static RedisServer server;
    private static Vertx vertx;
    private static Redis firstConnection;
    private static Redis secondConnection;
    private static RedisAPI first;
    private static RedisAPI second;
    private static int port;

    @BeforeAll
    static void startRedis() throws IOException {
        port = freePort();
        server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"").build();
        server.start();
        vertx = Vertx.vertx();
        firstConnection = Redis.createClient(vertx, options(8, 100));
        secondConnection = Redis.createClient(vertx, options(8, 100));
        first = RedisAPI.api(firstConnection);
        second = RedisAPI.api(secondConnection);
    }

    @AfterAll
    static void stopRedis() throws IOException {
        firstConnection.close();
        secondConnection.close();
        vertx.closeAndAwait();
        server.stop();
    }

    @Test
    void twoInstancesRacingForOneBucketGetNoMoreThanItsCapacity() {
        TokenBuckets one = new RedisTokenBuckets(first);
        TokenBuckets two = new RedisTokenBuckets(second);
        TokenBuckets.Limit limit = new TokenBuckets.Limit(20, 1);
        String key = "rate:test:" + UUID.randomUUID();

        List<Uni<Decision>> takes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            takes.add(one.take(key, limit));
            takes.add(two.take(key, limit));
        }
        List<Decision> decisions = Uni.join().all(takes).andFailFast().await().atMost(WAIT);

        assertThat(decisions).filteredOn(Decision::allowed).hasSize(20);
        assertThat(decisions).filteredOn(decision -> !decision.allowed())
                .allSatisfy(refused -> assertThat(refused.retryAfter())
                        .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void aBucketEmptiedByOneInstanceIsEmptyForTheOther() {
        TokenBuckets one = new RedisTokenBuckets(first);
        TokenBuckets two = new RedisTokenBuckets(second);
        TokenBuckets.Limit limit = new TokenBuckets.Limit(3, 1);
        String key = "rate:test:" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertThat(one.take(key, limit).await().atMost(WAIT).allowed()).isTrue();
        }

        Decision refused = two.take(key, limit).await().atMost(WAIT);
        assertThat(refused.allowed()).isFalse();
        // one token a minute: the next one is due within a minute
        assertThat(refused.retryAfter()).isGreaterThan(Duration.ofSeconds(50)).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBuckets buckets = new RedisTokenBuckets(first);
        TokenBuckets.Limit limit = new TokenBuckets.Limit(1, 600);
        String key = "rate:test:" + UUID.randomUUID();

        assertThat(buckets.take(key, limit).await().atMost(WAIT).allowed()).isTrue();
        Decision refused = buckets.take(key, limit).await().atMost(WAIT);
        assertThat(refused.allowed()).isFalse();
        // 600 a minute is one every 100 ms
        assertThat(refused.retryAfter()).isLessThanOrEqualTo(Duration.ofMillis(100));

        // the bucket refills on Redis's own clock
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(buckets.take(key, limit).await().atMost(WAIT)
                .allowed()).isTrue());
    }

    @Test
    void aServerThatForgotTheScriptIsSentItAgain() {
        TokenBuckets buckets = new RedisTokenBuckets(first);
        TokenBuckets.Limit limit = new TokenBuckets.Limit(2, 1);
        String key = "rate:test:" + UUID.randomUUID();
        assertThat(buckets.take(key, limit).await().atMost(WAIT).allowed()).isTrue();

        first.script(List.of("FLUSH")).await().atMost(WAIT);

        assertThat(buckets.take(key, limit).await().atMost(WAIT).allowed()).isTrue();
        assertThat(buckets.take(key, limit).await().atMost(WAIT).allowed()).isFalse();
    }

    @Test
    void theFailureThatReachesTheThresholdLocksTheKeyOutOnEveryInstance() {
        RedisSignInAttempts one = new RedisSignInAttempts(first);
        RedisSignInAttempts two = new RedisSignInAttempts(second);
        String key = "signin:account:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(5);
        Duration lockout = Duration.ofMinutes(2);

        assertThat(one.recordFailure(key, 3, window, lockout).await().atMost(WAIT)).isEmpty();
        assertThat(two.recordFailure(key, 3, window, lockout).await().atMost(WAIT)).isEmpty();
        assertThat(two.lockedFor(key).await().atMost(WAIT)).isEmpty();
        assertThat(one.recordFailure(key, 3, window, lockout).await().atMost(WAIT)).contains(lockout);

        Optional<Duration> seenByTheOther = two.lockedFor(key).await().atMost(WAIT);
        assertThat(seenByTheOther).hasValueSatisfying(left -> assertThat(left)
                .isPositive().isLessThanOrEqualTo(lockout));

        two.clear(key).await().atMost(WAIT);
        assertThat(one.lockedFor(key).await().atMost(WAIT)).isEmpty();
    }

    @Test
    void aLockoutEndsByItself() {
        RedisSignInAttempts attempts = new RedisSignInAttempts(first);
        String key = "signin:address:" + UUID.randomUUID();

        attempts.recordFailure(key, 1, Duration.ofMinutes(1), Duration.ofMillis(300)).await().atMost(WAIT);
        assertThat(attempts.lockedFor(key).await().atMost(WAIT)).isPresent();

        // the lock is a key that expires on Redis's own clock
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(attempts.lockedFor(key).await().atMost(WAIT))
                .isEmpty());
    }

    @Test
    void concurrentFailuresCannotSlipPastTheThreshold() {
        RedisSignInAttempts one = new RedisSignInAttempts(first);
        RedisSignInAttempts two = new RedisSignInAttempts(second);
        String key = "signin:account:" + UUID.randomUUID();

        List<Optional<Duration>> results = Multi.createFrom().range(0, 10)
                .onItem().transformToUniAndMerge(i -> (i % 2 == 0 ? one : two)
                        .recordFailure(key, 10, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .collect().asList().await().atMost(WAIT);

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(one.lockedFor(key).await().atMost(WAIT)).isPresent();
    }

    @Test
    void anUnreachableRedisLetsRequestsThroughInsteadOfFailingThem() throws IOException {
        Redis nowhere = Redis.createClient(vertx, "redis://127.0.0.1:" + freePort());
        try {
            TokenBuckets buckets = new RedisTokenBuckets(RedisAPI.api(nowhere));
            RedisSignInAttempts attempts = new RedisSignInAttempts(RedisAPI.api(nowhere));

            assertThat(buckets.take("rate:test:x", new TokenBuckets.Limit(1, 1)).await().atMost(WAIT).allowed())
                    .isTrue();
            assertThat(attempts.lockedFor("signin:account:x").await().atMost(WAIT)).isEmpty();
        } finally {
            nowhere.close();
        }
    }

    @Test
    void aClientTooBusyToQueueTheCommandShedsTheRequestInsteadOfWavingItThrough() {
        Redis narrow = Redis.createClient(vertx, options(1, 1));
        try {
            TokenBuckets buckets = new RedisTokenBuckets(RedisAPI.api(narrow));
            String key = "rate:test:" + UUID.randomUUID();
            List<Uni<Decision>> takes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                takes.add(buckets.take(key, new TokenBuckets.Limit(100, 1)));
            }

            List<Decision> decisions = Uni.join().all(takes).andFailFast().await().atMost(WAIT);

            List<Decision> shed = decisions.stream().filter(decision -> !decision.allowed()).toList();
            assertThat(shed).isNotEmpty()
                    .allSatisfy(refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        } finally {
            narrow.close();
        }
    }

    private static RedisOptions options(int poolSize, int waiting) {
        return new RedisOptions().setConnectionString("redis://127.0.0.1:" + port)
                .setMaxPoolSize(poolSize).setMaxPoolWaiting(waiting);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
