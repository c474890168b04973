package io.videogen.presentation.rest.common;

import io.videogen.application.port.in.DownloadFilesUseCase.Download;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File responses with single byte ranges (RFC 9110): {@code Range: bytes=a-b}, {@code a-} and
 * {@code -n} answer 206 with Content-Range; a range past the end answers 416; anything else
 * (several ranges, other units) is ignored and the whole file sent, as the RFC allows.
 */
public final class Downloads {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private Downloads() {
    }

    public static Response respond(Download download, String range, boolean attachment) throws IOException {
        long size = download.size();
        long first = 0;
        long last = size - 1;
        boolean partial = false;
        Matcher matcher = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        if (matcher != null && matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            try {
                if (matcher.group(1).isEmpty()) {
                    long suffix = Long.parseLong(matcher.group(2));
                    first = Math.max(0, size - suffix);
                } else {
                    first = Long.parseLong(matcher.group(1));
                    if (!matcher.group(2).isEmpty()) {
                        last = Math.min(last, Long.parseLong(matcher.group(2)));
                    }
                }
                if (first >= size || first > last) {
                    return Response.status(416).header("Content-Range", "bytes */" + size)
                            .header("Accept-Ranges", "bytes").build();
                }
                partial = true;
            } catch (NumberFormatException tooLong) {
                first = 0;
                last = size - 1;
            }
        }
        long length = last - first + 1;
        InputStream body = new Bounded(download.content().open(first), length);
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body)
                .type(download.mediaType())
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", length)
                .header("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\""
                        + download.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        if (partial) {
            response.header("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        return response.build();
    }

    /** Stops after the range's last byte. */
    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
