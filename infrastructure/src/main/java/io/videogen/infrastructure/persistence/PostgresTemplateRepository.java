package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class PostgresTemplateRepository implements TemplateRepository {

    private final Database database;
    private final OwnedRows<TemplateEntity> rows = new OwnedRows<>(TemplateEntity.class);

    PostgresTemplateRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(Template template) {
        return database.write(session -> session.persist(TemplateEntity.newRow(template.snapshot()))
                .call(session::flush));
    }

    /** Same optimistic locking as videos: the template must still be at the version it was loaded at. */
    @Override
    public Uni<Template> save(Template template) {
        Template.Snapshot changed = template.snapshot();
        StaleVersionException stale = new StaleVersionException("template " + template.id());
        return database.write(session -> session.find(TemplateEntity.class, changed.id().value()).chain(row -> {
                    if (row == null || row.version != changed.version()) {
                        return Uni.createFrom().failure(stale);
                    }
                    row.apply(changed);
                    return session.flush().map(ignored -> row.toTemplate());
                }))
                .onFailure(Failures::isLostUpdate).transform(ignored -> stale);
    }

    @Override
    public Uni<Optional<Template>> findVisible(TemplateId id, Caller caller) {
        return database.read(session -> rows.find(session, id.value(), caller))
                .map(row -> Optional.ofNullable(row).map(TemplateEntity::toTemplate));
    }

    @Override
    public Uni<Page<Template>> listVisible(Caller caller, PageRequest page) {
        return database.read(session -> rows.list(session, OwnedRows.Filter.visibleTo(caller), page))
                .map(found -> found.map(TemplateEntity::toTemplate));
    }

    @Override
    public Uni<Boolean> removeVisible(TemplateId id, Caller caller) {
        return database.write(session -> rows.remove(session, id.value(), caller));
    }
}
