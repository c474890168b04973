package io.videogen.infrastructure.visuals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A title broken into at most three lines that fit a width: shrunk a little when needed, and cut
 * with an ellipsis only when even the smallest size cannot hold it.
 */
record TitleLines(Font font, List<String> lines) {

    static final int MAX_LINES = 3;
    /** Below this share of the designed size a title stops reading as a title. */
    private static final double SMALLEST_SCALE = 0.6;
    private static final String ELLIPSIS = "\u2026";

    static TitleLines fit(String text, Font font, double width, FontRenderContext context) {
        float designed = font.getSize2D();
        for (double scale = 1.0; scale >= SMALLEST_SCALE - 1e-9; scale -= 0.1) {
            Font sized = font.deriveFont((float) (designed * scale));
            List<String> lines = wrap(text, sized, width, context);
            if (lines.size() <= MAX_LINES) {
                return new TitleLines(sized, lines);
            }
        }
        Font smallest = font.deriveFont((float) (designed * SMALLEST_SCALE));
        List<String> lines = new ArrayList<>(wrap(text, smallest, width, context).subList(0, MAX_LINES));
        lines.set(MAX_LINES - 1, withEllipsis(lines.get(MAX_LINES - 1), smallest, width, context));
        return new TitleLines(smallest, lines);
    }

    /** Greedy wrapping at spaces; a word wider than the line is broken between characters. */
    static List<String> wrap(String text, Font font, double width, FontRenderContext context) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, font, width, context)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest, font, width, context)) {
                int cut = longestFittingPrefix(rest, font, width, context);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String withEllipsis(String line, Font font, double width, FontRenderContext context) {
        String shortened = line;
        while (!shortened.isEmpty() && !fits(shortened + ELLIPSIS, font, width, context)) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1)).stripTrailing();
        }
        return shortened + ELLIPSIS;
    }

    private static int longestFittingPrefix(String word, Font font, double width, FontRenderContext context) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (!fits(word.substring(0, next), font, width, context)) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    static boolean fits(String text, Font font, double width, FontRenderContext context) {
        return font.getStringBounds(text, context).getWidth() <= width;
    }
}
