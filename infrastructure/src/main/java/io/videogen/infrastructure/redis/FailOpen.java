package io.videogen.infrastructure.redis;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What happens when Redis cannot answer. An outage (no connection, a timeout) lets requests
 * through unlimited rather than failing them, since an outage of the limiter must not become an
 * outage of the API; the warning is logged at most once a minute. A client too busy to even queue
 * the command is different: that is a flood, and letting it through would switch the limits off
 * exactly when they matter, so the caller sheds the request instead ({@link #isOverload}).
 */
final class FailOpen {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How long a request shed under overload is asked to wait. */
    static final Duration OVERLOAD_RETRY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(FailOpen.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();
    private static final AtomicLong LAST_WARNING = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    private FailOpen() {
    }

    static boolean isOverload(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
        }
        return false;
    }

    static void warn(String what, Throwable failure) {
        long now = System.nanoTime();
        long last = LAST_WARNING.get();
        if (now - last >= QUIET_NANOS && LAST_WARNING.compareAndSet(last, now)) {
            if (isOverload(failure)) {
                LOG.warnf("The Redis client is too busy while %s; shedding requests. Raise "
                        + "quarkus.redis.max-pool-size / max-pool-waiting if this is not an attack", what);
            } else {
                LOG.warnf("Redis did not answer while %s (%s); letting requests through unlimited until it does. "
                        + "Check quarkus.redis.hosts and the Redis server", what, failure.toString());
            }
        }
    }
}
