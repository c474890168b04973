package io.videogen.domain.media;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * Who narrates, how fast and how high. The voice id names a voice of a configured speech provider;
 * pitch is in semitones above (or below, negative) the voice's own.
 */
public record Voice(String voiceId, String language, double speed, double pitch) {

    public static final String DEFAULT_ID = "en-US-default";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Voice {
        if (voiceId == null || !ID.matcher(voiceId).matches()) {
            throw new InvalidValueException("voice.voiceId",
                    "voiceId '" + voiceId + "' is not a voice id; pick one from GET /api/v1/voices");
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new InvalidValueException("voice.language",
                    "language '" + language + "' is not a language tag; write it like en or en-US");
        }
        Guard.between(speed, 0.5, 2.0, "voice.speed");
        Guard.between(pitch, -12.0, 12.0, "voice.pitch");
    }

    public Voice(String voiceId, String language, double speed) {
        this(voiceId, language, speed, 0);
    }

    public static Voice defaults() {
        return new Voice(DEFAULT_ID, "en-US", 1.0);
    }

    public Voice withSpeed(double newSpeed) {
        return new Voice(voiceId, language, newSpeed, pitch);
    }
}
