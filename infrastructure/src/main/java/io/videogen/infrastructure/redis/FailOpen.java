package io.videogen.infrastructure.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What happens when Redis cannot answer: the request goes on unlimited rather than failing, since
 * an outage of the limiter must not become an outage of the API. The warning is logged at most
 * once a minute, so an outage does not flood the log.
 */
final class FailOpen {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(FailOpen.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();
    private static final AtomicLong LAST_WARNING = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    private FailOpen() {
    }

    static void warn(String what, Throwable failure) {
        long now = System.nanoTime();
        long last = LAST_WARNING.get();
        if (now - last >= QUIET_NANOS && LAST_WARNING.compareAndSet(last, now)) {
            LOG.warnf("Redis did not answer while %s (%s); letting requests through unlimited until it does. "
                    + "Check quarkus.redis.hosts and the Redis server", what, failure.toString());
        }
    }
}
