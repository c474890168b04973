package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Address rules through the real stack. Clients come from documentation networks (RFC 5737) via
 * X-Forwarded-For; the admin acts from 127.0.0.1, which no rule here names. Each test removes its
 * rules.
 */
@QuarkusTest
@TestProfile(ControlledClock.class)
class AddressRulesTest {

    @Inject
    MovableClock clock;

    private final java.util.List<String> created = new java.util.ArrayList<>();

    @AfterEach
    void removeRules() {
        created.forEach(location -> Users.admin().request().delete(location));
        clock.reset();
    }

    @Test
    void aDenyRuleRefusesTheNetworkBeforeAuthenticationAndOnlyIt() {
        add(Map.of("cidr", "203.0.113.0/24", "action", "deny", "note", "scanner"));

        from("203.0.113.7").get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("ADDRESS_DENIED"));
        from("203.0.113.7").get("/q/openapi").then().statusCode(403);
        from("203.0.113.7").get("/q/health/live").then().statusCode(200);
        from("198.51.100.7").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anExpiredRuleStopsBlocking() {
        add(Map.of("cidr", "203.0.114.0/24", "action", "deny",
                "expiresAt", clock.now().plus(Duration.ofMinutes(10)).toString()));
        from("203.0.114.9").get("/api/v1/me").then().statusCode(403);

        clock.advance(Duration.ofMinutes(10));

        from("203.0.114.9").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void ipv6NetworksAreRulesToo() {
        add(Map.of("cidr", "2001:db8:15::/48", "action", "deny"));

        from("2001:db8:15::1").get("/api/v1/me").then().statusCode(403);
        from("2001:db8:16::1").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anAccountAllowRuleRefusesSignInFromElsewhere() {
        Users.User user = Users.signUp();
        add(Map.of("cidr", "198.51.100.0/24", "action", "allow", "userId", user.id()));

        signIn(from("198.51.100.20"), user).then().statusCode(200);
        signIn(from("192.0.2.20"), user).then().statusCode(403).body("code", equalTo("ADDRESS_DENIED"));
        Users.signUp();  // other accounts are not limited
        assertThat(Users.admin().request().queryParam("userId", user.id()).queryParam("type", "ADDRESS_DENIED")
                .get("/api/v1/admin/security-events").then().statusCode(200)
                .extract().jsonPath().getList("items.detail", String.class))
                .anyMatch(detail -> detail.contains("192.0.2.20"));
    }

    @Test
    void aRuleThatWouldShutOutTheAdminsOwnAddressIsRefused() {
        RequestSpecification admin = Users.admin().request().header("X-Forwarded-For", "192.0.2.44");

        admin.body(Map.of("cidr", "203.0.116.0/24", "action", "allow")).post("/api/v1/admin/ip-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("cidr"))
                .body("errors[0].message", containsString("192.0.2.44"));
        Users.admin().request().header("X-Forwarded-For", "192.0.2.44")
                .body(Map.of("cidr", "192.0.2.0/24", "action", "deny")).post("/api/v1/admin/ip-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("cidr"));

        from("198.51.100.9").get("/api/v1/me").then().statusCode(401); // nothing was added
    }

    @Test
    void rulesAreListedAuditedValidatedAndRemoved() {
        String location = add(Map.of("cidr", "203.0.115.9", "action", "deny"));
        Users.admin().request().get("/api/v1/admin/ip-rules").then().statusCode(200)
                .body("find { it.cidr == '203.0.115.9/32' }.action", equalTo("deny"));
        Users.admin().request().body(Map.of("cidr", "300.1.1.1/8", "action", "deny"))
                .post("/api/v1/admin/ip-rules").then().statusCode(400).body("errors[0].field", equalTo("cidr"));
        Users.admin().request().body(Map.of("cidr", "10.0.0.0/8", "action", "block"))
                .post("/api/v1/admin/ip-rules").then().statusCode(400).body("errors[0].field", equalTo("action"));
        Users.signUp().request().get("/api/v1/admin/ip-rules").then().statusCode(403);

        Users.admin().request().delete(location).then().statusCode(204);
        Users.admin().request().delete(location).then().statusCode(404);
        from("203.0.115.9").get("/api/v1/me").then().statusCode(401);
        assertThat(Users.admin().request().queryParam("size", 100).get("/api/v1/admin/security-events")
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class))
                .contains("ADDRESS_RULE_ADDED", "ADDRESS_RULE_REMOVED");
    }

    private String add(Map<String, String> rule) {
        String location = Users.admin().request().body(new HashMap<>(rule)).post("/api/v1/admin/ip-rules")
                .then().statusCode(201).header("Location", containsString("/api/v1/admin/ip-rules/"))
                .body("cidr", containsString("/"))
                .extract().header("Location");
        created.add(location);
        return location;
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static Response signIn(RequestSpecification client, Users.User user) {
        return client.contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Users.PASSWORD))
                .post("/api/v1/auth/token");
    }
}
