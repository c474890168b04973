package io.videogen.infrastructure.persistence;

import java.time.Duration;

/** How the queues' native SQL reads its numbers back and writes its intervals. */
final class QueueValues {

    private QueueValues() {
    }

    /** A count or token as the driver hands it back (Long, Integer or BigDecimal). */
    static Number number(Object value) {
        return (Number) value;
    }

    /** An interval as the seconds {@code make_interval(secs => …)} takes. */
    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
