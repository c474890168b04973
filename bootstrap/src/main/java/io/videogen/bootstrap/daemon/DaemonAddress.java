package io.videogen.bootstrap.daemon;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Where the render daemon of one build listens: a Unix domain socket in a directory only its user may
 * enter, named after the build, so a rebuilt tree (or another checkout, or another JDK) never talks to
 * the daemon of an older one. The directory is {@code VIDEOGEN_DAEMON_DIR} when set, else
 * {@code $XDG_RUNTIME_DIR/videogen}, else {@code /tmp/videogen-<user>}; it is made {@code 0700}, and
 * one that already exists is refused unless this user owns it and nobody else may use it (the kernel
 * checks nothing else: Java offers no portable way to ask who is on the other end of a socket).
 */
record DaemonAddress(Path directory, Path socket, Path log, Path startLock) {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** The directory cannot be trusted (or made); the message says why and what to change. */
    static final class UntrustedDirectory extends Exception {
        UntrustedDirectory(String message) {
            super(message);
        }
    }

    /**
     * @param build what identifies the build: the launcher passes the application's directory and the
     *              time and size of its jar and of the JVM
     */
    static DaemonAddress of(String build, Map<String, String> environment) throws UntrustedDirectory {
        Path directory = directory(environment);
        trust(directory);
        String name = "render-" + digest(build);
        return new DaemonAddress(directory, directory.resolve(name + ".sock"), directory.resolve(name + ".log"),
                directory.resolve(name + ".start"));
    }

    private static Path directory(Map<String, String> environment) {
        String chosen = environment.get("VIDEOGEN_DAEMON_DIR");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && runtime.startsWith("/") && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "videogen");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "videogen-" + System.getProperty("user.name"));
    }

    private static void trust(Path directory) throws UntrustedDirectory {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // checked below, as any directory found
        } catch (IOException e) {
            throw new UntrustedDirectory("cannot make the daemon directory " + directory + ": " + e);
        }
        try {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new UntrustedDirectory(directory + " is not a directory (or is a symbolic link); remove it "
                        + "or set VIDEOGEN_DAEMON_DIR");
            }
            long owner = ((Number) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
            if (owner != new UnixSystem().getUid()) {
                throw new UntrustedDirectory("the daemon directory " + directory + " belongs to user id " + owner
                        + ", not to you; set VIDEOGEN_DAEMON_DIR to a directory of yours");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new UntrustedDirectory("the daemon directory " + directory + " is open to others ("
                        + PosixFilePermissions.toString(permissions) + "); run chmod 700 on it");
            }
        } catch (IOException e) {
            throw new UntrustedDirectory("cannot check the daemon directory " + directory + ": " + e);
        }
    }

    /**
     * 64-bit FNV-1a of the build's stamps, as 16 hex digits. The name only tells one user's builds apart
     * in a directory nobody else may enter, so no cryptographic digest is needed; {@code MessageDigest}'s
     * first call would start the JDK's security providers (reading {@code java.security}, registering
     * every algorithm), 10-40 ms of the client's start before it could connect (ADR 0036).
     */
    static String digest(String build) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : build.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }
}
