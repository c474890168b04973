package io.videogen.archfixture.rule5.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A JPA entity in the domain. */
@Entity
public class VideoRow {
    @Id
    public Long id;
}
