package io.videogen.presentation.security;

/** A request body above its limit; answered 413 PAYLOAD_TOO_LARGE. */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;
    private final boolean upload;

    BodyTooLargeException(long size, long limit, boolean upload) {
        super("request body of " + size + " bytes is above the limit of " + limit + " bytes");
        this.limit = limit;
        this.upload = upload;
    }

    String detail() {
        return upload
                ? "the upload is larger than " + megabytes(limit) + "; send a smaller file"
                : "the request body is larger than " + megabytes(limit) + "; send less at once";
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
