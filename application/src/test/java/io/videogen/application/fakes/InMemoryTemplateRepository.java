package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTemplateRepository implements TemplateRepository {

    private final Map<TemplateId, Template.Snapshot> rows = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> add(Template template) {
        rows.put(template.id(), template.snapshot());
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Template> save(Template template) {
        rows.put(template.id(), template.snapshot());
        return Uni.createFrom().item(template);
    }

    @Override
    public Uni<Optional<Template>> findVisible(TemplateId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(s -> caller.sees(s.owner()))
                .map(Template::restore));
    }

    @Override
    public Uni<Page<Template>> listVisible(Caller caller, PageRequest page) {
        List<Template> all = rows.values().stream().filter(s -> caller.sees(s.owner())).map(Template::restore)
                .toList();
        return Uni.createFrom().item(new Page<>(all, page, all.size()));
    }

    @Override
    public Uni<Boolean> removeVisible(TemplateId id, Caller caller) {
        return Uni.createFrom().item(findVisible(id, caller).await().atMost(Duration.ofSeconds(30)).isPresent()
                && rows.remove(id) != null);
    }
}
