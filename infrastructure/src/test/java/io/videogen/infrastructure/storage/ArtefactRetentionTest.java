package io.videogen.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hourly sweep drops shared artefacts older than the retention, and nothing else. */
class ArtefactRetentionTest {

    @TempDir
    Path dataDir;

    @Test
    void deletesArtefactsWrittenBeforeTheRetentionAndKeepsNewerOnesAndVideos() throws Exception {
        StorageConfig config = local(dataDir, Duration.ofDays(7));
        MediaStores stores = new MediaStores(config);
        stores.mediaStore().put("artefacts/segments/segment-old.mp4", new ByteArrayInputStream(new byte[] {1}));
        stores.mediaStore().put("artefacts/segments/segment-new.mp4", new ByteArrayInputStream(new byte[] {2}));
        stores.mediaStore().put("videos/v1/video.mp4", new ByteArrayInputStream(new byte[] {3}));
        Path media = dataDir.resolve("media");
        FileTime eightDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(8)));
        Files.setLastModifiedTime(media.resolve("artefacts/segments/segment-old.mp4"), eightDaysAgo);
        Files.setLastModifiedTime(media.resolve("videos/v1/video.mp4"), eightDaysAgo);

        new ArtefactRetention(stores, config).sweep();

        assertThat(stores.mediaStore().find("artefacts/segments/segment-old.mp4")).isEmpty();
        assertThat(stores.mediaStore().find("artefacts/segments/segment-new.mp4")).isPresent();
        assertThat(stores.mediaStore().find("videos/v1/video.mp4")).isPresent();
    }

    /** What a fan-out's job puts in the store for its tasks (ADR 0024) is not orphaned once they are done. */
    @Test
    void deletesTheFanOutTasksInputsOnceOlderThanTheRetention() throws Exception {
        StorageConfig config = local(dataDir, Duration.ofDays(7));
        MediaStores stores = new MediaStores(config);
        List<String> inputs = List.of("artefacts/inputs/still-0a.png", "artefacts/inputs/still-0b.png",
                "artefacts/inputs/clip-0c.mp4", "artefacts/narrations/soundtrack-0d.wav");
        FileTime eightDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(8)));
        for (String key : inputs) {
            stores.mediaStore().put(key, new ByteArrayInputStream(new byte[] {4}));
            Files.setLastModifiedTime(dataDir.resolve("media").resolve(key), eightDaysAgo);
        }
        stores.mediaStore().put("artefacts/inputs/still-0e.png", new ByteArrayInputStream(new byte[] {5}));

        new ArtefactRetention(stores, config).sweep();

        for (String key : inputs) {
            assertThat(stores.mediaStore().find(key)).as(key).isEmpty();
        }
        assertThat(stores.mediaStore().find("artefacts/inputs/still-0e.png")).isPresent();
    }

    static StorageConfig local(Path dataDir, Duration retention) {
        return new StorageConfig() {
            @Override
            public Path dataDir() {
                return dataDir;
            }

            @Override
            public Workspace workspace() {
                return () -> Duration.ofDays(7);
            }

            @Override
            public Storage storage() {
                return new Storage() {
                    @Override
                    public Type type() {
                        return Type.LOCAL;
                    }

                    @Override
                    public Duration artefactRetention() {
                        return retention;
                    }

                    @Override
                    public String artefactSweep() {
                        return "1h";
                    }

                    @Override
                    public String artefactSweepDelay() {
                        return "1m";
                    }

                    @Override
                    public S3 s3() {
                        return S3MediaStoreTest.settings(URI.create("http://127.0.0.1:1"), null, "unused", 8L << 20);
                    }
                };
            }
        };
    }
}
