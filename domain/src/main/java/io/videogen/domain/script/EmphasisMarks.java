package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removes one kind of emphasis mark ({@code *}, {@code _} or {@code ~}) around text, keeping the text.
 *
 * <p>A run of marks opens emphasis when no letter or digit stands before it and a non-space follows; it
 * closes when a non-space stands before it and no letter or digit follows. An opener pairs with the next
 * closer of the same length. The letter-or-digit rule keeps {@code snake_case} and {@code 2*3*4} whole.
 * Runs are paired in one pass over the text rather than by a backtracking pattern, so a script full of
 * unpaired marks still takes linear time.
 */
final class EmphasisMarks {

    private final char mark;
    private final int minRun;
    private final int maxRun;

    EmphasisMarks(char mark, int minRun, int maxRun) {
        this.mark = mark;
        this.minRun = minRun;
        this.maxRun = maxRun;
    }

    String strip(String text) {
        List<Run> runs = runs(text);
        boolean[] removed = new boolean[runs.size()];
        int[] nextCloser = nextClosers(runs);
        int i = 0;
        while (i < runs.size()) {
            Run opener = runs.get(i);
            int closer = opener.opens() ? findCloser(runs, nextCloser, i) : -1;
            if (closer < 0) {
                i++;
            } else {
                removed[i] = true;
                removed[closer] = true;
                i = closer + 1;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int r = 0; r < runs.size(); r++) {
            if (removed[r]) {
                out.append(text, copied, runs.get(r).start());
                copied = runs.get(r).end();
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** For each run, the index of the first closing run at or after it, per run length. */
    private int[] nextClosers(List<Run> runs) {
        int lengths = maxRun - minRun + 1;
        int[] next = new int[runs.size() * lengths];
        int[] seen = new int[lengths];
        Arrays.fill(seen, -1);
        for (int r = runs.size() - 1; r >= 0; r--) {
            Run run = runs.get(r);
            if (run.closes()) {
                seen[run.length() - minRun] = r;
            }
            System.arraycopy(seen, 0, next, r * lengths, lengths);
        }
        return next;
    }

    private int findCloser(List<Run> runs, int[] nextCloser, int opener) {
        if (opener + 1 >= runs.size()) {
            return -1;
        }
        int lengths = maxRun - minRun + 1;
        return nextCloser[(opener + 1) * lengths + runs.get(opener).length() - minRun];
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != mark) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) == mark) {
                i++;
            }
            int length = i - start;
            if (length >= minRun && length <= maxRun) {
                int before = start == 0 ? -1 : text.codePointBefore(start);
                int after = i == text.length() ? -1 : text.codePointAt(i);
                boolean opens = !isWordCharacter(before) && after != -1 && !SpeakableText.isSpace(after);
                boolean closes = before != -1 && !SpeakableText.isSpace(before) && !isWordCharacter(after);
                runs.add(new Run(start, i, opens, closes));
            }
        }
        return runs;
    }

    private static boolean isWordCharacter(int codePoint) {
        if (codePoint == -1) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private record Run(int start, int end, boolean opens, boolean closes) {

        int length() {
            return end - start;
        }
    }
}
