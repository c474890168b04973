package io.videogen.bootstrap.ai;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The check the provider fault tests end with catches a half-written file, and only that. */
@QuarkusTest
@TestProfile(MediaProviders.class)
class LeftoverFilesTest {

    @Test
    void aHalfWrittenFileLeftInAWorkspaceIsCaughtAndAFinishedOneIsNot() throws IOException {
        LeftoverFiles leftovers = LeftoverFiles.now();
        Path folder = Path.of(ConfigProvider.getConfig().getOptionalValue("videogen.data-dir", String.class)
                .orElse(".videogen")).resolve("work").resolve("planted-" + UUID.randomUUID());
        Files.createDirectories(folder);
        Path finished = Files.write(folder.resolve("segment-1.mp4"), new byte[] {1});
        try {
            assertThatCode(leftovers::assertNoneAdded).doesNotThrowAnyException();
            Path halfWritten = Files.write(folder.resolve(".segment-2-123.partial.mp4"), new byte[] {1});
            try {
                assertThatThrownBy(leftovers::assertNoneAdded).isInstanceOf(AssertionError.class)
                        .hasMessageContaining(".segment-2-123.partial.mp4");
            } finally {
                Files.delete(halfWritten);
            }
            assertThatCode(leftovers::assertNoneAdded).doesNotThrowAnyException();
        } finally {
            Files.delete(finished);
            Files.delete(folder);
        }
    }
}
