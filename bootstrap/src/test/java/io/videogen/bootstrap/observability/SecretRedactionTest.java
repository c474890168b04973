package io.videogen.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactionTest {

    @Test
    void takesBearerTokensOut() {
        assertThat(SecretRedaction.redact("Authorization: Bearer abc.def-ghi_123"))
                .isEqualTo("Authorization: Bearer [redacted]");
    }

    @Test
    void takesJwtsOutWhereverTheyStand() {
        assertThat(SecretRedaction.redact("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_1 expired"))
                .isEqualTo("token [redacted] expired");
    }

    @Test
    void takesLabelledSecretsOutOfTextAndJson() {
        assertThat(SecretRedaction.redact("password=hunter2hunter2 user=ana"))
                .isEqualTo("password=[redacted] user=ana");
        assertThat(SecretRedaction.redact("{\"email\":\"a@b.c\",\"newPassword\":\"x y\",\"apiKey\": \"sk-1\"}"))
                .isEqualTo("{\"email\":\"a@b.c\",\"newPassword\":\"[redacted]\",\"apiKey\": \"[redacted]\"}");
        assertThat(SecretRedaction.redact("refresh_token: r-123; webhook secret=whsec_9"))
                .isEqualTo("refresh_token: [redacted]; webhook secret=[redacted]");
    }

    @Test
    void leavesOrdinaryLinesAlone() {
        String line = "video 1b2c rendered in 12.5 s (1280x720, standard); tokenType Bearer";
        assertThat(SecretRedaction.redact(line)).isEqualTo(line);
    }
}
