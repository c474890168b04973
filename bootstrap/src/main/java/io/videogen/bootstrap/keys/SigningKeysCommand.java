package io.videogen.bootstrap.keys;

import io.videogen.infrastructure.security.SigningKeyRing;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code videogen keys <directory> [--rotate]}: the token signing keys made outside the service, for
 * deployments whose API pods share no directory (the Kubernetes s3 overlay reads them from a Secret).
 * Without {@code --rotate} it makes the first key when the directory has none; with it, a new key that
 * signs from then on, and deletes a key replaced longer ago than an access token lives
 * ({@code VIDEOGEN_AUTH_ACCESS_TOKEN_LIFETIME}, PT15M). The same {@link SigningKeyRing} as the service's.
 */
public final class SigningKeysCommand {

    public static final int USAGE = 64;
    private static final Duration NEVER = Duration.ofDays(36500);

    private SigningKeysCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean rotate = args.contains("--rotate");
        List<String> directories = args.stream().filter(arg -> !arg.equals("--rotate")).toList();
        if (directories.size() != 1 || directories.get(0).startsWith("-")) {
            err.println("usage: videogen keys <directory> [--rotate]   make (or rotate) the token signing keys there");
            return USAGE;
        }
        Path directory = Path.of(directories.get(0)).toAbsolutePath().normalize();
        String lifetime = System.getenv().getOrDefault("VIDEOGEN_AUTH_ACCESS_TOKEN_LIFETIME", "PT15M");
        SigningKeyRing ring = SigningKeyRing.open(directory, rotate ? Duration.ZERO : NEVER,
                Duration.parse(lifetime), Instant.now());
        List<Path> keys = keyFiles(directory);
        out.println("key " + ring.currentKeyId() + " signs; " + keys.size() + " key file(s) in " + directory);
        out.println("Kubernetes (overlays/s3): kubectl create secret generic videogen-signing-keys "
                + keys.stream().map(key -> "--from-file=" + key).collect(Collectors.joining(" "))
                + " --dry-run=client -o yaml | kubectl apply -f -");
        return 0;
    }

    private static List<Path> keyFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("key-[A-Za-z0-9-]+\\.json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
