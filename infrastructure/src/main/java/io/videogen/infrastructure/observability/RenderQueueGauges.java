package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * {@code videogen_queue_depth}, {@code videogen_queue_oldest_age_seconds} and {@code videogen_queue_tasks},
 * read from the {@code render_jobs} and {@code render_tasks} tables (V1 migration) every {@code videogen.metrics.queue-refresh} rather than
 * on every scrape: one query over the {@code (status, available_at)} index, whatever the number of
 * scrapers. Every pod reports the same shared queue, so dashboards and alerts take the max, not the sum.
 * When the database cannot be read, or no read succeeded for three intervals, the gauges are NaN, so a
 * graph shows a gap rather than a stale value.
 */
@Startup // its series exist from the first scrape
@ApplicationScoped
class RenderQueueGauges {

    private static final Logger LOG = Logger.getLogger(RenderQueueGauges.class);

    /**
     * Depth: every queued job, also those waiting out a retry backoff. Oldest age: how long the
     * longest-waiting claimable job has been due — a queued job past its available_at, or a running
     * one whose lease ran out (its worker died) — 0 when none is.
     */
    static final String QUERY = """
            select count(*) filter (where status = 'queued'),
                   coalesce(extract(epoch from now() - min(case
                       when status = 'queued' and available_at <= now() then available_at
                       when status = 'running' and lease_until < now() then lease_until end)), 0),
                   (select count(*) from render_tasks where status = 'queued')
            from render_jobs
            where status in ('queued', 'running')""";

    private final Pool pool;
    private final long staleAfterNanos;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, Double.NaN, 0);
    private volatile boolean failing;

    /** One successful read, and when (System.nanoTime) it was made. */
    private record Reading(double depth, double oldestAge, double tasks, long at) {
    }

    RenderQueueGauges(Pool pool, MeterRegistry registry, MetricsConfig config) {
        this.pool = pool;
        this.staleAfterNanos = config.queueRefresh().multipliedBy(3).toNanos();
        Gauge.builder("videogen.queue.depth", this, gauges -> gauges.fresh().depth())
                .description("Render jobs waiting in the queue, including those waiting out a retry backoff")
                .register(registry);
        Gauge.builder("videogen.queue.oldest.age", this, gauges -> gauges.fresh().oldestAge()).baseUnit("seconds")
                .description("How long the longest-waiting claimable render job has been due")
                .register(registry);
        Gauge.builder("videogen.queue.tasks", this, gauges -> gauges.fresh().tasks())
                .description("Tasks of fanned-out renders (segments, soundtracks) waiting for a worker (ADR 0024)")
                .register(registry);
    }

    private Reading fresh() {
        Reading reading = last;
        return System.nanoTime() - reading.at() <= staleAfterNanos ? reading
                : new Reading(Double.NaN, Double.NaN, Double.NaN, 0);
    }

    @Scheduled(every = "${videogen.metrics.queue-refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return pool.query(QUERY).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    last = new Reading(row.getLong(0).doubleValue(), row.getNumeric(1).doubleValue(),
                            row.getLong(2).doubleValue(), System.nanoTime());
                    if (failing) {
                        LOG.info("render queue gauges read again");
                        failing = false;
                    }
                })
                .onFailure().invoke(failure -> {
                    last = new Reading(Double.NaN, Double.NaN, Double.NaN, System.nanoTime());
                    if (!failing) {
                        LOG.warnf("cannot read the render queue for its gauges: %s", failure.getMessage());
                        failing = true;
                    }
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
