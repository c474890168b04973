package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clips from an OpenAI-compatible video server, the asynchronous way OpenAI's video API works:
 * {@code POST {base}/videos} submits a job, {@code GET {base}/videos/{id}} is polled while it is
 * {@code queued} or {@code in_progress}, and once it is {@code completed} the clip is downloaded from
 * {@code GET {base}/videos/{id}/content}. Each of those requests is one guarded call (timeout, retry,
 * circuit, bulkhead, the fleet's rate limit); the whole job has a deadline of its own, past which it
 * is given up as a timeout. Whether the bytes are a video is checked by the media inspection of the chain.
 */
public final class OpenAiClips implements ClipGenerator {

    /** A clip of a few seconds is a few megabytes; anything this large is not one. */
    static final long MAX_CLIP_BYTES = 256L * 1024 * 1024;
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final ProviderSettings settings;
    private final ProviderHttp http;
    private final ProviderGuard guard;
    private final Timing timing;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * @param callTimeout  the longest one request may take
     * @param deadline     the longest a whole job may take, from submission to downloaded clip
     * @param pollInterval the wait between two looks at a job
     * @param seconds      the clip lengths the server makes, shortest first
     */
    public record Timing(Duration callTimeout, Duration deadline, Duration pollInterval, List<Integer> seconds) {

        public Timing {
            seconds = seconds.stream().sorted().toList();
            if (seconds.isEmpty()) {
                throw new IllegalArgumentException("videogen.ai.video.seconds needs at least one length");
            }
        }
    }

    public OpenAiClips(ProviderSettings settings, ProviderHttp http, ProviderGuard guard, Timing timing,
                       ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.guard = guard;
        this.timing = timing;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return settings.name();
    }

    @Override
    public String fingerprint() {
        return settings.fingerprint(Capability.VIDEO);
    }

    /**
     * Landscape frames ask for 1280x720, portrait ones for 720x1280 (the sizes OpenAI's and most
     * open models make; a square frame takes the landscape clip, cropped); the length is the shortest
     * the server makes that covers the scene, else its longest (looped).
     */
    @Override
    public ClipShape shape(Resolution frame, Duration sceneLength) {
        String size = frame.width() < frame.height() ? "720x1280" : "1280x720";
        int seconds = timing.seconds().stream().filter(s -> Duration.ofSeconds(s).compareTo(sceneLength) >= 0)
                .findFirst().orElse(timing.seconds().get(timing.seconds().size() - 1));
        return new ClipShape(size, seconds);
    }

    @Override
    public void generate(String prompt, ClipShape shape, Path file) {
        Instant due = clock.instant().plus(timing.deadline());
        String body = json.createObjectNode().put("model", settings.model(Capability.VIDEO)).put("prompt", prompt)
                .put("seconds", Integer.toString(shape.seconds())).put("size", shape.size()).toString();
        JsonNode job = read(guard.call(() -> http.postJson(settings.endpoint("/videos"), body, headers(),
                settings.apiKey(), timing.callTimeout())));
        String id = job.path("id").asText("");
        if (!JOB_ID.matcher(id).matches()) {
            throw unusable("the answer to POST /videos holds no usable job id");
        }
        while (!status(job, id).equals("completed")) {
            waitUntilNextLook(due, id);
            job = read(guard.call(() -> http.get(settings.endpoint("/videos/" + id), headers(), settings.apiKey(),
                    timing.callTimeout())));
        }
        boolean whole = guard.call(() -> http.download(settings.endpoint("/videos/" + id + "/content"), headers(),
                settings.apiKey(), timing.callTimeout(), file, MAX_CLIP_BYTES));
        if (!whole) {
            throw unusable("the clip of job " + id + " is larger than " + MAX_CLIP_BYTES / (1024 * 1024) + " MiB");
        }
    }

    /** The job's status; a failed job or one in a state this adapter does not know ends the call. */
    private String status(JsonNode job, String id) {
        String status = job.path("status").asText("");
        switch (status) {
            case "queued", "in_progress", "completed" -> {
                return status;
            }
            case "failed" -> {
                String why = job.path("error").path("message").asText("");
                throw unusable("job " + id + " failed" + (why.isBlank() ? "" : ": " + shorten(why)));
            }
            default -> throw unusable("job " + id + " is in an unknown state '" + shorten(status) + "'");
        }
    }

    private void waitUntilNextLook(Instant due, String id) {
        Duration left = Duration.between(clock.instant(), due);
        if (left.isNegative() || left.isZero()) {
            throw guard.overdue("provider '" + settings.name() + "' (video): job " + id + " did not complete within "
                    + timing.deadline() + " (videogen.ai.video.deadline)");
        }
        Duration pause = left.compareTo(timing.pollInterval()) < 0 ? left : timing.pollInterval();
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(settings.name(), "provider '" + settings.name()
                    + "' (video): the wait for job " + id + " was interrupted", null, e);
        }
    }

    private JsonNode read(ProviderHttp.Answer answer) {
        try {
            JsonNode node = json.readTree(answer.body());
            if (node == null || !node.isObject()) {
                throw unusable("the answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw unusable("the answer is not JSON");
        }
    }

    private UnusableAnswerException unusable(String why) {
        String reason = "provider '" + settings.name() + "' (video): " + why;
        guard.answerRejected(reason);
        return new UnusableAnswerException(settings.name(), reason);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private Map<String, String> headers() {
        return settings.apiKey().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of());
    }
}
