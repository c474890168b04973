package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import java.util.Optional;

public interface TemplateRepository {

    Uni<Void> add(Template template);

    Uni<Template> save(Template template);

    Uni<Optional<Template>> findVisible(TemplateId id, Caller caller);

    Uni<Page<Template>> listVisible(Caller caller, PageRequest page);

    Uni<Boolean> removeVisible(TemplateId id, Caller caller);
}
