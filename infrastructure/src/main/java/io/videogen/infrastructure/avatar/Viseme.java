package io.videogen.infrastructure.avatar;

import java.util.Locale;
import java.util.Map;

/**
 * The mouth shapes the presenter can make. Speech needs only a handful: viewers read the rhythm of
 * opening and closing, and a few distinct shapes (wide for "ee", round for "oo", teeth on the lip
 * for "f") are enough to look like real speech.
 */
enum Viseme {
    /** Lips together: silence, and the closures of b, m and p. */
    REST,
    /** Slightly parted: most consonants. */
    SLIGHT,
    /** Jaw dropped: open vowels as in "father", "cat", "cut". */
    OPEN,
    /** Lips spread: "ee", "ay", "ih" and y. */
    WIDE,
    /** Lips rounded: "oo", "oh", w and r. */
    ROUND,
    /** Upper teeth on the lower lip: f and v. */
    FV;

    /** CMU phone set as FreeTTS names it (lower case, "pau" for a pause). */
    private static final Map<String, Viseme> OF_PHONEME = Map.ofEntries(
            Map.entry("pau", REST), Map.entry("b", REST), Map.entry("m", REST), Map.entry("p", REST),
            Map.entry("aa", OPEN), Map.entry("ae", OPEN), Map.entry("ah", OPEN), Map.entry("aw", OPEN),
            Map.entry("ay", OPEN), Map.entry("eh", OPEN),
            Map.entry("iy", WIDE), Map.entry("ih", WIDE), Map.entry("ey", WIDE), Map.entry("y", WIDE),
            Map.entry("ao", ROUND), Map.entry("ow", ROUND), Map.entry("oy", ROUND), Map.entry("uw", ROUND),
            Map.entry("uh", ROUND), Map.entry("w", ROUND), Map.entry("er", ROUND), Map.entry("r", ROUND),
            Map.entry("f", FV), Map.entry("v", FV));

    static Viseme ofPhoneme(String phoneme) {
        if (phoneme == null) {
            return REST;
        }
        // Any other sound (d, s, k, l, n, sh, th, hh, ...) is made behind slightly parted lips.
        return OF_PHONEME.getOrDefault(phoneme.strip().toLowerCase(Locale.ROOT), SLIGHT);
    }

    boolean isOpen() {
        return this == OPEN || this == WIDE || this == ROUND;
    }
}
