package io.videogen.infrastructure.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.time.Instant;

/**
 * A video event as a small JSON text for a NOTIFY payload (PostgreSQL allows 8000 bytes):
 * {@code {"origin":…, "videoId":…, "type":"progress", "at":…, "data":{…}}}. The origin names the
 * sending process, which already delivered the event to its own listeners.
 */
final class VideoEventCodec {

    /** Failure messages are for people and can be long; a notification carries the start. */
    static final int MAX_MESSAGE = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Envelope(String origin, VideoEvent event) {
    }

    private VideoEventCodec() {
    }

    static String encode(String origin, VideoEvent event) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("origin", origin);
        json.put("videoId", event.videoId().toString());
        json.put("at", event.occurredAt().toString());
        ObjectNode data = MAPPER.createObjectNode();
        String type;
        if (event instanceof VideoEvent.VideoQueued queued) {
            type = "queued";
            data.put("attempt", queued.attempt());
        } else if (event instanceof VideoEvent.StageStarted started) {
            type = "stage_started";
            data.put("stage", started.stage().name());
        } else if (event instanceof VideoEvent.ProgressMade made) {
            type = "progress";
            data.put("stage", made.progress().stage().name());
            data.put("percent", made.progress().percent());
        } else if (event instanceof VideoEvent.StageFinished finished) {
            type = "stage_finished";
            data.put("stage", finished.stage().name());
        } else if (event instanceof VideoEvent.SceneComposed composed) {
            type = "scene_composed";
            data.put("scene", composed.scene());
            data.put("reused", composed.reused());
        } else if (event instanceof VideoEvent.VideoCompleted completed) {
            type = "completed";
            data.put("durationMs", completed.durationMs());
        } else if (event instanceof VideoEvent.VideoFailed failed) {
            type = "failed";
            VideoFailure failure = failed.failure();
            data.put("stage", failure.stage().name());
            data.put("code", failure.code().name());
            String message = failure.message();
            data.put("message", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
            data.put("retryable", failure.retryable());
            failure.scene().ifPresent(scene -> data.put("scene", scene));
        } else if (event instanceof VideoEvent.VideoCancelled cancelled) {
            type = "cancelled";
            data.put("cancelledIn", cancelled.cancelledIn().name());
        } else if (event instanceof VideoEvent.VideoRenamed renamed) {
            type = "renamed";
            data.put("title", renamed.title().value());
        } else {
            throw new IllegalArgumentException("no JSON form for " + event.getClass().getSimpleName());
        }
        json.put("type", type);
        json.set("data", data);
        return json.toString();
    }

    /** @throws IllegalArgumentException for a payload this release cannot read (a newer one sent it) */
    static Envelope decode(String payload) {
        JsonNode json;
        try {
            json = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a video event notification is not JSON: " + e.getOriginalMessage(), e);
        }
        VideoId id = VideoId.parse(text(json, "videoId"));
        Instant at = Instant.parse(text(json, "at"));
        JsonNode data = json.path("data");
        String type = text(json, "type");
        VideoEvent event = switch (type) {
            case "queued" -> new VideoEvent.VideoQueued(id, at, data.path("attempt").asInt());
            case "stage_started" -> new VideoEvent.StageStarted(id, at, stage(data));
            case "progress" -> new VideoEvent.ProgressMade(id, at, new Progress(stage(data),
                    data.path("percent").asInt()));
            case "stage_finished" -> new VideoEvent.StageFinished(id, at, stage(data));
            case "scene_composed" -> new VideoEvent.SceneComposed(id, at, data.path("scene").asInt(),
                    data.path("reused").asBoolean());
            case "completed" -> new VideoEvent.VideoCompleted(id, at, data.path("durationMs").asLong());
            case "failed" -> new VideoEvent.VideoFailed(id, at, new VideoFailure(stage(data),
                    FailureCode.valueOf(text(data, "code")), text(data, "message"),
                    data.path("retryable").asBoolean(), data.hasNonNull("scene") ? data.get("scene").asInt() : null));
            case "cancelled" -> new VideoEvent.VideoCancelled(id, at, VideoStatus.valueOf(text(data, "cancelledIn")));
            case "renamed" -> new VideoEvent.VideoRenamed(id, at, new VideoTitle(text(data, "title")));
            default -> throw new IllegalArgumentException("unknown video event type '" + type + "'");
        };
        return new Envelope(text(json, "origin"), event);
    }

    private static Stage stage(JsonNode data) {
        return Stage.valueOf(text(data, "stage"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a video event notification lacks '" + field + "'");
        }
        return value.asText();
    }
}
