package io.videogen.infrastructure.storage;

import io.quarkus.scheduler.Scheduled;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Working directories under {@code <data-dir>/work/<video id>}, kept between renders so an edited
 * video re-renders only its changed scenes, and removed once unused for the retention period.
 */
@ApplicationScoped
class LocalRenderWorkspaces implements RenderWorkspaces {

    private static final Logger LOG = Logger.getLogger(LocalRenderWorkspaces.class);

    private final Path root;
    private final StorageConfig config;

    LocalRenderWorkspaces(StorageConfig config) throws IOException {
        this.config = config;
        this.root = Files.createDirectories(config.dataDir().resolve("work")).toAbsolutePath().normalize();
    }

    @Override
    public RenderWorkspace open(VideoId id) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id.value().toString()));
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now()));
        return new RenderWorkspace(dir);
    }

    @Override
    public void remove(VideoId id) throws IOException {
        deleteTree(root.resolve(id.value().toString()));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() throws IOException {
        Instant cutoff = Instant.now().minus(config.workspace().retention());
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                if (Files.getLastModifiedTime(dir).toInstant().isBefore(cutoff)) {
                    LOG.infof("removing workspace %s, unused since before %s", dir.getFileName(), cutoff);
                    deleteTree(dir);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
