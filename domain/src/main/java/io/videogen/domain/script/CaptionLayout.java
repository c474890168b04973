package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Lays one sentence out as caption cues of at most {@code maxLines} lines of at most {@code lineLength}
 * characters (code points). A word longer than a line gets a line of its own and is not cut: cutting
 * would put a space inside a spoken word and the caption would no longer match the voice.
 *
 * <p>The sentence takes as few cues as greedy wrapping needs, but the words are spread evenly over
 * those cues and over the lines of each cue, so a caption never ends on a lonely word when it can help it.
 */
final class CaptionLayout {

    private final int lineLength;
    private final int maxLines;

    CaptionLayout(int lineLength, int maxLines) {
        this.lineLength = lineLength;
        this.maxLines = maxLines;
    }

    /** The cues of one sentence; each cue is its list of lines. */
    List<List<String>> cues(List<String> sentence) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        int cueCount = ceilDiv(wrap(sentence, lineLength).size(), maxLines);
        int evenWidth = narrowest(width -> ceilDiv(wrap(sentence, width).size(), maxLines) <= cueCount);
        List<List<String>> lines = wrap(sentence, evenWidth);
        List<List<String>> cues = new ArrayList<>();
        int line = 0;
        for (int cue = 0; cue < cueCount; cue++) {
            int linesInCue = (lines.size() - line) / (cueCount - cue)
                    + ((lines.size() - line) % (cueCount - cue) == 0 ? 0 : 1);
            List<String> words = new ArrayList<>();
            lines.subList(line, line + linesInCue).forEach(words::addAll);
            line += linesInCue;
            cues.add(balancedLines(words));
        }
        return cues;
    }

    private List<String> balancedLines(List<String> words) {
        int lineCount = wrap(words, lineLength).size();
        int width = narrowest(candidate -> wrap(words, candidate).size() <= lineCount);
        return wrap(words, width).stream().map(line -> String.join(" ", line)).toList();
    }

    /** The smallest width up to {@code lineLength} that passes; fewer lines never need a narrower width. */
    private int narrowest(IntPredicate fits) {
        int low = 1;
        int high = lineLength;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fits.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return high;
    }

    /** Greedy word wrap; a word longer than {@code width} stands alone on its line. */
    private static List<List<String>> wrap(List<String> words, int width) {
        List<List<String>> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentLength = 0;
        for (String word : words) {
            int length = SpeakableText.length(word);
            if (!current.isEmpty() && currentLength + 1 + length > width) {
                lines.add(current);
                current = new ArrayList<>();
                currentLength = 0;
            }
            currentLength += current.isEmpty() ? length : 1 + length;
            current.add(word);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
