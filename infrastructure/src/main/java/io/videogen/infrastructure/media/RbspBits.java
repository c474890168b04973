package io.videogen.infrastructure.media;

import java.io.ByteArrayOutputStream;

/**
 * The bit syntax of H.264 headers (ITU-T H.264 clause 7.2): reading fixed-width and Exp-Golomb
 * fields out of a NAL unit's payload, and writing them into a new one with the emulation
 * prevention bytes a NAL unit needs.
 */
final class RbspBits {

    private RbspBits() {
    }

    /** The payload bytes {@code from} to {@code to} of a NAL unit without their emulation prevention bytes. */
    static byte[] unescape(byte[] nal, int from, int to) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(to - from);
        int zeros = 0;
        for (int i = from; i < to; i++) {
            int b = nal[i] & 255;
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            raw.write(b);
        }
        return raw.toByteArray();
    }

    /**
     * Writes a payload with the emulation prevention bytes a NAL unit needs (7.4.1): a 3 after two zeros
     * before a byte of 0 to 3, and after a payload that ends in a zero (cabac_zero_word).
     */
    static void escape(byte[] payload, ByteArrayOutputStream out) {
        int zeros = 0;
        for (byte value : payload) {
            int b = value & 255;
            if (zeros >= 2 && b <= 3) {
                out.write(3);
                zeros = 0;
            }
            out.write(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        if (payload.length > 0 && payload[payload.length - 1] == 0) {
            out.write(3);
        }
    }

    /** Sets {@code bits} bits of {@code rbsp} from bit {@code at} on (most significant first) to {@code value}. */
    static void overwrite(byte[] rbsp, long at, int bits, int value) {
        for (int i = 0; i < bits; i++) {
            long position = at + i;
            int mask = 1 << (7 - (int) (position & 7));
            int index = (int) (position >> 3);
            if (((value >> (bits - 1 - i)) & 1) == 1) {
                rbsp[index] |= (byte) mask;
            } else {
                rbsp[index] &= (byte) ~mask;
            }
        }
    }

    /** Reads the payload of one NAL unit (without its start code), emulation prevention removed. */
    static final class Reader {

        private final byte[] data;
        private long bit;

        Reader(byte[] nal, int from, int to) {
            this(unescape(nal, from, to));
        }

        /** Reads a payload whose emulation prevention bytes are already removed. */
        Reader(byte[] rbsp) {
            data = rbsp;
        }

        /** How many bits have been read. */
        long position() {
            return bit;
        }

        int u(int bits) {
            int value = 0;
            for (int i = 0; i < bits; i++) {
                if (bit >= 8L * data.length) {
                    throw new IllegalArgumentException("the header ends early");
                }
                value = (value << 1) | ((data[(int) (bit >> 3)] >> (7 - (int) (bit & 7))) & 1);
                bit++;
            }
            return value;
        }

        boolean flag() {
            return u(1) == 1;
        }

        int ue() {
            int leadingZeros = 0;
            while (u(1) == 0) {
                if (++leadingZeros > 31) {
                    throw new IllegalArgumentException("an Exp-Golomb code is too long");
                }
            }
            return (int) ((1L << leadingZeros) - 1 + (leadingZeros == 0 ? 0 : u(leadingZeros)));
        }

        int se() {
            int code = ue();
            return (code & 1) == 1 ? (code + 1) / 2 : -(code / 2);
        }
    }

    /** Writes the payload of one NAL unit; {@link #nal} wraps it with start code and header byte. */
    static final class Writer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        private int current;
        private int used;

        void u(int bits, int value) {
            for (int i = bits - 1; i >= 0; i--) {
                bit((value >> i) & 1);
            }
        }

        void bit(int value) {
            current = (current << 1) | (value & 1);
            if (++used == 8) {
                bytes.write(current);
                current = 0;
                used = 0;
            }
        }

        void ue(int value) {
            long code = value + 1L;
            int length = 63 - Long.numberOfLeadingZeros(code);
            for (int i = 0; i < length; i++) {
                bit(0);
            }
            for (int i = length; i >= 0; i--) {
                bit((int) ((code >> i) & 1));
            }
        }

        void se(int value) {
            ue(value > 0 ? 2 * value - 1 : -2 * value);
        }

        boolean aligned() {
            return used == 0;
        }

        /** rbsp_trailing_bits: a one, then zeros to the byte boundary. */
        void trailingBits() {
            bit(1);
            alignWithZeros();
        }

        void alignWithZeros() {
            while (used != 0) {
                bit(0);
            }
        }

        /** Annex B: start code, the NAL header byte, the payload with emulation prevention bytes. */
        byte[] nal(int refIdc, int unitType) {
            if (used != 0) {
                throw new IllegalStateException("a NAL unit must end on a byte boundary");
            }
            byte[] payload = bytes.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + payload.length / 64 + 8);
            out.write(0);
            out.write(0);
            out.write(0);
            out.write(1);
            out.write((refIdc << 5) | unitType);
            escape(payload, out);
            return out.toByteArray();
        }
    }
}
