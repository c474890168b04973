package io.videogen.infrastructure.events;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Carries video events between processes through PostgreSQL's LISTEN/NOTIFY, so an SSE listener
 * in an API process hears a render running in a worker process (docs/adr/0007). Every process
 * listens on one channel; a published event goes at once to this process's own listeners and, as
 * a small JSON notification, to every other process, which ignores its own. Notifications are sent
 * one batch at a time, so they arrive in the order they were published here. What is published
 * while the listening connection is down is lost to other processes; a client that connects reads
 * the current state first, so it misses no outcome.
 */
@Startup
@ApplicationScoped
class PostgresProgressPublisher implements ProgressPublisher {

    static final String CHANNEL = "videogen_events";
    /** PostgreSQL refuses payloads from 8000 bytes on. */
    static final int MAX_PAYLOAD_BYTES = 7900;
    private static final int BATCH = 100;
    private static final long RECONNECT_MILLIS = 1000;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(PostgresProgressPublisher.class);

    private final String origin = UUID.randomUUID().toString();
    private final LocalFanOut local = new LocalFanOut();
    private final Vertx vertx;
    private final Pool pool;
    private final PgSubscriber subscriber;
    private final Queue<Pending> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean closed;

    private record Pending(String payload, CompletableFuture<Void> sent) {
    }

    PostgresProgressPublisher(Vertx vertx, Pool pool,
                              @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                              @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                              @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.subscriber = PgSubscriber.subscriber(vertx, connectOptions(url, user, password))
                .reconnectPolicy(retries -> RECONNECT_MILLIS);
    }

    /** The same database as the pool; the reactive URL may list several hosts, the first is used. */
    static PgConnectOptions connectOptions(String url, Optional<String> user, Optional<String> password) {
        String first = url.split(",")[0].trim();
        if (first.startsWith("vertx-reactive:")) {
            first = first.substring("vertx-reactive:".length());
        }
        PgConnectOptions options = PgConnectOptions.fromUri(first);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }

    @PostConstruct
    void listen() {
        subscriber.channel(CHANNEL).handler(this::received);
        connect();
    }

    private void connect() {
        subscriber.connect().subscribe().with(
                connected -> LOG.debugf("listening for video events on channel %s", CHANNEL),
                failure -> {
                    if (!closed) {
                        LOG.warnf("cannot listen for video events from other processes yet (%s); trying again",
                                failure.getMessage());
                        vertx.setTimer(RECONNECT_MILLIS, ignored -> connect());
                    }
                });
    }

    /**
     * Closes the listening connection and waits for it (briefly): closed in the background, it
     * finished after Vert.x had stopped its event loops and logged an error at every stop.
     */
    @PreDestroy
    void close() {
        closed = true;
        try {
            subscriber.close().await().atMost(CLOSE_WAIT);
        } catch (RuntimeException e) {
            LOG.debugf("the listening connection did not close cleanly: %s", e.getMessage());
        }
    }

    @Override
    public Uni<Void> publish(VideoEvent event) {
        local.deliver(event);
        String payload = VideoEventCodec.encode(origin, event);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            LOG.warnf("a %s event of video %s is too large to notify other processes", event.getClass()
                    .getSimpleName(), event.videoId());
            return Uni.createFrom().voidItem();
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        outbox.add(new Pending(payload, sent));
        Executor caller = callersContext();
        drain();
        return Uni.createFrom().completionStage(sent).emitOn(caller);
    }

    /**
     * Where the caller goes on once its event is sent. A batch completes on the thread and Vert.x
     * context of whoever sent it, often another request or a render; a caller that went on there
     * would use that flow's database session (a PATCH during a re-render once failed with "Session/
     * EntityManager is closed"). So each caller resumes on its own context, or on a plain worker
     * thread if it had none.
     */
    private static Executor callersContext() {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            return Infrastructure.getDefaultWorkerPool();
        }
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return task -> context.runOnContext(ignored -> task.run());
        }
        return task -> context.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
    }

    @Override
    public Multi<VideoEvent> subscribe(VideoId videoId) {
        return local.subscribe(videoId);
    }

    private void received(String payload) {
        try {
            VideoEventCodec.Envelope envelope = VideoEventCodec.decode(payload);
            if (!origin.equals(envelope.origin())) {
                local.deliver(envelope.event());
            }
        } catch (RuntimeException e) {
            LOG.debugf("ignored a video event notification: %s", e.getMessage());
        }
    }

    /** One batch in flight at a time keeps the order; a failed send is logged, never the publisher's failure. */
    private void drain() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < BATCH && (next = outbox.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            sending.set(false);
            if (!outbox.isEmpty()) {
                drain();
            }
            return;
        }
        String[] payloads = batch.stream().map(Pending::payload).toArray(String[]::new);
        pool.preparedQuery("select pg_notify($1, payload) from unnest($2::text[]) as payload")
                .execute(Tuple.of(CHANNEL, payloads))
                .subscribe().with(rows -> sent(batch, null), failure -> sent(batch, failure));
    }

    private void sent(List<Pending> batch, Throwable failure) {
        if (failure != null) {
            LOG.warnf("could not notify other processes of %d video event(s): %s", batch.size(), failure.getMessage());
        }
        batch.forEach(pending -> pending.sent().complete(null));
        sending.set(false);
        drain();
    }
}
