package io.videogen.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.MemorySize;
import io.videogen.application.port.out.MediaStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The media store contract against a real S3 protocol server (s3proxy in this JVM), in parts of 5 MiB. */
class S3MediaStoreTest extends MediaStoreContract {

    private static final int PART = 5 * 1024 * 1024;
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private static S3TestServer server;

    private S3MediaStore store;
    private S3Client client;
    private String bucket;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3TestServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void openStore() {
        bucket = server.bucket("contract-" + BUCKETS.incrementAndGet());
        client = S3Clients.of(settings(server.endpoint(), bucket, S3TestServer.SECRET_KEY, PART));
        store = new S3MediaStore(client, bucket, PART, 8);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected MediaStore store() {
        return store;
    }

    @Test
    void aLargeStreamIsUploadedInPartsOfTheConfiguredSize() throws Exception {
        // the store holds one part (5 MiB) of a 20 MiB stream at a time: S3 numbers the parts in the ETag
        AtomicInteger mostAhead = new AtomicInteger();
        byte[] video = bytes(LARGE, 3);
        InputStream counting = new ByteArrayInputStream(video) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                mostAhead.accumulateAndGet(len, Math::max);
                return super.read(b, off, len);
            }
        };

        store.put("videos/parts/video.mp4", counting);

        String etag = client.headObject(head -> head.bucket(bucket).key("videos/parts/video.mp4")).eTag();
        assertThat(etag.replace("\"", "")).endsWith("-5");
        assertThat(mostAhead.get()).isLessThanOrEqualTo(PART);
        assertThat(client.listMultipartUploads(list -> list.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    void aFileLargerThanAPartWithinTheOnePutLimitGoesInOneRequest() throws Exception {
        Path narration = Files.write(dir.resolve("narration.wav"), bytes(PART + 4096, 5));

        store.put("artefacts/narrations/n.wav", narration);

        // a multipart upload's ETag ends in -<parts>; one PutObject's is the bytes' MD5
        String etag = client.headObject(head -> head.bucket(bucket).key("artefacts/narrations/n.wav")).eTag();
        assertThat(etag.replace("\"", "")).doesNotContain("-").hasSize(32);
        assertThat(store.find("artefacts/narrations/n.wav").orElseThrow().size()).isEqualTo(PART + 4096);
        assertThat(S3MediaStore.ONE_PUT_LIMIT).isGreaterThan(PART + 4096);
    }

    @Test
    void aFailedMultipartUploadLeavesNoPartsBehind() {
        InputStream dying = new InputStream() {
            private long left = PART + 1024;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the source died after the first part");
                }
                return 1;
            }
        };

        assertThatThrownBy(() -> store.put("videos/dying/video.mp4", dying)).hasStackTraceContaining("source died");

        assertThat(client.listMultipartUploads(list -> list.bucket(bucket)).uploads()).isEmpty();
        assertThat(server.keys(bucket, "")).isEmpty();
    }

    @Test
    void deletingAPrefixLeavesNeitherFilesNorTheFoldersAServerListsForThem() throws Exception {
        store.put("videos/nested/captions/en.vtt", new java.io.ByteArrayInputStream(bytes(10, 1)));
        store.put("videos/nested/parts/a/b.bin", new java.io.ByteArrayInputStream(bytes(10, 2)));
        store.put("videos/nested/video.mp4", new java.io.ByteArrayInputStream(bytes(10, 3)));
        assertThat(client.listObjectsV2(list -> list.bucket(bucket).prefix("videos/nested/")).contents())
                .as("s3proxy lists a folder marker for each folder").extracting(o -> o.key())
                .contains("videos/nested/captions/", "videos/nested/parts/a/");

        store.deleteAll("videos/nested/");

        assertThat(client.listObjectsV2(list -> list.bucket(bucket).prefix("videos/")).contents()).isEmpty();
    }

    @Test
    void anUploadAProcessLeftUnfinishedIsAbortedOnceBegunBeforeTheCutoff() throws Exception {
        // what a worker killed between two parts leaves: an upload with a part and no completion
        String uploadId = client.createMultipartUpload(create -> create.bucket(bucket).key("videos/killed/video.mp4"))
                .uploadId();
        client.uploadPart(part -> part.bucket(bucket).key("videos/killed/video.mp4").uploadId(uploadId)
                .partNumber(1), software.amazon.awssdk.core.sync.RequestBody.fromBytes(bytes(PART, 7)));

        assertThat(store.abortUploadsBegunBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(1))))
                .as("an upload begun after the cutoff may still be under way").isZero();
        assertThat(client.listMultipartUploads(list -> list.bucket(bucket)).uploads()).hasSize(1);
        java.time.Instant afterTheFirstSweep = java.time.Instant.now();

        // s3proxy says an upload was initiated when it is listed: the sweep goes by when it first saw it
        assertThat(store.abortUploadsBegunBefore(afterTheFirstSweep)).isEqualTo(1);

        assertThat(client.listMultipartUploads(list -> list.bucket(bucket)).uploads()).isEmpty();
        assertThat(server.keys(bucket, "")).isEmpty();
    }

    @Test
    void wrongCredentialsAndAMissingBucketAreNamedWithTheSettingToChange() {
        try (S3MediaStore wrongKey = new S3MediaStore(
                S3Clients.of(settings(server.endpoint(), bucket, "not-the-secret", PART)), bucket, PART, 8);
             S3MediaStore noBucket = new S3MediaStore(
                     S3Clients.of(settings(server.endpoint(), "no-such-bucket", S3TestServer.SECRET_KEY, PART)),
                     "no-such-bucket", PART, 8)) {
            assertThat(store.problem()).isEmpty();
            assertThat(wrongKey.problem()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("403", "videogen.storage.s3.access-key-id");
            assertThat(noBucket.problem()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("no-such-bucket does not exist", "videogen.storage.s3.bucket");
        }
        assertThat(server.keys(bucket, "")).isEmpty();
    }

    @Test
    void aConfigurationThatCannotWorkSaysWhatToChange() {
        assertThatThrownBy(() -> S3MediaStore.of(settings(server.endpoint(), null, S3TestServer.SECRET_KEY, PART)))
                .hasMessageContaining("videogen.storage.s3.bucket is required");
        assertThatThrownBy(() -> S3MediaStore.of(settings(server.endpoint(), bucket, S3TestServer.SECRET_KEY, 1024)))
                .hasMessageContaining("videogen.storage.s3.part-size must lie between 5M");
    }

    static StorageConfig.S3 settings(URI endpoint, String bucket, String secret, long partSize) {
        return new StorageConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> bucket() {
                return Optional.ofNullable(bucket);
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of(S3TestServer.ACCESS_KEY);
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of(secret);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public MemorySize partSize() {
                return new MemorySize(BigInteger.valueOf(partSize));
            }

            @Override
            public int requestsAtOnce() {
                return 8;
            }
        };
    }
}
