package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer.Spoken;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Stage {@code voice}: one clip of speech per caption cue (so caption times are exact), each found
 * in the workspace when it was said before, and every scene laid out on the video's timeline.
 */
final class NarrationStage {

    private NarrationStage() {
    }

    static Narration run(RenderContext ctx, Script script, IntConsumer percent) throws IOException {
        VideoSpec spec = ctx.spec();
        List<SceneTimeline> timelines = new ArrayList<>();
        List<String> speechKeys = new ArrayList<>();
        List<VoiceMaker> voices = new ArrayList<>();
        int startFrame = 0;
        int fps = spec.config().fps();
        Duration minimum = spec.imageSync().transitionLength().multipliedBy(2).plusSeconds(1);
        List<Scene> scenes = script.scenes();
        for (Scene scene : scenes) {
            ctx.trace().scene(scene.index());
            List<String> texts = scene.captionsFollowSpeech()
                    ? scene.cues().stream().map(CaptionCue::text).toList()
                    : List.of(scene.text());
            List<SpeechClip> clips = new ArrayList<>();
            VoiceMaker voice = null;
            for (String text : texts) {
                percent.accept(100 * scene.index() / scenes.size());
                Spoken spoken = speak(ctx, scene.index(), text);
                clips.add(spoken.clip());
                // a scene is a fallback when any of its clips is: its first such clip says who stood in
                if (voice == null || !voice.fallback() && spoken.maker().fallback()) {
                    voice = spoken.maker();
                }
            }
            voices.add(voice);
            boolean last = scene.index() == scenes.size() - 1;
            Duration pause = last ? SceneTimeline.LEAD_IN : ctx.scriptConfig().pauseBetweenScenes();
            SceneTimeline timeline = scene.captionsFollowSpeech()
                    ? SceneTimeline.ofCues(scene.index(), startFrame, fps, scene.cues(), clips, pause, minimum)
                    : SceneTimeline.ofDisplayCaptions(scene.index(), startFrame, fps, scene.cues(), clips, pause,
                    minimum);
            timelines.add(timeline);
            speechKeys.add(clips.stream().map(clip -> clip.wav().getFileName().toString()).toList().toString());
            startFrame = timeline.endFrame();
            percent.accept(100 * (scene.index() + 1) / scenes.size());
        }
        return new Narration(timelines, speechKeys, voices, SceneTimeline.frames(startFrame, fps));
    }

    /**
     * One cue said by the voice. The voice hears the text with the user's pronunciation list applied
     * (so a changed list is said again); the captions keep the written words and find their times in
     * the clip's word timings ({@link SpokenWords}).
     */
    private static Spoken speak(RenderContext ctx, int sceneIndex, String written) throws IOException {
        String text = ctx.account().pronunciations().apply(written);
        Path wav = ctx.keys().speech(ctx.spec().voice(), text);
        var cached = ClipCache.find(wav, ctx.engine().audio(), ctx.spec().voice());
        ctx.trace().cacheLookup("speech", sceneIndex, cached.isPresent());
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            Spoken spoken = ctx.trace().provider("speech", "speech.synthesize",
                    () -> ctx.engine().speech().narrate(text, ctx.spec().voice(), wav, ctx.account()));
            ClipCache.remember(spoken);
            return spoken;
        } catch (RenderStepException e) {
            throw new SceneFailure(sceneIndex, e.getMessage(), e.retryable(), e);
        }
    }
}
