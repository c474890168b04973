package io.videogen.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void readsRolesInAnyCase() {
        assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.parse(" Creator ")).isEqualTo(Role.CREATOR);
        assertThat(Role.parse("VIEWER")).isEqualTo(Role.VIEWER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"owner", "root", "editor"})
    void rejectsUnknownRolesAndListsTheRealOnes(String text) {
        assertThatThrownBy(() -> Role.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("does not exist; use admin, creator or viewer")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("roles");
    }

    @Test
    void labelIsLowerCase() {
        assertThat(Role.CREATOR.label()).isEqualTo("creator");
    }
}
