package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.videogen.application.mfa.Base32;
import io.videogen.application.mfa.Totp;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TOTP sign-in through the real stack, with the application's clock in the test's hand. */
@QuarkusTest
@TestProfile(ControlledClock.class)
class MfaTest {

    private static final Duration STEP = Duration.ofSeconds(Totp.STEP_SECONDS);

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theWholeFlowEnrolConfirmSignInWithACodeAndARecoveryCodeOnce() {
        Users.User user = Users.signUp();
        var enrolment = user.request().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().jsonPath();
        String secret = enrolment.getString("secret");
        assertThat(enrolment.getString("otpauthUri")).startsWith("otpauth://totp/videogen:")
                .contains("secret=" + secret).contains("issuer=videogen");

        user.request().body(Map.of("code", wrongCode(secret))).post("/api/v1/me/mfa/totp/confirm")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        String confirmation = code(secret);
        List<String> recoveryCodes = user.request().body(Map.of("code", confirmation))
                .post("/api/v1/me/mfa/totp/confirm")
                .then().statusCode(200).extract().jsonPath().getList("recoveryCodes", String.class);
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();

        String mfaToken = passwordStep(user);
        secondStep(Map.of("mfaToken", mfaToken, "code", confirmation)).then().statusCode(401)
                .body("detail", containsString("already used")).body("accessToken", nullValue());

        clock.advance(STEP);
        String fresh = code(secret);
        String access = secondStep(Map.of("mfaToken", mfaToken, "code", fresh)).then().statusCode(200)
                .extract().path("accessToken");
        given().header("Authorization", "Bearer " + access).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(user.email()));
        secondStep(Map.of("mfaToken", mfaToken, "code", fresh)).then().statusCode(401)
                .body("detail", containsString("mfaToken"));
        secondStep(Map.of("mfaToken", passwordStep(user), "code", fresh)).then().statusCode(401)
                .body("detail", containsString("already used"));

        String recovery = recoveryCodes.get(3).toUpperCase();
        secondStep(Map.of("mfaToken", passwordStep(user), "recoveryCode", recovery)).then().statusCode(200);
        secondStep(Map.of("mfaToken", passwordStep(user), "recoveryCode", recovery)).then().statusCode(401)
                .body("detail", containsString("recovery code"));
        assertThat(eventsOf(user)).contains("MFA_ENROLMENT_STARTED", "MFA_CODE_REJECTED", "MFA_ENABLED",
                "MFA_CHALLENGED", "MFA_RECOVERY_CODE_USED", "LOGIN_SUCCEEDED");
    }

    @Test
    void anMfaTokenLastsFiveMinutes() {
        Users.User user = Users.signUp();
        String secret = enrol(user);
        String mfaToken = passwordStep(user);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        secondStep(Map.of("mfaToken", mfaToken, "code", code(secret))).then().statusCode(401)
                .body("detail", containsString("expired"));
    }

    @Test
    void wrongCodesCountAsFailedSignInsAndLockTheAccountOut() {
        Users.User user = Users.signUp();
        String secret = enrol(user);
        for (int i = 0; i < 5; i++) {
            secondStep(Map.of("mfaToken", passwordStep(user), "code", wrongCode(secret))).then().statusCode(401)
                    .body("detail", containsString("code is wrong"));
        }

        login(user).then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void theOwnerTurnsMfaOffWithACodeAndAnAdminResetsIt() {
        Users.User user = Users.signUp();
        String secret = enrol(user);
        user.request().body(Map.of("code", wrongCode(secret))).delete("/api/v1/me/mfa").then().statusCode(401);
        clock.advance(STEP);
        user.request().body(Map.of("code", code(secret))).delete("/api/v1/me/mfa").then().statusCode(204);
        login(user).then().statusCode(200);

        enrol(user);
        login(user).then().statusCode(401).body("code", equalTo("MFA_REQUIRED"));
        Users.admin().request().post("/api/v1/admin/users/" + user.id() + "/mfa/reset").then().statusCode(204);
        login(user).then().statusCode(200);
        assertThat(eventsOf(user)).contains("MFA_DISABLED", "MFA_RESET");
        user.request().post("/api/v1/admin/users/" + user.id() + "/mfa/reset").then().statusCode(403);
    }

    @Test
    void theSecondStepTakesExactlyOneKindOfCode() {
        given().contentType(ContentType.JSON).body(Map.of("mfaToken", "x", "code", "123456", "recoveryCode", "abc"))
                .post("/api/v1/auth/token/mfa").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("mfaToken", "x", "code", "12345"))
                .post("/api/v1/auth/token/mfa").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    private String enrol(Users.User user) {
        String secret = user.request().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        user.request().body(Map.of("code", code(secret))).post("/api/v1/me/mfa/totp/confirm").then().statusCode(200);
        clock.advance(STEP);
        return secret;
    }

    private String code(String secret) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(clock.now()));
    }

    /** A code no step near now has. */
    private String wrongCode(String secret) {
        long now = Totp.stepAt(clock.now());
        Set<String> near = LongStream.rangeClosed(now - 3, now + 3)
                .mapToObj(step -> Totp.code(Base32.decode(secret), step)).collect(Collectors.toSet());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!near.contains(code)) {
                return code;
            }
        }
    }

    private static Response login(Users.User user) {
        return given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Users.PASSWORD))
                .post("/api/v1/auth/token");
    }

    private static String passwordStep(Users.User user) {
        return login(user).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("MFA_REQUIRED")).body("accessToken", nullValue())
                .extract().path("mfaToken");
    }

    private static Response secondStep(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/v1/auth/token/mfa");
    }

    private static List<String> eventsOf(Users.User user) {
        return Users.admin().request().queryParam("userId", user.id()).queryParam("size", 100)
                .get("/api/v1/admin/security-events").then().statusCode(200)
                .extract().jsonPath().getList("items.type", String.class);
    }
}
