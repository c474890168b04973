package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.Template.Design;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;

/**
 * Templates are plain records of a design with no workflow of their own, so their create, read,
 * replace and delete share one port rather than five one-line ones.
 */
public interface ManageTemplatesUseCase {

    Uni<Template> create(Caller caller, Design design);

    Uni<Template> get(TemplateId id, Caller caller);

    Uni<Page<Template>> list(Caller caller, PageRequest page);

    Uni<Template> replace(TemplateId id, Caller caller, Design design);

    Uni<Void> delete(TemplateId id, Caller caller);
}
