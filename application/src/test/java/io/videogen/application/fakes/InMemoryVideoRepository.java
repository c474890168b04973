package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps snapshots, like a database keeps rows: what a caller holds is never the stored object. */
public final class InMemoryVideoRepository implements VideoRepository {

    private final Map<VideoId, Video.Snapshot> rows = new ConcurrentHashMap<>();
    private final java.util.Deque<Runnable> racingWrites = new java.util.ArrayDeque<>();
    private final Map<VideoId, List<VideoStatus>> savedStatuses = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> add(Video video) {
        rows.put(video.id(), video.snapshot());
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<Video> save(Video video) {
        Runnable racing = racingWrites.poll();
        if (racing != null) {
            racing.run();
        }
        Video.Snapshot stored = rows.get(video.id());
        if (stored == null || stored.version() != video.version()) {
            return Uni.createFrom().failure(new StaleVersionException("video " + video.id()));
        }
        Video.Snapshot s = video.snapshot();
        Video.Snapshot next = new Video.Snapshot(s.id(), s.owner(), s.title(), s.spec(), s.status(), s.stages(),
                s.progress(), s.failure(), s.durationMs(), s.attempt(), s.createdAt(), s.updatedAt(), s.version() + 1);
        rows.put(video.id(), next);
        savedStatuses.computeIfAbsent(video.id(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(next.status());
        return Uni.createFrom().item(Video.restore(next));
    }

    @Override
    public Uni<Optional<Video>> findVisible(VideoId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(s -> caller.sees(s.owner()))
                .map(Video::restore));
    }

    @Override
    public Uni<Optional<Video>> findById(VideoId id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).map(Video::restore));
    }

    @Override
    public Uni<Page<Video>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        List<Video> all = rows.values().stream().filter(s -> caller.sees(s.owner()))
                .filter(s -> status.map(wanted -> wanted == s.status()).orElse(true))
                .sorted(Comparator.comparing(Video.Snapshot::createdAt).reversed())
                .map(Video::restore).toList();
        List<Video> slice = all.stream().skip(page.offset()).limit(page.size()).toList();
        return Uni.createFrom().item(new Page<>(slice, page, all.size()));
    }

    @Override
    public Uni<Boolean> removeVisible(VideoId id, Caller caller) {
        Video.Snapshot stored = rows.get(id);
        boolean removed = stored != null && caller.sees(stored.owner()) && rows.remove(id) != null;
        return Uni.createFrom().item(removed);
    }

    /** Lets another writer change the video just before each of the next {@code times} saves reaches it. */
    public synchronized void raceNextSaves(int times, VideoId id) {
        for (int i = 0; i < times; i++) {
            racingWrites.add(() -> {
                Video.Snapshot s = rows.get(id);
                rows.put(id, new Video.Snapshot(s.id(), s.owner(), s.title(), s.spec(), s.status(), s.stages(),
                        s.progress(), s.failure(), s.durationMs(), s.attempt(), s.createdAt(), s.updatedAt(),
                        s.version() + 1));
            });
        }
    }

    /** The status of every save that went through, in order (a database would fire its triggers on these). */
    public List<VideoStatus> savedStatuses(VideoId id) {
        return savedStatuses.getOrDefault(id, List.of());
    }

    public Video stored(VideoId id) {
        return Video.restore(rows.get(id));
    }
}
