package io.videogen.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class FfmpegNativesCheckTest {

    @Test
    void isUpWithTheVersionsOfTheLibrariesItLoaded() {
        HealthCheckResponse response = new FfmpegNativesCheck().call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow().get("libraries").toString())
                .matches("avutil \\d+\\.\\d+\\.\\d+, avcodec \\d+\\.\\d+\\.\\d+, avformat \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void isDownWithTheReasonWhenANativeLibraryDoesNotLoad() {
        AtomicInteger attempts = new AtomicInteger();
        FfmpegNativesCheck check = new FfmpegNativesCheck(() -> {
            attempts.incrementAndGet();
            System.loadLibrary("videogen-no-such-codec");
            return "never";
        });

        HealthCheckResponse response = check.call();
        check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get(Reasons.REASON).toString())
                .contains("UnsatisfiedLinkError", "videogen-no-such-codec", "do not load");
        assertThat(attempts).as("the libraries are loaded once, not on every probe").hasValue(1);
    }
}
