package io.videogen.infrastructure.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * FFmpeg's diagnostics for one run, written to a log file (FFmpeg runs in-process, so its "stderr"
 * is the av_log callback). Messages arrive on the thread that called into FFmpeg; the few that
 * encoder threads emit go to the JVM log instead.
 */
final class FfmpegLog implements AutoCloseable {

    private static final int KEPT_LINES = 20;
    private static final ThreadLocal<FfmpegLog> CURRENT = new ThreadLocal<>();
    private static final System.Logger FALLBACK = System.getLogger(FfmpegLog.class.getName());
    // Held in a field: the native side keeps only a raw pointer, so it must never be collected.
    private static LogCallback callback;

    private final Path file;
    private final Deque<String> recent = new ArrayDeque<>();

    private FfmpegLog(Path file) {
        this.file = file;
    }

    static synchronized void install() {
        if (callback == null) {
            callback = new LogCallback() {
                @Override
                public void call(int level, BytePointer message) {
                    record(level, message.getString(StandardCharsets.UTF_8));
                }
            };
            avutil.setLogCallback(callback);
            avutil.av_log_set_level(avutil.AV_LOG_WARNING);
        }
    }

    /** Starts capturing this thread's FFmpeg messages into {@code <logDir>/<name>.log}. */
    static FfmpegLog start(Path logDirectory, String name) {
        try {
            Files.createDirectories(logDirectory);
            Path file = logDirectory.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".log");
            Files.writeString(file, "", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            FfmpegLog log = new FfmpegLog(file);
            CURRENT.set(log);
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the FFmpeg log in " + logDirectory, e);
        }
    }

    /** The last messages of this thread's run, for an exception message. */
    static String recentLines() {
        FfmpegLog log = CURRENT.get();
        if (log == null || log.recent.isEmpty()) {
            return "";
        }
        return " (FFmpeg said: " + String.join(" | ", log.recent).strip() + "; full log " + log.file + ")";
    }

    Path file() {
        return file;
    }

    private static void record(int level, String message) {
        FfmpegLog log = CURRENT.get();
        if (log == null) {
            FALLBACK.log(level <= avutil.AV_LOG_ERROR ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                    message.strip());
            return;
        }
        log.append(message);
    }

    private void append(String message) {
        recent.addLast(message.strip());
        while (recent.size() > KEPT_LINES) {
            recent.removeFirst();
        }
        try {
            Files.writeString(file, message, StandardOpenOption.APPEND);
        } catch (IOException e) {
            FALLBACK.log(System.Logger.Level.WARNING, "cannot append to " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        CURRENT.remove();
        try {
            // Keep only logs that say something, so the directory lists the runs worth reading.
            if (Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // a log that cannot be tidied away is harmless
        }
    }
}
