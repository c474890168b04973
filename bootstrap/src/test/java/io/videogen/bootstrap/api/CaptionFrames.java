package io.videogen.bootstrap.api;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads burned-in caption text out of a decoded frame: the rows of a band that hold text pixels
 * (white, or the highlight colour) make lines, and the runs of columns with text in a line,
 * separated by a gap as wide as a space, make words. Each word box counts its highlight pixels.
 */
final class CaptionFrames {

    /** A word's box in a line, and how many of its pixels are text and highlight. */
    record WordBox(int left, int right, int textPixels, int highlightPixels) {
    }

    private CaptionFrames() {
    }

    /**
     * The text lines inside rows {@code top}..{@code bottom}, each its words from left to right.
     *
     * @param spaceWidth the narrowest gap between two words, in pixels
     */
    static List<List<WordBox>> lines(BufferedImage frame, int top, int bottom, int spaceWidth) {
        List<int[]> bands = new ArrayList<>();
        int bandStart = -1;
        int empty = 0;
        for (int y = top; y < bottom; y++) {
            boolean text = false;
            for (int x = 0; x < frame.getWidth() && !text; x++) {
                text = isText(frame.getRGB(x, y));
            }
            if (text) {
                if (bandStart < 0) {
                    bandStart = y;
                }
                empty = 0;
            } else if (bandStart >= 0 && ++empty >= 3) {
                bands.add(new int[] {bandStart, y - empty + 1});
                bandStart = -1;
            }
        }
        if (bandStart >= 0) {
            bands.add(new int[] {bandStart, bottom});
        }
        List<List<WordBox>> lines = new ArrayList<>();
        for (int[] band : bands) {
            if (band[1] - band[0] >= 6) {
                lines.add(words(frame, band[0], band[1], spaceWidth));
            }
        }
        return lines;
    }

    private static List<WordBox> words(BufferedImage frame, int top, int bottom, int spaceWidth) {
        List<WordBox> words = new ArrayList<>();
        int left = -1;
        int lastText = -1;
        int text = 0;
        int highlight = 0;
        for (int x = 0; x < frame.getWidth(); x++) {
            int columnText = 0;
            int columnHighlight = 0;
            for (int y = top; y < bottom; y++) {
                int rgb = frame.getRGB(x, y);
                columnText += isText(rgb) ? 1 : 0;
                columnHighlight += isHighlight(rgb) ? 1 : 0;
            }
            if (columnText > 0) {
                if (left >= 0 && x - lastText > spaceWidth) {
                    words.add(new WordBox(left, lastText, text, highlight));
                    left = -1;
                }
                if (left < 0) {
                    left = x;
                    text = 0;
                    highlight = 0;
                }
                lastText = x;
                text += columnText;
                highlight += columnHighlight;
            }
        }
        if (left >= 0) {
            words.add(new WordBox(left, lastText, text, highlight));
        }
        return words;
    }

    static boolean isText(int rgb) {
        return isWhite(rgb) || isHighlight(rgb);
    }

    static boolean isWhite(int rgb) {
        return (rgb >> 16 & 0xff) > 185 && (rgb >> 8 & 0xff) > 185 && (rgb & 0xff) > 185;
    }

    /** The test's highlight colour, red, after compression. */
    static boolean isHighlight(int rgb) {
        return (rgb >> 16 & 0xff) > 170 && (rgb >> 8 & 0xff) < 110 && (rgb & 0xff) < 110;
    }
}
