package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DraftScriptUseCase;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ListVoicesUseCase.VoiceView;
import io.videogen.application.port.in.ManageTemplatesUseCase;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.user.Caller;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.JsonBodies;
import io.videogen.presentation.rest.script.DraftScriptRequest;
import io.videogen.presentation.rest.script.ScriptDraftResponse;
import io.videogen.presentation.rest.template.TemplateDesigns;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** draft_script, list_voices and list_templates: what an agent needs before it creates a video. */
final class LibraryTools {

    private final DraftScriptUseCase scripts;
    private final ListVoicesUseCase voices;
    private final ManageTemplatesUseCase templates;
    private final FeatureGate features;
    private final JsonBodies arguments;

    LibraryTools(DraftScriptUseCase scripts, ListVoicesUseCase voices, ManageTemplatesUseCase templates,
                 FeatureGate features, JsonBodies arguments) {
        this.scripts = scripts;
        this.voices = voices;
        this.templates = templates;
        this.features = features;
        this.arguments = arguments;
    }

    /** Switched off with the ai-providers flag, as POST /api/v1/scripts is. */
    Uni<Object> draftScript(Caller caller, JsonNode args, URI base) {
        DraftScriptRequest body = arguments.read(args, DraftScriptRequest.class);
        return features.require(Feature.AI_PROVIDERS)
                .chain(() -> scripts.draft(caller, body.toBrief()))
                .map(ScriptDraftResponse::of);
    }

    Uni<Object> listVoices(Caller caller, JsonNode args, URI base) {
        String language = args.path("language").asText("");
        List<VoiceView> listed = voices.voices().stream()
                .filter(voice -> language.isEmpty() || language.equalsIgnoreCase(voice.language())
                        || voice.language() != null && voice.language().toLowerCase(java.util.Locale.ROOT)
                        .startsWith(language.toLowerCase(java.util.Locale.ROOT) + "-"))
                .toList();
        return Uni.createFrom().item(Map.of("voices", listed));
    }

    Uni<Object> listTemplates(Caller caller, JsonNode args, URI base) {
        return templates.list(caller, VideoTools.Pages.of(args))
                .map(found -> PageResponse.of(found, TemplateDesigns::toResponse));
    }
}
