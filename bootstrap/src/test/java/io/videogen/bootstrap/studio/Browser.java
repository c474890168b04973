package io.videogen.bootstrap.studio;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no browser or driver is ever
 * downloaded), with a fresh profile, downloads into target/, and screenshots kept as test artefacts
 * in target/studio-screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "studio-screenshots");
    static final int PHONE = 390;
    static final int DESKTOP = 1440;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    final Path downloads;
    private final String prefix;
    private int shots;

    Browser(String prefix) {
        this.prefix = prefix;
        try {
            profile = Files.createTempDirectory("videogen-chromium-");
            downloads = Files.createDirectories(Paths.get("target", "studio-downloads", prefix)).toAbsolutePath();
            Files.createDirectories(SCREENSHOTS);
            // the screenshots of an earlier run of the same test would mix with this run's
            try (var old = Files.newDirectoryStream(SCREENSHOTS, prefix + "-*.png")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            try (var old = Files.newDirectoryStream(downloads)) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("VIDEOGEN_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP + ",1000");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("VIDEOGEN_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        String path = configured == null || configured.isBlank() ? fallback : configured;
        if (!Files.isExecutable(Paths.get(path))) {
            throw new IllegalStateException(path + " is missing: the studio's browser tests need Debian's chromium "
                    + "and chromium-driver (apt-get install chromium chromium-driver), or " + variable
                    + " naming another executable");
        }
        return path;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null), "a visible " + css);
    }

    /**
     * Clicks the first visible element the selector finds, looking again when the page redrew it
     * between finding and clicking (a stale element was not clicked, so trying again is safe).
     */
    void click(String css) {
        until(d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        }, "a visible " + css + " to click");
    }

    /** Waits (at most 30 s, checking every 50 ms) until the condition answers something other than null or false. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        return until(condition, what, WAIT);
    }

    <T> T until(Function<WebDriver, T> condition, String what, Duration timeout) {
        // the page redraws what it shows: an element found a moment ago may be gone, so look again
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, width == PHONE ? 844 : 1000));
    }

    /** Saves a full-page screenshot at the current width; answers its file. */
    Path screenshot(String name) {
        shots++;
        try {
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, shots, name));
            Number height = (Number) script("return Math.max(document.body.scrollHeight, 600)");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 120, 4000)));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the window shows with the element scrolled to its middle (phone shots stay readable). */
    Path screenshotAround(String name, String css) {
        shots++;
        try {
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, shots, name));
            script("arguments[0].scrollIntoView({block: 'center'})", find(css));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is no test failure
        }
    }
}
