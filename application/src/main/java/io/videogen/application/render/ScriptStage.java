package io.videogen.application.render;

import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stage {@code script}: the script the narrator says, kept in the workspace so a later attempt reads
 * it back instead of asking the writer again, and written out for a person to read.
 */
final class ScriptStage {

    private ScriptStage() {
    }

    static Script run(RenderContext ctx) throws IOException {
        // a topic's or a translation's brief shapes the written script as much as the writer does
        Path kept = ctx.keys().script(ctx.spec().script().scenes().stream().map(Scene::fingerprint).toList(),
                ctx.engine().scriptWriter().getClass().getName() + ctx.spec().fromTopic().map(t -> "\u0000" + t)
                        .orElse("") + ctx.spec().translationOf().map(t -> "\u0001" + t).orElse(""));
        Optional<Script> found = ScriptArtefact.read(kept);
        ctx.trace().cacheLookup("script", -1, found.isPresent());
        if (found.isPresent()) {
            return found.get();
        }
        Script script = ctx.trace().provider("script", "script.write", () -> ctx.engine().scriptWriter()
                .write(ctx.spec(), ctx.account()));
        StringBuilder text = new StringBuilder();
        for (Scene scene : script.scenes()) {
            text.append("# scene ").append(scene.index()).append('\n').append(scene.text()).append("\n\n");
        }
        Artefacts.writeAtomically(ctx.keys().readableScript(), text.toString());
        Artefacts.writeAtomically(kept, ScriptArtefact.write(script));
        return script;
    }
}
