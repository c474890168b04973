package io.videogen.infrastructure.fonts;

import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled fonts kept as files that AWT reads in place. Handed a stream, AWT copies the font into a
 * temporary file ({@code +~JF….tmp}) that only a clean exit deletes, so every process ended by a signal it
 * cannot catch — a crashed or {@code kill -9}ed worker, a test's abandoned JVM — left 1.4 MB in the temporary
 * directory for good. Here each font is written once, named after its content, into a directory only this
 * user may enter ({@code <java.io.tmpdir>/videogen-<user>}, which the render daemon also falls back to), and
 * kept for every later process; a file found there is used only if it holds exactly the bundled bytes.
 */
final class FontFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private FontFiles() {
    }

    static Path directory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "videogen-" + System.getProperty("user.name"));
    }

    /**
     * The font's file in {@code directory}, written there if it is missing or differs; empty when the
     * directory cannot be made or trusted (someone else's, open to others, a link) or cannot be written,
     * and the caller reads the font from memory as AWT always did.
     */
    static Optional<Path> kept(Path directory, String name, byte[] font) {
        try {
            if (!trusted(directory)) {
                return Optional.empty();
            }
            Path file = directory.resolve("font-" + digest(font) + "-" + name);
            if (!holds(file, font)) {
                Path written = Files.createTempFile(directory, "font-", ".part");
                try {
                    Files.write(written, font);
                    Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return Optional.of(file);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Made owner-only if absent; trusted only if it is a real directory of this user's that nobody else may use. */
    private static boolean trusted(Path directory) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // checked below, as any directory found
        }
        return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                && ((Number) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue()
                        == new UnixSystem().getUid()
                && OWNER_ONLY.containsAll(Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean holds(Path file, byte[] font) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == font.length
                && Arrays.equals(Files.readAllBytes(file), font);
    }

    private static String digest(byte[] font) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
