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
    private Future<?> last;

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

    /** Queued behind the frames before it; a failure of an earlier frame shows at the next one waited for. */
    private synchronized void send(byte kind, byte[] bytes) {
        last = writer.submit(() -> {
            out.writeByte(kind);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
            return null;
        });
    }

    private interface Write {
        void to() throws IOException;
    }

    /** Queued behind the frames before it and waited for, whether or not the waiting thread is interrupted. */
    private void written(Write write) throws IOException {
        Future<?> done;
        synchronized (this) {
            Future<?> before = last;
            done = writer.submit(() -> {
                if (before != null) {
                    before.get();  // an earlier frame that failed fails this one: the client is gone
                }
                write.to();
                return null;
            });
            last = done;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    done.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io
                            : e.getCause() instanceof ExecutionException earlier && earlier.getCause() instanceof IOException io
                            ? io : new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
