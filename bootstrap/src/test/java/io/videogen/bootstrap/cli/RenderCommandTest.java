package io.videogen.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.infrastructure.media.FfmpegVideoComposer;
import io.videogen.presentation.cli.RenderArguments;
import io.videogen.presentation.cli.RenderCommand;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code videogen render} as a user runs it, minus the launcher script: arguments in, exit code and files out. */
class RenderCommandTest {

    private static final String TINY = """
            {"title": "CLI test",
             "scenes": [
               {"title": "Hello", "text": "Hello from the command line.",
                "visual": {"type": "gradient", "from": "#1e3c72", "to": "#2a5298"}},
               {"text": "Goodbye.", "visual": {"type": "color", "value": "#134e5e"}}
             ],
             "output": {"aspectRatio": "16:9", "resolution": "320x180", "fps": 12, "quality": "draft"},
             "captions": {"burnIn": true}}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(boolean terminal, String... args) {
        RenderCommand command = new OfflineRendering().command(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return command.run(List.of(args));
    }

    @Test
    void rendersASpecToAnMp4WithThumbnailAndCaptionsBesideIt() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), TINY);
        Path video = dir.resolve("out/tiny.mp4");

        int exit = run(false, spec.toString(), "-o", video.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(RenderCommand.OK);
        MediaInfo info = new FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine()).probe(video);
        assertThat(info.streams()).extracting(MediaInfo.Stream::type).containsExactly("video", "audio");
        assertThat(info.streams().get(0).codec()).isEqualTo("h264");
        assertThat(info.streams().get(0).width()).isEqualTo(320);
        assertThat(info.streams().get(0).height()).isEqualTo(180);
        assertThat(info.streams().get(0).fps()).isEqualTo(12.0);
        assertThat(info.streams().get(1).codec()).isEqualTo("aac");
        assertThat(info.duration().toMillis() / 1000.0).isGreaterThan(2.0);
        BufferedImage thumbnail = ImageIO.read(dir.resolve("out/tiny.jpg").toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(Files.readString(dir.resolve("out/tiny.srt"))).contains("Hello from the command line.");
        assertThat(Files.readString(dir.resolve("out/tiny.vtt"))).startsWith("WEBVTT").contains("Goodbye.");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("wrote", "tiny.mp4", "2 scenes: 2 encoded, 0 reused");
        double said = Double.parseDouble(summary.replaceAll("(?s).*\\(([0-9.]+) s,.*", "$1"));
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(said, within(1.0 / 12));
        // Not a terminal: plain lines, one per stage, no carriage returns to litter a log.
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("stage voice", "stage composition", "stage render", "100% done")
                .doesNotContain("\r");
    }

    @Test
    void aWorkspaceKeptBetweenRunsReusesUnchangedScenes() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), TINY);
        Path work = dir.resolve("work");
        assertThat(run(false, spec.toString(), "-o", dir.resolve("a.mp4").toString(), "--workspace", work.toString()))
                .isZero();
        Files.writeString(spec, TINY.replace("Goodbye.", "Goodbye, and thank you."));
        out.reset();

        int exit = run(false, spec.toString(), "-o", dir.resolve("b.mp4").toString(), "--workspace", work.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 scenes: 1 encoded, 1 reused");
        assertThat(work.resolve("segments")).isNotEmptyDirectory();
    }

    @Test
    void onATerminalTheProgressIsABarRedrawnInPlace() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), TINY);

        assertThat(run(true, spec.toString(), "-o", dir.resolve("bar.mp4").toString())).isZero();

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\r[", "100%").doesNotContain("stage voice");
    }

    @Test
    void anInvalidSpecExitsWithTwoNamingTheField() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), TINY.replace("\"fps\": 12", "\"fps\": 0"));

        int exit = run(false, spec.toString(), "-o", dir.resolve("never.mp4").toString());

        assertThat(exit).isEqualTo(RenderCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("output.fps", "between 1 and 60");
        assertThat(dir.resolve("never.mp4")).doesNotExist();
    }

    @Test
    void aMisspeltFieldOrAnEmptySceneExitsWithTwo() throws Exception {
        Path misspelt = Files.writeString(dir.resolve("misspelt.json"), TINY.replace("\"visual\"", "\"visul\""));
        Path empty = Files.writeString(dir.resolve("empty.json"), TINY.replace("Goodbye.", "  "));

        assertThat(run(false, misspelt.toString(), "-o", dir.resolve("x.mp4").toString()))
                .isEqualTo(RenderCommand.BAD_INPUT);
        assertThat(run(false, empty.toString(), "-o", dir.resolve("y.mp4").toString()))
                .isEqualTo(RenderCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("scenes[0].visul", "unknown field", "scenes[1].text");
    }

    @Test
    void aWrongCommandLineExitsWithSixtyFour() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), TINY);

        assertThat(run(false)).isEqualTo(RenderCommand.USAGE);
        assertThat(run(false, spec.toString())).isEqualTo(RenderCommand.USAGE);
        assertThat(run(false, spec.toString(), "-o")).isEqualTo(RenderCommand.USAGE);
        assertThat(run(false, spec.toString(), "-o", "x.mp4", "--fast")).isEqualTo(RenderCommand.USAGE);
        assertThat(run(false, spec.toString(), "-o", "x.mp4", "--asset", "not-an-id=a.png"))
                .isEqualTo(RenderCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: videogen render", "unknown option --fast");
    }

    @Test
    void aDaemonResolvesTheClientsRelativePathsAgainstTheClientsDirectoryAndLeavesTheRestForTheCommandToJudge() {
        Path client = Path.of("/home/someone/project");

        assertThat(RenderArguments.resolvedAgainst(client, List.of("spec.json", "-o", "out/a.mp4", "--workspace", "/abs/ws",
                "--asset", "0b8e3c5e-0000-4000-8000-000000000001=pics/a.png", "-q")))
                .containsExactly("/home/someone/project/spec.json", "-o", "/home/someone/project/out/a.mp4",
                        "--workspace", "/abs/ws", "--asset",
                        "0b8e3c5e-0000-4000-8000-000000000001=/home/someone/project/pics/a.png", "-q");
        assertThat(RenderArguments.resolvedAgainst(client, List.of("spec.json", "--fast", "--asset", "nonsense", "-o")))
                .containsExactly("/home/someone/project/spec.json", "--fast", "--asset", "nonsense", "-o");
    }
}
