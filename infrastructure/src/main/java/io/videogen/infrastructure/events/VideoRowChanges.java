package io.videogen.infrastructure.events;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hears PostgreSQL's notifications of changed video rows (channel {@value #CHANNEL}, sent by the
 * triggers of migration V21_5) for the {@link VideoReadCache} (docs/adr/0054), on a connection of
 * its own opened at the first read of a video: a process that serves no reads opens none. When the
 * connection drops, the cache forgets everything and serves nothing until a new one listens again.
 * {@code videogen.api.read-cache.enabled=false} turns the cache off: every read goes to PostgreSQL.
 */
@ApplicationScoped
class VideoRowChanges {

    static final String CHANNEL = "videogen_video_rows";
    private static final long RECONNECT_MILLIS = 1000;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(VideoRowChanges.class);

    private final Vertx vertx;
    private final Optional<VideoReadCache> cache;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<PgSubscriber> subscriber = new AtomicReference<>();
    private volatile boolean closed;

    VideoRowChanges(Vertx vertx, ReadCacheConfig config,
                    @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                    @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.cache = config.enabled() ? Optional.of(new VideoReadCache(config.maxEntries(), System::nanoTime))
                : Optional.empty();
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The cache of single reads, listening from the first call on; empty when it is turned off. */
    Optional<VideoReadCache> cache() {
        if (cache.isPresent() && !started.get() && started.compareAndSet(false, true)) {
            listen();
        }
        return cache;
    }

    /** This process is about to write the video's rows ({@link VideoWritesHeard}, before the statement). */
    void changing(UUID id) {
        cache.ifPresent(kept -> kept.changing(id));
    }

    private void listen() {
        if (closed) {
            return;
        }
        VideoReadCache kept = cache.orElseThrow();
        PgSubscriber next = PgSubscriber.subscriber(vertx, PostgresProgressPublisher.connectOptions(url, user, password));
        next.channel(CHANNEL)
                .subscribeHandler(() -> {
                    if (subscriber.get() == next) {
                        kept.hearing(true);
                    }
                })
                .handler(payload -> changed(kept, payload));
        next.closeHandler(() -> gone(next, "the connection hearing video changes closed"));
        subscriber.set(next);
        next.connect().subscribe().with(
                connected -> LOG.debugf("hearing video changes on channel %s", CHANNEL),
                failure -> gone(next, "cannot hear video changes (" + failure.getMessage() + ")"));
    }

    /**
     * Once per connection, whether it failed to open or closed later: reads go to PostgreSQL until a
     * new connection listens.
     */
    private void gone(PgSubscriber connection, String why) {
        if (subscriber.compareAndSet(connection, null)) {
            cache.orElseThrow().hearing(false);
            if (!closed) {
                LOG.warnf("%s; video reads go to the database until a new connection listens", why);
                vertx.setTimer(RECONNECT_MILLIS, ignored -> listen());
            }
        }
    }

    private static void changed(VideoReadCache kept, String payload) {
        try {
            kept.changed(UUID.fromString(payload));
        } catch (IllegalArgumentException notAnId) {
            // no video's id: forget everything rather than keep what might have changed
            kept.forget();
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        cache.ifPresent(kept -> kept.hearing(false));
        PgSubscriber last = subscriber.getAndSet(null);
        if (last != null) {
            try {
                last.close().await().atMost(CLOSE_WAIT);
            } catch (RuntimeException e) {
                LOG.debugf("the connection hearing video changes did not close cleanly: %s", e.getMessage());
            }
        }
    }
}
