package io.videogen.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The log file the test profile writes (quarkus.log.file.path) through the same format and secret
 * filter as the console. Tests read back what a user of the service would find in its log.
 *
 * <p>For the identity work: after a test that registers, logs in or refreshes with known secrets,
 * call {@link #assertNeverContains} with the password, the access and refresh tokens and any webhook
 * secret, so a secret that slips into a log line fails the build.
 */
public final class LogFile {

    public static final Path PATH = Path.of("target/test-logs/videogen.log");

    private LogFile() {
    }

    /** Every line written so far in this test JVM (the file is appended to across test classes). */
    public static List<String> lines() {
        try {
            return Files.exists(PATH) ? Files.readAllLines(PATH, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines that mention the given text. */
    public static List<String> linesWith(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }

    /** No line of the whole log contains any of the secrets. */
    public static void assertNeverContains(String... secrets) {
        String log = String.join("\n", lines());
        for (String secret : secrets) {
            assertThat(log).as("the log must never contain a secret").doesNotContain(secret);
        }
    }
}
