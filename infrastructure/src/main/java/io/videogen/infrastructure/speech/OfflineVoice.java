package io.videogen.infrastructure.speech;

/**
 * A voice an offline engine speaks: our id for it, its name, language tag and gender as listed, and
 * the engine's own name for it.
 */
record OfflineVoice(String id, String name, String language, String gender, String engineName) {
}
