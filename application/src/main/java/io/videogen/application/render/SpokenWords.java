package io.videogen.application.render;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.WordTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * When each word of a caption is spoken. The one reader of a voice's word timings for captions:
 * the shown words are matched to the spoken ones (longest common subsequence of their letters and
 * digits), and a shown word the voice did not name alone ("-", or "42" said as "forty two" by a
 * voice that does not merge them) shares the time between its matched neighbours by its length.
 * A voice that tells no word timings has its clip shared among the words by their length.
 */
final class SpokenWords {

    private SpokenWords() {
    }

    /** The words of one caption's lines. Lines are words joined by single spaces. */
    static List<String> shown(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            for (String word : line.split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * The caption's words timed by the clip that speaks them.
     *
     * @param offset where the clip starts in the scene
     */
    static List<CaptionWord> of(List<String> lines, int caption, SpeechClip clip, Duration offset) {
        List<String> shown = shown(lines);
        List<WordTiming> spoken = clip.words();
        long[][] spans = spoken.isEmpty()
                ? shared(shown, 0, clip.duration().toNanos())
                : aligned(shown, spoken, clip.duration().toNanos());
        return timed(shown, spans, caption, offset);
    }

    /** The caption's words sharing {@code from}–{@code to} by their length (display text that is not spoken). */
    static List<CaptionWord> spread(List<String> lines, int caption, Duration from, Duration to) {
        List<String> shown = shown(lines);
        return timed(shown, shared(shown, 0, to.minus(from).toNanos()), caption, from);
    }

    private static List<CaptionWord> timed(List<String> shown, long[][] spans, int caption, Duration offset) {
        List<CaptionWord> words = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            words.add(new CaptionWord(shown.get(i), offset.plusNanos(spans[i][0]), offset.plusNanos(spans[i][1]),
                    caption, i));
        }
        return words;
    }

    private static long[][] aligned(List<String> shown, List<WordTiming> spoken, long clipNanos) {
        int[] match = match(shown, spoken);
        long[][] spans = new long[shown.size()][];
        int i = 0;
        while (i < shown.size()) {
            if (match[i] >= 0) {
                WordTiming unit = spoken.get(match[i]);
                spans[i] = new long[] {unit.start().toNanos(), Math.max(unit.start().toNanos(), unit.end().toNanos())};
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < shown.size() && match[runEnd] < 0) {
                runEnd++;
            }
            int spokenBefore = i == 0 ? -1 : match[i - 1];
            int spokenAfter = runEnd == shown.size() ? spoken.size() : match[runEnd];
            long from;
            long to;
            if (spokenAfter - spokenBefore > 1) {
                // the voice said words nobody matched here: they are this run's
                from = spoken.get(spokenBefore + 1).start().toNanos();
                to = spoken.get(spokenAfter - 1).end().toNanos();
            } else {
                from = spokenBefore < 0 ? 0 : spoken.get(spokenBefore).end().toNanos();
                to = spokenAfter >= spoken.size() ? clipNanos : spoken.get(spokenAfter).start().toNanos();
            }
            long[][] run = shared(shown.subList(i, runEnd), from, Math.max(from, to));
            System.arraycopy(run, 0, spans, i, run.length);
            i = runEnd;
        }
        return spans;
    }

    /** For each shown word, the index of the spoken word it is, or -1. */
    private static int[] match(List<String> shown, List<WordTiming> spoken) {
        int n = shown.size();
        int m = spoken.size();
        String[] a = shown.stream().map(SpokenWords::letters).toArray(String[]::new);
        String[] b = spoken.stream().map(unit -> letters(unit.word())).toArray(String[]::new);
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(a[i], b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int[] match = new int[n];
        Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a[i], b[j])) {
                match[i++] = j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    private static boolean same(String shown, String spoken) {
        return !shown.isEmpty() && shown.equals(spoken);
    }

    private static String letters(String word) {
        StringBuilder kept = new StringBuilder();
        word.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code from}–{@code to} shared among the words by their length (a word counts one more, for its space). */
    private static long[][] shared(List<String> words, long from, long to) {
        long total = words.stream().mapToLong(word -> word.codePointCount(0, word.length()) + 1).sum();
        long[][] spans = new long[words.size()][];
        long done = 0;
        for (int i = 0; i < words.size(); i++) {
            long start = from + (to - from) * done / Math.max(1, total);
            done += words.get(i).codePointCount(0, words.get(i).length()) + 1;
            spans[i] = new long[] {start, from + (to - from) * done / Math.max(1, total)};
        }
        return spans;
    }
}
