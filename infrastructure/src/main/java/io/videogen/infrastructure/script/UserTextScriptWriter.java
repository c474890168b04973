package io.videogen.infrastructure.script;

import io.videogen.application.port.out.ScriptWriter;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import jakarta.enterprise.context.ApplicationScoped;

/** The offline writer: the narrator says exactly what the user wrote. */
@ApplicationScoped
public class UserTextScriptWriter implements ScriptWriter {

    @Override
    public Script write(VideoSpec spec) {
        return spec.script();
    }
}
