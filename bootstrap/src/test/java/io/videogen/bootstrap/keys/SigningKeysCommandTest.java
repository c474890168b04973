package io.videogen.bootstrap.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.infrastructure.security.SigningKeyRing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code videogen keys}: the keys it makes are the ones an API pod signs with once its init container
 * has copied the {@code key-*.json} files of the Secret into an empty data directory (overlays/s3).
 */
class SigningKeysCommandTest {

    @TempDir
    Path made;
    @TempDir
    Path pod;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void makesOneKeyOnceAndTheCopiedKeyFilesAloneLetAPodSignWithIt() throws IOException {
        assertThat(run(made.toString())).isZero();
        assertThat(run(made.toString())).as("a second run keeps the key").isZero();
        List<Path> keys = keyFiles(made);
        assertThat(keys).hasSize(1);
        assertThat(printed()).contains("kubectl create secret generic videogen-signing-keys --from-file=" + keys.get(0));

        Path podKeys = Files.createDirectories(pod.resolve("keys"));
        Files.copy(keys.get(0), podKeys.resolve(keys.get(0).getFileName()));
        SigningKeyRing inThePod = SigningKeyRing.open(podKeys, Duration.ofDays(36500), Duration.ofMinutes(15),
                Instant.now());

        assertThat(keys.get(0).getFileName().toString()).isEqualTo("key-" + inThePod.currentKeyId() + ".json");
        assertThat(keyFiles(podKeys)).as("the pod made no key of its own").hasSize(1);
    }

    @Test
    void rotatingAddsAKeyThatSignsAndKeepsTheOldOnePublished() throws IOException {
        run(made.toString());
        String first = keyFiles(made).get(0).getFileName().toString();

        assertThat(run(made.toString(), "--rotate")).isZero();

        assertThat(keyFiles(made)).hasSize(2);
        SigningKeyRing ring = SigningKeyRing.open(made, Duration.ofDays(36500), Duration.ofMinutes(15), Instant.now());
        assertThat("key-" + ring.currentKeyId() + ".json").isNotEqualTo(first);
        assertThat(ring.publicKeySet()).contains(first.substring(4, first.length() - 5));
    }

    @Test
    void withoutADirectoryItSaysHowToCallIt() {
        assertThat(run("--rotate")).isEqualTo(SigningKeysCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: videogen keys <directory> [--rotate]");
    }

    private int run(String... args) {
        return SigningKeysCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> keyFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("key-")).sorted().toList();
        }
    }
}
