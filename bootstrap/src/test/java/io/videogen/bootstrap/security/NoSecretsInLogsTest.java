package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Captures everything logged — at DEBUG for the service, security and token code — while a user
 * signs up, signs in, fails a sign-in, refreshes, reuses a token, presents a forged one and signs
 * out, then looks for every secret involved in what the console would print (each record through
 * the console handler's own filter). The audit lines are in the capture, so it is known to see
 * what the service logs.
 */
@QuarkusTest
class NoSecretsInLogsTest {

    private static final List<String> VERBOSE = List.of("io.videogen", "videogen", "io.quarkus.security",
            "io.quarkus.smallrye.jwt", "io.smallrye.jwt", "io.quarkus.vertx.http.runtime.security", "io.vertx.redis",
            "io.quarkus.redis", "org.jboss.resteasy.reactive");

    @Test
    void signUpSignInAndRefreshLogNoPasswordTokenOrKey() {
        Capture capture = new Capture(consoleFilter());
        List<Level> previous = new ArrayList<>();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        for (String category : VERBOSE) {
            previous.add(Logger.getLogger(category).getLevel());
            Logger.getLogger(category).setLevel(Level.FINE);
        }
        String email = "secrets-" + UUID.randomUUID() + "@example.com";
        String password = "my very secret passphrase " + UUID.randomUUID();
        String wrongPassword = "a wrong but secret passphrase " + UUID.randomUUID();
        List<String> secrets = new ArrayList<>(List.of(password, wrongPassword));
        try {
            given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                    .post("/api/v1/auth/register").then().statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("email", email, "password", wrongPassword))
                    .post("/api/v1/auth/token").then().statusCode(401);
            var tokens = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                    .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
            String access = tokens.getString("accessToken");
            String refresh = tokens.getString("refreshToken");
            given().header("Authorization", "Bearer " + access).get("/api/v1/me").then().statusCode(200);
            String refreshed = given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                    .post("/api/v1/auth/refresh").then().statusCode(200).extract().path("refreshToken");
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                    .post("/api/v1/auth/refresh").then().statusCode(401);
            String forged = access.substring(0, access.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
            given().header("Authorization", "Bearer " + forged).get("/api/v1/me").then().statusCode(401);
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshed))
                    .post("/api/v1/auth/logout").then().statusCode(204);
            secrets.addAll(List.of(access, signature(access), refresh, refreshed, forged));
        } finally {
            root.removeHandler(capture);
            for (int i = 0; i < VERBOSE.size(); i++) {
                Logger.getLogger(VERBOSE.get(i)).setLevel(previous.get(i));
            }
        }
        secrets.add(redisPassword());

        String logged = String.join("\n", capture.lines);
        assertThat(logged).as("the capture sees the service's own log").contains("LOGIN_SUCCEEDED", email);
        for (String secret : secrets) {
            assertThat(logged).doesNotContain(secret);
        }
        assertThat(logged).doesNotContain("\"d\":").doesNotContain("PRIVATE KEY");
        // a library did log the rejected token at DEBUG: the console's filter cut it out
        assertThat(logged).contains("<redacted token>");
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    /** The embedded Redis's password travels in its URL; it must not be logged either. */
    private static String redisPassword() {
        String url = ConfigProvider.getConfig().getValue("quarkus.redis.hosts", String.class);
        String password = url.substring(url.indexOf(":", "redis://".length()) + 1, url.indexOf('@'));
        assertThat(password).hasSizeGreaterThan(16);
        return password;
    }

    /** The filter the service's console handler applies; without one, tokens logged by libraries would show. */
    private static java.util.logging.Filter consoleFilter() {
        java.util.logging.Filter filter = findConsoleFilter(Logger.getLogger("").getHandlers());
        assertThat(filter).as("a filter on the console log handler").isNotNull();
        return filter;
    }

    private static java.util.logging.Filter findConsoleFilter(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof org.jboss.logmanager.handlers.ConsoleHandler) {
                return handler.getFilter();
            }
            if (handler instanceof org.jboss.logmanager.ExtHandler parent) {
                java.util.logging.Filter found = findConsoleFilter(parent.getHandlers());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final class Capture extends Handler {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final java.util.logging.Filter console;

        Capture(java.util.logging.Filter console) {
            this.console = console;
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            if (!console.isLoggable(record)) {
                return;
            }
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
            line.append(record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                    : record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(" | ").append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
