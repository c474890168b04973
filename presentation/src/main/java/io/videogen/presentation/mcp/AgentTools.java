package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.DraftScriptUseCase;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.GetVideoUseCase;
import io.videogen.application.port.in.LimitRequestsUseCase;
import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.videogen.application.port.in.ListVideosUseCase;
import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ManageTemplatesUseCase;
import io.videogen.domain.user.Caller;
import io.videogen.presentation.rest.common.JsonBodies;
import io.videogen.presentation.rest.video.VideoDrafts;
import io.videogen.presentation.rest.video.VideoResponses;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP server's tools by name, each with the rate-limit group of the REST call it stands for
 * (drafting and creating count as creating a video, the lists and reads as reads).
 */
@ApplicationScoped
public class AgentTools {

    private record Registered(RouteGroup group, Tool tool) {
    }

    private final ToolCatalog catalog;
    private final Map<String, Registered> tools;
    private final LimitRequestsUseCase limits;

    public AgentTools(CreateVideoUseCase create, GetVideoUseCase get, ListVideosUseCase list,
                      DraftScriptUseCase scripts, ListVoicesUseCase voices, ManageTemplatesUseCase templates,
                      FeatureGate features, LimitRequestsUseCase limits, VideoDrafts drafts,
                      VideoResponses responses, ObjectMapper json, JsonBodies arguments) {
        VideoTools videos = new VideoTools(create, get, list, drafts, responses, arguments);
        LibraryTools library = new LibraryTools(scripts, voices, templates, features, arguments);
        this.catalog = new ToolCatalog(json);
        this.limits = limits;
        this.tools = Map.of(
                "draft_script", new Registered(RouteGroup.CREATE_VIDEO, library::draftScript),
                "create_video", new Registered(RouteGroup.CREATE_VIDEO, videos::create),
                "get_video", new Registered(RouteGroup.READ, videos::get),
                "list_videos", new Registered(RouteGroup.READ, videos::list),
                "list_voices", new Registered(RouteGroup.READ, library::listVoices),
                "list_templates", new Registered(RouteGroup.READ, library::listTemplates));
        catalog.all().forEach(tool -> {
            if (!tools.containsKey(tool.path("name").asText())) {
                throw new IllegalStateException("mcp/tools.json lists " + tool.path("name") + ", which has no handler");
            }
        });
    }

    ArrayNode list() {
        return catalog.all();
    }

    boolean exists(String name) {
        return tools.containsKey(name) && catalog.named(name).isPresent();
    }

    /** Takes a token from the caller's bucket for the tool's group, then calls it. */
    Uni<Object> call(String name, Caller caller, JsonNode arguments, URI base, String clientAddress) {
        Registered registered = tools.get(name);
        return limits.admit(registered.group(), Optional.of(caller.userId()), clientAddress)
                .chain(() -> Uni.createFrom().deferred(() -> registered.tool().call(caller, arguments, base)));
    }
}
