package io.videogen.bootstrap.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.videogen.bootstrap.api.Accounts;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Cancel and retry from the video's page, and an edit made on a version someone else changed
 * meanwhile: the page shows the newer version instead of overwriting it. (No worker runs in tests,
 * so a video stays queued until a test renders it.)
 */
@QuarkusTest
class StudioControlsTest {

    @TempDir
    Path scratch;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSceneGetsAnUploadedImageAndAFileThatIsNoImageIsRefusedNextToItsField() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        Path picture = Files.createTempFile(scratch, "studio-upload-", ".png");
        Path notAPicture = Files.createTempFile(scratch, "studio-upload-", ".png");
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", picture.toFile());
        Files.writeString(notAPicture, "this is text, whatever its name says");

        try (Browser browser = new Browser("upload")) {
            browser.open(root + "#/signin?next=%23%2Fnew");
            browser.find("input[name=email]").sendKeys(ana.email());
            browser.find("input[name=password]").sendKeys(Accounts.PASSWORD);
            browser.click("form button[type=submit]");
            browser.find("input[data-field=title]").sendKeys("With a picture");
            browser.find("textarea[data-field='scenes[0].text']").sendKeys("A picture behind me.");
            new Select(browser.find("select[data-field='scenes[0].visual.type']")).selectByValue("asset");
            WebElement file = browser.find("input[data-field='scenes[0].visual.assetId']");

            file.sendKeys(notAPicture.toAbsolutePath().toString());
            WebElement error = browser.find("#" + file.getAttribute("id") + "-error");
            assertThat(error.getText()).isNotBlank();
            assertThat(file.getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("refused-upload");

            file.sendKeys(picture.toAbsolutePath().toString());
            String assetId = browser.until(d -> file.getAttribute("data-asset-id").length() == 36
                    ? file.getAttribute("data-asset-id") : null, "the upload's asset id");
            assertThat(error.isDisplayed()).isFalse();
            browser.click("form.create button[type=submit]");
            String id = browser.until(d -> {
                Matcher m = Pattern.compile("#/videos/([0-9a-f-]{36})$").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            }, "the new video's page");

            var spec = ana.request().get("/api/v1/videos/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(spec.getString("spec.scenes[0].visual.type")).isEqualTo("asset");
            assertThat(spec.getString("spec.scenes[0].visual.assetId")).isEqualTo(assetId);
        }
    }

    @Test
    void aQueuedVideoIsCancelledAndRetriedAndAStaleEditShowsTheNewerVersion() {
        Accounts.Account ana = Accounts.signUp();
        String id = ana.request().body(Map.of("title", "Controls", "scenes", List.of(
                        Map.of("text", "First scene."), Map.of("text", "Second scene."))))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        try (Browser browser = new Browser("controls")) {
            browser.open(root + "#/signin?next=" + java.net.URLEncoder.encode("#/videos/" + id,
                    java.nio.charset.StandardCharsets.UTF_8));
            browser.find("input[name=email]").sendKeys(ana.email());
            browser.find("input[name=password]").sendKeys(Accounts.PASSWORD);
            browser.click("form button[type=submit]");
            browser.find(".status-line[data-status=queued]");

            browser.click("#cancel");
            browser.find(".status-line[data-status=cancelled]");
            assertThat(browser.find(".status-line").getText()).isEqualTo("Cancelled");

            // someone changes the video while this page still holds the version it read
            browser.click("#edit-scene-0");
            browser.find("form.scene-edit textarea[data-field='scenes[0].text']").sendKeys(" Mine.");
            Response current = ana.request().get("/api/v1/videos/" + id);
            Map<String, Object> spec = current.then().extract().jsonPath().getMap("spec");
            @SuppressWarnings("unchecked")
            Map<String, Object> first = ((List<Map<String, Object>>) spec.get("scenes")).get(0);
            first.put("text", "Changed elsewhere.");
            ana.request().header("If-Match", current.header("ETag")).body(spec).patch("/api/v1/videos/" + id)
                    .then().statusCode(202);
            browser.click("form.scene-edit button[type=submit]");

            assertThat(browser.find(".notice").getText()).contains("changed elsewhere", "not saved");
            browser.find(".status-line[data-status=queued]");
            browser.find("#live[data-stream=connected]");
            browser.screenshot("stale-edit");
            ana.request().get("/api/v1/videos/" + id).then().statusCode(200);
            assertThat(ana.request().get("/api/v1/videos/" + id).jsonPath().getString("spec.scenes[0].text"))
                    .isEqualTo("Changed elsewhere.");

            browser.click("#cancel");
            browser.click("#retry");
            browser.find(".status-line[data-status=queued]");
            assertThat(ana.request().get("/api/v1/videos/" + id).jsonPath().getString("status")).isEqualTo("queued");
        }
    }
}
