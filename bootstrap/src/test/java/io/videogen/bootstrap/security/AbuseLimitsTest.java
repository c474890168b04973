package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.videogen.application.port.in.RateLimitedException;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.application.service.RequestRateLimiter;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.infrastructure.redis.RedisTokenBuckets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Rate limits and brute-force lockout through the real stack and its Redis (the embedded one),
 * with tight limits (see {@link TightLimits}). Each test is its own set of clients, told apart by
 * X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class AbuseLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anAddressThatSpentItsSignInBurstGets429WithRetryAfter() {
        RequestSpecification client = client();
        for (int i = 0; i < TightLimits.AUTH_BURST; i++) {
            refresh(client).then().statusCode(401);
        }

        refresh(client).then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("detail", containsString("retry after"))
                .header("Retry-After", RetryAfter.between(1, 60));
        refresh(client()).then().statusCode(401);
    }

    @Test
    void theLimitHoldsWhenTwoInstancesShareOneRedis() {
        RequestSpecification client = client();
        String address = addressOf(client);
        Vertx vertx = Vertx.vertx();
        Redis connection = Redis.createClient(vertx, ConfigProvider.getConfig().getValue("quarkus.redis.hosts",
                String.class));
        try {
            // a second instance of the service: the same limiter over its own connection to the same Redis
            RequestRateLimiter otherInstance = new RequestRateLimiter(new RedisTokenBuckets(RedisAPI.api(connection)),
                    Map.of(RouteGroup.AUTH, new TokenBuckets.Limit(TightLimits.AUTH_BURST, TightLimits.REFILL_PER_MINUTE)));
            for (int i = 0; i < TightLimits.AUTH_BURST - 2; i++) {
                otherInstance.admit(RouteGroup.AUTH, Optional.empty(), address).await().atMost(WAIT);
            }

            refresh(client).then().statusCode(401);
            refresh(client).then().statusCode(401);
            refresh(client).then().statusCode(429).header("Retry-After", RetryAfter.between(1, 60));
            assertThatThrownBy(() -> otherInstance.admit(RouteGroup.AUTH, Optional.empty(), address)
                    .await().atMost(WAIT)).isInstanceOf(RateLimitedException.class);
        } finally {
            connection.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void bruteForceOnOneAccountLocksItForEveryoneAndTheLockEnds() {
        RequestSpecification attacker = client();
        Users.User ana = Users.signUp(client());

        for (int i = 0; i < TightLimits.ACCOUNT_FAILURES; i++) {
            signIn(attacker, ana.email(), "guess number " + i + " of many").then().statusCode(401);
        }

        // locked: even the right password, from anywhere, is refused without being checked
        signIn(attacker, ana.email(), Users.PASSWORD).then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("detail", containsString("this account"))
                .header("Retry-After", RetryAfter.between(1, 2));
        signIn(client(), ana.email(), Users.PASSWORD).then().statusCode(429);

        // the lockout (2 s in this profile) is a key that expires in Redis, on Redis's own clock
        Eventually.within(Duration.ofSeconds(10), () -> signIn(client(), ana.email(), Users.PASSWORD)
                .then().statusCode(200));

        var lockouts = Users.admin(client()).request()
                .queryParam("type", "ACCOUNT_LOCKED_OUT").queryParam("size", 100)
                .get("/api/v1/admin/security-events").then().statusCode(200).extract().jsonPath();
        assertThat(lockouts.getList("items.subject")).contains(ana.email());
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressOnly() {
        RequestSpecification sprayer = client();
        Users.User ana = Users.signUp(client());

        for (int i = 0; i < TightLimits.ADDRESS_FAILURES; i++) {
            signIn(sprayer, "nobody-" + UUID.randomUUID() + "@example.com", "password spraying " + i)
                    .then().statusCode(401);
        }

        signIn(sprayer, ana.email(), Users.PASSWORD).then().statusCode(429)
                .body("detail", containsString("your address"))
                .header("Retry-After", RetryAfter.between(1, 2));
        signIn(client(), ana.email(), Users.PASSWORD).then().statusCode(200);
    }

    @Test
    void readsAreLimitedPerUserNotPerAddress() {
        RequestSpecification office = client();
        Users.User ana = Users.signUp(office);
        Users.User bob = Users.signUp(office);

        for (int i = 0; i < TightLimits.READ_BURST; i++) {
            given().spec(office).header("Authorization", "Bearer " + ana.accessToken()).get("/api/v1/me")
                    .then().statusCode(200);
        }
        given().spec(office).header("Authorization", "Bearer " + ana.accessToken()).get("/api/v1/me")
                .then().statusCode(429).body("detail", containsString("your account"))
                .header("Retry-After", RetryAfter.between(1, 60));

        // a colleague behind the same address has a bucket of their own
        given().spec(office).header("Authorization", "Bearer " + bob.accessToken()).get("/api/v1/me")
                .then().statusCode(200);
    }

    @Test
    void aRefusedRequestDoesNotReachTheEndpoint() {
        RequestSpecification client = client();
        for (int i = 0; i < TightLimits.AUTH_BURST; i++) {
            refresh(client);
        }
        String email = "never-" + UUID.randomUUID() + "@example.com";
        given().spec(client).contentType(ContentType.JSON).body(Map.of("email", email, "password", Users.PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(429);

        given().spec(client()).contentType(ContentType.JSON).body(Map.of("email", email, "password", Users.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(not(equalTo(200)));
    }

    private static RequestSpecification client() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return new RequestSpecBuilder().addHeader("X-Forwarded-For", address).build();
    }

    private static String addressOf(RequestSpecification client) {
        return ((io.restassured.specification.FilterableRequestSpecification) client).getHeaders()
                .getValue("X-Forwarded-For");
    }

    private static Response refresh(RequestSpecification client) {
        return given().spec(client).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", "not-a-refresh-token-" + UUID.randomUUID()))
                .post("/api/v1/auth/refresh");
    }

    private static Response signIn(RequestSpecification client, String email, String password) {
        return given().spec(client).contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token");
    }

    /** Retry-After in whole seconds within a range. */
    static final class RetryAfter {
        private RetryAfter() {
        }

        static org.hamcrest.Matcher<String> between(int min, int max) {
            return new org.hamcrest.TypeSafeMatcher<>() {
                @Override
                protected boolean matchesSafely(String value) {
                    try {
                        int seconds = Integer.parseInt(value);
                        return seconds >= min && seconds <= max;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }

                @Override
                public void describeTo(org.hamcrest.Description description) {
                    description.appendText("whole seconds from " + min + " to " + max);
                }
            };
        }
    }
}
