package io.videogen.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStorageCheckTest {

    @TempDir
    Path dir;

    @Test
    void isUpForAWritableDirectoryWithEnoughSpace() {
        HealthCheckResponse response = new MediaStorageCheck(dir, 1024).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsKeys("usableFree", "minimumFree", "directory");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void createsAMediaDirectoryThatDoesNotExistYet() {
        Path media = dir.resolve("data").resolve("media");

        HealthCheckResponse response = new MediaStorageCheck(media, 1024).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(media).isEmptyDirectory();
    }

    @Test
    void isDownWhenAFileStandsWhereTheMediaDirectoryShouldBe() throws Exception {
        Path file = Files.writeString(dir.resolve("media"), "a file where the directory should be");

        HealthCheckResponse response = new MediaStorageCheck(file, 1024).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(reason(response)).contains("is not a directory", "videogen.data-dir");
    }

    @Test
    void isDownWhenTheFileSystemHasLessFreeSpaceThanTheThreshold() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();

        HealthCheckResponse response = new MediaStorageCheck(dir, free + 1024L * 1024 * 1024 * 1024).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(reason(response)).contains("below videogen.health.min-free-space");
    }

    private static String reason(HealthCheckResponse response) {
        return response.getData().orElseThrow().get(Reasons.REASON).toString();
    }
}
