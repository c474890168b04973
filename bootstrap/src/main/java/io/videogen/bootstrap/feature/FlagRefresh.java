package io.videogen.bootstrap.feature;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.videogen.application.feature.FeatureFlags;
import jakarta.inject.Singleton;

/** Reads the flags again every second, so this instance follows a change made on another. */
@Singleton
class FlagRefresh {

    private final FeatureFlags flags;

    FlagRefresh(FeatureFlags flags) {
        this.flags = flags;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return flags.refresh().replaceWithVoid();
    }
}
