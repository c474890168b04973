package io.videogen.application.port.in;

/** A short spoken sample of a voice, to hear it before choosing it. */
public interface SampleVoiceUseCase {

    /** The voice saying one sentence in its language; not found when no provider offers the voice. */
    VoiceSample sample(String voiceId);

    /** WAV audio. */
    record VoiceSample(byte[] wav) {
    }
}
