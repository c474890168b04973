package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.videogen.application.port.out.MediaStore;
import io.videogen.domain.video.VideoId;
import io.videogen.infrastructure.storage.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Scale-out as it is deployed ({@link FanOutAcrossProcesses}): the three worker processes keep their
 * media in one bucket of a real S3 protocol server (s3proxy on a filesystem, started here), set up
 * as the README says ({@code videogen.storage.type=s3} and the {@code s3} settings). They meet in the
 * bucket's {@code artefacts/} keys; a worker's sweep leaves the bucket holding the videos' outputs
 * only once their artefacts are older than its retention — no shared artefact, no unfinished multipart
 * upload. The three keep theirs until the first test has compared them; the last test does not wait that
 * out but starts a fourth worker whose retention is a second and whose sweeps begin a second after its
 * start ({@code videogen.storage.artefact-sweep-delay}).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutS3IT extends FanOutAcrossProcesses {

    /**
     * Each worker has a data directory of its own, as on a disk of its own: a task carries its inputs
     * through the bucket (ADR 0024, "Tasks carry their inputs"), so no worker reads another's
     * workspace ({@code work/} under its data directory), and their media is in the bucket.
     */
    private static final boolean SHARED_WORKSPACE = false;
    /**
     * Longer than a render here takes under load (about a minute), so that no segment goes before the
     * first test has compared it; the workers sweep every 2 s from a minute after they start.
     */
    private static final Duration RETENTION = Duration.ofSeconds(90);
    /** The sweeping worker's, once the renders are done and compared: everything in artefacts/ is older. */
    private static final Map<String, String> SWEEP_NOW = Map.of("videogen.storage.artefact-retention", "PT1S",
            "videogen.storage.artefact-sweep", "1s", "videogen.storage.artefact-sweep-delay", "1s");

    private static S3TestServer server;
    private static S3Client bucket;
    private static Path dataDirs;
    /** Where the test copies objects out of the bucket to compare them. */
    private static Path fromTheBucket;
    private static WorkerProcess.Fleet fleet;

    @BeforeAll
    static void oneBucketForAllWorkers() throws Exception {
        server = S3TestServer.start();
        Map<String, String> settings = new HashMap<>(server.settings());
        settings.put("videogen.storage.artefact-retention", RETENTION.toString());
        settings.put("videogen.storage.artefact-sweep", "2s");
        dataDirs = Files.createTempDirectory("videogen-scale-out-tests-");
        fromTheBucket = Files.createTempDirectory("from-the-bucket-");
        fleet = SHARED_WORKSPACE ? WorkerProcess.Fleet.sharing(dataDirs, settings)
                : WorkerProcess.Fleet.apart(dataDirs, settings);
        bucket = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        fleet.stop();
        bucket.close();
        server.close();
        TestDirectories.delete(fromTheBucket);
        TestDirectories.delete(dataDirs); // the workers' data directories: 24 of them had piled up in /tmp
    }

    @Override
    WorkerProcess.Fleet fleet() {
        return fleet;
    }

    @Override
    Path storedByWorkers(String key) throws Exception {
        // one directory per copy (two videos' files share names), all under this class's own, deleted after it
        Path copy = Files.createTempDirectory(fromTheBucket, "copy-").resolve(Path.of(key).getFileName());
        bucket.getObject(get -> get.bucket(S3TestServer.BUCKET).key(key), ResponseTransformer.toFile(copy));
        return copy;
    }

    @Test
    @Order(3)
    void afterTheRetentionTheBucketHoldsTheVideosOutputsAndNothingElse() throws Exception {
        // what a worker killed between two parts of an upload leaves: parts, and no object
        String unfinished = "videos/" + UUID.randomUUID() + "/video.mp4";
        String uploadId = bucket.createMultipartUpload(create -> create.bucket(S3TestServer.BUCKET).key(unfinished))
                .uploadId();
        bucket.uploadPart(part -> part.bucket(S3TestServer.BUCKET).key(unfinished).uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(new byte[5 * 1024 * 1024]));
        Set<VideoId> fannedOut = new HashSet<>();
        for (Row row : pool.query("select video_id, done_by from render_tasks where done_by is not null")
                .execute().await().atMost(Duration.ofSeconds(10))) {
            if (fleet.started().stream().anyMatch(worker -> worker.owns(row.getString("done_by")))) {
                fannedOut.add(new VideoId(row.getUUID("video_id")));
            }
        }
        assertThat(fannedOut).as("the videos this class's workers rendered").hasSize(2);
        List<String> outputs = new ArrayList<>();
        for (VideoId id : fannedOut) {
            for (String file : List.of("video.mp4", "thumbnail.jpg", "captions.srt", "captions.vtt", "captions.json")) {
                outputs.add(MediaStore.videoPrefix(id) + file);
            }
        }

        // a worker that sweeps every second what was written more than a second ago (the others keep the
        // artefacts for the retention, past the end of this test)
        fleet.start("ScaleOutS3IT-sweeper", "worker", SWEEP_NOW).awaitStarted();
        Eventually.within(Duration.ofSeconds(60), () -> {
            assertThat(objects()).containsExactlyInAnyOrderElementsOf(outputs);
            assertThat(bucket.listMultipartUploads(list -> list.bucket(S3TestServer.BUCKET)).uploads()).isEmpty();
        });
        try (Stream<Path> files = Files.walk(dataDirs)) {
            assertThat(files.filter(Files::isRegularFile).map(dataDirs::relativize))
                    .as("no media on the workers' disks").noneMatch(file ->
                            java.util.stream.StreamSupport.stream(file.spliterator(), false)
                                    .anyMatch(name -> name.toString().equals("media")));
        }
    }

    private static List<String> objects() {
        return bucket.listObjectsV2Paginator(list -> list.bucket(S3TestServer.BUCKET)).contents().stream()
                .map(S3Object::key).filter(key -> !key.endsWith("/")).toList();
    }
}
