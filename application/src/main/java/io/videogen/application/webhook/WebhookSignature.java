package io.videogen.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature receivers check: {@code v1=} and the hex HMAC-SHA256 of {@code "<timestamp>.<body>"},
 * keyed with the UTF-8 bytes of the owner's secret. The timestamp inside the signed text lets a
 * receiver refuse an old request replayed later.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Videogen-Timestamp";
    public static final String SIGNATURE_HEADER = "Videogen-Signature";
    public static final String EVENT_ID_HEADER = "Videogen-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Videogen-Event-Type";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String sign(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
