package io.videogen.infrastructure.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/**
 * An {@link AudioPlayer} that keeps what FreeTTS "plays" in memory instead of sending it to a
 * sound device (servers have none), and remembers where each utterance's audio begins so that
 * per-utterance timings can be placed on the clip's timeline.
 */
final class CapturingAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream pcm = new ByteArrayOutputStream(1 << 20);
    private final List<Integer> utteranceOffsets = new ArrayList<>();
    private AudioFormat format = new AudioFormat(16_000f, 16, 1, true, true);
    private float volume = 1f;

    synchronized byte[] pcm() {
        return pcm.toByteArray();
    }

    synchronized List<Integer> utteranceOffsets() {
        return List.copyOf(utteranceOffsets);
    }

    @Override
    public synchronized void setAudioFormat(AudioFormat audioFormat) {
        this.format = audioFormat;
    }

    @Override
    public synchronized AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public synchronized void begin(int size) {
        utteranceOffsets.add(pcm.size());
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public synchronized boolean write(byte[] audio, int offset, int length) {
        pcm.write(audio, offset, length);
        return true;
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    // Playback controls mean nothing for a buffer.
    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
