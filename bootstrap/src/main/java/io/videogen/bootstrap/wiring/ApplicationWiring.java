package io.videogen.bootstrap.wiring;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.IdempotencyKeyRepository;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.PasswordPolicy;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.application.port.out.ScriptWriter;
import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.UserRepository;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoReadModel;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.webhook.WebhookPayloads;
import io.videogen.application.provider.FeatureSwitchedProviders;
import io.videogen.application.provider.OwnProviderKeys;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.provider.ClipChain;
import io.videogen.application.provider.PictureChain;
import io.videogen.application.provider.ScriptDrafting;
import io.videogen.application.provider.ScriptTranslation;
import io.videogen.application.provider.SpeechChain;
import io.videogen.application.provider.TopicScriptWriter;
import io.videogen.application.render.RenderEngine;
import io.videogen.application.render.RenderParallelism;
import io.videogen.application.render.RenderPipeline;
import io.videogen.application.render.RenderVideoService;
import io.videogen.application.render.FanOutPolicy;
import io.videogen.application.render.RenderJobs;
import io.videogen.application.render.RenderTaskService;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.service.AssetService;
import io.videogen.application.service.AuditTrail;
import io.videogen.application.port.in.AddressGate;
import io.videogen.application.service.AuthService;
import io.videogen.infrastructure.security.AuthConfig;
import io.videogen.application.service.AvatarService;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.DraftResolver;
import io.videogen.application.service.FileService;
import io.videogen.application.service.TemplateService;
import io.videogen.application.service.SecondFactor;
import io.videogen.application.service.SignInThrottle;
import io.videogen.application.service.UserService;
import io.videogen.application.service.VideoRules;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.ReviseVideoService;
import io.videogen.application.service.VideoChanges;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.application.service.TranslateVideoService;
import io.videogen.application.service.VideoQueries;
import io.videogen.application.service.VideoReads;
import io.videogen.application.service.VideoWatch;
import io.videogen.application.service.VoiceCatalog;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.video.VideoLimits;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the application's services from the adapters. The application knows no framework, so its
 * classes are created here rather than annotated as beans.
 */
class ApplicationWiring {

    @Produces
    @Singleton
    VideoRules videoRules(VideoLimitsConfig config) {
        VideoLimitsConfig.Limits limits = config.limits();
        VideoLimitsConfig.Captions captions = config.captions();
        return new VideoRules(
                new VideoLimits(limits.scriptCharacters(), limits.scenes(), limits.sceneCharacters(),
                        limits.maxWidth(), limits.maxHeight()),
                new ScriptConfig(captions.wordsPerMinute(), captions.pauseBetweenScenes(), captions.lineLength(),
                        captions.maxLines()));
    }

    @Produces
    @Singleton
    Blocking blocking() {
        return new Blocking(Infrastructure.getDefaultWorkerPool());
    }

    @Produces
    @Singleton
    DraftResolver draftResolver(TemplateRepository templates, AvatarRepository avatars, AssetRepository assets,
                                VideoRules rules, CallbackAddressGuard callbacks, FeatureSwitchedProviders providers,
                                FeatureGate features) {
        return new DraftResolver(templates, avatars, assets, rules, callbacks, providers, features);
    }

    /** The one way the use cases keep a changed video: saved, its webhooks in the outbox, its events published. */
    @Produces
    @Singleton
    VideoChanges videoChanges(VideoRepository videos, WebhookDeliveries outbox, WebhookPayloads payloads,
                              ProgressPublisher publisher) {
        return new VideoChanges(videos, outbox, payloads, publisher);
    }

    @Produces
    @Singleton
    VideoQueries videoQueries(VideoRepository videos) {
        return new VideoQueries(videos);
    }

    @Produces
    @Singleton
    VideoReads videoReads(VideoReadModel reads) {
        return new VideoReads(reads);
    }

    /** The queued job carries the caller's trace context to the worker. */
    @Produces
    @Singleton
    CreateVideoService createVideoService(VideoChanges changes, VideoQueries queries, RenderJobQueue queue,
                                          TransactionRunner transactions, DraftResolver drafts,
                                          IdempotencyKeyRepository idempotencyKeys, Clock clock, VideoMetrics metrics,
                                          Tracing tracing) {
        return new CreateVideoService(changes, queries, queue, transactions, drafts, idempotencyKeys, clock, metrics,
                tracing);
    }

    /** A translation is created like any video, with a voice of its language. */
    @Produces
    @Singleton
    TranslateVideoService translateVideoService(VideoQueries queries, VoiceCatalog voices,
                                                CreateVideoService creation) {
        return new TranslateVideoService(queries, voices, creation);
    }

    @Produces
    @Singleton
    ReviseVideoService reviseVideoService(VideoChanges changes, VideoQueries queries, RenderJobQueue queue,
                                          TransactionRunner transactions, DraftResolver drafts, Clock clock,
                                          Tracing tracing) {
        return new ReviseVideoService(changes, queries, queue, transactions, drafts, clock, tracing);
    }

    @Produces
    @Singleton
    VideoLifecycle videoLifecycle(VideoChanges changes, VideoQueries queries, VideoRepository videos,
                                  RenderJobQueue queue, TransactionRunner transactions, MediaStore media,
                                  Blocking blocking, Clock clock, VideoMetrics metrics, Tracing tracing) {
        return new VideoLifecycle(changes, queries, videos, queue, transactions, media, blocking, clock, metrics,
                tracing);
    }

    @Produces
    @Singleton
    FileService fileService(VideoRepository videos, AssetRepository assets, MediaStore media, Blocking blocking) {
        return new FileService(videos, assets, media, blocking);
    }

    @Produces
    @Singleton
    TemplateService templateService(TemplateRepository templates, Clock clock) {
        return new TemplateService(templates, clock);
    }

    @Produces
    @Singleton
    AvatarService avatarService(AvatarRepository avatars, AssetRepository assets, Clock clock) {
        return new AvatarService(avatars, assets, clock);
    }

    @Produces
    @Singleton
    AssetService assetService(AssetRepository assets, MediaStore media, MediaInspector inspector, Blocking blocking,
                              Clock clock) {
        return new AssetService(assets, media, inspector, blocking, clock);
    }

    @Produces
    @Singleton
    UserService userService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, Blocking blocking,
                            Clock clock) {
        return new UserService(users, hasher, policy, blocking, clock);
    }

    @Produces
    @Singleton
    AuthService authService(UserRepository users, RefreshTokenRepository refreshTokens, AccessTokenIssuer issuer,
                            PasswordHasher hasher, TransactionRunner transactions, Blocking blocking, Clock clock,
                            AuthConfig config, SignInThrottle throttle, AuditTrail audit, SecondFactor secondFactor,
                            AddressGate addresses) {
        return new AuthService(users, refreshTokens, issuer, hasher, transactions, blocking, clock,
                config.refreshTokenLifetime(), throttle, audit, secondFactor, addresses);
    }

    @Produces
    @Singleton
    VoiceCatalog voiceCatalog(SpeechChain speech) {
        // the offline voices and those of every configured speech provider
        return new VoiceCatalog(List.of(speech));
    }

    @Produces
    @Singleton
    VideoWatch videoWatch(VideoRepository videos, ProgressPublisher publisher) {
        return new VideoWatch(videos, publisher);
    }

    @Produces
    @Singleton
    RenderEngine renderEngine(ScriptWriter scriptWriter, ScriptDrafting drafting, ScriptTranslation translation,
                              VideoRules rules, SpeechChain speech, SpeechAudio audio, AvatarAnimator animator,
                              PictureChain visuals, VideoComposer composer, ClipChain clips) {
        // a video made from a topic has its scenes drafted, a translation its scenes translated, by the chat
        // chain in its script stage
        return new RenderEngine(new TopicScriptWriter(scriptWriter, drafting, translation, rules), speech, audio,
                animator, visuals, composer, clips);
    }

    /** The one owner of every degree of parallelism: render slots, painters, encoders, split scenes. */
    @Produces
    @Singleton
    RenderParallelism renderParallelism(RenderConfig config,
                                        @ConfigProperty(name = "videogen.worker.concurrency") OptionalInt concurrency) {
        RenderParallelism machine = RenderParallelism.forThisMachine();
        return new RenderParallelism(config.slots().orElse(concurrency.orElse(machine.renderSlots())),
                config.painters().orElse(machine.painters()), config.encoderSlots().orElse(machine.encoderSlots()),
                config.parallelFrameArea(), config.splitScenes());
    }

    @Produces
    @Singleton
    RenderPipeline renderPipeline(RenderEngine engine, RenderParallelism parallelism, VideoRules rules) {
        return new RenderPipeline(engine, parallelism, rules.scriptConfig());
    }

    @Produces
    @Singleton
    RenderJobs renderJobs(AvatarRepository avatars, AssetRepository assets, MediaStore media,
                          RenderWorkspaces workspaces, ProgressPublisher publisher, RenderObserver observer,
                          Clock clock, Blocking blocking, OwnProviderKeys keys) {
        return new RenderJobs(avatars, assets, media, workspaces, publisher, observer, clock, blocking, keys);
    }

    @Produces
    @Singleton
    RenderVideoService renderVideoService(VideoRepository videos, VideoChanges changes, RenderJobs jobs,
                                          RenderTaskQueue tasks, RenderConfig config, RenderPipeline pipeline,
                                          ProgressPublisher publisher, RenderObserver observer, Blocking blocking,
                                          Clock clock, VideoMetrics metrics, Tracing tracing,
                                          ProvenanceStore provenance) {
        int minScenes = config.fanOut().minScenes();
        FanOutPolicy fanOut = minScenes == 0 ? FanOutPolicy.OFF : new FanOutPolicy(tasks, minScenes);
        return new RenderVideoService(videos, changes, jobs, fanOut, pipeline, publisher, observer, blocking, clock,
                metrics, tracing, provenance);
    }

    @Produces
    @Singleton
    RenderTaskService renderTaskService(RenderJobs jobs, RenderPipeline pipeline,
                                        ProgressPublisher publisher, Blocking blocking, Clock clock, Tracing tracing) {
        return new RenderTaskService(jobs, pipeline, publisher, blocking, clock, tracing);
    }
}
