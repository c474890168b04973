package io.videogen.infrastructure.storage;

import io.videogen.application.port.out.MediaStore;
import io.videogen.infrastructure.storage.S3MediaStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one place that chooses the media store, from {@code videogen.storage.type}: local disk (the
 * embedded default) or an S3-compatible bucket. The credentials are never logged.
 */
@Singleton
public class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class);

    private final MediaStore store;
    private final S3MediaStore bucket;
    private final Path directory;

    MediaStores(StorageConfig config) throws IOException {
        this.directory = config.dataDir().resolve("media").toAbsolutePath().normalize();
        if (config.storage().type() == StorageConfig.Type.S3) {
            this.bucket = S3MediaStore.of(config.storage().s3());
            this.store = bucket;
            LOG.infof("media store: S3 bucket %s at %s (region %s%s)", bucket.bucket(),
                    config.storage().s3().endpoint().map(Object::toString).orElse("AWS"),
                    config.storage().s3().region(), config.storage().s3().pathStyle() ? ", path-style" : "");
        } else {
            this.bucket = null;
            this.store = new LocalMediaStore(directory);
            LOG.infof("media store: local directory %s", directory);
        }
    }

    @Produces
    @Singleton
    MediaStore mediaStore() {
        return store;
    }

    /** Present when media lives in a bucket. */
    public Optional<S3MediaStore> bucket() {
        return Optional.ofNullable(bucket);
    }

    /** Where media lives when it is on local disk. */
    public Path directory() {
        return directory;
    }

    AgedMedia aged() {
        return (AgedMedia) store;
    }

    @PreDestroy
    void close() {
        if (bucket != null) {
            bucket.close();
        }
    }
}
