package io.videogen.bootstrap.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.application.render.RenderVideoService;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.VideoQueries;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script becomes an MP4 through the real offline adapters: FreeTTS, Java2D, in-process FFmpeg,
 * PostgreSQL, local media storage.
 */
@QuarkusTest
class OfflineRenderTest {

    @Inject
    CreateVideoService videos;
    @Inject
    VideoQueries queries;
    @Inject
    RenderVideoService renders;
    @Inject
    MediaStore media;
    @Inject
    VideoComposer composer;

    @TempDir
    Path dir;

    @Test
    void aScriptBecomesANarratedCaptionedMp4() throws Exception {
        Caller ana = new Caller(UserId.random(), Set.of(Role.CREATOR));
        VideoDraft draft = new VideoDraft(new VideoTitle("Offline tour"), new ScriptSource.PlainText(
                "# Welcome\nWelcome to **videogen**. It renders offline.\n\n---\n\nThe second scene says goodbye."),
                Map.of(), null, new VideoDraft.Look(VideoConfig.of("640x360", null, 25, "draft"), null, null, null),
                null, null, null);
        Video video = videos.create(new CreateVideoCommand(ana, draft)).await().atMost(Duration.ofSeconds(30));

        var result = renders.render(video.id(), null,
                ByHand.claim()).await().atMost(Duration.ofMinutes(3));

        assertThat(result.outcome()).as(result.failure().toString()).isEqualTo(Outcome.COMPLETED);
        Video done = queries.get(video.id(), ana).await().atMost(Duration.ofSeconds(30));
        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
        String prefix = MediaStore.videoPrefix(video.id());
        Path mp4 = dir.resolve("video.mp4");
        media.copyTo(prefix + "video.mp4", mp4);
        MediaInfo info = composer.probe(mp4);
        assertThat(info.streams()).extracting(MediaInfo.Stream::type).containsExactlyInAnyOrder("video", "audio");
        MediaInfo.Stream picture = info.streams().stream().filter(s -> s.type().equals("video")).findFirst()
                .orElseThrow();
        assertThat(picture.codec()).isEqualTo("h264");
        assertThat(picture.width()).isEqualTo(640);
        assertThat(picture.height()).isEqualTo(360);
        assertThat(picture.fps()).isEqualTo(25.0);
        assertThat(info.duration().toMillis()).isCloseTo(done.durationMs().orElseThrow(),
                org.assertj.core.data.Offset.offset(80L));

        Path jpeg = dir.resolve("thumb.jpg");
        media.copyTo(prefix + "thumbnail.jpg", jpeg);
        BufferedImage thumbnail = ImageIO.read(jpeg.toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(640);

        Path srt = dir.resolve("captions.srt");
        media.copyTo(prefix + "captions.srt", srt);
        assertThat(Files.readString(srt)).contains("Welcome.", "videogen", "goodbye").doesNotContain("**", "#");
        if (System.getenv("VIDEOGEN_KEEP_SAMPLE") != null) {
            Files.copy(mp4, Path.of(System.getenv("VIDEOGEN_KEEP_SAMPLE")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
