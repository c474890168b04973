package io.videogen.bootstrap.studio;

import io.videogen.application.mfa.Base32;
import io.videogen.application.mfa.Totp;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.videogen.bootstrap.api.Accounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A browser session: the refresh token only in an HttpOnly, Secure, SameSite=Strict cookie scoped
 * to the session path; refreshing and signing out with it need the CSRF header.
 */
@QuarkusTest
class BrowserSessionTest {

    private static final String SESSION = "/api/v1/auth/session";

    @Test
    void signingInSetsTheRefreshTokenOnlyAsAnHttpOnlyCookie() {
        Response response = signIn(Accounts.signUp());
        response.then().statusCode(200).body("accessToken", notNullValue()).body("refreshToken", nullValue())
                .body("tokenType", equalTo("Bearer"));
        String refresh = setCookie(response, "videogen_refresh");
        assertThat(refresh).contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth/session");
        String csrf = setCookie(response, "videogen_csrf");
        assertThat(csrf).contains("Secure", "SameSite=Strict", "Path=/").doesNotContain("HttpOnly");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");

        given().header("Authorization", "Bearer " + response.path("accessToken")).get("/api/v1/me")
                .then().statusCode(200);
    }

    @Test
    void refreshingNeedsTheCsrfHeaderAndRotatesTheCookie() {
        Response signedIn = signIn(Accounts.signUp());
        String refresh = signedIn.cookie("videogen_refresh");
        String csrf = signedIn.cookie("videogen_csrf");

        given().cookie("videogen_refresh", refresh).post(SESSION + "/refresh")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().cookie("videogen_refresh", refresh).header("X-CSRF-Token", csrf + "x").post(SESSION + "/refresh")
                .then().statusCode(403);
        given().header("X-CSRF-Token", csrf).post(SESSION + "/refresh")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));

        Response refreshed = given().cookie("videogen_refresh", refresh).header("X-CSRF-Token", csrf)
                .post(SESSION + "/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue());
        assertThat(refreshed.cookie("videogen_refresh")).isNotEqualTo(refresh);
        assertThat(refreshed.cookie("videogen_csrf")).isNotEqualTo(csrf);

        // the old cookie is spent: presenting it again ends the session, the new cookie included
        given().cookie("videogen_refresh", refresh).header("X-CSRF-Token", csrf).post(SESSION + "/refresh")
                .then().statusCode(401);
        given().cookie("videogen_refresh", refreshed.cookie("videogen_refresh"))
                .header("X-CSRF-Token", refreshed.cookie("videogen_csrf")).post(SESSION + "/refresh")
                .then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookies() {
        Response signedIn = signIn(Accounts.signUp());
        String refresh = signedIn.cookie("videogen_refresh");
        String csrf = signedIn.cookie("videogen_csrf");

        given().cookie("videogen_refresh", refresh).delete(SESSION).then().statusCode(403);
        Response out = given().cookie("videogen_refresh", refresh).header("X-CSRF-Token", csrf).delete(SESSION);
        out.then().statusCode(204);
        assertThat(setCookie(out, "videogen_refresh")).contains("Max-Age=0");
        assertThat(setCookie(out, "videogen_csrf")).contains("Max-Age=0");

        given().cookie("videogen_refresh", refresh).header("X-CSRF-Token", csrf).post(SESSION + "/refresh")
                .then().statusCode(401);
    }

    @Test
    void aWrongPasswordSetsNoCookie() {
        Accounts.Account ana = Accounts.signUp();
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "not the password at all")).post(SESSION);
        response.then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        assertThat(response.headers().getValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aSecondFactorFinishesABrowserSignInAndOnlyThenSetsTheCookies() {
        Accounts.Account ana = Accounts.signUp();
        String secret = ana.request().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        List<String> recoveryCodes = ana.request()
                .body(Map.of("code", Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()))))
                .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200).extract().path("recoveryCodes");

        Response passwordStep = signIn(ana);
        passwordStep.then().statusCode(401).body("code", equalTo("MFA_REQUIRED"));
        assertThat(passwordStep.headers().getValues("Set-Cookie")).isEmpty();
        String mfaToken = passwordStep.path("mfaToken");

        Response finished = given().contentType(ContentType.JSON)
                .body(Map.of("mfaToken", mfaToken, "recoveryCode", recoveryCodes.get(0))).post(SESSION + "/mfa");
        finished.then().statusCode(200).body("accessToken", notNullValue()).body("refreshToken", nullValue());
        assertThat(setCookie(finished, "videogen_refresh")).contains("HttpOnly", "Path=/api/v1/auth/session");

        given().contentType(ContentType.JSON).body(Map.of("mfaToken", mfaToken, "recoveryCode", recoveryCodes.get(1)))
                .post(SESSION + "/mfa").then().statusCode(401);
    }

    private static Response signIn(Accounts.Account account) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", Accounts.PASSWORD)).post(SESSION);
    }

    private static String setCookie(Response response, String name) {
        List<String> values = response.headers().getValues("Set-Cookie");
        return values.stream().filter(value -> value.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + values));
    }
}
