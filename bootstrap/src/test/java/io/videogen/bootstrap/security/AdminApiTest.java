package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first admin from configuration, account administration, roles in action, and the audit trail. */
@QuarkusTest
class AdminApiTest {

    @Inject
    Pool pool;

    @Test
    void theAdminFromConfigurationCanSignInAndListAccounts() {
        Users.User admin = Users.admin();
        Users.User ana = Users.signUp();

        admin.request().queryParam("email", ana.email()).get("/api/v1/admin/users")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(ana.id()))
                .body("items[0].roles", equalTo(List.of("creator")))
                .body("items[0].passwordHash", nullValue());
        admin.request().get("/api/v1/me").then().body("roles", equalTo(List.of("admin")));
    }

    @Test
    void onlyAdminsReachTheAdminApi() {
        Users.User ana = Users.signUp();

        ana.request().get("/api/v1/admin/users")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        ana.request().body(Map.of("roles", List.of("admin"))).put("/api/v1/admin/users/" + ana.id() + "/roles")
                .then().statusCode(403);
        given().get("/api/v1/admin/security-events").then().statusCode(401);
    }

    @Test
    void aViewerReadsButCannotCreateAndTheRefusalIsAudited() {
        Users.User viewer = Users.withRoles(Users.signUp(), "viewer");

        viewer.request().get("/api/v1/videos").then().statusCode(200);
        String requestId = "viewer-create-" + System.nanoTime();
        viewer.request().header("X-Request-Id", requestId)
                .body(Map.of("title", "Not allowed", "script", "A viewer tries to create."))
                .post("/api/v1/videos")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));

        JsonPath denied = events(viewer.id(), "ACCESS_DENIED");
        assertThat(denied.getList("items.requestId")).contains(requestId);
        assertThat(denied.getString("items[0].detail")).isEqualTo("POST /api/v1/videos");
        assertThat(denied.getString("items[0].clientAddress")).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void aRoleChangeIsAuditedWithTheAdminWhoMadeIt() {
        Users.User admin = Users.admin();
        Users.User ana = Users.signUp();

        admin.request().body(Map.of("roles", List.of("viewer", "creator")))
                .put("/api/v1/admin/users/" + ana.id() + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("creator", "viewer")));

        JsonPath changed = events(ana.id(), "ROLES_CHANGED");
        assertThat(changed.getString("items[0].detail")).isEqualTo("roles creator -> creator,viewer");
        assertThat(changed.getString("items[0].actorId")).isEqualTo(admin.id());
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselvesNorLockThemselvesOut() {
        Users.User admin = Users.admin();

        admin.request().body(Map.of("roles", List.of("creator"))).put("/api/v1/admin/users/" + admin.id() + "/roles")
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        admin.request().post("/api/v1/admin/users/" + admin.id() + "/lock").then().statusCode(400);
        admin.request().body(Map.of("roles", List.of("superuser"))).put("/api/v1/admin/users/" + admin.id() + "/roles")
                .then().statusCode(400);
    }

    @Test
    void aLockedAccountCannotSignInOrRefreshUntilUnlocked() {
        Users.User admin = Users.admin();
        Users.User ana = Users.signUp();

        admin.request().body(Map.of()).post("/api/v1/admin/users/" + ana.id() + "/lock")
                .then().statusCode(200).body("lockedUntil", notNullValue());
        signIn(ana.email()).then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString("locked"));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);

        admin.request().post("/api/v1/admin/users/" + ana.id() + "/unlock")
                .then().statusCode(200).body("lockedUntil", nullValue());
        signIn(ana.email()).then().statusCode(200);

        assertThat(events(ana.id(), "ACCOUNT_LOCKED").getString("items[0].actorId")).isEqualTo(admin.id());
        assertThat(events(ana.id(), "ACCOUNT_UNLOCKED").getInt("totalItems")).isEqualTo(1);
    }

    @Test
    void signInsRefreshesAndReuseAreAuditedWithAddressAndRequestIdButNoSecret() {
        Users.User ana = Users.signUp();
        given().contentType(ContentType.JSON).header("X-Request-Id", "wrong-password-1")
                .body(Map.of("email", ana.email(), "password", "not the password at all"))
                .post("/api/v1/auth/token").then().statusCode(401);
        String second = given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200).extract().path("refreshToken");
        given().contentType(ContentType.JSON).header("X-Request-Id", "reuse-1")
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", second))
                .post("/api/v1/auth/refresh").then().statusCode(401);

        assertThat(events(ana.id(), "LOGIN_SUCCEEDED").getInt("totalItems")).isEqualTo(1);
        assertThat(events(ana.id(), "TOKEN_REFRESHED").getInt("totalItems")).isEqualTo(1);
        JsonPath reuse = events(ana.id(), "REFRESH_TOKEN_REUSED");
        assertThat(reuse.getString("items[0].requestId")).isEqualTo("reuse-1");
        JsonPath failed = Users.admin().request().queryParam("type", "LOGIN_FAILED").queryParam("size", 100)
                .get("/api/v1/admin/security-events").then().statusCode(200).extract().jsonPath();
        assertThat(failed.getList("items.requestId")).contains("wrong-password-1");

        String everything = Users.admin().request().queryParam("userId", ana.id()).queryParam("size", 100)
                .get("/api/v1/admin/security-events").then().extract().asString();
        assertThat(everything).doesNotContain(ana.accessToken(), ana.refreshToken(), second, Users.PASSWORD,
                "not the password at all");
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletesFromAnyone() {
        Users.signUp();
        Duration wait = Duration.ofSeconds(10);
        long before = pool.query("select count(*) from security_events").execute().await().atMost(wait)
                .iterator().next().getLong(0);

        assertThatThrownBy(() -> pool.query("update security_events set detail = 'rewritten'").execute()
                .await().atMost(wait)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.preparedQuery("delete from security_events where id > $1")
                .execute(Tuple.of(0L)).await().atMost(wait)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.query("truncate security_events").execute().await().atMost(wait))
                .hasMessageContaining("append-only");

        long after = pool.query("select count(*) from security_events where detail = 'rewritten'").execute()
                .await().atMost(wait).iterator().next().getLong(0);
        assertThat(after).isZero();
        assertThat(before).isPositive();
    }

    @Test
    void theAuditTrailRejectsAnUnknownEventType() {
        Users.admin().request().queryParam("type", "EVERYTHING").get("/api/v1/admin/security-events")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    private static io.restassured.response.Response signIn(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Users.PASSWORD))
                .post("/api/v1/auth/token");
    }

    private static JsonPath events(String userId, String type) {
        return Users.admin().request().queryParam("userId", userId).queryParam("type", type)
                .get("/api/v1/admin/security-events")
                .then().statusCode(200).body("items.type", everyItemIs(type)).extract().jsonPath();
    }

    private static org.hamcrest.Matcher<Iterable<? super String>> everyItemIs(String type) {
        return org.hamcrest.Matchers.anyOf(hasItem(type), org.hamcrest.Matchers.emptyIterable());
    }
}
