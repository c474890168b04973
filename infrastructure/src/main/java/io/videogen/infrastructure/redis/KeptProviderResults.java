package io.videogen.infrastructure.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.domain.provider.Capability;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Provider results by content address: the bytes in the media store
 * ({@code provider-cache/<capability>/<ab>/<hash>.bin}, with a {@code .note} written last as the mark
 * that the entry is whole), and a hot index in Redis ({@code videogen:provider-cache:<hash>} → the
 * note, expiring after the TTL) so a hit costs one Redis read and one copy. An entry Redis has
 * forgotten (a flush, a new Redis) is found in the media store and indexed again. Nothing here
 * fails a render: an unreadable cache is a miss, an unwritable one is skipped.
 */
final class KeptProviderResults implements ProviderResultCache {

    private static final Logger LOG = Logger.getLogger(KeptProviderResults.class);

    private final MediaStore media;
    private final Optional<RedisAPI> redis;
    private final Duration ttl;
    private final MeterRegistry registry;

    KeptProviderResults(MediaStore media, Optional<RedisAPI> redis, Duration ttl, MeterRegistry registry) {
        this.media = media;
        this.redis = redis;
        this.ttl = ttl;
        this.registry = registry;
    }

    @Override
    public Optional<String> restore(Capability capability, String key, Path target) {
        try {
            Optional<String> note = indexed(key);
            if (note.isEmpty()) {
                note = stored(capability, key);
                note.ifPresent(found -> index(key, found));
            }
            if (note.isEmpty()) {
                count(capability, "miss");
                return Optional.empty();
            }
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try {
                media.copyTo(mediaKey(capability, key) + ".bin", partial);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            count(capability, "hit");
            return note;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("provider cache entry %s could not be read, asking the provider: %s", key, e.toString());
            count(capability, "miss");
            return Optional.empty();
        }
    }

    @Override
    public void keep(Capability capability, String key, Path result, String note) {
        try {
            media.put(mediaKey(capability, key) + ".bin", result);
            media.put(mediaKey(capability, key) + ".note",
                    new ByteArrayInputStream(note.getBytes(StandardCharsets.UTF_8)));
            index(key, note);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("provider result %s could not be kept: %s", key, e.toString());
        }
    }

    private Optional<String> indexed(String key) {
        if (redis.isEmpty()) {
            return Optional.empty();
        }
        try {
            Response value = redis.get().getAndAwait(indexKey(key));
            return value == null ? Optional.empty() : Optional.of(value.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.empty(); // Redis down: the media store still knows
        }
    }

    private void index(String key, String note) {
        redis.ifPresent(client -> {
            try {
                client.setAndAwait(List.of(indexKey(key), note, "EX", Long.toString(Math.max(1, ttl.toSeconds()))));
            } catch (RuntimeException e) {
                LOG.debugf("provider cache index not written: %s", e.toString());
            }
        });
    }

    private Optional<String> stored(Capability capability, String key) throws IOException {
        String noteKey = mediaKey(capability, key) + ".note";
        if (media.find(noteKey).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = media.open(noteKey, 0)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void count(Capability capability, String result) {
        Counter.builder("videogen.provider.cache.requests")
                .description("Lookups of provider results kept by content address (a hit makes no provider call)")
                .tag("capability", capability.key()).tag("result", result).register(registry).increment();
    }

    private static String mediaKey(Capability capability, String key) {
        return "provider-cache/" + capability.key() + "/" + key.substring(0, 2) + "/" + key;
    }

    private static String indexKey(String key) {
        return "videogen:provider-cache:" + key;
    }
}
