package io.videogen.infrastructure.storage;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Artefacts shared between workers (keys under {@code artefacts/}) are content-addressed and belong
 * to no one video, so deleting a video cannot take them. They go once older than
 * {@code videogen.storage.artefact-retention} (by when they were written), in whichever store is
 * configured; a render that wants one again makes it again.
 */
@ApplicationScoped
class ArtefactRetention {

    static final String PREFIX = "artefacts/";

    private static final Logger LOG = Logger.getLogger(ArtefactRetention.class);

    private final MediaStores stores;
    private final StorageConfig config;

    ArtefactRetention(MediaStores stores, StorageConfig config) {
        this.stores = stores;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant cutoff = Instant.now().minus(config.storage().artefactRetention());
        try {
            int deleted = stores.aged().deleteWrittenBefore(PREFIX, cutoff);
            if (deleted > 0) {
                LOG.infof("deleted %d shared artefacts written before %s", deleted, cutoff);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not delete old shared artefacts (retried in an hour): %s", e.getMessage());
        }
    }
}
