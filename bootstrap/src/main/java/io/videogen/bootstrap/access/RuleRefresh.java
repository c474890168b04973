package io.videogen.bootstrap.access;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.videogen.application.access.AddressRules;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Reads the address rules at start and again every second, so this instance follows a change made on another. */
@Singleton
class RuleRefresh {

    private final AddressRules rules;

    RuleRefresh(AddressRules rules) {
        this.rules = rules;
    }

    void load(@Observes StartupEvent started) {
        // refresh() keeps the last rules when the database cannot be read; a hung one must not hang the start
        rules.refresh().ifNoItem().after(Duration.ofSeconds(10)).recoverWithItem(() -> null).await().indefinitely();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return rules.refresh().replaceWithVoid();
    }
}
