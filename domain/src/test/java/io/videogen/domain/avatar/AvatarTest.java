package io.videogen.domain.avatar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.Voice;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AvatarTest {

    private static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");

    private static Avatar named(String name) {
        return new Avatar(AvatarId.random(), UserId.random(), name, AvatarLook.Procedural.defaults(),
                Voice.defaults(), AvatarConfig.defaults(), NOW);
    }

    @Test
    void theNameIsTrimmed() {
        assertThat(named("  Nora ").name()).isEqualTo("Nora");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void anAvatarNeedsAName(String name) {
        assertThatThrownBy(() -> named(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name must not be blank")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("name");
    }

    @Test
    void theNameIsAtMost100Characters() {
        assertThat(named("n".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> named("n".repeat(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name has 101 characters; shorten it to at most 100");
    }

    @Test
    void theAvatarIsItsOwnIdentity() {
        Avatar avatar = named("Nora");

        assertThat(avatar.getId()).isEqualTo(avatar.id());
    }

    @Test
    void looksOfDifferentPresentersHaveDifferentFingerprints() {
        AvatarLook drawn = AvatarLook.Procedural.defaults();
        AvatarLook redHair = new AvatarLook.Procedural(new RgbColor(0xe0, 0xac, 0x69), new RgbColor(200, 40, 20),
                new RgbColor(0x2c, 0x3e, 0x50), new RgbColor(0xec, 0xf0, 0xf1));
        AssetId photo = AssetId.random();

        assertThat(drawn.fingerprint()).isEqualTo("procedural:#e0ac69#3b2a1e#2c3e50#ecf0f1");
        assertThat(redHair.fingerprint()).isNotEqualTo(drawn.fingerprint());
        assertThat(new AvatarLook.Portrait(photo).fingerprint()).isEqualTo("portrait:" + photo);
    }

    @Test
    void avatarIdsAreUuids() {
        AvatarId id = AvatarId.random();

        assertThat(AvatarId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> AvatarId.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ids are UUIDs")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("avatarId");
    }
}
