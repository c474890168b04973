package io.videogen.bootstrap.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.in.RenderSpecUseCase.RenderSpecCommand;
import io.videogen.application.port.in.RenderSpecUseCase.RenderedVideo;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.application.service.VoiceSamples;
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.domain.media.Voice;
import io.videogen.domain.video.VideoTitle;
import io.videogen.infrastructure.speech.OfflineSpeech;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language an offline voice lists renders a scene in that language on the real adapters: the
 * MP4 lasts as long as the narration and its captions carry the sentence's words, accents and all.
 */
class LanguageScenesRenderTest {

    @TempDir
    Path dir;

    static Stream<VoiceDescription> oneVoicePerLanguage() {
        return new OfflineSpeech().voices().stream().filter(v -> !v.id().equals(Voice.DEFAULT_ID))
                .collect(java.util.stream.Collectors.toMap(VoiceDescription::language, v -> v, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneVoicePerLanguage")
    void rendersASceneInTheLanguage(VoiceDescription voice) throws Exception {
        String sentence = VoiceSamples.sentence(voice.language());
        VideoDraft draft = new VideoDraft(new VideoTitle(voice.language()),
                new ScriptSource.Scenes(List.of(Drafts.scene(sentence, null, "#1e3c72", "#2a5298"))), Map.of(), null,
                new VideoDraft.Look(Drafts.SMALL, null, null, null), null,
                new VideoDraft.Sound(new Voice(voice.id(), voice.language(), 1.0), null), null);
        OfflineRenderService renderer = (OfflineRenderService) new OfflineRendering().useCase(RenderObserver.NONE);

        RenderedVideo video = renderer.render(new RenderSpecCommand(draft, dir.resolve("out/video.mp4"),
                dir.resolve("work"), Map.of(), null));

        assertThat(video.video()).exists();
        assertThat(video.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(15));
        String vtt = Files.readString(video.vtt(), StandardCharsets.UTF_8);
        String lastWord = sentence.replaceAll("[.!?]+$", "");
        lastWord = lastWord.substring(lastWord.lastIndexOf(' ') + 1);
        assertThat(vtt).contains(sentence.split(" ")[1]).contains(lastWord);
    }
}
