package io.videogen.infrastructure.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where files live: local disk for work, and the media store (local disk or an S3-compatible bucket). */
@ConfigMapping(prefix = "videogen")
public interface StorageConfig {

    /** Root of everything the service keeps locally (database, media, work). */
    @WithDefault(".videogen")
    Path dataDir();

    Workspace workspace();

    Storage storage();

    interface Workspace {
        /** How long a video's working directory is kept after its last change; its cached scenes go with it. */
        @WithDefault("P7D")
        Duration retention();
    }

    /** The media store: {@code videogen.storage.*} (docs/adr/0023). */
    interface Storage {
        /** {@code local} keeps media under {@code <data-dir>/media}; {@code s3} in a bucket. */
        @WithDefault("local")
        Type type();

        /** Shared artefacts (keys under {@code artefacts/}) are deleted this long after they were written. */
        @WithDefault("P7D")
        Duration artefactRetention();

        /**
         * How often each process sweeps ({@code 1h}, {@code 30m}...; {@code off} for never, when a
         * bucket lifecycle rule does it): read by {@code ArtefactRetention}'s schedule.
         */
        @WithDefault("1h")
        String artefactSweep();

        /**
         * How long after the start the first sweep waits ({@code 1m}), so that it does not compete with the
         * start-up: read by {@code ArtefactRetention}'s schedule.
         */
        @WithDefault("1m")
        String artefactSweepDelay();

        S3 s3();
    }

    enum Type {
        LOCAL, S3
    }

    /** An S3-compatible bucket; the keys are never logged. */
    interface S3 {
        /** The server's URL (MinIO, Ceph, Garage, s3proxy...); AWS's own endpoint for the region when absent. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Required when {@code videogen.storage.type=s3}; the bucket must exist. */
        Optional<String> bucket();

        /** With {@link #secretAccessKey()}; when both are absent the SDK's default chain (AWS_* env, profile, IAM role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** {@code http://host/bucket/key} instead of {@code http://bucket.host/key}; most self-hosted servers need it. */
        @WithDefault("false")
        boolean pathStyle();

        /** Uploads larger than this go in parts of this size; one part is held in memory per upload (min 5M). */
        @WithDefault("8M")
        MemorySize partSize();

        /**
         * Requests to the bucket one process makes side by side where it has several objects to copy
         * (a render's segments made by other workers): their round trips overlap.
         */
        @WithDefault("8")
        int requestsAtOnce();
    }
}
