package io.videogen.application.render;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspace.Area;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.port.out.VisualGenerator.StillRequest;
import io.videogen.application.service.AssetService;
import io.videogen.application.service.VideoService;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Visual;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The work of one render attempt, stage by stage. Every artefact is named by a hash of what shaped
 * it and looked up before it is made, so a stage run again after a crash or an edit redoes only what
 * changed. Blocking: runs on a worker thread.
 */
final class RenderRun {

    /** Integrated loudness of every soundtrack, in LUFS. */
    private static final double LOUDNESS_TARGET = -16.0;
    /** Extra canvas for a still that moves (Ken Burns), so the zoom never shows an edge. */
    static final double KEN_BURNS_OVERSIZE = 1.15;
    private static final RgbColor TITLE_COLOR = new RgbColor(255, 255, 255);

    private final VideoId videoId;
    private final VideoSpec spec;
    private final RenderEngine engine;
    private final RenderWorkspace workspace;
    private final MediaStore media;
    private final AvatarLook avatarLook;
    private final ScriptConfig scriptConfig;
    private final RenderTrace trace;

    private Script script;
    private final List<SceneTimeline> timelines = new ArrayList<>();
    private final List<String> speechKeys = new ArrayList<>();
    private final Map<Integer, AvatarPerformance> performances = new HashMap<>();
    private final List<Path> stills = new ArrayList<>();
    private final List<Path> segments = new ArrayList<>();
    private final Map<AssetId, Path> assetCopies = new HashMap<>();
    private Duration duration = Duration.ZERO;
    /** Made beside the segments when there was room; the render stage makes it otherwise. */
    private volatile Path soundtrack;

    RenderRun(VideoId videoId, VideoSpec spec, RenderEngine engine, RenderWorkspace workspace, MediaStore media,
              AvatarLook avatarLook, ScriptConfig scriptConfig, RenderObserver observer) {
        this.videoId = videoId;
        this.spec = spec;
        this.engine = engine;
        this.workspace = workspace;
        this.media = media;
        this.avatarLook = avatarLook;
        this.scriptConfig = scriptConfig;
        this.trace = new RenderTrace(videoId, spec, observer);
    }

    /** Runs one stage's work under its span: scenes, provider calls and FFmpeg runs become child spans. */
    void run(Stage stage, IntConsumer percent, Tracing.Span stageSpan) throws IOException {
        trace.enterStage(stageSpan);
        Throwable failure = null;
        try {
            run(stage, percent);
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            trace.leaveStage(failure);
        }
    }

    /**
     * Runs one stage's work, telling how far it got (0–100 within the stage). The listener may throw
     * to stop the work (the job was cancelled); it is told often, and always before the final video
     * is stored, so a stopped render leaves no half-written output behind.
     */
    void run(Stage stage, IntConsumer percent) throws IOException {
        switch (stage) {
            case SCRIPT -> writeScript();
            case VOICE -> synthesiseVoice(percent);
            case AVATAR -> animateAvatar(percent);
            case VISUALS -> paintVisuals(percent);
            case COMPOSITION -> composeSegments(percent);
            case RENDER -> assemble(percent);
            default -> throw new IllegalStateException("unknown stage " + stage);
        }
    }

    Duration duration() {
        return duration;
    }

    private void writeScript() throws IOException {
        script = trace.provider("script", "script.write", () -> engine.scriptWriter().write(spec));
        StringBuilder text = new StringBuilder();
        for (Scene scene : script.scenes()) {
            text.append("# scene ").append(scene.index()).append('\n').append(scene.text()).append("\n\n");
        }
        writeAtomically(workspace.file(Area.SCRIPTS, "script.txt"), text.toString());
    }

    private void synthesiseVoice(IntConsumer percent) throws IOException {
        timelines.clear();
        speechKeys.clear();
        int startFrame = 0;
        int fps = spec.config().fps();
        Duration minimum = spec.imageSync().transitionLength().multipliedBy(2).plusSeconds(1);
        List<Scene> scenes = script.scenes();
        for (Scene scene : scenes) {
            trace.scene(scene.index());
            List<String> texts = scene.captionsFollowSpeech()
                    ? scene.cues().stream().map(CaptionCue::text).toList()
                    : List.of(scene.text());
            List<SpeechClip> clips = new ArrayList<>();
            for (String text : texts) {
                percent.accept(100 * scene.index() / scenes.size());
                clips.add(speak(scene.index(), text));
            }
            boolean last = scene.index() == scenes.size() - 1;
            Duration pause = last ? SceneTimeline.LEAD_IN : scriptConfig.pauseBetweenScenes();
            SceneTimeline timeline = scene.captionsFollowSpeech()
                    ? SceneTimeline.ofCues(scene.index(), startFrame, fps, scene.cues(), clips, pause, minimum)
                    : SceneTimeline.ofDisplayCaptions(scene.index(), startFrame, fps, scene.cues(), clips, pause,
                    minimum);
            timelines.add(timeline);
            speechKeys.add(clips.stream().map(clip -> clip.wav().getFileName().toString()).toList().toString());
            startFrame = timeline.endFrame();
            percent.accept(100 * (scene.index() + 1) / scenes.size());
        }
        duration = SceneTimeline.frames(startFrame, fps);
    }

    private SpeechClip speak(int sceneIndex, String text) throws IOException {
        String name = "speech-" + ContentHash.of(spec.voice(), text) + ".wav";
        Path wav = workspace.file(Area.AUDIO, name);
        var cached = ClipCache.find(wav);
        trace.cacheLookup("speech", sceneIndex, cached.isPresent());
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            SpeechClip clip = trace.provider("speech", "speech.synthesize",
                    () -> engine.speech().synthesize(text, spec.voice(), wav));
            ClipCache.remember(clip);
            return clip;
        } catch (RenderStepException e) {
            throw new SceneFailure(sceneIndex, e.getMessage(), e.retryable(), e);
        }
    }

    private void animateAvatar(IntConsumer percent) throws IOException {
        performances.clear();
        for (Scene scene : script.scenes()) {
            if (scene.avatar()) {
                trace.scene(scene.index());
                performance(scene.index());
            }
            percent.accept(100 * (scene.index() + 1) / script.scenes().size());
        }
    }

    private AvatarPerformance performance(int sceneIndex) throws IOException {
        AvatarPerformance known = performances.get(sceneIndex);
        if (known != null) {
            return known;
        }
        SceneTimeline timeline = timelines.get(sceneIndex);
        Path portrait = avatarLook instanceof AvatarLook.Portrait p ? assetCopy(sceneIndex, p.assetId()) : null;
        Path sceneSpeech = workspace.file(Area.AUDIO, "scene-" + sceneIndex + ".wav");
        NarrationTrack track = NarrationTrack.silent(timeline.clips().get(0).clip().wav(),
                timeline.duration().minus(SceneTimeline.LEAD_IN));
        track.place(timeline.clips(), SceneTimeline.LEAD_IN.negated());
        track.write(sceneSpeech);
        try {
            AvatarPerformance performance = trace.provider("avatar", "avatar.perform",
                    () -> engine.animator().perform(avatarLook, portrait, spec.avatarConfig(),
                    spec.config().resolution(), timeline.speech(sceneSpeech),
                    SceneTimeline.LEAD_IN.toNanos() / 1e9, timeline.frameCount(), spec.config().fps()));
            performances.put(sceneIndex, performance);
            return performance;
        } catch (RenderStepException e) {
            throw new SceneFailure(sceneIndex, e.getMessage(), e.retryable(), e);
        }
    }

    private void paintVisuals(IntConsumer percent) throws IOException {
        stills.clear();
        double oversize = spec.imageSync().kenBurns() ? KEN_BURNS_OVERSIZE : 1.0;
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        Set<Path> painting = new HashSet<>();
        int scenes = script.scenes().size();
        AtomicInteger painted = new AtomicInteger();
        IntConsumer report = p -> {
            synchronized (painted) {
                percent.accept(p);
            }
        };
        for (Scene scene : script.scenes()) {
            trace.scene(scene.index());
            Path source = scene.visual() instanceof Visual.Image image ? assetCopy(scene.index(), image.assetId())
                    : null;
            String name = "still-" + ContentHash.of(scene.visual().fingerprint(), scene.title(),
                    spec.config().resolution(), oversize) + ".png";
            Path still = workspace.file(Area.IMAGES, name);
            boolean hit = Files.exists(still) || painting.contains(still);
            trace.cacheLookup("still", scene.index(), hit);
            if (!hit) {
                painting.add(still);
                StillRequest request = new StillRequest(scene.visual(), source, spec.config().resolution(),
                        scene.title(), TITLE_COLOR, oversize);
                Tracing.Span sceneSpan = trace.currentScene();
                pieces.add(() -> {
                    try {
                        trace.provider(sceneSpan, "visuals", "visuals.paint", () -> {
                            engine.visuals().paint(request, still);
                            return null;
                        });
                    } catch (RenderStepException e) {
                        throw new SceneFailure(scene.index(), e.getMessage(), e.retryable(), e);
                    }
                    report.accept(100 * painted.incrementAndGet() / scenes);
                });
            } else {
                report.accept(100 * painted.incrementAndGet() / scenes);
            }
            stills.add(still);
        }
        // Stills are independent of each other: paint them on every core.
        runStage(new ParallelWork(), "still", pieces, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private void composeSegments(IntConsumer percent) throws IOException {
        segments.clear();
        List<SegmentJob> jobs = new ArrayList<>();
        long totalFrames = 0;
        long reusedFrames = 0;
        for (Scene scene : script.scenes()) {
            int index = scene.index();
            trace.scene(index);
            SceneTimeline timeline = timelines.get(index);
            Path previous = index == 0 ? null : stills.get(index - 1);
            Duration transition = index == 0 ? Duration.ZERO : spec.imageSync().transitionLength();
            List<TimedCaption> captions = spec.burnInCaptions() ? timeline.captions() : List.of();
            String name = "segment-" + ContentHash.of(spec.config(), stills.get(index).getFileName(),
                    previous == null ? "-" : previous.getFileName(), transition, spec.imageSync().kenBurns(),
                    speechKeys.get(index), timeline.frameCount(), captions.stream().map(c -> c.lines() + "@"
                            + c.start().toNanos() + "-" + c.end().toNanos()).toList(),
                    spec.burnInCaptions() ? spec.captionStyle() : "-",
                    scene.avatar() ? avatarLook.fingerprint() + spec.avatarConfig() : "-") + ".mp4";
            Path segment = workspace.file(Area.SEGMENTS, name);
            boolean hit = Files.exists(segment);
            trace.cacheLookup("segment", index, hit);
            totalFrames += timeline.frameCount();
            if (hit) {
                reusedFrames += timeline.frameCount();
            } else {
                // The presenter is prepared here, one scene after another, so the encoders share nothing.
                SegmentPlan plan = new SegmentPlan(index, spec.config().resolution(), spec.config().fps(),
                        spec.config().quality(), timeline.duration(), stills.get(index), spec.imageSync().kenBurns(),
                        previous, transition, captions, spec.captionStyle(),
                        scene.avatar() ? performance(index) : null);
                jobs.add(new SegmentJob(plan, segment, timeline.frameCount(), trace.currentScene()));
            }
            segments.add(segment);
        }
        ParallelWork work = new ParallelWork();
        SegmentProgress progress = new SegmentProgress(totalFrames, reusedFrames, percent, work);
        int parallel = engine.composer().parallelSegments(spec.config().resolution());
        if (parallel > 1) {
            // Longest first, so no long scene is left to encode alone at the end while a core idles.
            jobs.sort((a, b) -> Integer.compare(b.frames(), a.frames()));
        }
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        for (SegmentJob job : jobs) {
            pieces.add(() -> encode(job, progress));
        }
        // Where two encoders share the machine, the soundtrack is mixed and encoded beside them; it
        // needs only the narration. (A larger frame leaves no memory to spare for it.)
        Thread aside = parallel > 1 ? soundtrackAside(progress) : null;
        try {
            runStage(work, "segment", pieces, parallel);
        } finally {
            if (aside != null) {
                awaitAside(aside, work);
            }
        }
        percent.accept(100);
    }

    /**
     * Makes the soundtrack on a thread of its own. Whatever stops it (a failure, a cancelled job,
     * another piece's failure) is left to the render stage, which makes it again if it is missing
     * and reports the failure as its own.
     */
    private Thread soundtrackAside(SegmentProgress progress) {
        Tracing.Span parent = trace.currentStage();
        Thread thread = new Thread(() -> {
            try {
                soundtrack = makeSoundtrack(parent, done -> progress.touch());
            } catch (Exception e) {
                soundtrack = null;
            }
        }, "videogen-soundtrack");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitAside(Thread aside, ParallelWork work) {
        try {
            aside.join();
        } catch (InterruptedException e) {
            work.stop();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The narration of every scene, placed on the video's timeline, mixed with the music and encoded:
     * named by all of that, so a render whose narration and music did not change finds it made.
     */
    private Path makeSoundtrack(Tracing.Span parent, IntConsumer listener) throws IOException {
        Music music = spec.backgroundMusic().orElse(null);
        List<Object> shape = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            shape.add(speechKeys.get(i) + "@" + timelines.get(i).start().toNanos());
        }
        Path target = workspace.file(Area.AUDIO, "soundtrack-" + ContentHash.of(shape, duration.toNanos(),
                music == null ? "-" : music.assetId() + ":" + music.volume() + ":" + music.ducking(), LOUDNESS_TARGET)
                + ".m4a");
        // The whole narration stays in the workspace, as the video's voice track to inspect or reuse.
        SceneTimeline first = timelines.get(0);
        NarrationTrack narration = NarrationTrack.silent(first.clips().get(0).clip().wav(), duration);
        for (SceneTimeline timeline : timelines) {
            narration.place(timeline.clips(), timeline.start());
        }
        Path narrationWav = workspace.file(Area.AUDIO, "narration.wav");
        narration.write(narrationWav);
        if (Files.exists(target)) {
            return target;
        }
        SoundtrackPlan plan = new SoundtrackPlan(narrationWav, duration,
                music == null ? null : assetCopy(-1, music.assetId()), music == null ? 0 : music.volume(),
                music != null && music.ducking(), LOUDNESS_TARGET);
        trace.ffmpeg(parent, "soundtrack", () -> engine.composer().soundtrack(plan, target, listener));
        return target;
    }

    /** One scene's segment still to be encoded. */
    private record SegmentJob(SegmentPlan plan, Path target, int frames, Tracing.Span sceneSpan) {
    }

    private void encode(SegmentJob job, SegmentProgress progress) throws IOException {
        int index = job.plan().sceneIndex();
        try {
            trace.ffmpeg(job.sceneSpan(), "segment", () -> engine.composer().renderSegment(job.plan(), job.target(),
                    p -> progress.report(index, job.frames(), p)));
        } catch (RenderStepException e) {
            throw new SceneFailure(index, e.getMessage(), e.retryable(), e);
        }
    }

    private static void runStage(ParallelWork work, String name, List<ParallelWork.Piece> pieces, int threads)
            throws IOException {
        try {
            work.run(name, pieces, threads);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Frames encoded over all segments, however many encoders report at once. */
    private static final class SegmentProgress {

        private final long totalFrames;
        private final long reusedFrames;
        private final IntConsumer percent;
        private final ParallelWork work;
        private final Map<Integer, Long> framesByScene = new HashMap<>();
        private int reported = -1;

        SegmentProgress(long totalFrames, long reusedFrames, IntConsumer percent, ParallelWork work) {
            this.totalFrames = Math.max(1, totalFrames);
            this.reusedFrames = reusedFrames;
            this.percent = percent;
            this.work = work;
        }

        /** Work beside the encoders checks in here: it stops when they are stopped or the job is. */
        void touch() {
            work.checkNotStopped();
            synchronized (this) {
                percent.accept(Math.max(0, reported));
            }
        }

        void report(int sceneIndex, int frames, int scenePercent) {
            // Another scene's encoder failed: stop this one at its next frame.
            work.checkNotStopped();
            synchronized (this) {
                framesByScene.put(sceneIndex, (long) frames * Math.max(0, Math.min(100, scenePercent)) / 100);
                long done = reusedFrames + framesByScene.values().stream().mapToLong(Long::longValue).sum();
                reported = Math.max(reported, (int) Math.min(99, 100 * done / totalFrames));
                // Told every time, not only when it grows: the listener may throw to stop the render.
                percent.accept(reported);
            }
        }
    }

    private void assemble(IntConsumer percent) throws IOException {
        SceneTimeline first = timelines.get(0);
        List<TimedCaption> captions = new ArrayList<>();
        for (SceneTimeline timeline : timelines) {
            timeline.captions().forEach(c -> captions.add(new TimedCaption(c.lines(),
                    c.start().plus(timeline.start()), c.end().plus(timeline.start()))));
        }
        Tracing.Span parent = trace.currentScene();
        Path track = soundtrack != null && Files.exists(soundtrack) ? soundtrack
                : makeSoundtrack(parent, done -> percent.accept(done * 40 / 100));
        percent.accept(40);

        Path video = workspace.file(Area.FINAL, "video.mp4");
        Duration at = first.duration().dividedBy(2);
        // The thumbnail's frame lies in the first scene, whose segment holds exactly the pictures the
        // video will: it is named after that segment, so an edit elsewhere finds it made already.
        Path thumbnail = workspace.file(Area.IMAGES, "thumbnail-" + ContentHash.of(segments.get(0).getFileName(),
                at.toNanos()) + ".jpg");
        boolean thumbnailReady = Files.exists(thumbnail);
        // A thumbnail still to make is taken on another core while the video is joined. Both spans
        // hang under the stage's span, named here on the calling thread.
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        List<Path> joined = List.copyOf(segments);
        pieces.add(() -> trace.ffmpeg(parent, "assemble", () -> engine.composer().join(joined, track, video,
                assembled -> percent.accept(40 + assembled * 40 / 100))));
        if (!thumbnailReady) {
            pieces.add(() -> trace.ffmpeg(parent, "thumbnail",
                    () -> engine.composer().thumbnail(segments.get(0), at, thumbnail)));
        }
        runStage(new ParallelWork(), "assembly", pieces, 2);
        percent.accept(80);
        Path srt = workspace.file(Area.FINAL, "captions.srt");
        writeAtomically(srt, Subtitles.srt(captions));
        Path vtt = workspace.file(Area.FINAL, "captions.vtt");
        writeAtomically(vtt, Subtitles.vtt(captions));

        percent.accept(90);
        String prefix = VideoService.mediaPrefix(videoId);
        media.put(prefix + "captions.srt", srt);
        media.put(prefix + "captions.vtt", vtt);
        media.put(prefix + "thumbnail.jpg", thumbnail);
        percent.accept(95);
        // The video goes last: its presence is what says the outputs are complete.
        media.put(prefix + "video.mp4", video);
    }

    private Path assetCopy(int sceneIndex, AssetId id) throws IOException {
        Path known = assetCopies.get(id);
        if (known != null) {
            return known;
        }
        Path copy = workspace.file(Area.IMAGES, "asset-" + id);
        if (!Files.exists(copy)) {
            if (media.find(AssetService.contentKey(id)).isEmpty()) {
                String message = "asset " + id + " no longer exists; upload it again or choose another";
                if (sceneIndex >= 0) {
                    throw new SceneFailure(sceneIndex, message, false, null);
                }
                throw new RenderStepException(message, false);
            }
            Path temp = copy.resolveSibling(copy.getFileName() + ".part");
            media.copyTo(AssetService.contentKey(id), temp);
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        assetCopies.put(id, copy);
        return copy;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
