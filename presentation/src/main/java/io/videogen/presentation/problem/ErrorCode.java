package io.videogen.presentation.problem;

import java.util.Arrays;

/** The error codes of the API contract and the status each answers with. */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    AUTHENTICATION_REQUIRED(401, "Authentication required"),
    MFA_REQUIRED(401, "A second factor is required"),
    FORBIDDEN(403, "Not allowed"),
    FEATURE_DISABLED(403, "This feature is switched off"),
    ADDRESS_DENIED(403, "Requests from this address are not allowed"),
    RESOURCE_NOT_FOUND(404, "Not found"),
    RESOURCE_CONFLICT(409, "Conflict with the current state"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    SCRIPT_PARSING_FAILED(422, "The script cannot be parsed"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused with another request"),
    PROVIDER_NOT_CONFIGURED(422, "No provider offers what the request needs"),
    RATE_LIMITED(429, "Too many requests"),
    QUOTA_EXCEEDED(429, "Usage quota exceeded"),
    INTERNAL_ERROR(500, "Internal error"),
    /** The language models answered, but not with a usable script: an upstream's bad answer, hence 502. */
    SCRIPT_GENERATION_FAILED(502, "No usable script came back"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    PROVIDER_UNAVAILABLE(503, "The providers are unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return "https://videogen.io/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ErrorCode of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst().orElse(INTERNAL_ERROR);
    }
}
