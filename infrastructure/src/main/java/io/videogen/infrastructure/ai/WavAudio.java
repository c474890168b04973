package io.videogen.infrastructure.ai;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/**
 * WAV audio from a provider: checks that a body is a whole PCM WAV file (a header that promises more
 * samples than arrived is a truncated answer), and wraps raw PCM as WAV.
 */
public final class WavAudio {

    /** The offline voice's rate, which every narration clip is brought to. */
    public static final int SPEECH_RATE = 16_000;
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;

    private WavAudio() {
    }

    /** The PCM format and how long the audio lasts; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Duration check(byte[] wav) {
        Pcm pcm = pcm(wav);
        long frames = pcm.dataBytes() / ((long) pcm.channels() * pcm.bitsPerSample() / 8);
        return Duration.ofNanos(frames * 1_000_000_000L / pcm.sampleRate());
    }

    /**
     * The audio as 16 kHz, 16-bit mono WAV — the offline voice's format, so a video whose scenes were
     * spoken by different links of the chain has clips that agree (the narration track needs one
     * format). Resampled by linear interpolation, channels averaged; checked as {@link #check} does.
     */
    public static byte[] toSpeechFormat(byte[] wav) {
        Pcm pcm = pcm(wav);
        if (pcm.bitsPerSample() != 16) {
            throw new IllegalArgumentException("the WAV file has " + pcm.bitsPerSample()
                    + "-bit samples; 16-bit PCM is expected");
        }
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int channels = pcm.channels();
        int frames = (int) (pcm.dataBytes() / (2L * channels));
        short[] mono = new short[frames];
        for (int frame = 0; frame < frames; frame++) {
            int sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += buffer.getShort(pcm.dataOffset() + (frame * channels + channel) * 2);
            }
            mono[frame] = (short) (sum / channels);
        }
        return fromPcm16(resample(mono, pcm.sampleRate(), SPEECH_RATE), SPEECH_RATE);
    }

    /** Where a WAV file's samples are and how they are laid out. */
    private record Pcm(int channels, int sampleRate, int bitsPerSample, int dataOffset, long dataBytes) {
    }

    /** Walks the chunks up to {@code data}; a header that promises more than arrived is a truncated answer. */
    private static Pcm pcm(byte[] wav) {
        if (wav.length < 44) {
            throw new IllegalArgumentException("the audio is " + wav.length + " bytes, too short for a WAV file");
        }
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (!ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE")) {
            throw new IllegalArgumentException("the audio is not a WAV file (no RIFF/WAVE header)");
        }
        int position = 12;
        int channels = 0;
        int sampleRate = 0;
        int bitsPerSample = 0;
        while (position + 8 <= wav.length) {
            String id = new String(wav, position, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int body = position + 8;
            if (id.equals("fmt ")) {
                if (body + 16 > wav.length) {
                    break;
                }
                channels = buffer.getShort(body + 2);
                sampleRate = buffer.getInt(body + 4);
                bitsPerSample = buffer.getShort(body + 14);
            } else if (id.equals("data")) {
                if (sampleRate <= 0 || channels <= 0 || bitsPerSample <= 0) {
                    throw new IllegalArgumentException("the WAV file has no usable format chunk before its data");
                }
                long available = wav.length - body;
                long declared = size == UNKNOWN_SIZE || size == 0 ? available : size;
                if (declared > available) {
                    throw new IllegalArgumentException("the WAV file is truncated: its header announces " + declared
                            + " bytes of audio, " + available + " arrived");
                }
                if (declared / ((long) channels * bitsPerSample / 8) == 0) {
                    throw new IllegalArgumentException("the WAV file holds no audio");
                }
                return new Pcm(channels, sampleRate, bitsPerSample, body, declared);
            }
            position = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IllegalArgumentException("the WAV file has no data chunk");
    }

    private static byte[] resample(short[] samples, int from, int to) {
        int count = from == to ? samples.length : (int) ((long) samples.length * to / from);
        ByteBuffer out = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            double at = (double) i * from / to;
            int left = (int) at;
            int right = Math.min(left + 1, samples.length - 1);
            double share = at - left;
            out.putShort((short) Math.round(samples[left] * (1 - share) + samples[right] * share));
        }
        return out.array();
    }

    /** Wraps 16-bit little-endian mono PCM in a WAV header. */
    public static byte[] fromPcm16(byte[] pcm, int sampleRate) {
        ByteBuffer wav = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        return wav.array();
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return new String(bytes, offset, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(expected);
    }
}
