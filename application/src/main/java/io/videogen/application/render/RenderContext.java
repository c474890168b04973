package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;

/**
 * What every stage of one render reads: the video, the tools, where artefacts go, how they are
 * traced, and the account its provider calls are made with.
 */
record RenderContext(VideoId videoId, VideoSpec spec, RenderEngine engine, MediaStore media, ArtefactKeys keys,
                     AssetCopies assets, AvatarLook avatarLook, ScriptConfig scriptConfig, RenderTrace trace,
                     RenderParallelism parallelism, ProviderAccount account,
                     SceneFanOut fanOut) {

    /** The same render traced by another trace, for work on a thread of its own. */
    RenderContext tracedBy(RenderTrace other) {
        return new RenderContext(videoId, spec, engine, media, keys, assets, avatarLook, scriptConfig, other,
                parallelism, account, fanOut);
    }
}
