package io.videogen.infrastructure.visuals;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The colours of a prompt's picture: one hue family with a complementary accent. Words with an
 * obvious colour ("sunset", "ocean", "forest", "night") choose the hue, so the picture at least
 * agrees with the prompt's mood; other prompts get a hue from their hash.
 */
record Palette(Color deep, Color mid, Color light, Color accent, Color spark) {

    private record Mood(List<String> words, float hue, float brightness) {
    }

    private static final List<Mood> MOODS = List.of(
            new Mood(List.of("night", "space", "galaxy", "star", "cosmic", "midnight", "dark", "moon"), 0.70f, 0.7f),
            new Mood(List.of("sunset", "sunrise", "dawn", "dusk", "fire", "warm", "autumn", "orange"), 0.04f, 1f),
            new Mood(List.of("desert", "sand", "gold", "golden", "summer", "sun", "honey"), 0.10f, 1f),
            new Mood(List.of("forest", "nature", "green", "spring", "leaf", "garden", "jungle", "plant"), 0.36f, 0.9f),
            new Mood(List.of("ocean", "sea", "water", "sky", "blue", "winter", "ice", "lake", "river", "cloud"), 0.57f, 1f),
            new Mood(List.of("tech", "cyber", "neon", "future", "digital", "data", "ai", "robot"), 0.78f, 0.9f),
            new Mood(List.of("love", "rose", "pink", "flower", "heart", "romance", "blossom"), 0.93f, 1f));

    static Palette forPrompt(String prompt, SplittableRandom random) {
        Mood mood = moodOf(prompt);
        float hue = mood == null ? (float) random.nextDouble() : mood.hue() + (float) random.nextDouble(-0.03, 0.03);
        float brightness = mood == null ? 1f : mood.brightness();
        float neighbour = hue + (float) random.nextDouble(0.06, 0.14) * (random.nextBoolean() ? 1 : -1);
        float complement = hue + 0.5f + (float) random.nextDouble(-0.06, 0.06);
        return new Palette(
                Color.getHSBColor(hue, 0.85f, 0.20f * brightness),
                Color.getHSBColor(neighbour, 0.75f, 0.55f * brightness),
                Color.getHSBColor(neighbour, 0.50f, 0.95f * brightness),
                Color.getHSBColor(complement, 0.55f, 0.85f * brightness),
                Color.getHSBColor(hue, 0.18f, 1f));
    }

    private static Mood moodOf(String prompt) {
        // The first colourful word wins: in "an ocean at sunrise" the subject is the ocean.
        for (String word : prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            for (Mood mood : MOODS) {
                if (mood.words().contains(word)) {
                    return mood;
                }
            }
        }
        return null;
    }
}
