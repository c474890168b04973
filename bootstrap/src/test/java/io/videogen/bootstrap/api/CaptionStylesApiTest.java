package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.render.RenderVideoService;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard job (bench's 30-second explainer) rendered through the API in each caption style:
 * {@code captions.json} times every word, the WebVTT carries them, and the pictures show the style —
 * for {@code karaoke}, a frame at the middle of a word has the highlight on that word and not on its
 * neighbours.
 */
@QuarkusTest
class CaptionStylesApiTest {

    private static final String RED = "#ff0000";
    private static final Pattern CUE = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\\n((?:.+\\n)+)");

    @Inject
    RenderVideoService renders;

    @Inject
    VideoComposer composer;

    @TempDir
    Path dir;

    @Test
    void karaokeHighlightsTheWordBeingSaidAndNotItsNeighbours() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        Rendered video = render(ana, Map.of("style", "karaoke", "highlightColor", RED));

        ana.request().get("/api/v1/videos/" + video.id()).then().statusCode(200)
                .body("spec.captions.style", equalTo("karaoke")).body("spec.captions.highlightColor", equalTo(RED))
                .body("outputs.captionsJson", equalTo("/api/v1/videos/" + video.id() + "/captions.json"));
        List<Map<String, Object>> words = video.words();
        List<Cue> cues = video.cues();
        int checked = 0;
        // every fourth word of the first two scenes long enough to hold a frame or two (the third
        // scene's background is red itself)
        for (int i = 1; i < words.size() && checked < 8; i += 4) {
            Map<String, Object> word = words.get(i);
            long start = ((Number) word.get("startMs")).longValue();
            long end = ((Number) word.get("endMs")).longValue();
            if ((Integer) word.get("scene") > 1 || end - start < 150 || !((String) word.get("text")).matches(".*\\w.*")) {
                continue;
            }
            long middle = (start + end) / 2;
            Cue cue = cues.stream().filter(c -> c.start() <= middle && middle < c.end()).findFirst().orElseThrow();
            int[] place = cue.place(i - cue.firstWord(words));
            BufferedImage frame = frameAt(video.file(), middle);
            // the caption box sits at the bottom of the title-safe area, below the scene's title
            // a space is 16 columns or more; a full stop stands 8 from its word
            List<List<CaptionFrames.WordBox>> lines = CaptionFrames.lines(frame, frame.getHeight() * 3 / 5,
                    frame.getHeight() * 91 / 100, 12);
            String where = "'" + word.get("text") + "' at " + middle + " ms in " + cue.lines();
            assertThat(lines).as(where).hasSize(cue.lines().size());
            List<CaptionFrames.WordBox> line = lines.get(place[0]);
            assertThat(line).as(where + ": the words of line " + place[0]).hasSize(cue.wordsOfLine(place[0]));
            CaptionFrames.WordBox said = line.get(place[1]);
            assertThat(said.highlightPixels()).as(where + ": the highlight on the word")
                    .isGreaterThan(said.textPixels() / 2);
            for (int n : new int[] {place[1] - 1, place[1] + 1}) {
                if (n >= 0 && n < line.size()) {
                    assertThat(line.get(n).highlightPixels()).as(where + ": no highlight on its neighbour " + n)
                            .isLessThan(Math.max(3, line.get(n).textPixels() / 50));
                }
            }
            checked++;
        }
        assertThat(checked).as("words checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void classicShowsWholeSentencesWithNothingHighlighted() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        Rendered video = render(ana, Map.of("style", "classic", "highlightColor", RED));

        Map<String, Object> word = video.words().get(3);
        long middle = (((Number) word.get("startMs")).longValue() + ((Number) word.get("endMs")).longValue()) / 2;
        BufferedImage frame = frameAt(video.file(), middle);
        List<List<CaptionFrames.WordBox>> lines = CaptionFrames.lines(frame, frame.getHeight() * 3 / 5,
                frame.getHeight() * 91 / 100, 7);
        assertThat(lines).isNotEmpty();
        assertThat(lines.stream().flatMap(List::stream).mapToInt(CaptionFrames.WordBox::highlightPixels).sum())
                .isLessThan(10);
        assertThat(lines.get(0).size()).as("a sentence's words at once").isGreaterThan(3);
    }

    @Test
    void wordsShowOneToThreeLargeWordsTheSpokenOneHighlighted() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        Rendered video = render(ana, Map.of("style", "words", "highlightColor", RED));

        ana.request().get("/api/v1/videos/" + video.id()).then().statusCode(200)
                .body("spec.captions.position", equalTo("center"));
        int checked = 0;
        List<Map<String, Object>> words = video.words();
        for (int i = 2; i < words.size() && checked < 5; i += 5) {
            Map<String, Object> word = words.get(i);
            long start = ((Number) word.get("startMs")).longValue();
            long end = ((Number) word.get("endMs")).longValue();
            if ((Integer) word.get("scene") > 1 || end - start < 150 || !((String) word.get("text")).matches(".*\\w.*")) {
                continue;
            }
            BufferedImage frame = frameAt(video.file(), (start + end) / 2);
            // centred words sit just below the middle, clear of the title
            List<List<CaptionFrames.WordBox>> lines = CaptionFrames.lines(frame, frame.getHeight() * 54 / 100,
                    frame.getHeight() * 76 / 100, 20);
            String where = "'" + word.get("text") + "' at " + (start + end) / 2 + " ms";
            assertThat(lines).as(where).hasSize(1);
            assertThat(lines.get(0)).as(where).hasSizeBetween(1, 3);
            assertThat(lines.get(0).stream().filter(w -> w.highlightPixels() > w.textPixels() / 2)).as(where)
                    .hasSize(1);
            int height = frame.getHeight();
            assertThat(lines.get(0).get(0).right() - lines.get(0).get(0).left()).as("large").isGreaterThan(height / 40);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownStyleOrColourIsRefusedNamingTheField() {
        Accounts.Account ana = Accounts.signUp();
        Map<String, Object> body = new LinkedHashMap<>(standardJob());
        body.put("captions", Map.of("style", "bouncy"));
        ana.request().body(body).post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("captions.style"))
                .body("errors[0].message", containsString("use classic, karaoke or words"));
        body.put("captions", Map.of("highlightColor", "yellowish"));
        ana.request().body(body).post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("captions.highlightColor"));
        body.put("captions", Map.of("position", "left"));
        ana.request().body(body).post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("captions.position"));
    }

    private Rendered render(Accounts.Account account, Map<String, Object> captions) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(standardJob());
        Map<String, Object> choice = new LinkedHashMap<>(captions);
        choice.put("burnIn", true);
        body.put("captions", choice);
        String id = VideoApiTest.create(account, body);
        var result = renders.render(VideoId.parse(id), null, ByHand.claim())
                .await().atMost(Duration.ofMinutes(6));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        Path file = dir.resolve(id + ".mp4");
        Files.write(file, account.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                .extract().asByteArray());
        String json = account.request().get("/api/v1/videos/" + id + "/captions.json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
        String vtt = account.request().get("/api/v1/videos/" + id + "/captions.vtt").then().statusCode(200)
                .extract().asString();
        Rendered rendered = new Rendered(id, file, JsonPath.from(json).getList("words"), cues(vtt));
        assertThat(JsonPath.from(json).getString("language")).startsWith("en");
        assertThat(vtt).containsPattern("[a-z] <00:00:\\d\\d\\.\\d{3}>[A-Za-z]");
        // the words are the script's, in order, each starting after the one before
        List<String> scriptWords = new ArrayList<>();
        for (Map<String, Object> scene : scenes()) {
            scriptWords.addAll(List.of(((String) scene.get("text")).split(" ")));
        }
        assertThat(rendered.words()).extracting(w -> w.get("text")).containsExactlyElementsOf(scriptWords);
        for (int i = 1; i < rendered.words().size(); i++) {
            assertThat(((Number) rendered.words().get(i).get("startMs")).longValue())
                    .isGreaterThanOrEqualTo(((Number) rendered.words().get(i - 1).get("startMs")).longValue());
        }
        return rendered;
    }

    private BufferedImage frameAt(Path video, long millis) throws Exception {
        Path jpeg = dir.resolve("frame-" + millis + ".jpg");
        composer.thumbnail(video, Duration.ofMillis(millis), jpeg);
        return ImageIO.read(jpeg.toFile());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> scenes() {
        return (List<Map<String, Object>>) standardJob().get("scenes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> standardJob() {
        try (InputStream in = CaptionStylesApiTest.class.getResourceAsStream("/captions/standard-job.json")) {
            return new ObjectMapper().readValue(in, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Cue> cues(String vtt) {
        List<Cue> cues = new ArrayList<>();
        Matcher matcher = CUE.matcher(vtt);
        while (matcher.find()) {
            List<String> lines = matcher.group(9).lines()
                    .map(line -> line.replaceAll("<[0-9:.]+>", "")).toList();
            cues.add(new Cue(millis(matcher, 1), millis(matcher, 5), lines));
        }
        return cues;
    }

    private static long millis(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }

    private record Rendered(String id, Path file, List<Map<String, Object>> words, List<Cue> cues) {
    }

    /** A WebVTT cue: when it shows and its lines (inline timestamps removed). */
    private record Cue(long start, long end, List<String> lines) {

        int wordsOfLine(int line) {
            return lines.get(line).split(" ").length;
        }

        /** The line and the position in it of the cue's n-th word. */
        int[] place(int word) {
            int left = word;
            for (int line = 0; line < lines.size(); line++) {
                if (left < wordsOfLine(line)) {
                    return new int[] {line, left};
                }
                left -= wordsOfLine(line);
            }
            throw new IllegalArgumentException("the cue " + lines + " has no word " + word);
        }

        /** The index in captions.json of this cue's first word: the first word said at or after its start. */
        int firstWord(List<Map<String, Object>> words) {
            String first = lines.get(0).split(" ")[0];
            for (int i = 0; i < words.size(); i++) {
                if (((Number) words.get(i).get("startMs")).longValue() >= start && first.equals(words.get(i).get("text"))) {
                    return i;
                }
            }
            throw new IllegalStateException("no word starts the cue " + lines);
        }
    }
}
