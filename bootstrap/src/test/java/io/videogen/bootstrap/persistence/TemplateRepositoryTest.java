package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateRepositoryTest {

    @Inject
    TemplateRepository templates;

    private final UserId owner = UserId.random();
    private final Caller ownerCaller = Samples.creator(owner);

    @Test
    void aTemplateReadsBackWithItsWholeDesign() {
        Template template = Template.create(TemplateId.random(), owner, design("Brand"), T0);

        await(templates.add(template));

        assertThat(await(templates.findVisible(template.id(), ownerCaller)).orElseThrow().snapshot())
                .isEqualTo(template.snapshot());
    }

    @Test
    void aRedesignIsSavedWithANewVersionAndAStaleCopyIsRefused() {
        Template template = Template.create(TemplateId.random(), owner, design("Brand"), T0);
        await(templates.add(template));
        Template stale = await(templates.findVisible(template.id(), ownerCaller)).orElseThrow();

        Template current = await(templates.findVisible(template.id(), ownerCaller)).orElseThrow();
        current.redesign(design("Brand 2026"), T0.plusSeconds(5));
        Template saved = await(templates.save(current));
        stale.redesign(design("Lost edit"), T0.plusSeconds(6));

        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> await(templates.save(stale))).isInstanceOf(StaleVersionException.class);
        Template stored = await(templates.findVisible(template.id(), ownerCaller)).orElseThrow();
        assertThat(stored.design().name()).isEqualTo("Brand 2026");
        assertThat(stored.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void anotherUsersTemplateIsInvisibleToOthersButNotToAdmins() {
        Template template = Template.create(TemplateId.random(), owner, design("Brand"), T0);
        await(templates.add(template));
        Caller stranger = Samples.creator(UserId.random());

        assertThat(await(templates.findVisible(template.id(), stranger))).isEmpty();
        assertThat(await(templates.removeVisible(template.id(), stranger))).isFalse();
        assertThat(await(templates.findVisible(template.id(), Samples.admin()))).isPresent();
        assertThat(await(templates.removeVisible(template.id(), ownerCaller))).isTrue();
        assertThat(await(templates.findVisible(template.id(), Samples.admin()))).isEmpty();
    }

    @Test
    void listsTheOwnersTemplatesNewestFirst() {
        Template older = Template.create(TemplateId.random(), owner, design("Older"), T0);
        Template newer = Template.create(TemplateId.random(), owner, design("Newer"), T0.plusSeconds(1));
        await(templates.add(older));
        await(templates.add(newer));
        await(templates.add(Template.create(TemplateId.random(), UserId.random(), design("Someone else's"), T0)));

        Page<Template> page = await(templates.listVisible(ownerCaller, new PageRequest(0, 10)));

        assertThat(page.items()).extracting(Template::id).containsExactly(newer.id(), older.id());
        assertThat(page.totalItems()).isEqualTo(2);
    }

    private static Template.Design design(String name) {
        return new Template.Design(name, VideoConfig.defaults(), new Visual.Gradient(Samples.NAVY, Samples.SAND),
                Samples.SAND, Samples.NAVY, "DejaVu Sans", CaptionStyle.defaults(), AvatarConfig.defaults(),
                ImageSyncConfig.defaults(), "Welcome", "Thanks for watching", new Music(AssetId.random(), 0.3, true),
                Set.of("customer.name", "product"));
    }
}
