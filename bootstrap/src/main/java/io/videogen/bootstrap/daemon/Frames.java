package io.videogen.bootstrap.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's side of a conversation: frames for the client, written whole under one lock, since the
 * render's progress (stderr) and its result (stdout) come from different threads. A client gone away
 * makes later frames fail quietly: its render is being cancelled then.
 */
final class Frames {

    private final DataOutputStream out;

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
                send(kind, bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8);
    }

    synchronized void accepted(long pid) throws IOException {
        out.writeByte(DaemonRequest.ACCEPTED);
        out.writeLong(pid);
        out.flush();
    }

    synchronized void text(byte kind, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        send(kind, bytes, 0, bytes.length);
    }

    synchronized void exit(int status) throws IOException {
        out.writeByte(DaemonRequest.EXIT);
        out.writeInt(status);
        out.flush();
    }

    private synchronized void send(byte kind, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(kind);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }
}
