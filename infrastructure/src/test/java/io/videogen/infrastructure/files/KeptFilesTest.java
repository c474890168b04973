package io.videogen.infrastructure.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.videogen.infrastructure.fonts.BundledFonts;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class KeptFilesTest {

    private static final byte[] CONTENT = "not really a font, bytes to keep".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void writesTheFileOnceIntoADirectoryOnlyItsUserMayEnterAndKeepsIt() throws Exception {
        Path directory = temp.resolve("videogen-me");

        Path file = KeptFiles.kept(directory, "Face.ttf", CONTENT, false).orElseThrow();
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        assertThat(Files.getPosixFilePermissions(directory)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(file.getParent()).isEqualTo(directory);
        assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
        assertThat(KeptFiles.kept(directory, "Face.ttf", CONTENT, false)).contains(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("kept, not written again").isZero();
        try (var names = Files.list(directory)) {
            assertThat(names).containsExactly(file);
        }
    }

    @Test
    void anExecutableIsKeptRunnableByItsOwnerOnlyAndMadeSoAgainIfItIsNot() throws Exception {
        Path directory = temp.resolve("videogen-me");

        Path file = KeptFiles.kept(directory, "server", CONTENT, true).orElseThrow();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(KeptFiles.kept(directory, "server", CONTENT, true)).contains(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aFileThatNoLongerHoldsTheContentIsWrittenAgain() throws Exception {
        Path directory = temp.resolve("videogen-me");
        Path file = KeptFiles.kept(directory, "Face.ttf", CONTENT, false).orElseThrow();
        Files.writeString(file, "changed by someone");

        assertThat(KeptFiles.kept(directory, "Face.ttf", CONTENT, false)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
    }

    @Test
    void otherContentGetsAFileOfItsOwn() {
        Path directory = temp.resolve("videogen-me");

        Path first = KeptFiles.kept(directory, "Face.ttf", CONTENT, false).orElseThrow();
        Path other = KeptFiles.kept(directory, "Face.ttf", "another build's face".getBytes(StandardCharsets.UTF_8),
                false).orElseThrow();

        assertThat(other).isNotEqualTo(first).hasParent(directory);
    }

    @Test
    void aDirectoryOpenToOthersOrALinkIsNotUsed() throws Exception {
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectory(temp.resolve("real")));

        assertThat(KeptFiles.kept(open, "Face.ttf", CONTENT, false)).isEmpty();
        assertThat(KeptFiles.kept(link, "Face.ttf", CONTENT, false)).isEmpty();
        try (var names = Files.list(open)) {
            assertThat(names).isEmpty();
        }
    }

    @Test
    void theBundledFacesAreReadFromTheirKeptFiles() throws Exception {
        Font regular = BundledFonts.regular(20f);

        try (var names = Files.list(KeptFiles.directory())) {
            assertThat(names.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-DejaVuSans.ttf"))
                    .anyMatch(n -> n.endsWith("-DejaVuSans-Bold.ttf"));
        }
        assertThat(regular.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(regular.canDisplayUpTo("Café ü — 1080p")).isEqualTo(-1);
    }
}
