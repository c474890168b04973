package io.videogen.bootstrap.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The daemon's side of a conversation: frames for the client, in the order they were made, although
 * the render's progress (stderr) and its result (stdout) come from different threads. They are written
 * by a thread of their own: a cancel interrupts the render's thread, and an interrupted thread's write
 * to a socket channel would close the channel (NIO's interruptible channels), so the client would see
 * the connection end instead of its render's exit code. A client gone away makes later frames fail
 * quietly: its render is being cancelled then.
 */
final class Frames implements AutoCloseable {

    private final DataOutputStream out;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "videogen-daemon-frames");
        thread.setDaemon(true);
        return thread;
    });
    /** The first frame that could not be written; written by the writer's thread only. */
    private volatile IOException failed;

    Frames(DataOutputStream socket) {
        this.out = socket;
    }

    /** A print stream whose every write goes to the client as one frame of this kind (OUT or ERR). */
    PrintStream stream(byte kind) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                send(kind, Arrays.copyOfRange(bytes, offset, offset + length));
            }
        }, true, StandardCharsets.UTF_8);
    }

    void accepted(long pid) throws IOException {
        written(() -> {
            out.writeByte(DaemonRequest.ACCEPTED);
            out.writeLong(pid);
            out.flush();
        });
    }

    void text(byte kind, String text) throws IOException {
        send(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The last frame: written once every frame before it is, and waited for. */
    void exit(int status) throws IOException {
        written(() -> {
            out.writeByte(DaemonRequest.EXIT);
            out.writeInt(status);
            out.flush();
        });
    }

    @Override
    public void close() {
        writer.shutdown();
    }

    /** Queued behind the frames before it; a frame that fails makes the ones waited for after it fail too. */
    private void send(byte kind, byte[] bytes) {
        writer.execute(() -> write(() -> {
            out.writeByte(kind);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
        }));
    }

    private interface Write {
        void to() throws IOException;
    }

    /** On the writer's thread: one frame, unless one before it failed (the client is gone). */
    private void write(Write write) {
        if (failed == null) {
            try {
                write.to();
            } catch (IOException e) {
                failed = e;
            }
        }
    }

    /** Queued behind the frames before it and waited for, whether or not the waiting thread is interrupted. */
    private void written(Write write) throws IOException {
        Future<?> done = writer.submit(() -> write(write));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    done.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
