package io.videogen.bootstrap.health;

import io.videogen.infrastructure.storage.MediaStores;
import io.videogen.infrastructure.storage.S3MediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * With media in a bucket ({@code videogen.storage.type=s3}): the bucket exists, the credentials are
 * accepted, and it takes and deletes an object. On local disk: the media directory exists, takes a
 * file, and its file system has at least
 * {@code videogen.health.min-free-space} usable. A render writes its whole output there, so a full
 * disk fails renders late and expensively; readiness says so first. The write probe catches a
 * read-only mount even for a process running as root, which file permissions would not show.
 */
@Readiness
@Startup
@ApplicationScoped
class MediaStorageCheck implements HealthCheck {

    static final String NAME = "media-storage";

    private final Path directory;
    private final long minimumFree;
    private final Optional<S3MediaStore> bucket;

    @Inject
    MediaStorageCheck(MediaStores stores, HealthConfig config) {
        this(stores.directory(), config.minFreeSpace().asLongValue(), stores.bucket());
    }

    MediaStorageCheck(Path directory, long minimumFree) {
        this(directory, minimumFree, Optional.empty());
    }

    MediaStorageCheck(Path directory, long minimumFree, Optional<S3MediaStore> bucket) {
        this.directory = directory;
        this.minimumFree = minimumFree;
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        return bucket.map(MediaStorageCheck::bucket).orElseGet(this::directory);
    }

    private static HealthCheckResponse bucket(S3MediaStore store) {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME).withData("bucket", store.bucket());
        return store.problem().map(problem -> Reasons.down(check, problem)).orElseGet(() -> check.up().build());
    }

    private HealthCheckResponse directory() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME)
                .withData("directory", directory.toString())
                .withData("minimumFree", Reasons.megabytes(minimumFree));
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            return Reasons.down(check, directory + " is not a directory; check videogen.data-dir and the volume mount");
        }
        try {
            // the media store creates it on first use; a fresh volume must not look broken before that
            Files.createDirectories(directory);
        } catch (IOException e) {
            return Reasons.down(check, "cannot create " + directory + " (" + e + "); check videogen.data-dir and "
                    + "the volume mount");
        }
        try {
            Path probe = Files.createTempFile(directory, ".health-", ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            return Reasons.down(check, "cannot write to " + directory + " (" + e + "); check the volume is mounted "
                    + "read-write and owned by the service's user");
        }
        long usable;
        try {
            usable = Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return Reasons.down(check, "cannot read the free space of " + directory + ": " + e.getMessage());
        }
        check.withData("usableFree", Reasons.megabytes(usable));
        if (usable < minimumFree) {
            return Reasons.down(check, "only " + Reasons.megabytes(usable) + " free in " + directory + ", below "
                    + "videogen.health.min-free-space (" + Reasons.megabytes(minimumFree) + "); free space (old "
                    + "render workspaces go after videogen.workspace.retention) or grow the volume");
        }
        return check.up().build();
    }
}
