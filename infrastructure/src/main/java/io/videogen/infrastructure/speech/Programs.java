package io.videogen.infrastructure.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for speech programs run as subprocesses. */
final class Programs {

    private Programs() {
    }

    /** Whether the program is on the PATH and answers (a voice that needs it is listed only then). */
    static boolean runs(String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(program));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A WAV written to a pipe does not know its length and says "as long as can be" in its header;
     * the header gets the real sizes (of the RIFF file and of its data chunk).
     */
    static byte[] sizedWav(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12) {
            return wav;
        }
        buffer.putInt(4, wav.length - 8);
        int at = 12;
        while (at + 8 <= wav.length) {
            int size = buffer.getInt(at + 4);
            if (wav[at] == 'd' && wav[at + 1] == 'a' && wav[at + 2] == 't' && wav[at + 3] == 'a') {
                buffer.putInt(at + 4, wav.length - at - 8);
                break;
            }
            at += 8 + size + (size & 1);
        }
        return wav;
    }
}
