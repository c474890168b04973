package io.videogen.infrastructure.media;

/**
 * A gain and a look-ahead peak limiter over a narration, one sample out per sample in: the gain
 * needed at each sample to keep its true peak under the ceiling is spread over the look-ahead
 * window either side (minimum, then moving average, so it is never above what any sample in reach
 * needs) and recovers slowly afterwards. It holds two windows of a few milliseconds, never a copy
 * of the signal: a ten-minute narration at 48 kHz is 29 million samples.
 */
final class PeakLimiter {

    /** Samples (or their peaks) in order, one at a time, as often as the limiter runs. */
    interface Source extends AutoCloseable {

        float next();

        @Override
        default void close() {
        }

        static Source of(float[] values) {
            int[] next = {0};
            return () -> values[next[0]++];
        }
    }

    /** Takes the limiter's output, sample by sample, in order. */
    @FunctionalInterface
    interface Output {
        void accept(int index, float sample);
    }

    private final int length;
    private final float rate;
    private final int reach;
    /** The rings' size, a power of two (a mask, not a division, finds a slot). */
    private final int capacity;
    private final int mask;

    PeakLimiter(int length, float rate, double lookAheadSeconds) {
        this.length = length;
        this.rate = rate;
        this.reach = Math.max(1, Math.round(rate * (float) lookAheadSeconds));
        // a window reaches from reach before a sample to reach + 1 after it
        this.capacity = Integer.highestOneBit(2 * reach + 2) << 1;
        this.mask = capacity - 1;
    }

    /**
     * Applies {@code gain}, limited, to {@code samples} and hands every sample to {@code output};
     * {@code peaks} are the same samples' true peaks ({@link TruePeaks}), read ahead of them.
     */
    void run(double gain, double ceiling, double releaseSeconds, Source samples, Source peaks, Output output) {
        int n = length;
        Window minimum = new Window(gain, ceiling, peaks);
        // Moving average over the reach (a running sum); beyond either end the edge value stands
        // in, which still covers the samples it reaches, so the average never exceeds what a sample needs.
        int window = 2 * reach + 1;
        double sum = 0;
        for (int j = -2 * reach; j <= 0; j++) {
            sum += minimum.at(Math.max(0, Math.min(n - 1, j + reach)));
        }
        float release = 1f / (rate * (float) releaseSeconds);
        float current = 1f;
        for (int i = 0; i < n; i++) {
            float smooth = (float) (sum / window);
            sum += minimum.at(Math.min(n - 1, i + reach + 1)) - minimum.at(Math.max(0, Math.min(n - 1, i - reach)));
            current = Math.min(smooth, Math.min(1f, current + release));
            output.accept(i, (float) (samples.next() * gain * current));
        }
    }

    /**
     * For each sample in order, the smallest gain needed within the reach either side (a monotonic
     * deque of indexes over a ring of the needed gains); the minima are kept in a ring as wide as
     * the moving average reads back.
     */
    private final class Window {

        private final double gain;
        private final double ceiling;
        private final Source peaks;
        private final float[] needed = new float[capacity];
        private final int[] deque = new int[capacity];
        private final float[] minima = new float[capacity];
        private int head;
        private int size;
        /** The next sample whose needed gain enters the deque. */
        private int next;
        /** The next sample whose minimum is made. */
        private int made;

        Window(double gain, double ceiling, Source peaks) {
            this.gain = gain;
            this.ceiling = ceiling;
            this.peaks = peaks;
        }

        /** The minimum at {@code index}: no further back than the reach plus one from the last asked. */
        float at(int index) {
            while (made <= index) {
                minima[made & mask] = minimumAt(made);
                made++;
            }
            return minima[index & mask];
        }

        private float minimumAt(int i) {
            int last = Math.min(length - 1, i + reach);
            while (next <= last) {
                double peak = peaks.next() * gain;
                float value = peak <= ceiling ? 1f : (float) (ceiling / peak);
                needed[next & mask] = value;
                while (size > 0 && needed[deque[(head + size - 1) & mask] & mask] >= value) {
                    size--;
                }
                deque[(head + size) & mask] = next;
                size++;
                next++;
            }
            while (deque[head] < i - reach) {
                head = (head + 1) & mask;
                size--;
            }
            return needed[deque[head] & mask];
        }
    }
}
