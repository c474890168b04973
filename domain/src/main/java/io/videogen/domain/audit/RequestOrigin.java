package io.videogen.domain.audit;

import java.util.regex.Pattern;

/**
 * Where a request came from, as far as the service can tell: the client's address and the id the
 * request carries in {@code X-Request-Id}. Both are cut to a sane length and alphabet, because they
 * come from outside and end up in logs and the audit trail.
 */
public record RequestOrigin(String clientAddress, String requestId) {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:\\-\\[\\]%]");
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
        String safe = UNSAFE.matcher(value.strip()).replaceAll("_");
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
    }
}
