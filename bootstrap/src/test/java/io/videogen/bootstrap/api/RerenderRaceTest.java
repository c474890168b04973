package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Clients rename, revise and cancel a video while a worker renders it and writes its progress: no
 * request may fail with a 5xx (once, a PATCH answered 500 "Session/EntityManager is closed"), and
 * every round ends in one consistent state that the API, the event stream and the render agree on.
 */
@QuarkusTest
class RerenderRaceTest {

    private static final int ROUNDS = 5;
    private static final int CLIENTS = 4;
    private static final Map<String, Object> OUTPUT = Map.of("resolution", "320x180", "fps", 15, "quality", "draft");

    @Inject
    RenderVideoService renders;

    @Test
    void patchAndCancelDuringARenderNeverFailAndLeaveOneConsistentState() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger patchesDuringRenders = new AtomicInteger();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = VideoApiTest.create(ana, Map.of("title", "Race " + round, "output", OUTPUT,
                        "script", "The worker writes progress while clients change this video.\n\n"
                                + "A second scene gives the encoder more frames to report."));
                AtomicBoolean rendering = new AtomicBoolean(true);
                CompletableFuture<RenderResult> render = renders.render(VideoId.parse(id), null,
                                ByHand.claim())
                        .subscribeAsCompletionStage().whenComplete((result, failure) -> rendering.set(false));
                Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
                List<Future<?>> changes = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    int which = client;
                    changes.add(clients.submit(() -> change(ana, id, which, rendering, serverErrors,
                            patchesDuringRenders)));
                }
                for (Future<?> change : changes) {
                    change.get(3, TimeUnit.MINUTES);
                }
                Response cancelled = ana.request().post("/api/v1/videos/" + id + "/cancel");
                RenderResult result = render.get(3, TimeUnit.MINUTES);

                assertThat(serverErrors).as("round %d: answers with a 5xx", round).isEmpty();
                assertThat(cancelled.statusCode()).as("cancel: %s", cancelled.asString()).isIn(202, 409);
                String status = ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                        .extract().path("status");
                if (cancelled.statusCode() == 202) {
                    assertThat(status).isEqualTo("cancelled");
                    assertThat(result.outcome()).isIn(Outcome.ABANDONED, Outcome.COMPLETED);
                } else {
                    assertThat(status).as("a video that could not be cancelled had finished").isEqualTo("completed");
                    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
                }
                String events = ana.request().accept("text/event-stream").get("/api/v1/videos/" + id + "/events")
                        .then().statusCode(200).extract().asString();
                assertThat(events).as("the event stream ends in the same state").contains("event:" + status);
            }
            assertThat(patchesDuringRenders.get()).as("PATCHes answered while a render was running")
                    .isGreaterThanOrEqualTo(ROUNDS);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Renames the video again and again while it renders, now and then with new content, as a client would. */
    private static void change(Accounts.Account ana, String id, int client, AtomicBoolean rendering,
                               Queue<String> serverErrors, AtomicInteger patched) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (int i = 0; rendering.get() && System.nanoTime() < deadline; i++) {
            Response current = ana.request().get("/api/v1/videos/" + id);
            record(serverErrors, "GET", current);
            String etag = current.header("ETag");
            Object body = client == 0 && i % 5 == 4
                    ? Map.of("script", "New words " + i + ", so the video renders again.", "output", OUTPUT)
                    : Map.of("title", "Renamed by " + client + " #" + i);
            Response response = ana.request().header("If-Match", etag == null ? "\"0\"" : etag).body(body)
                    .patch("/api/v1/videos/" + id);
            record(serverErrors, "PATCH", response);
            if (rendering.get()) {
                patched.incrementAndGet();
            }
        }
    }

    private static void record(Queue<String> serverErrors, String method, Response response) {
        if (response.statusCode() >= 500) {
            serverErrors.add(method + " answered " + response.statusCode() + ": " + response.asString());
        }
    }
}
