package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The emulation prevention and in-place field rewriting PictureOrder relies on (ADR 0028). */
class RbspBitsTest {

    @Test
    void escapingPutsAThreeAfterTwoZerosBeforeALowByteAndAfterATrailingZero() {
        byte[] payload = {0x25, 0, 0, 1, 0, 0, 0x7f, 0, 0, 3, 0, 0};
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        RbspBits.escape(payload, escaped);

        assertThat(escaped.toByteArray()).containsExactly(0x25, 0, 0, 3, 1, 0, 0, 0x7f, 0, 0, 3, 3, 0, 0, 3);
        assertThat(RbspBits.unescape(escaped.toByteArray(), 0, escaped.size())).containsExactly(payload);
    }

    @Test
    void aFieldIsOverwrittenInPlaceLeavingTheBitsAroundIt() {
        RbspBits.Writer writer = new RbspBits.Writer();
        writer.ue(3);                      // 00100
        writer.u(9, 0x1ff);                // a fixed-width field to rewrite
        writer.u(7, 0x55);
        writer.alignWithZeros();
        byte[] nal = writer.nal(0, 1);
        byte[] rbsp = RbspBits.unescape(nal, 5, nal.length);
        RbspBits.Reader reader = new RbspBits.Reader(rbsp);
        assertThat(reader.ue()).isEqualTo(3);
        long at = reader.position();

        RbspBits.overwrite(rbsp, at, 9, 0x0a6);

        RbspBits.Reader again = new RbspBits.Reader(rbsp);
        assertThat(again.ue()).isEqualTo(3);
        assertThat(again.u(9)).isEqualTo(0x0a6);
        assertThat(again.u(7)).isEqualTo(0x55);
    }
}
