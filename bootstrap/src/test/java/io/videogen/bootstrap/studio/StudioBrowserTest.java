package io.videogen.bootstrap.studio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person in a real browser (Debian's headless Chromium): registers, signs in, writes a
 * three-scene video, watches its stages advance, plays it to the end, edits scene 2 and sees only
 * that scene rendered again, and downloads the MP4; a bad colour is refused next to its field.
 * Renders are driven by the test, as a worker would run them, once the page is listening, so the
 * page hears every event of the render.
 */
@QuarkusTest
class StudioBrowserTest {

    private static final String PASSWORD = "a long enough passphrase 42";
    private static final Pattern VIDEO_PAGE = Pattern.compile("#/videos/([0-9a-f-]{36})$");

    @TestHTTPResource("/")
    URL root;

    @Inject
    RenderVideoService renders;

    @Test
    void aPersonMakesPlaysEditsAndDownloadsAVideo() throws Exception {
        String email = "studio-" + UUID.randomUUID() + "@example.com";
        try (Browser browser = new Browser("journey")) {
            browser.open(root.toString());
            browser.until(d -> d.getCurrentUrl().contains("#/signin"), "the sign-in page");
            browser.click("a[href='#/register']");

            browser.find("input[name=displayName]").sendKeys("Ana");
            browser.find("input[name=email]").sendKeys(email);
            browser.find("input[name=password]").sendKeys(PASSWORD);
            browser.screenshot("register");
            browser.click("form button[type=submit]");

            browser.find(".notice");
            assertThat(browser.find("input[name=email]").getAttribute("value")).isEqualTo(email);
            browser.find("input[name=password]").sendKeys(PASSWORD);
            browser.click("form button[type=submit]");
            browser.until(d -> d.getCurrentUrl().endsWith("#/videos"), "the video list");
            browser.find("ul.videos li.empty");
            browser.screenshot("empty-list");

            // signed in, the page reloads: the refresh cookie (HttpOnly, Secure on localhost) brings the session back
            browser.driver().navigate().refresh();
            browser.find("ul.videos li.empty");
            assertThat(browser.script("return document.cookie")).asString()
                    .contains("videogen_csrf=").doesNotContain("videogen_refresh");

            browser.click("a[href='#/new'].primary");
            browser.find("input[data-field=title]").sendKeys("Studio tour");
            browser.find("textarea[data-field='scenes[0].text']").sendKeys("Welcome to the studio.");
            browser.click("#add-scene");
            browser.find("textarea[data-field='scenes[1].text']").sendKeys("Scenes are written here.");
            browser.click("#add-scene");
            browser.find("textarea[data-field='scenes[2].text']").sendKeys("Goodbye for now.");
            new Select(browser.find("select[data-field='scenes[1].visual.type']")).selectByValue("color");
            WebElement colour = browser.find("input[data-field='scenes[1].visual.value']");
            colour.clear();
            colour.sendKeys("#12345");
            new Select(browser.find("select[data-field='output.resolution']")).selectByValue("640x360");
            new Select(browser.find("select[data-field='output.quality']")).selectByValue("draft");
            browser.click("form.create button[type=submit]");

            // refused: the message stands next to the colour of scene 2, which is marked invalid
            WebElement error = browser.find("#" + colour.getAttribute("id") + "-error");
            assertThat(error.getText()).contains("#rrggbb").doesNotStartWith("scene");
            assertThat(colour.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.script("return document.activeElement === arguments[0]", colour)).isEqualTo(true);
            assertThat(error.findElement(By.xpath("..")).findElement(By.tagName("input")).getAttribute("id"))
                    .isEqualTo(colour.getAttribute("id"));
            browser.screenshot("invalid-colour");
            browser.width(Browser.PHONE);
            browser.screenshotAround("invalid-colour-phone", "#" + error.getAttribute("id"));
            browser.width(Browser.DESKTOP);

            colour.clear();
            colour.sendKeys("#8a2be2");
            browser.click("form.create button[type=submit]");
            String id = browser.until(d -> {
                Matcher m = VIDEO_PAGE.matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            }, "the new video's page");

            recordStages(browser);
            render(browser, id);
            List<String> seen = stagesSeen(browser);
            assertThat(seen).as("stage states the page showed").anySatisfy(state ->
                    assertThat(state).contains("voice:completed").doesNotContain("render:completed"));
            assertThat(seen.get(seen.size() - 1)).contains("script:completed", "voice:completed",
                    "avatar:completed", "visuals:completed", "composition:completed", "render:completed");
            assertThat(browser.find(".status-line").getText()).isEqualTo("Ready");
            playToTheEnd(browser);
            browser.screenshot("completed");
            browser.width(Browser.PHONE);
            browser.screenshotAround("completed-phone", "h1");
            browser.screenshotAround("completed-phone-player", "#download-mp4");
            browser.width(Browser.DESKTOP);

            browser.click("#edit-scene-1");
            WebElement text = browser.find("form.scene-edit textarea[data-field='scenes[1].text']");
            assertThat(text.getAttribute("value")).isEqualTo("Scenes are written here.");
            text.clear();
            text.sendKeys("Scenes are edited here, one at a time.");
            browser.screenshot("edit-scene-2");
            browser.click("form.scene-edit button[type=submit]");
            render(browser, id);
            browser.find("#scene-activity li[data-scene='1'][data-reused='false']");
            assertThat(browser.driver().findElements(By.cssSelector("#scene-activity li")))
                    .extracting(item -> item.getAttribute("data-scene") + ":" + item.getAttribute("data-reused"))
                    .containsExactly("0:true", "1:false", "2:true");
            playToTheEnd(browser);
            browser.screenshot("re-rendered");

            browser.click("#download-mp4");
            Path mp4 = browser.until(d -> downloaded(browser.downloads, ".mp4"), "the MP4 download");
            byte[] expected = given().header("Authorization", "Bearer " + accessToken(email))
                    .get("/api/v1/videos/" + id + "/file").then().statusCode(200).extract().asByteArray();
            browser.until(d -> sizeOf(mp4) == expected.length, "the whole MP4 on disk");
            assertThat(Files.readAllBytes(mp4)).isEqualTo(expected);

            browser.click("a[href='#/videos']");
            browser.find("ul.videos a.video-card img");
            assertThat(browser.find("ul.videos .status").getText()).isEqualTo("completed");
            browser.screenshot("list");
            browser.width(Browser.PHONE);
            browser.screenshotAround("list-phone", "h1");
        }
    }

    /** Waits until the page listens to the video's events, then renders it as a worker would. */
    private void render(Browser browser, String id) {
        browser.find("#live[data-stream=connected]");
        var result = renders.render(VideoId.parse(id), null,
                ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        browser.until(d -> "completed".equals(browser.find(".status-line").getAttribute("data-status")),
                "the page to show the video completed");
    }

    /** Notes every state of the stage list the page shows, as "script:completed voice:running ...". */
    private static void recordStages(Browser browser) {
        browser.find("#stages li");
        browser.script("""
                const stages = document.getElementById('stages');
                const note = () => window.stagesSeen.push([...stages.children]
                    .map(li => li.dataset.stage + ':' + li.dataset.status).join(' '));
                window.stagesSeen = [];
                note();
                new MutationObserver(note).observe(stages, {childList: true, subtree: true, attributes: true});
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stagesSeen(Browser browser) {
        return (List<String>) browser.script("return window.stagesSeen");
    }

    /** Plays the video muted and fast until the element says it ended; its captions track must have cues. */
    private static void playToTheEnd(Browser browser) {
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "const v = document.getElementById('player'); return !!v && v.readyState >= 1")), "the video to load");
        browser.script("""
                const v = document.getElementById('player');
                v.muted = true;
                v.playbackRate = 4;
                v.play();
                """);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('player').ended")),
                "the video to play to its end", Duration.ofSeconds(60));
        Number cues = (Number) browser.script("""
                const track = document.getElementById('player').textTracks[0];
                return track && track.cues ? track.cues.length : 0;""");
        assertThat(cues.intValue()).as("captions cues loaded from the VTT").isPositive();
    }

    private static Path downloaded(Path directory, String suffix) {
        try (var files = Files.list(directory)) {
            Optional<Path> found = files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
            return found.orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String accessToken(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }
}
