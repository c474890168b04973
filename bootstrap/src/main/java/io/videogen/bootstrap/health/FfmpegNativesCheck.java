package io.videogen.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * FFmpeg's native libraries load in this process (docs/adr/0003). They are loaded once, on the first
 * call (the startup probe), and the outcome is kept: a library that failed to load will not load
 * later either, and a loaded one cannot go away.
 */
@Readiness
@Startup
@ApplicationScoped
class FfmpegNativesCheck implements HealthCheck {

    static final String NAME = "ffmpeg";

    private final Callable<String> loader;
    private volatile HealthCheckResponse outcome;

    @Inject
    FfmpegNativesCheck() {
        this(FfmpegNativesCheck::loadNatives);
    }

    /** @param loader loads the libraries and says which versions it found, or throws */
    FfmpegNativesCheck(Callable<String> loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse known = outcome;
        if (known == null) {
            synchronized (this) {
                if (outcome == null) {
                    outcome = load();
                }
                known = outcome;
            }
        }
        return known;
    }

    private HealthCheckResponse load() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME);
        try {
            return check.up().withData("libraries", loader.call()).build();
        } catch (Exception | LinkageError e) {
            return Reasons.down(check, "FFmpeg's native libraries do not load (" + e + "); the image must run on "
                    + "linux-x86_64 with the bytedeco ffmpeg natives jar on the class path (docs/adr/0003)");
        }
    }

    private static String loadNatives() {
        Loader.load(avutil.class);
        Loader.load(avcodec.class);
        Loader.load(avformat.class);
        return "avutil " + version(avutil.avutil_version()) + ", avcodec " + version(avcodec.avcodec_version())
                + ", avformat " + version(avformat.avformat_version());
    }

    private static String version(int packed) {
        return (packed >>> 16) + "." + ((packed >>> 8) & 0xff) + "." + (packed & 0xff);
    }
}
