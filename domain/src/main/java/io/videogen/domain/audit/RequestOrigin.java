package io.videogen.domain.audit;

/**
 * Where a request came from, as far as the service can tell: the client's address and the id the
 * request carries in {@code X-Request-Id}. Both are cut to a sane length and alphabet, because they
 * come from outside and end up in logs and the audit trail.
 */
public record RequestOrigin(String clientAddress, String requestId) {

    private static final int MAX_LENGTH = 128;
    private static final String UNKNOWN = "unknown";

    public RequestOrigin {
        clientAddress = clean(clientAddress);
        requestId = clean(requestId);
    }

    /** For work no request started, such as the first admin created at start. */
    public static RequestOrigin internal() {
        return new RequestOrigin("internal", "-");
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String stripped = value.strip();
        StringBuilder replaced = null; // only made for a value that needs it: every API request cleans two
        for (int i = 0; i < stripped.length(); ) {
            int c = stripped.codePointAt(i);
            if (!safe(c) && replaced == null) {
                replaced = new StringBuilder(stripped.length()).append(stripped, 0, i);
            }
            if (replaced != null) {
                replaced.appendCodePoint(safe(c) ? c : '_');
            }
            i += Character.charCount(c);
        }
        String safe = replaced == null ? stripped : replaced.toString();
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
    }

    /** Letters and digits (ASCII), and {@code . _ : - [ ] %}: what an address or a request id needs. */
    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".:_-[]%".indexOf(c) >= 0;
    }
}
