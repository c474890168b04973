package io.videogen.application.render;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.service.DraftSpecs;
import io.videogen.application.service.SpecAssets;
import io.videogen.application.service.VideoRules;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Renders a draft to a file with the same stages, adapters and scene cache as the service, but no
 * database: the draft is resolved without templates, the presenter is the default one, and assets
 * (if any) are local files, inspected like uploads before anything else opens them. Used by the
 * command line.
 */
public final class OfflineRenderService implements RenderSpecUseCase {

    private final RenderPipeline pipeline;
    private final DraftSpecs specs;
    private final MediaInspector inspector;
    private final RenderObserver observer;

    /**
     * @param pipeline  the render pipeline; its stages run on the caller's thread
     * @param inspector checks the local files given for assets, as uploads are checked
     */
    public OfflineRenderService(RenderPipeline pipeline, VideoRules rules, MediaInspector inspector,
                                RenderObserver observer) {
        this.pipeline = pipeline;
        this.specs = new DraftSpecs(rules);
        this.inspector = inspector;
        this.observer = observer == null ? RenderObserver.NONE : observer;
    }

    @Override
    public RenderedVideo render(RenderSpecCommand command) {
        VideoSpec spec = resolve(command.draft(), command.assets());
        // The workspace stands for the video offline: a render again in it is the same video (the
        // presenter blinks as before, so its segments are reused); another workspace is another video.
        VideoId id = new VideoId(java.util.UUID.nameUUIDFromBytes(command.workspace().toAbsolutePath().normalize()
                .toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Listener listener = command.listener();
        CountingObserver counting = new CountingObserver(observer, listener);
        OfflineOutputs outputs = new OfflineOutputs(command.assets(), id, command.target());
        RenderPipeline.Job job = new RenderPipeline.Job(id, spec, new RenderWorkspace(command.workspace()), outputs,
                AvatarLook.Procedural.defaults(), counting, Tracing.Span.NONE);
        int scenes = spec.script().scenes().size();
        PipelineOutcome outcome = pipeline.run(job, new PipelineListener() {
            @Override
            public void stageStarted(Stage stage) {
                listener.stageStarted(stage, stage.ordinal() > Stage.VOICE.ordinal() ? scenes : 0);
            }

            @Override
            public void progress(Stage stage, int stagePercent, int overallPercent) {
                listener.progress(stage, stagePercent, overallPercent);
            }

            @Override
            public void stageFinished(Stage stage, int overallPercent) {
                listener.progress(stage, 100, overallPercent);
            }
        });
        if (outcome instanceof PipelineOutcome.Failed failed) {
            outputs.discard();
            throw new RenderFailedException(failed.failure(), failed.cause());
        }
        if (!(outcome instanceof PipelineOutcome.Completed completed)) {
            outputs.discard();
            throw new IllegalStateException("an offline render cannot be abandoned");
        }
        return new RenderedVideo(outputs.video(), outputs.thumbnail(), outputs.srt(), outputs.vtt(), outputs.words(),
                completed.duration(), scenes, counting.segmentsMade(), counting.segmentsReused());
    }

    /**
     * Whether an earlier render left spoken lines in this workspace: a render in it again reuses
     * those it still says, so its voice may not be needed at all.
     */
    public static boolean holdsNarration(Path workspace) {
        return new ArtefactKeys(new RenderWorkspace(workspace)).holdsSpeech();
    }

    private VideoSpec resolve(VideoDraft draft, Map<AssetId, Path> assets) {
        if (draft.templateId() != null) {
            throw new InvalidValueException("templateId", "templates are kept by the service; an offline render "
                    + "cannot use template " + draft.templateId() + ". Leave templateId out and give the design "
                    + "in the spec");
        }
        if (draft.presenter().avatarId() != null) {
            throw new InvalidValueException("avatarId", "avatars are kept by the service; an offline render "
                    + "cannot use avatar " + draft.presenter().avatarId() + ". Leave avatarId out; scenes with "
                    + "\"avatar\": true get the default presenter");
        }
        VideoSpec spec = specs.withoutTemplate(draft).spec();
        for (SpecAssets.Use use : SpecAssets.of(spec, draft)) {
            requireFile(assets, use);
        }
        return spec;
    }

    /** An asset must have been given as a local file, and that file must be what an upload has to be. */
    private void requireFile(Map<AssetId, Path> assets, SpecAssets.Use use) {
        Path file = assets.get(use.id());
        if (file == null) {
            throw new InvalidValueException(use.field(), use.role() + use.id() + ", which this offline render was "
                    + "not given; give its file with --asset " + use.id() + "=FILE");
        }
        String given = "the file " + file + " given for asset " + use.id();
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException(use.field(), given + " does not exist");
        }
        try {
            use.requireKind(inspector.inspect(file).kind(), given);
        } catch (MediaInspector.RejectedMediaException e) {
            throw new InvalidValueException(use.field(), given + " is refused: " + e.getMessage());
        }
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
