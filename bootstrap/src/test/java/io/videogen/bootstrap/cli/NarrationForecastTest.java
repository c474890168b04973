package io.videogen.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.presentation.cli.RenderCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a command-line render will say a line, told before the spec is read as a request. */
class NarrationForecastTest {

    private static final String SPEC = """
            {"title": "Forecast",
             "voice": {"voiceId": "%s", "speed": 1.0},
             "scenes": [
               {"title": "One", "text": "%s", "visual": {"type": "color", "value": "#1e3c72"}},
               {"text": "Goodbye.", "visual": {"type": "color", "value": "#134e5e"}}
             ],
             "output": {"aspectRatio": "16:9", "resolution": "320x180", "fps": 12, "quality": "draft"},
             "captions": {"burnIn": false}}
            """;

    @TempDir
    Path dir;

    private Path spec(String name, String voiceId, String firstText) throws Exception {
        return Files.writeString(dir.resolve(name), SPEC.formatted(voiceId, firstText));
    }

    @Test
    void aNewWorkspaceOrATemporaryOneWillSayEveryLine() throws Exception {
        Path spec = spec("a.json", "en-US-default", "Hello.");

        assertThat(NarrationForecast.of(spec, dir.resolve("new-workspace")).newLinesLikely()).isTrue();
        assertThat(NarrationForecast.of(spec, null).newLinesLikely()).isTrue();
        assertThat(NarrationForecast.of(spec, null).voiceId()).isEqualTo("en-US-default");
    }

    @Test
    void aWorkspaceRemembersWhatWasSaidThereAndAnEditedTextOrAnotherVoiceIsNew() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        NarrationForecast.of(spec("a.json", "en-US-default", "Hello."), workspace).remember();

        assertThat(NarrationForecast.of(spec("same.json", "en-US-default", "Hello."), workspace).newLinesLikely())
                .isFalse();
        assertThat(NarrationForecast.of(spec("edited.json", "en-US-default", "Hello again."), workspace)
                .newLinesLikely()).isTrue();
        NarrationForecast otherVoice = NarrationForecast.of(spec("voice.json", "en-US-kevin", "Hello."), workspace);
        assertThat(otherVoice.newLinesLikely()).isTrue();
        assertThat(otherVoice.voiceId()).isEqualTo("en-US-kevin");
    }

    @Test
    void theRecordKeepsEveryRenderSLinesSoGoingBackToAnEarlierTextSaysNothingNew() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        NarrationForecast.of(spec("a.json", "en-US-default", "Hello."), workspace).remember();
        NarrationForecast.of(spec("b.json", "en-US-default", "Hello again."), workspace).remember();

        assertThat(NarrationForecast.of(spec("back.json", "en-US-default", "Hello."), workspace).newLinesLikely())
                .isFalse();
    }

    @Test
    void aWorkspaceWithSpeechButNoRecordIsLeftToTheVoiceStage() throws Exception {
        Path workspace = dir.resolve("old-ws");
        Files.createDirectories(workspace.resolve("audio"));
        Files.write(workspace.resolve("audio/speech-0123.wav"), new byte[44]);

        assertThat(NarrationForecast.of(spec("a.json", "en-US-default", "Hello."), workspace).newLinesLikely())
                .isFalse();
    }

    @Test
    void aSpecThatIsNotJsonForecastsNothingAndRemembersNothing() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        NarrationForecast broken = NarrationForecast.of(Files.writeString(dir.resolve("bad.json"), "{\"scenes\": ["),
                workspace);
        broken.remember();

        assertThat(broken.newLinesLikely()).isFalse();
        assertThat(workspace.resolve(NarrationForecast.FILE)).doesNotExist();
    }

    @Test
    void aFinishedRenderInAWorkspaceLeavesTheRecordAndAFailedOneDoesNot() throws Exception {
        Path workspace = dir.resolve("ws");
        Path spec = spec("a.json", "en-US-default", "Hello from the forecast.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        int failed = new OfflineRendering().run(List.of(spec("bad.json", "no-such-voice", "Hello.").toString(), "-o",
                dir.resolve("bad.mp4").toString(), "--workspace", workspace.toString(), "-q"), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(failed).isNotEqualTo(RenderCommand.OK);
        assertThat(workspace.resolve(NarrationForecast.FILE)).doesNotExist();

        int exit = new OfflineRendering().run(List.of(spec.toString(), "-o", dir.resolve("out.mp4").toString(),
                "--workspace", workspace.toString(), "-q"), quiet, new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(RenderCommand.OK);
        assertThat(Files.readAllLines(workspace.resolve(NarrationForecast.FILE))).hasSize(2);
        assertThat(NarrationForecast.of(spec, workspace).newLinesLikely()).isFalse();
    }
}
