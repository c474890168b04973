package io.videogen.application.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238's SHA-1 seed. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B (the six low digits of its eight-digit values). */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
        "2000000000, 279037", "20000000000, 353130"})
    void computesTheCodesOfRfc6238(long seconds, String code) {
        assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(SEED, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsWhatAppsShow() {
        assertThat(Base32.encode("Hello!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("JBSWY3DPEE");
        assertThat(Base32.decode("jbsw y3dp ee")).isEqualTo("Hello!".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(SEED))).isEqualTo(SEED);
    }

    @Test
    void recoveryCodesAreTenDistinctAndTypedLoosely() {
        var codes = RecoveryCodes.generate(new java.security.SecureRandom());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(RecoveryCodes.normalize(" AbCdE-fGhJk ")).isEqualTo("abcdefghjk");
    }
}
