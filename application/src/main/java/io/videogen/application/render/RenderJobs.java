package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.provider.OwnProviderKeys;
import io.videogen.application.service.Blocking;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.util.List;

/**
 * What the pipeline needs to render one stored video — its presenter's look, the owner's provider
 * account, its workspace, the media store — gathered the same way for the video's job and for each
 * of its tasks, whichever worker runs them.
 */
public final class RenderJobs {

    private final RenderInputs inputs;
    private final MediaStore media;
    private final RenderWorkspaces workspaces;
    private final ProgressPublisher publisher;
    private final RenderObserver observer;
    private final Clock clock;
    private final Blocking blocking;
    private final OwnProviderKeys keys;

    public RenderJobs(AvatarRepository avatars, AssetRepository assets, MediaStore media, RenderWorkspaces workspaces,
                      ProgressPublisher publisher, RenderObserver observer, Clock clock, Blocking blocking,
                      OwnProviderKeys keys) {
        this.inputs = new RenderInputs(avatars, assets);
        this.media = media;
        this.workspaces = workspaces;
        this.publisher = publisher;
        this.observer = observer;
        this.clock = clock;
        this.blocking = blocking;
        this.keys = keys;
    }

    /**
     * The owner's provider calls use the owner's own keys and count against the owner's quotas.
     * Fails with {@link RenderInputs.Unprepared} when an input the video names cannot be had.
     */
    public Uni<RenderPipeline.Job> prepare(Video video, Tracing.Span span) {
        return inputs.lookOf(video).chain(look -> keys.accountOf(video.owner())
                .chain(account -> blocking.call(() -> new RenderPipeline.Job(video.id(), video.spec(),
                        SourceStills.open(workspaces, video.id(), video.spec()), media,
                        look, new SceneReports(observer, publisher, clock), span, account, SceneFanOut.NONE))));
    }

    /** Where a task's steps outside its pipeline run are reported too. */
    RenderObserver observer() {
        return observer;
    }

    /**
     * What a task of the video needs (ADR 0024): its spec, a workspace and the media store. A task
     * makes its artefact from the inputs its render put in the store, so neither the presenter's look
     * nor the owner's provider account is looked up: it calls no provider, draws no presenter.
     * Blocking (it opens the workspace).
     */
    RenderPipeline.Job forTask(VideoId id, VideoSpec spec, Tracing.Span span) throws IOException {
        return new RenderPipeline.Job(id, spec, workspaces.open(id), media, null,
                new SceneReports(observer, publisher, clock), span, ProviderAccount.SERVER, SceneFanOut.NONE);
    }

    /**
     * Copies in what other workers made for the video and its workspace lacks
     * ({@link SharedArtefacts#fetchAhead}). Blocking.
     */
    void fetchAhead(VideoId id, List<String> artefacts) throws IOException {
        SharedArtefacts.fetchAhead(media, new ArtefactKeys(workspaces.open(id)), artefacts, observer);
    }

    /** The next task of a run, in the workspace its first task opened (ADR 0024, "Runs of tasks"), under its own span. */
    RenderPipeline.Job nextTask(RenderPipeline.Job opened, Tracing.Span span) {
        return new RenderPipeline.Job(opened.videoId(), opened.spec(), opened.workspace(), media, null,
                new SceneReports(observer, publisher, clock), span, ProviderAccount.SERVER, SceneFanOut.NONE);
    }
}
