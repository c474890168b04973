package io.videogen.bootstrap.worker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.render.RenderParallelism;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.WorkerHeartbeat;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.worker.RenderWorker;
import io.videogen.application.worker.WorkerSettings;
import io.videogen.bootstrap.wiring.RenderConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The worker role: when {@code videogen.roles} includes {@code worker}, runs as many render slots
 * as configured, each taking one job after another from the queue and asking again after the poll
 * interval when none is due. Jobs whose holder died come back through the same claim once their
 * lease ran out, at start and on every poll. On shutdown the running renders finish within the drain
 * time or hand their jobs back (docs/operations.md, "Stopping a worker").
 */
@Singleton
class WorkerRole {

    private static final Logger LOG = Logger.getLogger(WorkerRole.class);
    /** One statement per held job: PostgreSQL answers well within it, or the database is gone anyway. */
    private static final Duration HAND_BACK_TIMEOUT = Duration.ofSeconds(5);

    private final RolesConfig roles;
    private final WorkerConfig config;
    private final RenderConfig render;
    private final RenderJobQueue queue;
    private final RenderVideoUseCase renders;
    private final RenderTaskQueue tasks;
    private final RenderTaskUseCase taskRenders;
    private final VideoRepository videos;
    private final ProgressPublisher events;
    private final TransactionRunner transactions;
    private final VideoMetrics metrics;
    private final WorkerHeartbeat heartbeat;
    /** How many render slots run: the render parallelism's, not a count of its own. */
    private final RenderParallelism parallelism;

    private ScheduledExecutorService timer;
    private RenderWorker worker;
    private volatile boolean stopping;

    WorkerRole(RolesConfig roles, WorkerConfig config, RenderConfig render, RenderJobQueue queue, RenderVideoUseCase renders,
               RenderTaskQueue tasks, RenderTaskUseCase taskRenders, VideoRepository videos, ProgressPublisher events, TransactionRunner transactions,
               VideoMetrics metrics, WorkerHeartbeat heartbeat, RenderParallelism parallelism) {
        this.parallelism = parallelism;
        this.metrics = metrics;
        this.heartbeat = heartbeat;
        this.roles = roles;
        this.config = config;
        this.render = render;
        this.queue = queue;
        this.renders = renders;
        this.tasks = tasks;
        this.taskRenders = taskRenders;
        this.videos = videos;
        this.events = events;
        this.transactions = transactions;
    }

    void start(@Observes StartupEvent started) {
        Roles these = roles.parsed();
        if (!these.worker()) {
            LOG.info("The worker role is off (videogen.roles): this process renders nothing");
            return;
        }
        int slots = parallelism.renderSlots();
        WorkerSettings settings = new WorkerSettings(workerId(), config.lease(), config.heartbeat(),
                render.fanOut().tasksPerClaim());
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "videogen-worker-timer");
            thread.setDaemon(true);
            return thread;
        });
        worker = new RenderWorker(queue, tasks, renders, taskRenders, videos, events, transactions, settings, timer,
                System::nanoTime, metrics);
        // readiness asks for a fresh beat: the loop's own timer gives it, so a wedged timer shows
        timer.scheduleAtFixedRate(heartbeat::beat, 0, config.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("Render worker %s started: %d at once, lease %s, heartbeat %s", worker.id(), slots,
                config.lease(), config.heartbeat());
        for (int slot = 0; slot < slots; slot++) {
            timer.execute(this::takeNext);
        }
    }

    private void takeNext() {
        if (stopping) {
            return;
        }
        worker.takeNext().subscribe().with(
                took -> again(took ? Duration.ZERO : config.pollInterval()),
                failure -> {
                    LOG.warnf("Render worker %s cannot reach the queue: %s", worker.id(), failure.getMessage());
                    again(config.pollInterval());
                });
    }

    private void again(Duration delay) {
        if (stopping) {
            return;
        }
        try {
            timer.schedule(this::takeNext, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            // the process is stopping
        }
    }

    /**
     * Takes no more jobs, lets the running renders finish for the drain time, then has them hand their
     * jobs back; renders that have not let go after the grace have their jobs released from here.
     */
    void stop(@Observes ShutdownEvent stopped) {
        if (worker == null) {
            return;
        }
        stopping = true;
        Duration drain = config.drain();
        LOG.infof("Render worker %s stops; %d running render(s) may finish within %s, then hand their jobs back",
                worker.id(), worker.running(), drain);
        try {
            worker.stop(drain).await().atMost(drain.plus(config.shutdownGrace()));
        } catch (RuntimeException e) {
            LOG.warnf("Render worker %s: %d render(s) did not let go in time (%s); their jobs are released now",
                    worker.id(), worker.running(), e.getMessage());
            handBack();
        } finally {
            heartbeat.stopped();
            timer.shutdownNow();
        }
    }

    private void handBack() {
        try {
            worker.handBack().await().atMost(HAND_BACK_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Render worker %s could not release every job (%s); those return when their leases run out",
                    worker.id(), e.getMessage());
        }
    }

    /** Host, process and a random part: unique even for two workers in one process or a quick restart. */
    static String workerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        String id = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 200 ? id : id.substring(id.length() - 200);
    }
}
