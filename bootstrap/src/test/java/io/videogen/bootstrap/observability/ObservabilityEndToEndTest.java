package io.videogen.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.UploadAssetCommand;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.render.RenderVideoService;
import io.videogen.application.service.AssetService;
import io.videogen.application.service.CreateVideoService;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One video followed from its POST through the queue to its last FFmpeg pass: the trace stored with
 * the job, the render's span tree under it, and the metrics that moved. The render is started the
 * way a worker does, with the trace context read from the job's row.
 */
@QuarkusTest
class ObservabilityEndToEndTest {

    private static final AttributeKey<String> VIDEO_ID = AttributeKey.stringKey("videogen.video.id");
    private static final AttributeKey<Long> SCENE_INDEX = AttributeKey.longKey("videogen.scene.index");
    private static final AttributeKey<String> RESOLUTION = AttributeKey.stringKey("videogen.resolution");
    private static final AttributeKey<Boolean> CACHE_HIT = AttributeKey.booleanKey("videogen.cache.hit");
    private static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("videogen.provider");
    private static final Map<String, Object> VIDEO = Map.of("title", "Observed",
            "script", "# Welcome\nWelcome to videogen. It renders offline.\n\n---\n\n"
                    + "# Goodbye\nThe second scene says goodbye.",
            "output", Map.of("resolution", "640x360", "fps", 25, "quality", "draft"));

    @Inject
    InMemorySpanExporter spans;
    @Inject
    RenderVideoService renders;
    @Inject
    RenderJobQueue queue;
    @Inject
    Pool pool;
    @Inject
    CreateVideoService videos;
    @Inject
    AssetService assets;
    @Inject
    MediaStore media;

    @TempDir
    Path dir;

    @Test
    void oneVideoIsOneTraceFromItsPostToItsLastFfmpegRunAndMovesTheMetrics() {
        spans.reset();
        Account ana = Account.signUp();
        String user = ana.id();
        PrometheusScrape before = PrometheusScrape.now();

        String id = ana.request().body(VIDEO).when().post("/api/v1/videos").then().statusCode(202)
                .extract().path("id");
        VideoId video = new VideoId(UUID.fromString(id));

        SpanData post = InMemorySpans.await(spans, span -> span.getKind() == SpanKind.SERVER
                && span.getName().equals("POST /api/v1/videos")
                && id.equals(span.getAttributes().get(VIDEO_ID)), "the POST's server span");
        String stored = storedTraceContext(video);
        assertThat(stored).as("the job carries the POST's trace context")
                .startsWith("00-" + post.getTraceId() + "-" + post.getSpanId() + "-");

        RenderResult result = renders.render(video, stored, ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(result.failure().toString()).isEqualTo(Outcome.COMPLETED);
        queue.withdraw(video).await().atMost(Duration.ofSeconds(10));

        SpanData render = InMemorySpans.await(spans, span -> span.getName().equals("render")
                && id.equals(span.getAttributes().get(VIDEO_ID)), "the render span");
        List<SpanData> trace = InMemorySpans.trace(spans, post.getTraceId());
        assertThat(render.getTraceId()).as("the render continues the POST's trace").isEqualTo(post.getTraceId());
        assertThat(render.getParentSpanId()).isEqualTo(post.getSpanId());
        assertThat(render.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(render.getAttributes().get(RESOLUTION)).isEqualTo("640x360");
        assertThat(render.getAttributes().get(AttributeKey.stringKey("enduser.id"))).isEqualTo(user);
        assertThat(render.getAttributes().get(AttributeKey.stringKey("videogen.outcome"))).isEqualTo("completed");

        List<SpanData> stages = children(trace, render);
        // stills painted offline are painted beside the voice stage: the visuals stage's span begins with them
        assertThat(stages).extracting(SpanData::getName).containsExactly("stage script", "stage visuals",
                "stage voice", "stage avatar", "stage composition", "stage render");
        assertThat(stages).allSatisfy(stage -> assertThat(stage.getAttributes().get(VIDEO_ID)).isEqualTo(id));

        assertThat(children(trace, stage(stages, "script"))).extracting(SpanData::getName)
                .containsExactly("script.write");
        // the soundtrack is mixed and encoded beside the scenes' encoders, under the composition stage
        assertThat(children(trace, stage(stages, "composition"))).extracting(SpanData::getName)
                .containsOnlyOnce("ffmpeg.soundtrack");
        for (String stageName : List.of("voice", "visuals", "composition")) {
            List<SpanData> scenes = children(trace, stage(stages, stageName)).stream()
                    .filter(span -> span.getName().equals("scene")).toList();
            assertThat(scenes).as("scene spans of stage " + stageName).extracting(SpanData::getName)
                    .containsOnly("scene");
            assertThat(scenes).extracting(scene -> scene.getAttributes().get(SCENE_INDEX)).containsExactly(0L, 1L);
            assertThat(scenes).allSatisfy(scene -> {
                assertThat(scene.getAttributes().get(VIDEO_ID)).isEqualTo(id);
                assertThat(scene.getAttributes().get(RESOLUTION)).isEqualTo("640x360");
            });
            // Both scenes have the default background and no title card, so the second finds the first's still.
            assertThat(scenes).as("cache hits in stage " + stageName)
                    .extracting(scene -> scene.getAttributes().get(CACHE_HIT))
                    .containsExactly(false, stageName.equals("visuals"));
        }
        for (SpanData scene : children(trace, stage(stages, "voice"))) {
            assertThat(children(trace, scene)).isNotEmpty().allSatisfy(call -> {
                assertThat(call.getName()).isEqualTo("speech.synthesize");
                assertThat(call.getAttributes().get(PROVIDER)).isEqualTo("speech");
            });
        }
        List<SpanData> paintings = children(trace, stage(stages, "visuals"));
        assertThat(children(trace, paintings.get(0))).extracting(SpanData::getName).containsExactly("visuals.paint");
        assertThat(children(trace, paintings.get(1))).as("a cache hit calls no provider").isEmpty();
        List<SpanData> encodings = children(trace, stage(stages, "composition")).stream()
                .filter(span -> span.getName().equals("scene")).toList();
        assertThat(encodings).hasSize(2);
        for (SpanData scene : encodings) {
            assertThat(children(trace, scene)).extracting(SpanData::getName).contains("ffmpeg.segment");
        }
        // The two run side by side on two cores, so either may start first.
        assertThat(children(trace, stage(stages, "render"))).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("ffmpeg.assemble", "ffmpeg.thumbnail");
        assertThat(trace).as("nothing in the trace failed")
                .allSatisfy(span -> assertThat(span.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR));

        PrometheusScrape after = PrometheusScrape.now();
        assertThat(moved(before, after, "videogen_videos_submitted_total")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_videos_finished_total", "outcome", "completed")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_render_seconds_count", "resolution", "360p", "quality", "draft"))
                .isEqualTo(1);
        assertThat(after.value("videogen_render_seconds_bucket", "resolution", "360p", "quality", "draft",
                "le", "+Inf")).isGreaterThanOrEqualTo(1);
        for (String stage : List.of("script", "voice", "avatar", "visuals", "composition", "render")) {
            assertThat(moved(before, after, "videogen_stage_seconds_count", "stage", stage)).as(stage).isEqualTo(1);
        }
        assertThat(after.has("videogen_stage_seconds_bucket", "stage", "composition")).isTrue();
        assertThat(moved(before, after, "videogen_cache_requests_total", "cache", "segment", "result", "miss"))
                .isEqualTo(2);
        assertThat(moved(before, after, "videogen_cache_requests_total", "cache", "still", "result", "miss"))
                .isEqualTo(1);
        assertThat(moved(before, after, "videogen_cache_requests_total", "cache", "still", "result", "hit"))
                .isEqualTo(1);
        assertThat(moved(before, after, "videogen_provider_calls_total", "provider", "speech", "outcome", "success"))
                .isGreaterThanOrEqualTo(2);
        assertThat(moved(before, after, "videogen_provider_calls_total", "provider", "visuals", "outcome",
                "success")).isEqualTo(1);
        assertThat(after.value("videogen_jobs_in_flight")).isZero();
        assertThat(moved(before, after, "http_server_requests_seconds_count", "uri", "/api/v1/videos",
                "method", "POST", "status", "202")).isEqualTo(1);
        assertThat(after.has("http_server_requests_seconds_bucket", "uri", "/api/v1/videos", "le", "0.5"))
                .as("request times have histogram buckets").isTrue();

        assertThat(LogFile.linesWith("video rendered in")).as("the render's log line carries its ids")
                .filteredOn(line -> line.contains("video=" + id)).singleElement().satisfies(line -> assertThat(line)
                        .contains("trace=" + post.getTraceId(), "span=" + render.getSpanId(), "user=" + user));
    }

    @Test
    void aFailedRenderRecordsItsErrorOnTheSpansWhereItHappened() throws Exception {
        PrometheusScrape before = PrometheusScrape.now();
        Caller ana = new Caller(UserId.random(), Set.of(Role.CREATOR));
        Path png = dir.resolve("backdrop.png");
        ImageIO.write(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Asset backdrop = assets.upload(new UploadAssetCommand(ana, "backdrop.png", png)).await().atMost(Duration.ofSeconds(30));
        VideoDraft draft = new VideoDraft(new VideoTitle("Lost picture"), new ScriptSource.PlainText("One scene."),
                Map.of(), null, new VideoDraft.Look(VideoConfig.of("640x360", null, 25, "draft"),
                new Visual.Image(backdrop.id(), Visual.Fit.COVER), null, null), null, null, null);
        Video video = videos.create(new CreateVideoCommand(ana, draft)).await().atMost(Duration.ofSeconds(30));
        // the picture's bytes vanish from storage after the video was accepted
        media.deleteAll(AssetService.contentKey(backdrop.id()));

        RenderResult result = renders.render(video.id(), (String) null, ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        queue.withdraw(video.id()).await().atMost(Duration.ofSeconds(10));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        SpanData render = InMemorySpans.await(spans, span -> span.getName().equals("render")
                && video.id().toString().equals(span.getAttributes().get(VIDEO_ID)), "the failed render's span");
        List<SpanData> trace = InMemorySpans.trace(spans, render.getTraceId());
        SpanData visuals = stage(children(trace, render), "visuals");
        SpanData scene = children(trace, visuals).get(0);
        for (SpanData failed : List.of(render, visuals, scene)) {
            assertThat(failed.getStatus().getStatusCode()).as(failed.getName()).isEqualTo(StatusCode.ERROR);
            assertThat(failed.getEvents()).as(failed.getName()).extracting(EventData::getName).contains("exception");
        }
        assertThat(scene.getStatus().getDescription()).contains("no longer exists");
        assertThat(render.getAttributes().get(AttributeKey.stringKey("videogen.failure.code")))
                .isEqualTo("image_generation_failed");
        assertThat(children(trace, render)).extracting(SpanData::getName).as("no stage after the failed one")
                .containsExactly("stage script", "stage visuals", "stage voice", "stage avatar");

        PrometheusScrape after = PrometheusScrape.now();
        assertThat(moved(before, after, "videogen_videos_finished_total", "outcome", "failed")).isEqualTo(1);
        assertThat(LogFile.linesWith("render failed in stage visuals")).filteredOn(line -> line.contains(
                "video=" + video.id())).singleElement().satisfies(line -> assertThat(line)
                .contains("trace=" + render.getTraceId(), "user=" + ana.userId(), "no longer exists"));
    }

    private String storedTraceContext(VideoId video) {
        return pool.preparedQuery("select trace_context from render_jobs where video_id = $1")
                .execute(Tuple.of(video.value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }

    private static List<SpanData> children(List<SpanData> trace, SpanData parent) {
        return trace.stream().filter(span -> span.getParentSpanId().equals(parent.getSpanId())
                        && !span.getName().startsWith("SELECT") && !span.getName().startsWith("UPDATE")
                        && !span.getName().startsWith("INSERT"))
                .sorted((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos()))
                .collect(Collectors.toList());
    }

    private static SpanData stage(List<SpanData> stages, String name) {
        return stages.stream().filter(span -> span.getName().equals("stage " + name)).findFirst().orElseThrow();
    }

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
