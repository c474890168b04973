package io.videogen.infrastructure.speech;

import io.videogen.domain.speech.WordTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Word timings found on the audio, for a voice that does not tell them. The audio falls into runs of
 * sound between pauses; the words are shared out over the runs so that each run's length matches
 * the expected length of its words (a word's weight: how long the voice takes to say it alone), a
 * run ending preferably after punctuation; inside a run each word gets its share of the time, and
 * each boundary moves to the quietest frame within 50 ms, where one word hands over to the next.
 */
final class WordAligner {

    static final int MIN_PAUSE_MILLIS = 70;
    private static final int SNAP_FRAMES = 5;

    private WordAligner() {
    }

    /**
     * @param words   the words as written, punctuation attached (it hints at pauses)
     * @param weights how long each word takes, in any unit
     */
    static List<WordTiming> align(List<String> words, double[] weights, Loudness loudness) {
        List<int[]> islands = merged(loudness.islands(MIN_PAUSE_MILLIS), words.size());
        if (words.isEmpty() || islands.isEmpty()) {
            return List.of();
        }
        int[] firstWord = share(words, weights, islands);
        List<WordTiming> timings = new ArrayList<>();
        for (int k = 0; k < islands.size(); k++) {
            int from = firstWord[k];
            int to = k + 1 < islands.size() ? firstWord[k + 1] : words.size();
            place(words, weights, from, to, islands.get(k), loudness, timings);
        }
        return timings;
    }

    /** Fewer runs than words: the shortest pauses close until that holds. */
    private static List<int[]> merged(List<int[]> islands, int words) {
        List<int[]> runs = new ArrayList<>(islands);
        while (runs.size() > Math.max(1, words)) {
            int shortest = 0;
            for (int k = 1; k + 1 < runs.size(); k++) {
                if (gap(runs, k) < gap(runs, shortest)) {
                    shortest = k;
                }
            }
            runs.set(shortest, new int[] {runs.get(shortest)[0], runs.get(shortest + 1)[1]});
            runs.remove(shortest + 1);
        }
        return runs;
    }

    private static int gap(List<int[]> runs, int k) {
        return runs.get(k + 1)[0] - runs.get(k)[1];
    }

    /** The first word of each run, by dynamic programming over where the runs split the words. */
    private static int[] share(List<String> words, double[] weights, List<int[]> islands) {
        int n = words.size();
        int runs = islands.size();
        double[] cumulative = new double[n + 1];
        for (int i = 0; i < n; i++) {
            cumulative[i + 1] = cumulative[i] + weights[i];
        }
        double sound = 0;
        for (int[] island : islands) {
            sound += island[1] - island[0];
        }
        double scale = sound / cumulative[n];
        double[][] cost = new double[runs + 1][n + 1];
        int[][] from = new int[runs + 1][n + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= runs; k++) {
            int[] island = islands.get(k - 1);
            double length = island[1] - island[0];
            for (int end = k; end <= n - (runs - k); end++) {
                for (int start = k - 1; start < end; start++) {
                    if (cost[k - 1][start] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double expected = Math.max(1, (cumulative[end] - cumulative[start]) * scale);
                    double misfit = Math.log(Math.max(1, length) / expected);
                    double pause = k < runs && !endsClause(words.get(end - 1)) ? 0.5 : 0;
                    double total = cost[k - 1][start] + misfit * misfit + pause;
                    if (total < cost[k][end]) {
                        cost[k][end] = total;
                        from[k][end] = start;
                    }
                }
            }
        }
        int[] firstWord = new int[runs];
        int end = n;
        for (int k = runs; k >= 1; k--) {
            firstWord[k - 1] = from[k][end];
            end = from[k][end];
        }
        return firstWord;
    }

    private static void place(List<String> words, double[] weights, int from, int to, int[] island, Loudness loudness,
                              List<WordTiming> out) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += weights[i];
        }
        int length = island[1] - island[0];
        int start = island[0];
        double done = 0;
        for (int i = from; i < to; i++) {
            done += weights[i];
            int end = i + 1 == to ? island[1] : quietest(loudness, island[0] + (int) Math.round(length * done / total),
                    start + 1, island[1] - 1);
            out.add(new WordTiming(SpokenWords.bare(words.get(i)), frame(start), frame(Math.max(start, end))));
            start = Math.max(start, end);
        }
    }

    private static int quietest(Loudness loudness, int around, int lowest, int highest) {
        int best = Math.max(lowest, Math.min(highest, around));
        for (int frame = Math.max(lowest, around - SNAP_FRAMES); frame <= Math.min(highest, around + SNAP_FRAMES);
             frame++) {
            if (loudness.level(frame) < loudness.level(best)) {
                best = frame;
            }
        }
        return best;
    }

    private static boolean endsClause(String word) {
        return word.matches(".*[.,;:!?\u2026)\"]$");
    }

    private static Duration frame(int index) {
        return Duration.ofMillis((long) index * Loudness.FRAME_MILLIS);
    }
}
