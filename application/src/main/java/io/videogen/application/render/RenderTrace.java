package io.videogen.application.render;

import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.Tracing;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.time.Duration;

/**
 * The spans of one render run below its stage span: the scene in work, and under it (or under the
 * stage) every provider call and FFmpeg run, with the provider metrics and cache lookups that go
 * with them. Used from the one thread that runs a stage, so it keeps plain fields: work beside the
 * stages on a thread of its own has a trace of its own ({@link StillsAhead}).
 */
final class RenderTrace {

    static final String SCENE_INDEX = "videogen.scene.index";
    static final String RESOLUTION = "videogen.resolution";
    static final String CACHE_HIT = "videogen.cache.hit";
    static final String PROVIDER = "videogen.provider";

    private final VideoId videoId;
    private final VideoSpec spec;
    private final RenderObserver observer;

    private Tracing.Span stage = Tracing.Span.NONE;
    private Tracing.Span scene;
    private Tracing.Scope sceneScope;
    private boolean sceneHit;

    RenderTrace(VideoId videoId, VideoSpec spec, RenderObserver observer) {
        this.videoId = videoId;
        this.spec = spec;
        this.observer = observer;
    }

    /** The work of a stage under its span: the scene open at its end ends with it, failed when the work failed. */
    <T> T stage(Tracing.Span span, Work<T> work) throws IOException {
        stage = span;
        Throwable failure = null;
        try {
            return work.get();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            closeScene(failure);
            stage = Tracing.Span.NONE;
        }
    }

    /** The work of a stage moves on to another scene: the previous scene span ends, a new one starts. */
    void scene(int index) {
        closeScene(null);
        scene = stage.child("scene")
                .tag(Tracing.VIDEO_ID, videoId.toString())
                .tag(SCENE_INDEX, index)
                .tag(RESOLUTION, spec.config().resolution().toString());
        sceneHit = true;
        sceneScope = scene.activate();
    }

    /** A scene span says whether every artefact it needed came from the cache. */
    void cacheLookup(String cache, int sceneIndex, boolean hit) {
        observer.cacheLookup(videoId, cache, sceneIndex, hit);
        if (scene != null) {
            sceneHit &= hit;
            scene.tag(CACHE_HIT, sceneHit);
        }
    }

    /**
     * A lookup of a scene's lead (ADR 0041) when its segment is to be encoded: told to the observer
     * only, as cache {@code lead}; the scene's span is not tagged by it (its segment was a miss already).
     */
    void leadLookup(int sceneIndex, boolean hit) {
        observer.cacheLookup(videoId, "lead", sceneIndex, hit);
    }

    /** The span of the stage in hand, for work of the whole stage that runs on another thread. */
    Tracing.Span currentStage() {
        return stage;
    }

    /** The span work of the scene in hand belongs under, for work that runs later on another thread. */
    Tracing.Span currentScene() {
        return scene != null ? scene : stage;
    }

    /** A call to a provider (script, speech, visuals, avatar): a child span and a provider metric. */
    <T> T provider(String provider, String operation, Work<T> work) throws IOException {
        return provider(currentScene(), provider, operation, work);
    }

    /** The same under a given parent; safe from any thread. */
    <T> T provider(Tracing.Span parent, String provider, String operation, Work<T> work) throws IOException {
        long started = System.nanoTime();
        boolean succeeded = false;
        try {
            T result = traced(parent, operation, provider, work);
            succeeded = true;
            return result;
        } finally {
            observer.providerCalled(provider, succeeded, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** {@link #fanOut} for a step that gives nothing back. */
    void fanOutStep(FanOutStep step, VoidWork work) throws IOException {
        fanOut(step, () -> {
            work.run();
            return null;
        });
    }

    /** A step taken only because the render fans out (ADR 0024), timed as the fan-out's overhead; safe from any thread. */
    <T> T fanOut(FanOutStep step, Work<T> work) throws IOException {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            observer.fanOutStep(step, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** One FFmpeg run (a segment encode, the assembly, the thumbnail) as a child span. */
    void ffmpeg(String operation, VoidWork work) throws IOException {
        ffmpeg(currentScene(), operation, work);
    }

    /** The same under a given parent; safe from any thread. */
    void ffmpeg(Tracing.Span parent, String operation, VoidWork work) throws IOException {
        traced(parent, "ffmpeg." + operation, null, () -> {
            work.run();
            return null;
        });
    }

    private <T> T traced(Tracing.Span parent, String name, String provider, Work<T> work) throws IOException {
        Tracing.Span span = parent.child(name).tag(Tracing.VIDEO_ID, videoId.toString());
        if (provider != null) {
            span.tag(PROVIDER, provider);
        }
        try (Tracing.Scope ignored = span.activate()) {
            return work.get();
        } catch (IOException | RuntimeException | Error e) {
            span.fail(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void closeScene(Throwable failure) {
        if (scene == null) {
            return;
        }
        sceneScope.close();
        if (failure != null) {
            scene.fail(failure);
        }
        scene.end();
        scene = null;
        sceneScope = null;
    }

    @FunctionalInterface
    interface Work<T> {
        T get() throws IOException;
    }

    @FunctionalInterface
    interface VoidWork {
        void run() throws IOException;
    }
}
