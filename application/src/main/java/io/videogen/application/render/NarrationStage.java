package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer.Spoken;
import io.videogen.application.port.out.Tracing;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Stage {@code voice}: one clip of speech per caption cue (so caption times are exact), each found
 * in the workspace when it was said before, and every scene laid out on the video's timeline. Clips
 * still to say are said on as many threads as the synthesizer allows for the voice
 * ({@link io.videogen.application.port.out.SpeechSynthesizer#clipsAtOnce}), each once however often
 * its text recurs.
 */
final class NarrationStage {

    private NarrationStage() {
    }

    static Narration run(RenderContext ctx, Script script, IntConsumer percent) throws IOException {
        VideoSpec spec = ctx.spec();
        List<Scene> scenes = script.scenes();
        List<Spoken[]> said = said(ctx, scenes, percent);
        List<SceneTimeline> timelines = new ArrayList<>();
        List<String> speechKeys = new ArrayList<>();
        List<VoiceMaker> voices = new ArrayList<>();
        int startFrame = 0;
        int fps = spec.config().fps();
        Duration minimum = spec.imageSync().transitionLength().multipliedBy(2).plusSeconds(1);
        for (Scene scene : scenes) {
            List<SpeechClip> clips = new ArrayList<>();
            VoiceMaker voice = null;
            for (Spoken spoken : said.get(scene.index())) {
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
        }
        return new Narration(timelines, speechKeys, voices, SceneTimeline.frames(startFrame, fps));
    }

    /**
     * Every scene's clips, in the order of its texts: found in the workspace, said here one after the
     * other, or (when the voice allows more at once) said together once every scene has been looked up.
     */
    private static List<Spoken[]> said(RenderContext ctx, List<Scene> scenes, IntConsumer percent)
            throws IOException {
        int atOnce = ctx.engine().speech().clipsAtOnce(ctx.spec().voice());
        List<Spoken[]> said = new ArrayList<>();
        Map<Path, Saying> sayings = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            ctx.trace().scene(scene.index());
            List<String> texts = scene.captionsFollowSpeech()
                    ? scene.cues().stream().map(CaptionCue::text).toList()
                    : List.of(scene.text());
            Spoken[] clips = new Spoken[texts.size()];
            said.add(clips);
            for (int c = 0; c < clips.length; c++) {
                // Said together, the progress is the clips said (below); told here too, as the listener may
                // throw to stop the render.
                percent.accept(atOnce > 1 ? 0 : 100 * scene.index() / scenes.size());
                // The voice hears the text with the user's pronunciation list applied (so a changed list
                // is said again); the captions keep the written words and find their times in the clip's
                // word timings (SpokenWords).
                String text = ctx.account().pronunciations().apply(texts.get(c));
                Path wav = ctx.keys().speech(ctx.spec().voice(), text);
                Saying saying = sayings.get(wav);
                Optional<Spoken> cached = saying != null ? Optional.empty()
                        : ClipCache.find(wav, ctx.engine().audio(), ctx.spec().voice());
                // a text said earlier in this render counts as found, as when said one after the other
                ctx.trace().cacheLookup("speech", scene.index(), cached.isPresent() || saying != null);
                if (cached.isPresent()) {
                    clips[c] = cached.get();
                } else if (atOnce <= 1) {
                    clips[c] = new Saying(ctx, scene.index(), text, wav, ctx.trace().currentScene()).say();
                } else {
                    if (saying == null) {
                        saying = new Saying(ctx, scene.index(), text, wav, ctx.trace().currentScene());
                        sayings.put(wav, saying);
                    }
                    saying.into(clips, c);
                }
            }
            percent.accept(atOnce > 1 ? 0 : 100 * (scene.index() + 1) / scenes.size());
        }
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        int[] done = {0};
        for (Saying saying : sayings.values()) {
            pieces.add(() -> {
                saying.sayIntoPlaces();
                synchronized (done) {
                    percent.accept(100 * ++done[0] / sayings.size());
                }
            });
        }
        new ParallelWork().run("speech", pieces, atOnce);
        return said;
    }

    /** One text still to say, and the places its clip goes (the same text may recur). */
    private static final class Saying {

        private final RenderContext ctx;
        private final int sceneIndex;
        private final String text;
        private final Path wav;
        private final Tracing.Span scene;
        private final List<Spoken[]> arrays = new ArrayList<>();
        private final List<Integer> places = new ArrayList<>();

        Saying(RenderContext ctx, int sceneIndex, String text, Path wav, Tracing.Span scene) {
            this.ctx = ctx;
            this.sceneIndex = sceneIndex;
            this.text = text;
            this.wav = wav;
            this.scene = scene;
        }

        void into(Spoken[] clips, int place) {
            arrays.add(clips);
            places.add(place);
        }

        void sayIntoPlaces() throws IOException {
            Spoken spoken = say();
            for (int i = 0; i < arrays.size(); i++) {
                arrays.get(i)[places.get(i)] = spoken;
            }
        }

        /** Says the text into its clip and keeps its timings beside it; safe from any thread. */
        Spoken say() throws IOException {
            try {
                Spoken spoken = ctx.trace().provider(scene, "speech", "speech.synthesize",
                        () -> ctx.engine().speech().narrate(text, ctx.spec().voice(), wav, ctx.account()));
                ClipCache.remember(spoken);
                return spoken;
            } catch (RenderStepException e) {
                throw new SceneFailure(sceneIndex, e.getMessage(), e.retryable(), e);
            }
        }
    }
}
