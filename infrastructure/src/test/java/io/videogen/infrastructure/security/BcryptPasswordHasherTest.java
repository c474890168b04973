package io.videogen.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The configured cost goes into every new hash; hashes made at another cost still match. */
class BcryptPasswordHasherTest {

    @Test
    void aNewHashCarriesTheConfiguredCostAndMatchesOnlyItsPassword() {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(5);

        String hash = hasher.hash("correct horse".toCharArray());

        assertThat(hash).startsWith("$2a$05$");
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horsf".toCharArray(), hash)).isFalse();
    }

    @Test
    void aHashMadeAtTheDefaultCostStillMatchesAfterTheCostChanged() {
        String stored = new BcryptPasswordHasher(12).hash("battery staple".toCharArray());

        assertThat(stored).startsWith("$2a$12$");
        assertThat(new BcryptPasswordHasher(4).matches("battery staple".toCharArray(), stored)).isTrue();
    }

    @Test
    void aCostOutsideBcryptsBoundsIsRefusedAtStart() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).hasMessageContaining("videogen.auth.password-cost");
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).hasMessageContaining("4 to 31");
    }
}
