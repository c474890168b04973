package io.videogen.infrastructure.fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class FontFilesTest {

    private static final byte[] FONT = "not really a font, bytes to keep".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void writesTheFontOnceIntoADirectoryOnlyItsUserMayEnterAndKeepsIt() throws Exception {
        Path directory = temp.resolve("videogen-me");

        Path file = FontFiles.kept(directory, "Face.ttf", FONT).orElseThrow();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(Files.getPosixFilePermissions(directory)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(file.getParent()).isEqualTo(directory);
        assertThat(Files.readAllBytes(file)).isEqualTo(FONT);
        assertThat(FontFiles.kept(directory, "Face.ttf", FONT)).contains(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("kept, not written again").isZero();
        try (var names = Files.list(directory)) {
            assertThat(names).containsExactly(file);
        }
    }

    @Test
    void aFileThatNoLongerHoldsTheFontIsWrittenAgain() throws Exception {
        Path directory = temp.resolve("videogen-me");
        Path file = FontFiles.kept(directory, "Face.ttf", FONT).orElseThrow();
        Files.writeString(file, "changed by someone");

        assertThat(FontFiles.kept(directory, "Face.ttf", FONT)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(FONT);
    }

    @Test
    void anotherFontGetsAFileOfItsOwn() {
        Path directory = temp.resolve("videogen-me");

        Path first = FontFiles.kept(directory, "Face.ttf", FONT).orElseThrow();
        Path other = FontFiles.kept(directory, "Face.ttf", "another build's face".getBytes(StandardCharsets.UTF_8))
                .orElseThrow();

        assertThat(other).isNotEqualTo(first).hasParent(directory);
    }

    @Test
    void aDirectoryOpenToOthersOrALinkIsNotUsed() throws Exception {
        Path open = Files.createDirectory(temp.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectory(temp.resolve("real")));

        assertThat(FontFiles.kept(open, "Face.ttf", FONT)).isEmpty();
        assertThat(FontFiles.kept(link, "Face.ttf", FONT)).isEmpty();
        try (var names = Files.list(open)) {
            assertThat(names).isEmpty();
        }
    }

    @Test
    void theBundledFacesAreReadFromTheirKeptFiles() throws Exception {
        Font regular = BundledFonts.regular(20f);

        try (var names = Files.list(FontFiles.directory())) {
            assertThat(names.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-DejaVuSans.ttf"))
                    .anyMatch(n -> n.endsWith("-DejaVuSans-Bold.ttf"));
        }
        assertThat(regular.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(regular.canDisplayUpTo("Café ü — 1080p")).isEqualTo(-1);
    }
}
