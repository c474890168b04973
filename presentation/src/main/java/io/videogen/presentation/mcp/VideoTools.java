package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.GetVideoUseCase;
import io.videogen.application.port.in.ListVideosUseCase;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.JsonBodies;
import io.videogen.presentation.rest.video.CreateVideoRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
import io.videogen.presentation.rest.video.VideoResponses;
import io.videogen.presentation.rest.video.VideoStatusParam;
import java.net.URI;
import java.util.Optional;

/** create_video, get_video and list_videos: the video use cases the REST resource calls, answered as {@link McpVideo}. */
final class VideoTools {

    private final CreateVideoUseCase create;
    private final GetVideoUseCase get;
    private final ListVideosUseCase list;
    private final VideoDrafts drafts;
    private final VideoResponses responses;
    private final JsonBodies arguments;

    VideoTools(CreateVideoUseCase create, GetVideoUseCase get, ListVideosUseCase list, VideoDrafts drafts,
               VideoResponses responses, JsonBodies arguments) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.drafts = drafts;
        this.responses = responses;
        this.arguments = arguments;
    }

    Uni<Object> create(Caller caller, JsonNode args, URI base) {
        CreateVideoRequest body = arguments.read(args, CreateVideoRequest.class);
        return create.create(new CreateVideoCommand(caller, drafts.toDraft(body)))
                .map(video -> McpVideo.of(responses.of(video), base));
    }

    Uni<Object> get(Caller caller, JsonNode args, URI base) {
        JsonNode id = args.get("id");
        if (id == null || !id.isTextual()) {
            throw new InvalidValueException("id", "give the video's id, as create_video or list_videos answered it");
        }
        return get.get(VideoId.parse(id.asText()), caller).map(video -> McpVideo.of(responses.of(video), base));
    }

    Uni<Object> list(Caller caller, JsonNode args, URI base) {
        Optional<VideoStatus> status = Optional.ofNullable(args.get("status")).map(JsonNode::asText)
                .map(VideoStatusParam::parse);
        return list.list(caller, status, Pages.of(args))
                .map(found -> PageResponse.of(found, video -> McpVideo.of(responses.of(video), base)));
    }

    /** The page arguments of a list tool, with the REST API's defaults and limits. */
    static final class Pages {

        private Pages() {
        }

        static PageRequest of(JsonNode args) {
            int page = number(args, "page", 0);
            int size = number(args, "size", 20);
            if (page < 0) {
                throw new InvalidValueException("page", "page counts from 0");
            }
            if (size < 1 || size > 100) {
                throw new InvalidValueException("size", "size must be between 1 and 100");
            }
            return new PageRequest(page, size);
        }

        private static int number(JsonNode args, String name, int absent) {
            JsonNode value = args.get(name);
            if (value == null || value.isNull()) {
                return absent;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                throw new InvalidValueException(name, name + " must be a whole number");
            }
            return value.asInt();
        }
    }
}
