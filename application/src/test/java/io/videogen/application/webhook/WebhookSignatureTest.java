package io.videogen.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256InHex() {
        // expected value from: printf '%s' '1700000000.{"eventId":"e1","type":"video.completed"}'
        //                      | openssl dgst -sha256 -hmac 'whsec_example'
        String signature = WebhookSignature.sign("whsec_example", 1_700_000_000L,
                "{\"eventId\":\"e1\",\"type\":\"video.completed\"}");

        assertThat(signature).isEqualTo("v1=7cdfa3c8d292596b35f5c067009b24cecad1c0e6d524f08cc6eb1c94c417788f");
    }

    @Test
    void anotherTimestampOrSecretGivesAnotherSignature() {
        String body = "{\"type\":\"video.failed\"}";
        String signature = WebhookSignature.sign("whsec_a", 1L, body);

        assertThat(WebhookSignature.sign("whsec_a", 2L, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec_b", 1L, body)).isNotEqualTo(signature);
    }
}
