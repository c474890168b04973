package io.videogen.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key rotation: a key signs for the rotation period, then stays published until its last token expired. */
class SigningKeyRingTest {

    private static final Duration ROTATION = Duration.ofDays(90);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path keys;

    @Test
    void theFirstStartMakesOneKeyAndPublishesOnlyItsPublicPart() throws IOException {
        SigningKeyRing ring = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START);

        assertThat(published()).containsExactly(ring.currentKeyId());
        JsonNode key = new ObjectMapper().readTree(Files.readString(keys.resolve(SigningKeyRing.PUBLIC_SET)))
                .get("keys").get(0);
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.has("d")).as("private exponent").isFalse();
        assertThat(privateKeyFiles()).hasSize(1);
    }

    @Test
    void aKeyYoungerThanTheRotationPeriodKeepsSigning() throws IOException {
        String first = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START).currentKeyId();

        SigningKeyRing later = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START.plus(ROTATION).minusSeconds(1));

        assertThat(later.currentKeyId()).isEqualTo(first);
        assertThat(published()).containsExactly(first);
    }

    @Test
    void aKeyOlderThanTheRotationPeriodGetsASuccessorAndStaysPublishedForItsTokens() throws IOException {
        String old = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START).currentKeyId();
        Instant rotated = START.plus(ROTATION).plusSeconds(1);

        SigningKeyRing ring = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, rotated);

        assertThat(ring.currentKeyId()).isNotEqualTo(old);
        // the new key signs; the old one still verifies the tokens it signed before the rotation
        assertThat(published()).containsExactly(ring.currentKeyId(), old);

        SigningKeyRing whileOldTokensLive = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME,
                rotated.plus(TOKEN_LIFETIME));
        assertThat(published()).containsExactly(whileOldTokensLive.currentKeyId(), old);
    }

    @Test
    void theOldKeyIsRemovedOnceItsLastTokenExpired() throws IOException {
        SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START);
        Instant rotated = START.plus(ROTATION).plusSeconds(1);
        String successor = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, rotated).currentKeyId();

        SigningKeyRing ring = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME,
                rotated.plus(TOKEN_LIFETIME).plus(Duration.ofMinutes(2)));

        assertThat(ring.currentKeyId()).isEqualTo(successor);
        assertThat(published()).containsExactly(successor);
        assertThat(privateKeyFiles()).hasSize(1);
    }

    @Test
    void aServiceRestartedWithTheSameDirectoryKeepsItsKeys() throws IOException {
        String first = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START).currentKeyId();

        SigningKeyRing again = SigningKeyRing.open(keys, ROTATION, TOKEN_LIFETIME, START.plusSeconds(60));

        assertThat(again.currentKeyId()).isEqualTo(first);
    }

    private List<String> published() throws IOException {
        JsonNode set = new ObjectMapper().readTree(Files.readString(keys.resolve(SigningKeyRing.PUBLIC_SET)));
        List<String> ids = new ArrayList<>();
        set.get("keys").forEach(key -> ids.add(key.get("kid").asText()));
        return ids;
    }

    private List<Path> privateKeyFiles() throws IOException {
        try (Stream<Path> files = Files.list(keys)) {
            return files.filter(file -> file.getFileName().toString().startsWith("key-")).toList();
        }
    }
}
