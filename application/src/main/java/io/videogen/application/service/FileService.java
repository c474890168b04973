package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DownloadFilesUseCase;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;

/** Finds stored files for download, after checking that the caller may see what they belong to. */
public final class FileService implements DownloadFilesUseCase {

    private final VideoRepository videos;
    private final AssetRepository assets;
    private final MediaStore media;
    private final Blocking blocking;

    public FileService(VideoRepository videos, AssetRepository assets, MediaStore media, Blocking blocking) {
        this.videos = videos;
        this.assets = assets;
        this.media = media;
        this.blocking = blocking;
    }

    @Override
    public Uni<Download> videoFile(VideoId id, Caller caller, VideoFile file) {
        return videos.findVisible(id, caller).map(found -> found.orElseThrow(() -> new ResourceNotFoundException("video", id)))
                .invoke(video -> {
                    if (video.status() != VideoStatus.COMPLETED) {
                        throw new IllegalTransitionException("video " + id + " is " + video.status().label()
                                + ", so it has no " + file.fileName() + " yet; wait for status completed");
                    }
                })
                .chain(video -> stored(MediaStore.videoPrefix(id) + file.fileName(), "video " + id,
                        file.fileName(), file.mediaType()));
    }

    @Override
    public Uni<Download> assetContent(AssetId id, Caller caller) {
        return assets.findVisible(id, caller).map(found -> found.orElseThrow(() -> new ResourceNotFoundException("asset", id)))
                .chain(asset -> stored(AssetService.contentKey(id), "asset " + id, asset.fileName(),
                        asset.kind().mediaType()));
    }

    private Uni<Download> stored(String key, String what, String fileName, String mediaType) {
        return blocking.call(() -> media.find(key)).map(found -> found
                .map(file -> new Download(fileName, mediaType, file.size(), offset -> media.open(key, offset)))
                .orElseThrow(() -> ResourceNotFoundException.because("the stored file of " + what
                        + " is missing; render the video again or upload the file again")));
    }
}
