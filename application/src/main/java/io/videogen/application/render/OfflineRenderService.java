package io.videogen.application.render;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.service.AssetService;
import io.videogen.application.service.DraftResolver;
import io.videogen.application.service.VideoRules;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.time.Duration;

/**
 * Renders a draft to a file with the same stages, adapters and scene cache as the service, but no
 * database: the draft is resolved without templates, the presenter is the default one, and assets
 * (if any) come from the given media store. Used by the command line.
 */
public final class OfflineRenderService implements RenderSpecUseCase {

    /** Share of the overall progress each stage stands for; composition is where the time goes. */
    private static final int[] STAGE_WEIGHT = {1, 6, 2, 3, 80, 8};

    private final RenderEngine engine;
    private final VideoRules rules;
    private final MediaStore assets;
    private final RenderObserver observer;

    /**
     * @param assets where uploaded assets' bytes are looked up under {@link AssetService#contentKey};
     *               nothing is ever written to it
     */
    public OfflineRenderService(RenderEngine engine, VideoRules rules, MediaStore assets, RenderObserver observer) {
        this.engine = engine;
        this.rules = rules;
        this.assets = assets;
        this.observer = observer == null ? RenderObserver.NONE : observer;
    }

    @Override
    public RenderedVideo render(RenderSpecCommand command) {
        VideoSpec spec = resolve(command.draft());
        VideoId id = VideoId.random();
        Listener listener = command.listener();
        CountingObserver counting = new CountingObserver(observer, listener);
        OfflineOutputs outputs = new OfflineOutputs(assets, id, command.target());
        RenderRun run = new RenderRun(id, spec, engine, new RenderWorkspace(command.workspace()), outputs,
                AvatarLook.Procedural.defaults(), rules.scriptConfig(), counting);
        int done = 0;
        for (Stage stage : Stage.values()) {
            listener.stageStarted(stage, stage.ordinal() > Stage.VOICE.ordinal() ? spec.script().scenes().size() : 0);
            int before = done;
            long started = System.nanoTime();
            try {
                run.run(stage, percent -> listener.progress(stage, clamp(percent),
                        before + STAGE_WEIGHT[stage.ordinal()] * clamp(percent) / 100));
            } catch (IOException | RuntimeException e) {
                outputs.discard();
                throw new RenderFailedException(RenderVideoService.describe(stage, e), e);
            }
            observer.stageFinished(id, stage, Duration.ofNanos(System.nanoTime() - started));
            done += STAGE_WEIGHT[stage.ordinal()];
            listener.progress(stage, 100, done);
        }
        return new RenderedVideo(outputs.video(), outputs.thumbnail(), outputs.srt(), outputs.vtt(), run.duration(),
                spec.script().scenes().size(), counting.segmentsMade(), counting.segmentsReused());
    }

    private VideoSpec resolve(VideoDraft draft) {
        if (draft.templateId() != null) {
            throw new InvalidValueException("templateId", "templates are kept by the service; an offline render "
                    + "cannot use template " + draft.templateId() + ". Leave templateId out and give the design "
                    + "in the spec");
        }
        if (draft.avatarId() != null) {
            throw new InvalidValueException("avatarId", "avatars are kept by the service; an offline render "
                    + "cannot use avatar " + draft.avatarId() + ". Leave avatarId out; scenes with \"avatar\": true"
                    + " get the default presenter");
        }
        // No template is asked for, so the resolver never consults a template repository.
        VideoSpec spec = new DraftResolver(null, rules).resolveWithoutTemplate(draft).spec();
        for (Scene scene : spec.script().scenes()) {
            if (scene.visual() instanceof Visual.Image image) {
                requireAsset(image.assetId(), "scenes[" + scene.index() + "].visual.assetId", "scene "
                        + scene.index() + " shows asset ");
            }
        }
        spec.backgroundMusic().ifPresent(music -> requireAsset(music.assetId(), "music.assetId", "the music is asset "));
        return spec;
    }

    private void requireAsset(AssetId id, String field, String what) {
        try {
            if (assets.find(AssetService.contentKey(id)).isEmpty()) {
                throw new InvalidValueException(field, what + id + ", which this offline render does not have; "
                        + "give its file with --asset " + id + "=FILE");
            }
        } catch (IOException e) {
            throw new InvalidValueException(field, "cannot look up asset " + id + ": " + e.getMessage());
        }
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    /** Tells the listener about every cache lookup and counts the segments. */
    private static final class CountingObserver implements RenderObserver {

        private final RenderObserver next;
        private final Listener listener;
        private int segmentsMade;
        private int segmentsReused;

        CountingObserver(RenderObserver next, Listener listener) {
            this.next = next;
            this.listener = listener;
        }

        @Override
        public void stageFinished(VideoId video, Stage stage, Duration took) {
            next.stageFinished(video, stage, took);
        }

        @Override
        public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
            next.cacheLookup(video, cache, sceneIndex, hit);
            if ("segment".equals(cache)) {
                if (hit) {
                    segmentsReused++;
                } else {
                    segmentsMade++;
                }
            }
            listener.artefact(cache, sceneIndex, hit);
        }

        int segmentsMade() {
            return segmentsMade;
        }

        int segmentsReused() {
            return segmentsReused;
        }
    }
}
