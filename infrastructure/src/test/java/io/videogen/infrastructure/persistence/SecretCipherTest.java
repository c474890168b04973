package io.videogen.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void aSecretComesBackAsItWentInAndIsNotStoredInTheClear() {
        SecretCipher cipher = SecretCipher.from(Optional.of(KEY), dir.resolve("unused.key"));

        String stored = cipher.encrypt("whsec_abc", "user-1");

        assertThat(stored).startsWith("v1:").doesNotContain("whsec_abc");
        assertThat(cipher.decrypt(stored, "user-1")).isEqualTo("whsec_abc");
        assertThat(cipher.encrypt("whsec_abc", "user-1")).as("a fresh nonce every time").isNotEqualTo(stored);
    }

    @Test
    void aSecretCopiedToAnotherUsersRowDoesNotDecrypt() {
        SecretCipher cipher = SecretCipher.from(Optional.of(KEY), dir.resolve("unused.key"));
        String stored = cipher.encrypt("whsec_abc", "user-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "user-2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("whsec_abc");
    }

    @Test
    void anotherKeyCannotReadIt() {
        String stored = SecretCipher.from(Optional.of(KEY), dir.resolve("unused.key")).encrypt("whsec_abc", "u");
        SecretCipher other = SecretCipher.from(Optional.empty(), dir.resolve("keys/webhook-secrets.key"));

        assertThatThrownBy(() -> other.decrypt(stored, "u")).hasMessageContaining("videogen.webhooks.secret-key");
    }

    @Test
    void withoutAConfiguredKeyOneIsMadeOnceAndKeptOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/webhook-secrets.key");
        String stored = SecretCipher.from(Optional.empty(), file).encrypt("whsec_abc", "u");

        assertThat(SecretCipher.from(Optional.empty(), file).decrypt(stored, "u")).isEqualTo("whsec_abc");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SecretCipher.from(Optional.of(short16), dir.resolve("unused.key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretCipher.from(Optional.of("not base64!"), dir.resolve("unused.key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64");
    }
}
