package io.videogen.bootstrap.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.shared.RgbColor;
import io.videogen.infrastructure.media.FfmpegVideoComposer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chromium plays a segment whose still spans are held pictures (one IDR picture, then all-skipped P
 * pictures; ADR 0020) to its end, and shows at each time the picture the bundled FFmpeg decodes
 * there: the first and last frames of held spans and the frame right after a caption change. Likewise a
 * speaking presenter's segment, whose repeated frames are non-reference copies inside x264's GOP (ADR 0028).
 * At quality high the held pictures are coded with another x264 preset than the stream's parameter sets
 * were written with (ADR 0032).
 */
class HeldPicturesInChromiumTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 30;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Quality.class, names = {"STANDARD", "HIGH"})
    void chromiumPlaysHeldSpansToTheEndAndShowsThePictureFfmpegDecodes(Quality quality) throws Exception {
        Path still = dir.resolve("still.png");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 40), WIDTH, HEIGHT, new Color(30, 60, 200)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        ImageIO.write(image, "png", still.toFile());
        CaptionStyle style = new CaptionStyle(40, new RgbColor(255, 255, 255), new RgbColor(250, 220, 0), 1.0,
                CaptionStyle.Position.BOTTOM);
        // frames 0-44 caption one, 45-89 none, 90-119 caption two: three held spans of 4 s at 30 fps
        List<TimedCaption> captions = List.of(
                new TimedCaption(List.of("The first caption is here"), Duration.ZERO, Duration.ofMillis(1500)),
                new TimedCaption(List.of("A much wider second caption here"), Duration.ofSeconds(3),
                        Duration.ofSeconds(4)));
        SegmentPlan plan = new SegmentPlan(0, new Resolution(WIDTH, HEIGHT), FPS, quality,
                Duration.ofSeconds(4), still, false, null, null, captions, style, null);
        FfmpegVideoComposer composer = new FfmpegVideoComposer(RenderParallelism.forThisMachine());
        Path video = dir.resolve("held.mp4");
        composer.renderSegment(plan, video, percent -> { });

        // frames 0 and 44 (first and last of the first span), 45 (right after the caption went), 89 and 90
        // (either side of the second change), 119 (the last frame)
        int[] frames = {0, 44, 45, 89, 90, 119};
        // either side of a change, Chromium shows the picture of its own frame, not its neighbour's
        int[][] shown = playAndCompare(composer, video, 4.0, frames, new int[][] {{1, 2}, {3, 4}});
        assertThat(meanDifference(shown[0], shown[1])).as("frames 0 and 44 are one picture").isLessThan(0.5);
    }

    @Test
    void chromiumPlaysAPresentersCopiesAndShowsThePictureFfmpegDecodes() throws Exception {
        Path still = dir.resolve("still.png");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 120, 60), WIDTH, HEIGHT, new Color(220, 200, 40)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        ImageIO.write(image, "png", still.toFile());
        // the mouth held 3, 1, 4 and 2 frames in turn: frames 0-2, 3, 4-7, 8-9, 10-12, ...
        int[] runs = {3, 1, 4, 2};
        int[] poseOfFrame = new int[60];
        for (int frame = 0, run = 0; frame < poseOfFrame.length; run++) {
            for (int i = 0; i < runs[run % runs.length] && frame < poseOfFrame.length; i++) {
                poseOfFrame[frame++] = run % 2;
            }
        }
        AvatarPerformance presenter = new AvatarPerformance(200, 60, List.of(face(8), face(72)), poseOfFrame);
        SegmentPlan plan = new SegmentPlan(0, new Resolution(WIDTH, HEIGHT), FPS, Quality.STANDARD,
                Duration.ofSeconds(2), still, false, null, null, List.of(), CaptionStyle.defaults(), presenter);
        FfmpegVideoComposer composer = new FfmpegVideoComposer(RenderParallelism.forThisMachine());
        Path video = dir.resolve("held.mp4");
        composer.renderSegment(plan, video, percent -> { });

        // 2 and 3, 3 and 4, 9 and 10 either side of a change; 5 and 7 copies of frame 4
        int[] frames = {2, 3, 4, 5, 7, 9, 10};
        int[][] shown = playAndCompare(composer, video, 2.0, frames, new int[][] {{0, 1}, {1, 2}, {5, 6}});
        assertThat(meanDifference(shown[2], shown[4])).as("frames 4 and 7 are one picture").isLessThan(0.5);
    }

    /**
     * Serves the video to Chromium, checks its duration, and compares the picture Chromium shows at each
     * of {@code frames} with the bundled FFmpeg's; for each pair (indexes into frames) of neighbours that
     * differ, each side must be closer to its own picture than to the other's. Then plays it to its end.
     * The sampled pictures Chromium showed, by frame.
     */
    private int[][] playAndCompare(FfmpegVideoComposer composer, Path video, double seconds, int[] frames,
                                   int[][] changes) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serve(exchange, video));
        server.start();
        try (Browser browser = new Browser("held-pictures")) {
            browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            browser.until(d -> Boolean.TRUE.equals(browser.script(
                    "const v = document.getElementById('v'); return v.readyState >= 2")), "the video to load");
            assertThat(((Number) browser.script("return document.getElementById('v').duration")).doubleValue())
                    .isCloseTo(seconds, org.assertj.core.api.Assertions.within(0.034));
            int[][] shown = new int[frames.length][];
            int[][] decoded = new int[frames.length][];
            for (int i = 0; i < frames.length; i++) {
                shown[i] = pixelsAt(browser, frames[i]);
                decoded[i] = pixels(decodedFrame(composer, video, frames[i]));
                assertThat(meanDifference(shown[i], decoded[i])).as("frame %d in Chromium against FFmpeg", frames[i])
                        .isLessThan(4.0);
            }
            for (int[] pair : changes) {
                for (int side = 0; side < 2; side++) {
                    int own = pair[side];
                    int other = pair[1 - side];
                    assertThat(meanDifference(shown[own], decoded[own]))
                            .as("frame %d closer to its own picture than to frame %d's", frames[own], frames[other])
                            .isLessThan(meanDifference(shown[own], decoded[other]) / 2);
                }
            }
            browser.script("const v = document.getElementById('v'); v.currentTime = 0; v.playbackRate = 2; v.play();");
            browser.until(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('v').ended")),
                    "the video to play to its end", Duration.ofSeconds(60));
            assertThat(browser.script("return document.getElementById('v').error")).isNull();
            return shown;
        } finally {
            server.stop(0);
        }
    }

    /** A big face whose mouth is {@code open} pixels high. */
    private static AvatarAnimator.Picture face(int open) {
        BufferedImage pose = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = pose.createGraphics();
        g.setColor(new Color(240, 200, 160));
        g.fillOval(0, 0, 240, 240);
        g.setColor(new Color(90, 20, 30));
        g.fillRect(60, 140, 120, open);
        g.dispose();
        return new AvatarAnimator.Picture(240, 240, pose.getRGB(0, 0, 240, 240, null, 0, 240));
    }

    /** The picture Chromium shows at the middle of the frame, sampled every 8 pixels as RGB. */
    private static int[] pixelsAt(Browser browser, int frame) {
        browser.script("document.getElementById('v').currentTime = arguments[0];", (frame + 0.5) / FPS);
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "const v = document.getElementById('v'); return !v.seeking && v.readyState >= 2")), "the seek");
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) browser.script("""
                const v = document.getElementById('v');
                const c = document.createElement('canvas');
                c.width = v.videoWidth; c.height = v.videoHeight;
                const g = c.getContext('2d');
                g.drawImage(v, 0, 0);
                const d = g.getImageData(0, 0, c.width, c.height).data;
                const out = [];
                for (let y = 4; y < c.height; y += 8) for (let x = 4; x < c.width; x += 8) {
                  const i = 4 * (y * c.width + x); out.push(d[i], d[i + 1], d[i + 2]);
                }
                return out;""");
        return values.stream().mapToInt(Number::intValue).toArray();
    }

    /** Frame n as the bundled FFmpeg decodes it (the thumbnail of its start time, a JPEG). */
    private BufferedImage decodedFrame(FfmpegVideoComposer composer, Path video, int frame) throws IOException {
        Path jpeg = dir.resolve("frame-" + frame + ".jpg");
        // the thumbnail is the first frame shown at or after the time: the frame's own start
        composer.thumbnail(video, Duration.ofNanos(Math.round(frame * 1e9 / FPS)), jpeg);
        return ImageIO.read(jpeg.toFile());
    }

    private static int[] pixels(BufferedImage image) {
        int[] out = new int[3 * ((HEIGHT - 4 + 7) / 8) * ((WIDTH - 4 + 7) / 8)];
        int i = 0;
        for (int y = 4; y < HEIGHT; y += 8) {
            for (int x = 4; x < WIDTH; x += 8) {
                int rgb = image.getRGB(x, y);
                out[i++] = (rgb >> 16) & 255;
                out[i++] = (rgb >> 8) & 255;
                out[i++] = rgb & 255;
            }
        }
        return out;
    }

    private static double meanDifference(int[] a, int[] b) {
        assertThat(a).hasSameSizeAs(b);
        long total = 0;
        for (int i = 0; i < a.length; i++) {
            total += Math.abs(a[i] - b[i]);
        }
        return (double) total / a.length;
    }

    private static void serve(HttpExchange exchange, Path video) throws IOException {
        byte[] body;
        String type;
        if (exchange.getRequestURI().getPath().equals("/held.mp4")) {
            body = Files.readAllBytes(video);
            type = "video/mp4";
        } else {
            body = "<!doctype html><video id=v src=/held.mp4 muted playsinline preload=auto></video>"
                    .getBytes(StandardCharsets.UTF_8);
            type = "text/html";
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = 0;
        int to = body.length - 1;
        if (range != null && range.startsWith("bytes=")) {
            String[] bounds = range.substring(6).split("-", -1);
            from = Integer.parseInt(bounds[0]);
            to = bounds[1].isEmpty() ? to : Math.min(to, Integer.parseInt(bounds[1]));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
            exchange.sendResponseHeaders(206, to - from + 1);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, from, to - from + 1);
        }
    }
}
