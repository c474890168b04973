package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageTemplatesUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.Template.Design;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;

public final class TemplateService implements ManageTemplatesUseCase {

    private final TemplateRepository templates;
    private final Clock clock;

    public TemplateService(TemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Uni<Template> create(Caller caller, Design design) {
        requireCreator(caller);
        Template template = Template.create(TemplateId.random(), caller.userId(), design, clock.now());
        return templates.add(template).replaceWith(template);
    }

    @Override
    public Uni<Template> get(TemplateId id, Caller caller) {
        return templates.findVisible(id, caller)
                .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("template", id)));
    }

    @Override
    public Uni<Page<Template>> list(Caller caller, PageRequest page) {
        return templates.listVisible(caller, page);
    }

    @Override
    public Uni<Template> replace(TemplateId id, Caller caller, Design design) {
        requireCreator(caller);
        return get(id, caller).chain(template -> {
            template.redesign(design, clock.now());
            return templates.save(template);
        });
    }

    @Override
    public Uni<Void> delete(TemplateId id, Caller caller) {
        requireCreator(caller);
        return templates.removeVisible(id, caller).map(removed -> {
            if (!removed) {
                throw new ResourceNotFoundException("template", id);
            }
            return null;
        });
    }

    private static void requireCreator(Caller caller) {
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot change templates");
        }
    }
}
