package io.videogen.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    private static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");
    private static final String SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static Asset upload(String fileName, long size, String sha256) {
        return new Asset(AssetId.random(), UserId.random(), fileName, AssetKind.PNG, size, sha256, 640, 480, null, NOW);
    }

    @Test
    void keepsTheTrimmedFileName() {
        assertThat(upload("  logo.png ", 1024, SHA).fileName()).isEqualTo("logo.png");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anUploadWithoutANameIsCalledUpload(String fileName) {
        assertThat(upload(fileName, 1024, SHA).fileName()).isEqualTo("upload");
    }

    @Test
    void fileNamesAreAtMost255Characters() {
        assertThat(upload("f".repeat(255), 1, SHA).fileName()).hasSize(255);
        assertThatThrownBy(() -> upload("f".repeat(256), 1, SHA))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fileName has 256 characters; shorten it to at most 255")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("fileName");
    }

    @Test
    void anEmptyFileIsNoAsset() {
        assertThatThrownBy(() -> upload("logo.png", 0, SHA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one byte");
    }

    @Test
    void anAssetCarriesItsChecksum() {
        assertThatThrownBy(() -> upload("logo.png", 10, " "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("sha256");
    }

    @Test
    void theAssetIsItsOwnIdentity() {
        Asset asset = upload("logo.png", 10, SHA);

        assertThat(asset.getId()).isEqualTo(asset.id());
        assertThat(asset.kind().isImage()).isTrue();
    }

    @Test
    void assetIdsAreUuids() {
        AssetId id = AssetId.random();

        assertThat(AssetId.parse(id.toString().toUpperCase())).isEqualTo(id);
        assertThatThrownBy(() -> AssetId.parse("logo.png"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ids are UUIDs")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("assetId");
    }
}
