package io.videogen.infrastructure.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A still's PNG inflated straight into a TYPE_3BYTE_BGR picture (ADR 0049). The stills are written by
 * {@code PngFiles}: 8-bit RGB, not interlaced. ImageIO's reader takes about twice the CPU for them
 * (it inflates into rows it then copies through a raster twice); inflating is what is left here. Any
 * other kind of PNG is not read here ({@link #read} gives null) and is left to ImageIO.
 */
final class StillPng {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int RGB = 2;
    private static final int CHANNELS = 3;

    private StillPng() {
    }

    /**
     * The picture in {@code png}, or null when it is not an 8-bit RGB, non-interlaced PNG.
     *
     * @throws DataFormatException when it is one, but its pixels are damaged or cut short
     */
    static BufferedImage read(byte[] png) throws DataFormatException {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < 33 || in.getLong() != SIGNATURE || in.getInt() != 13 || in.getInt() != IHDR) {
            return null;
        }
        int width = in.getInt();
        int height = in.getInt();
        int depth = in.get();
        int colour = in.get();
        int compression = in.get();
        int filter = in.get();
        int interlace = in.get();
        if (depth != 8 || colour != RGB || compression != 0 || filter != 0 || interlace != 0
                || width <= 0 || height <= 0 || (long) width * height * CHANNELS > Integer.MAX_VALUE - 8) {
            return null;
        }
        in.getInt();   // the header's CRC
        return pixels(idat(in), width, height);
    }

    /** The image data chunks' bytes, end to end. */
    private static byte[] idat(ByteBuffer in) throws DataFormatException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(in.remaining());
        while (in.remaining() >= 12) {
            int length = in.getInt();
            int type = in.getInt();
            if (length < 0 || length > in.remaining() - 4) {
                throw new DataFormatException("a chunk runs past the end of the file");
            }
            if (type == IDAT) {
                data.write(in.array(), in.position(), length);
            }
            in.position(in.position() + length + 4);   // the chunk and its CRC
            if (type == IEND) {
                return data.toByteArray();
            }
        }
        throw new DataFormatException("the file ends before its IEND chunk");
    }

    /** Inflates row by row, undoes each row's filter and stores it as BGR. */
    private static BufferedImage pixels(byte[] compressed, int width, int height) throws DataFormatException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = width * CHANNELS;
        byte[] row = new byte[stride + 1];
        byte[] above = new byte[stride + 1];   // the previous row, unfiltered; zeros above the first
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            for (int y = 0; y < height; y++) {
                int got = 0;
                while (got < row.length) {
                    int n = inflater.inflate(row, got, row.length - got);
                    if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                        throw new DataFormatException("the pixels end at row " + y + " of " + height);
                    }
                    got += n;
                }
                unfilter(row, above, stride);
                int at = y * stride;
                for (int x = 1; x <= stride; x += CHANNELS) {
                    bgr[at++] = row[x + 2];
                    bgr[at++] = row[x + 1];
                    bgr[at++] = row[x];
                }
                byte[] done = above;
                above = row;
                row = done;
            }
        } finally {
            inflater.end();
        }
        return image;
    }

    /** Undoes the row's filter in place (PNG specification, section 9); byte 0 of both rows is the filter type. */
    private static void unfilter(byte[] row, byte[] above, int stride) throws DataFormatException {
        switch (row[0]) {
            case 0 -> { }
            case 1 -> {
                for (int i = 1 + CHANNELS; i <= stride; i++) {
                    row[i] += row[i - CHANNELS];
                }
            }
            case 2 -> {
                for (int i = 1; i <= stride; i++) {
                    row[i] += above[i];
                }
            }
            case 3 -> {
                for (int i = 1; i <= stride; i++) {
                    int left = i > CHANNELS ? row[i - CHANNELS] & 0xFF : 0;
                    row[i] += (byte) ((left + (above[i] & 0xFF)) >>> 1);
                }
            }
            case 4 -> {
                for (int i = 1; i <= stride; i++) {
                    int left = i > CHANNELS ? row[i - CHANNELS] & 0xFF : 0;
                    int upperLeft = i > CHANNELS ? above[i - CHANNELS] & 0xFF : 0;
                    row[i] += (byte) paeth(left, above[i] & 0xFF, upperLeft);
                }
            }
            default -> throw new DataFormatException("unknown row filter " + row[0]);
        }
    }

    private static int paeth(int left, int up, int upperLeft) {
        int p = left + up - upperLeft;
        int toLeft = Math.abs(p - left);
        int toUp = Math.abs(p - up);
        int toUpperLeft = Math.abs(p - upperLeft);
        return toLeft <= toUp && toLeft <= toUpperLeft ? left : toUp <= toUpperLeft ? up : upperLeft;
    }
}
