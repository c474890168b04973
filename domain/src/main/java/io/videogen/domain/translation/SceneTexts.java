package io.videogen.domain.translation;

/** The words of one scene a translation changes: what is said, the caption shown (or null) and the title (or null). */
public record SceneTexts(String text, String caption, String title) {
}
