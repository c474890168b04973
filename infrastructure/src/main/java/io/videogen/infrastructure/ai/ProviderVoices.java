package io.videogen.infrastructure.ai;

import io.videogen.application.port.out.VoiceDescription;
import java.util.ArrayList;
import java.util.List;

/** A provider's voices as {@code GET /api/v1/voices} lists them: ids {@code <provider>:<voice>}. */
public final class ProviderVoices {

    private ProviderVoices() {
    }

    /** From {@code speech-voices} entries {@code name} or {@code name:language} (language defaults to en). */
    public static List<VoiceDescription> of(String provider, List<String> entries) {
        List<VoiceDescription> voices = new ArrayList<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
            String language = colon < 0 ? "en" : trimmed.substring(colon + 1);
            voices.add(new VoiceDescription(provider + ":" + name, provider, name, language, null));
        }
        return List.copyOf(voices);
    }

    /** The voice's name at its provider: the id without the {@code <provider>:} prefix. */
    public static String name(String provider, String voiceId) {
        String prefix = provider + ":";
        return voiceId.startsWith(prefix) ? voiceId.substring(prefix.length()) : voiceId;
    }
}
