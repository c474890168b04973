package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class PostgresVideoRepository implements VideoRepository {

    private final Database database;
    private final OwnedRows<VideoEntity> rows = new OwnedRows<>(VideoEntity.class);

    PostgresVideoRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(Video video) {
        return database.write(session -> session.persist(VideoEntity.newRow(video.snapshot())).call(session::flush));
    }

    /**
     * Loads the row, refuses a save made from an older version, and lets Hibernate's @Version turn
     * the write into {@code UPDATE … WHERE version = ?}: a concurrent save between the read and the
     * write also ends in {@link StaleVersionException}, never in a lost update.
     */
    @Override
    public Uni<Video> save(Video video) {
        Video.Snapshot changed = video.snapshot();
        StaleVersionException stale = new StaleVersionException("video " + video.id());
        return database.write(session -> session.find(VideoEntity.class, changed.id().value()).chain(row -> {
                    if (row == null || row.version != changed.version()) {
                        return Uni.createFrom().failure(stale);
                    }
                    row.apply(changed);
                    return session.flush().map(ignored -> row.toVideo());
                }))
                .onFailure(Failures::isLostUpdate).transform(ignored -> stale);
    }

    @Override
    public Uni<Optional<Video>> findVisible(VideoId id, Caller caller) {
        return database.read(session -> rows.find(session, id.value(), caller))
                .map(row -> Optional.ofNullable(row).map(VideoEntity::toVideo));
    }

    @Override
    public Uni<Optional<Video>> findById(VideoId id) {
        return database.read(session -> session.find(VideoEntity.class, id.value()))
                .map(row -> Optional.ofNullable(row).map(VideoEntity::toVideo));
    }

    @Override
    public Uni<Page<Video>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        OwnedRows.Filter filter = OwnedRows.Filter.visibleTo(caller);
        status.ifPresent(wanted -> filter.and("status = :status", "status", wanted.name()));
        return database.read(session -> rows.list(session, filter, page)).map(found -> found.map(VideoEntity::toVideo));
    }

    @Override
    public Uni<Boolean> removeVisible(VideoId id, Caller caller) {
        return database.write(session -> rows.remove(session, id.value(), caller));
    }
}
