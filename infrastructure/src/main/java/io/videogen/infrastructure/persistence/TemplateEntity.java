package io.videogen.infrastructure.persistence;

import io.vertx.core.json.JsonObject;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code templates}: the design as a document, its name as a column for listings. */
@Entity
@Table(name = "templates")
public class TemplateEntity {

    @Id
    UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    UUID ownerId;
    String name;
    JsonObject design;
    @Column(name = "created_at", updatable = false)
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    Long version;

    protected TemplateEntity() {
    }

    static TemplateEntity newRow(Template.Snapshot s) {
        TemplateEntity row = new TemplateEntity();
        row.id = s.id().value();
        row.ownerId = s.owner().value();
        row.createdAt = s.createdAt();
        row.apply(s);
        return row;
    }

    void apply(Template.Snapshot s) {
        name = s.design().name();
        design = JsonDocuments.write(DesignDocument.of(s.design()));
        updatedAt = s.updatedAt();
    }

    Template toTemplate() {
        return Template.restore(new Template.Snapshot(new TemplateId(id), new UserId(ownerId),
                JsonDocuments.read(design, DesignDocument.class).toDesign(), createdAt, updatedAt, version));
    }
}
