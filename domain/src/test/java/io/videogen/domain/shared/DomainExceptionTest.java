package io.videogen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void eachBrokenRuleHasItsStableErrorCode() {
        assertThat(new InvalidValueException("title", "x").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(new IllegalTransitionException("x").code()).isEqualTo("RESOURCE_CONFLICT");
        assertThat(new PermissionDeniedException("x").code()).isEqualTo("FORBIDDEN");
        assertThat(new ResourceNotFoundException("video", "v1").code()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(new VersionMismatchException("video", "v1", 1, 2).code()).isEqualTo("PRECONDITION_FAILED");
    }

    @Test
    void notFoundNamesTheKindAndTheId() {
        assertThat(new ResourceNotFoundException("template", "t-7")).hasMessage("no template with id t-7");
    }

    @Test
    void aStaleVersionSaysHowToRecover() {
        assertThat(new VersionMismatchException("video", "v1", 3, 5))
                .hasMessageContaining("video v1 is at version 5, not 3")
                .hasMessageContaining("fetch it again and retry with its current ETag");
    }

    @Test
    void anInvalidValueNamesItsField() {
        InvalidValueException e = new InvalidValueException("output.fps", "output.fps is 0");

        assertThat(e.field()).isEqualTo("output.fps");
        assertThat(e).hasMessage("output.fps is 0");
    }

    @Test
    void guardNamesTheFieldAndTheFix() {
        assertThat(Guard.present("x", "name")).isEqualTo("x");
        assertThatThrownBy(() -> Guard.present(null, "name"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name is required");
        assertThatThrownBy(() -> Guard.notBlank(" ", "name"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name must not be blank");
        assertThatThrownBy(() -> Guard.maxLength("abcd", 3, "name"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name has 4 characters; shorten it to at most 3");
        assertThatThrownBy(() -> Guard.between(11, 1, 10, "count"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("count is 11; use a value from 1 to 10");
        assertThat(Guard.between(10, 1, 10, "count")).isEqualTo(10);
    }

    @Test
    void idsAreUuidsAndTheErrorNamesTheKindOfId() {
        UUID uuid = UUID.randomUUID();

        assertThat(Uuids.parse(" " + uuid + " ", "video")).isEqualTo(uuid);
        assertThatThrownBy(() -> Uuids.parse("12", "video"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'12' is not a video id; ids are UUIDs")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("videoId");
        assertThatThrownBy(() -> Uuids.parse(null, "video"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ids are UUIDs");
    }
}
