package io.videogen.infrastructure.speech;

/**
 * The vocoder's noise: the signs {@code new java.util.Random(seed).nextBoolean()} draws, one after the
 * other, from the same 48-bit linear congruential generator ({@code java.util.Random}'s, specified in its
 * documentation) held in a plain field. {@code Random} keeps its seed in an {@code AtomicLong} and
 * swaps it with a compare-and-set per draw, to be safe across threads: the vocoder draws once or twice
 * per sample on one thread (ADR 0050).
 */
final class NoiseSigns {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long seed;

    /** The same sequence as {@code new Random(seed)}. */
    NoiseSigns(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
    }

    /** {@code Random.nextBoolean()}: the generator's highest bit of the next seed. */
    boolean next() {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (seed >>> 47) != 0;
    }

    /** {@code next() ? 1.0 : -1.0}: the excitation's noise sample. */
    double sign() {
        return next() ? 1.0 : -1.0;
    }
}
