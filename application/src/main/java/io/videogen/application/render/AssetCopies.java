package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.service.AssetService;
import io.videogen.domain.asset.AssetId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** Local copies of the uploads a render uses, fetched from the media store once per workspace. */
final class AssetCopies {

    private final MediaStore media;
    private final ArtefactKeys keys;
    private final Map<AssetId, Path> copies = new ConcurrentHashMap<>();
    private final Map<AssetId, String> hashes = new ConcurrentHashMap<>();
    private final Map<AssetId, Object> fetching = new ConcurrentHashMap<>();

    AssetCopies(MediaStore media, ArtefactKeys keys) {
        this.media = media;
        this.keys = keys;
    }

    /**
     * Safe from several threads (the stills painted beside the avatar stage, which copies the portrait):
     * one upload is fetched by one of them at a time.
     *
     * @param sceneIndex the scene that needs it, named in the failure; -1 for the whole video (music)
     */
    Path of(int sceneIndex, AssetId id) throws IOException {
        Path known = copies.get(id);
        if (known != null) {
            return known;
        }
        synchronized (fetching.computeIfAbsent(id, ignored -> new Object())) {
            return fetched(sceneIndex, id);
        }
    }

    private Path fetched(int sceneIndex, AssetId id) throws IOException {
        Path copy = keys.asset(id);
        if (!Files.exists(copy)) {
            if (media.find(AssetService.contentKey(id)).isEmpty()) {
                String message = "asset " + id + " no longer exists; upload it again or choose another";
                if (sceneIndex >= 0) {
                    throw new SceneFailure(sceneIndex, message, false, null);
                }
                throw new RenderStepException(message, false);
            }
            Path temp = copy.resolveSibling(copy.getFileName() + ".part");
            media.copyTo(AssetService.contentKey(id), temp);
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        copies.put(id, copy);
        return copy;
    }

    /** The SHA-256 of the upload's bytes, so what is made from it is named by its content. */
    String contentHash(int sceneIndex, AssetId id) throws IOException {
        String known = hashes.get(id);
        if (known != null) {
            return known;
        }
        String hash = ContentHash.ofFile(of(sceneIndex, id));
        hashes.put(id, hash);
        return hash;
    }
}
