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
 * configured; a render that wants one again makes it again. In a bucket, the same sweep aborts the
 * multipart uploads begun before then, which a process killed mid-upload left unfinished.
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

    /**
     * Every {@code videogen.storage.artefact-sweep} (an hour; {@code off} for none) in every process, the
     * first {@code videogen.storage.artefact-sweep-delay} (a minute) after it started.
     */
    @Scheduled(every = "${videogen.storage.artefact-sweep:1h}", delayed = "${videogen.storage.artefact-sweep-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant cutoff = Instant.now().minus(config.storage().artefactRetention());
        try {
            int deleted = stores.aged().deleteWrittenBefore(PREFIX, cutoff);
            if (deleted > 0) {
                LOG.infof("deleted %d shared artefacts written before %s", deleted, cutoff);
            }
            if (stores.bucket().isPresent()) {
                int aborted = stores.bucket().get().abortUploadsBegunBefore(cutoff);
                if (aborted > 0) {
                    LOG.infof("aborted %d unfinished multipart uploads begun before %s", aborted, cutoff);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not delete old shared artefacts (retried at the next sweep): %s", e.getMessage());
        }
    }
}
