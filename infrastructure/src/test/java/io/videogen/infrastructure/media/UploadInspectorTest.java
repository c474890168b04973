package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.MediaInspector.Inspection;
import io.videogen.application.port.out.MediaInspector.RejectedMediaException;
import io.videogen.domain.asset.AssetKind;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadInspectorTest {

    @TempDir
    Path dir;

    private final UploadInspector inspector = new UploadInspector(new MediaValidator());

    @Test
    void aRealPngIsAcceptedWithItsSize() throws Exception {
        Path png = dir.resolve("photo.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        Inspection inspection = inspector.inspect(png);

        assertThat(inspection.kind()).isEqualTo(AssetKind.PNG);
        assertThat(inspection.width()).isEqualTo(64);
        assertThat(inspection.height()).isEqualTo(48);
    }

    @Test
    void textIsAnUnsupportedTypeWhateverItsName() throws Exception {
        Path text = Files.writeString(dir.resolve("image.png"), "just some words, not a picture");

        assertThatThrownBy(() -> inspector.inspect(text))
                .isInstanceOf(RejectedMediaException.class)
                .hasMessageContaining("not a PNG, JPEG or WebP image")
                .satisfies(e -> assertThat(((RejectedMediaException) e).unsupportedType()).isTrue());
    }

    @Test
    void aJpegHeaderOnGarbageIsRejectedAsDamaged() throws Exception {
        byte[] bytes = new byte[4096];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        Path fake = Files.write(dir.resolve("fake.jpg"), bytes);

        assertThatThrownBy(() -> inspector.inspect(fake))
                .isInstanceOf(RejectedMediaException.class)
                .satisfies(e -> assertThat(((RejectedMediaException) e).unsupportedType()).isFalse());
    }
}
