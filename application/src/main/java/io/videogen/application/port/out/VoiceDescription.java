package io.videogen.application.port.out;

/** A voice a speech provider offers. */
public record VoiceDescription(String id, String provider, String name, String language, String gender) {
}
