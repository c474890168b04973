package io.videogen.presentation.rest.script;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.videogen.domain.script.ScriptDraft;
import java.util.List;

/** A drafted script in the {@code scenes} shape {@code POST /api/v1/videos} takes. */
public record ScriptDraftResponse(String title, String language, List<Scene> scenes) {

    public static ScriptDraftResponse of(ScriptDraft draft) {
        return new ScriptDraftResponse(draft.title(), draft.language(), draft.scenes().stream()
                .map(scene -> new Scene(scene.title(), scene.text(), new Visual("prompt", scene.visual().prompt())))
                .toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scene(String title, String text, Visual visual) {
    }

    public record Visual(String type, String prompt) {
    }
}
