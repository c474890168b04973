package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.provider.OwnProviderKeys;
import io.videogen.application.render.RenderJobs;
import io.videogen.application.render.RenderParallelism;
import io.videogen.application.render.RenderPipeline;
import io.videogen.application.render.RenderTaskService;
import io.videogen.application.render.RenderVideoService;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.DraftResolver;
import io.videogen.application.service.VideoRules;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.ReviseVideoService;
import io.videogen.application.service.VideoChanges;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.application.service.VideoQueries;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The application wired to in-memory fakes, as the tests use it. */
public final class Studio {

    /** A script of six short scenes, for the render tests. */
    public static final String SIX_SCENES = String.join("\n\n", "Scene one speaks first.",
            "Scene two follows.", "Scene three is in the middle.", "Scene four comes next.",
            "Scene five is nearly done.", "Scene six ends it.");

    public final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    public final InMemoryTemplateRepository templates = new InMemoryTemplateRepository();
    public final InMemoryAssetRepository assets = new InMemoryAssetRepository();
    public final InMemoryAvatarRepository avatars = new InMemoryAvatarRepository();
    public final RecordingQueue queue = new RecordingQueue();
    public final DirectTransactions transactions = new DirectTransactions();
    public final RecordingPublisher publisher = new RecordingPublisher();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final FixedClock clock = new FixedClock();
    public final InMemoryProvenance provenance = new InMemoryProvenance();
    public final FakeStudio tools = new FakeStudio();
    public final DirectoryMediaStore media;
    public final List<String> cacheLookups = new CopyOnWriteArrayList<>();
    public final RecordingOutbox outbox = new RecordingOutbox();
    public final VideoChanges changes;
    public final VideoQueries queries;
    public final CreateVideoService creating;
    public final ReviseVideoService revising;
    public final VideoLifecycle lifecycle;
    /** Segments one after another unless a test asks for more encoders ({@link #useEncoders}). */
    public RenderVideoService renderService;
    private final RenderObserver observer;
    private final DirectoryWorkspaces workspaces;

    public final Caller ana = new Caller(UserId.random(), Set.of(Role.CREATOR));
    public final Caller bob = new Caller(UserId.random(), Set.of(Role.CREATOR));
    public final Caller admin = new Caller(UserId.random(), Set.of(Role.ADMIN));

    public Studio(Path dir) {
        media = new DirectoryMediaStore(dir.resolve("media"));
        Blocking blocking = new Blocking(Runnable::run);
        VideoRules rules = VideoRules.defaults();
        // every callback host is acceptable here; the real guard is tested against real addresses
        CallbackAddressGuard anyCallback = url -> Uni.createFrom().voidItem();
        DraftResolver drafts = new DraftResolver(templates, avatars, assets, rules, anyCallback);
        // a webhook body names its event and video; the real one is the REST resource (presentation)
        changes = new VideoChanges(videos, outbox, (event, video) -> event.type() + " " + video.id() + " "
                + video.status().label(), publisher);
        queries = new VideoQueries(videos);
        creating = creating(drafts);
        revising = new ReviseVideoService(changes, queries, queue, transactions, drafts, clock, Tracing.NONE);
        lifecycle = new VideoLifecycle(changes, queries, videos, queue, transactions, media, blocking, clock,
                VideoMetrics.NONE, Tracing.NONE);
        RenderObserver observer = new RenderObserver() {
            @Override
            public void cacheLookup(io.videogen.domain.video.VideoId video, String cache, int scene, boolean hit) {
                cacheLookups.add(cache + ":" + scene + ":" + (hit ? "hit" : "miss"));
            }
        };
        this.observer = observer;
        this.workspaces = new DirectoryWorkspaces(dir.resolve("work"));
        renderService = renderService(1);
    }

    /** Creates videos with these drafts' checks (a test's own callback guard, say). */
    public CreateVideoService creating(DraftResolver drafts) {
        return new CreateVideoService(changes, queries, queue, transactions, drafts, idempotencyKeys, clock,
                VideoMetrics.NONE, Tracing.NONE);
    }

    /** Renders with this many segments encoded at once (the soundtrack beside them when more than one). */
    public void useEncoders(int encoders) {
        tools.parallel = encoders;
        renderService = renderService(encoders);
    }

    private RenderVideoService renderService(int encoders) {
        Blocking blocking = new Blocking(Runnable::run);
        RenderParallelism parallelism = new RenderParallelism(1, 2, encoders, RenderParallelism.HD_AREA, true);
        RenderPipeline pipeline = new RenderPipeline(tools.engine(), parallelism, VideoRules.defaults().scriptConfig());
        return new RenderVideoService(videos, changes, avatars, assets, media, workspaces, pipeline, publisher,
                observer, blocking, clock, VideoMetrics.NONE, Tracing.NONE, provenance,
                new OwnProviderKeys(new InMemoryProviderKeys(), new NoProviders(), clock));
    }

    /** Makes the tasks of fanned-out renders (ADR 0024) on this studio's tools, workspaces and store. */
    public RenderTaskService taskService() {
        Blocking blocking = new Blocking(Runnable::run);
        RenderParallelism parallelism = new RenderParallelism(1, 2, 1, RenderParallelism.HD_AREA, true);
        RenderPipeline pipeline = new RenderPipeline(tools.engine(), parallelism, VideoRules.defaults().scriptConfig());
        RenderJobs jobs = new RenderJobs(avatars, assets, media, workspaces, publisher, observer, clock, blocking,
                new OwnProviderKeys(new InMemoryProviderKeys(), new NoProviders(), clock));
        return new RenderTaskService(jobs, pipeline, publisher, blocking, clock, Tracing.NONE);
    }

    public static VideoDraft draft(String script) {
        return new VideoDraft(new VideoTitle("Product tour"), new ScriptSource.PlainText(script), Map.of(), null, null,
                null, null, null);
    }

    public Video create(Caller caller, String script) {
        return creating.create(new CreateVideoCommand(caller, draft(script))).await().atMost(Duration.ofSeconds(30));
    }

    public void clearRecords() {
        cacheLookups.clear();
        tools.spoken.clear();
        tools.segmentsRendered.clear();
        tools.calls.clear();
        publisher.events.clear();
    }

    /** Renders {@code video} under a claim that stays held, waiting for the outcome at most 30 s. */
    public RenderResult rendered(Video video) {
        return renderService.render(video.id(), null, HeldClaim.heldWhile(() -> true)).await().atMost(Duration.ofSeconds(30));
    }
}
