package io.videogen.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetKindTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] riff(String form) {
        byte[] head = new byte[16];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, head, 0, 4);
        head[4] = 0x24;
        System.arraycopy(form.getBytes(StandardCharsets.US_ASCII), 0, head, 8, 4);
        return head;
    }

    @Test
    void sniffsPngFromMagicBytesNotName() {
        // An upload called "photo.jpg" whose bytes are a PNG is a PNG.
        byte[] pngNamedJpg = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

        assertThat(AssetKind.sniff(pngNamedJpg)).contains(AssetKind.PNG);
    }

    @Test
    void sniffsJpeg() {
        assertThat(AssetKind.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(AssetKind.JPEG);
    }

    @Test
    void sniffsWebpAndWavFromTheirRiffForm() {
        assertThat(AssetKind.sniff(riff("WEBP"))).contains(AssetKind.WEBP);
        assertThat(AssetKind.sniff(riff("WAVE"))).contains(AssetKind.WAV);
    }

    @Test
    void otherRiffFilesAreUnknown() {
        assertThat(AssetKind.sniff(riff("AVI "))).isEmpty();
    }

    @Test
    void sniffsMp3WithAnId3TagOrAFrameHeader() {
        assertThat(AssetKind.sniff(bytes('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0))).contains(AssetKind.MP3);
        assertThat(AssetKind.sniff(bytes(0xFF, 0xFB, 0x90, 0x64))).contains(AssetKind.MP3);
        assertThat(AssetKind.sniff(bytes(0xFF, 0xF3, 0x64, 0xC4))).contains(AssetKind.MP3);
    }

    @Test
    void videosAreRecognisedByTheirContainerMagic() {
        assertThat(AssetKind.sniff(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'))).contains(AssetKind.MP4);
        assertThat(AssetKind.sniff(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).contains(AssetKind.MOV);
        assertThat(AssetKind.sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F))).contains(AssetKind.WEBM);
        assertThat(AssetKind.MP4.isVideo()).isTrue();
        assertThat(AssetKind.MP4.family()).isEqualTo("video");
        assertThat(AssetKind.MP4.isImage() || AssetKind.MP4.isAudio()).isFalse();
    }

    @Test
    void unknownBytesAreNoKind() {
        assertThat(AssetKind.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AssetKind.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AssetKind.sniff(bytes(0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p'))).isEmpty();
    }

    @Test
    void tooFewBytesAreNoKind() {
        assertThat(AssetKind.sniff(new byte[0])).isEmpty();
        assertThat(AssetKind.sniff(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(AssetKind.sniff(bytes(0xFF))).isEmpty();
        assertThat(AssetKind.sniff("RIFF\0\0\0\0WEB".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void imagesAndSoundsAreToldApartWithTheirMediaTypes() {
        assertThat(AssetKind.PNG.isImage()).isTrue();
        assertThat(AssetKind.JPEG.isImage()).isTrue();
        assertThat(AssetKind.WEBP.isImage()).isTrue();
        assertThat(AssetKind.WAV.isAudio()).isTrue();
        assertThat(AssetKind.MP3.isAudio()).isTrue();
        assertThat(AssetKind.MP3.isImage()).isFalse();
        assertThat(AssetKind.PNG.mediaType()).isEqualTo("image/png");
        assertThat(AssetKind.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(AssetKind.WEBP.mediaType()).isEqualTo("image/webp");
        assertThat(AssetKind.WAV.mediaType()).isEqualTo("audio/wav");
        assertThat(AssetKind.MP3.mediaType()).isEqualTo("audio/mpeg");
    }
}
