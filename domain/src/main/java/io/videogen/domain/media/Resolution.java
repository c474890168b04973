package io.videogen.domain.media;

import io.videogen.domain.shared.InvalidValueException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Frame size in pixels. H.264 with 4:2:0 chroma needs both sides even. */
public record Resolution(int width, int height) {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*");
    private static final int SMALLEST_SIDE = 64;

    public Resolution {
        if (width < SMALLEST_SIDE || height < SMALLEST_SIDE) {
            throw new InvalidValueException("output.resolution",
                    "resolution " + width + "x" + height + " is too small; each side must be at least " + SMALLEST_SIDE);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new InvalidValueException("output.resolution",
                    "resolution " + width + "x" + height + " has an odd side; use even numbers, for example "
                            + (width + width % 2) + "x" + (height + height % 2));
        }
    }

    public static Resolution parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new InvalidValueException("output.resolution",
                    "resolution '" + text + "' is not WIDTHxHEIGHT; write it like 1280x720");
        }
        return new Resolution(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public boolean fitsWithin(int maxWidth, int maxHeight) {
        // A portrait frame is the landscape limit turned on its side.
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        return longSide <= Math.max(maxWidth, maxHeight) && shortSide <= Math.min(maxWidth, maxHeight);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
