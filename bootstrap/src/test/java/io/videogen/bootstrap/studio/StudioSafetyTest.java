package io.videogen.bootstrap.studio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.videogen.bootstrap.api.Accounts;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;

/** The studio's pages forbid inline and foreign scripts, and user text reaches the page only as text. */
@QuarkusTest
class StudioSafetyTest {

    private static final String HOSTILE_TITLE =
            "<img src=x onerror=\"window.pwned='img'\"><script>window.pwned='script'</script> Tour";

    @TestHTTPResource("/")
    URL root;

    @Test
    void studioPagesAllowOnlyTheirOwnScriptsAndNoHtmlSinks() {
        for (String path : new String[] {"/", "/studio/app.js", "/studio/studio.css"}) {
            Response page = given().get(path);
            page.then().statusCode(200);
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "default-src 'none'", "object-src 'none'",
                    "base-uri 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
        }
        assertThat(given().get("/").asString()).doesNotContain("<script>").contains("type=\"module\"");
        // the API keeps its own policy: nothing may load or run from a JSON answer
        assertThat(given().get("/api/v1/voices").header("Content-Security-Policy")).startsWith("default-src 'none'");
    }

    @Test
    void aScriptWrittenIntoAVideoTitleIsShownAsText() {
        Accounts.Account ana = Accounts.signUp();
        String id = ana.request().body(Map.of("title", HOSTILE_TITLE, "script", "Hello there."))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        try (Browser browser = new Browser("hostile-title")) {
            browser.open(root + "#/signin");
            browser.find("input[name=email]").sendKeys(ana.email());
            browser.find("input[name=password]").sendKeys(Accounts.PASSWORD);
            browser.click("form button[type=submit]");

            var title = browser.find("a[href='#/videos/" + id + "'] .title");
            assertThat(title.getText()).isEqualTo(HOSTILE_TITLE);
            assertThat(title.findElements(By.xpath(".//*"))).isEmpty();
            browser.screenshot("list");

            browser.open(root + "#/videos/" + id);
            browser.until(d -> HOSTILE_TITLE.equals(browser.find("h1.video-title").getText()), "the video's title");
            assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.script("return document.title")).asString().startsWith(HOSTILE_TITLE);

            // the browser enforces the policy itself: no string can be written into the page as HTML
            assertThatThrownBy(() -> browser.script("document.body.innerHTML = '<b>bold</b>'"))
                    .isInstanceOf(JavascriptException.class).hasMessageContaining("TrustedHTML");
        }
    }
}
