package io.videogen.infrastructure.files;

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
 * Files shipped inside our jars that another reader needs on disk — the bundled fonts for AWT, the embedded
 * Redis's server binary — kept there once for every later process. Unpacked into a fresh temporary file at
 * each start, as AWT ({@code +~JF….tmp}) and embedded-redis ({@code redis-…/}) do, they are deleted only by a
 * clean exit, so every process ended by a signal it cannot catch (a crashed or {@code kill -9}ed service or
 * worker, a test's lost JVM) left 1.4 MB of fonts and 9.7 MB of Redis in the temporary directory for good.
 * Here each file is written once, named after its content, into a directory only this user may enter
 * ({@code <java.io.tmpdir>/videogen-<user>}, which the render daemon also falls back to); a file found there
 * is used only if it holds exactly the bytes shipped.
 */
public final class KeptFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-------");

    private KeptFiles() {
    }

    /** This user's directory of kept files. */
    public static Path directory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "videogen-" + System.getProperty("user.name"));
    }

    /**
     * The file holding {@code content} in {@code directory}, written there if it is missing or differs
     * (executable by its owner when {@code executable}); empty when the directory cannot be made or trusted
     * (someone else's, open to others, a link) or cannot be written, and the caller unpacks as before.
     */
    public static Optional<Path> kept(Path directory, String name, byte[] content, boolean executable) {
        try {
            if (!trusted(directory)) {
                return Optional.empty();
            }
            Path file = directory.resolve(digest(content) + "-" + name);
            if (!holds(file, content, executable)) {
                Path written = Files.createTempFile(directory, "kept-", ".part");
                try {
                    Files.write(written, content);
                    Files.setPosixFilePermissions(written, executable ? OWNER_ONLY : READABLE);
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

    private static boolean holds(Path file, byte[] content, boolean executable) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == content.length
                && (!executable || Files.isExecutable(file)) && Arrays.equals(Files.readAllBytes(file), content);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
