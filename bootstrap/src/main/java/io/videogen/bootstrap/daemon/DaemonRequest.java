package io.videogen.bootstrap.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client asks of the render daemon: {@code render} with the arguments after
 * {@code videogen render}, the client's working directory (relative paths in them mean paths there)
 * and whether its stderr is a terminal; or {@code status}, or {@code stop}.
 *
 * <p>The conversation on the socket: the request; then the daemon's frames, each a kind byte and its
 * body — {@link #ACCEPTED} (the daemon's process id), {@link #OUT} and {@link #ERR} (bytes for the
 * client's stdout and stderr), {@link #EXIT} (the exit code, last). The client may send
 * {@link #CANCEL} (or close the socket) at any time to stop its render.
 */
record DaemonRequest(String kind, String directory, boolean terminal, List<String> args) {

    static final int MAGIC = 0x56474431; // "VGD1": a changed conversation changes this and the build id anyway
    static final byte ACCEPTED = 'A';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';
    static final byte CANCEL = 'C';

    static final String RENDER = "render";
    static final String STATUS = "status";
    static final String STOP = "stop";

    DaemonRequest {
        args = List.copyOf(args);
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(kind);
        out.writeUTF(directory);
        out.writeBoolean(terminal);
        out.writeInt(args.size());
        for (String arg : args) {
            out.writeUTF(arg);
        }
        out.flush();
    }

    static DaemonRequest readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a videogen render daemon request");
        }
        String kind = in.readUTF();
        String directory = in.readUTF();
        boolean terminal = in.readBoolean();
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("a request with " + count + " arguments");
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        return new DaemonRequest(kind, directory, terminal, args);
    }
}
