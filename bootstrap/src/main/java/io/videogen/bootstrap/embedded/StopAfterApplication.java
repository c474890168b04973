package io.videogen.bootstrap.embedded;

import io.quarkus.runtime.Application;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Stops an embedded server when the JVM exits, but only once the application has stopped (or
 * after {@link #LONGEST_WAIT}): a server stopped beside the application's own stop cut its
 * connections while they were still open, and each stop of {@code ./videogen serve} printed the
 * connections' errors ({@code 57P01}, a rejected event-loop task) to the console.
 */
final class StopAfterApplication {

    private static final Logger LOG = Logger.getLogger(StopAfterApplication.class);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private StopAfterApplication() {
    }

    /** Registers {@code stop} as a JVM shutdown hook named {@code name} that waits for the application first. */
    static void register(String name, Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitApplicationStop();
            stop.run();
        }, name));
    }

    private static void awaitApplicationStop() {
        Application application = Application.currentApplication();
        if (application == null) {
            return;
        }
        // awaitShutdown has no deadline of its own and waits forever for an application that never started
        Thread waiter = new Thread(application::awaitShutdown, "videogen-await-application-stop");
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(LONGEST_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (waiter.isAlive()) {
            LOG.debugf("the application had not stopped after %s; stopping the embedded servers anyway", LONGEST_WAIT);
        }
    }
}
