package io.videogen.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void emailIsNormalisedToLowerCase() {
        assertThat(new Email("  Ana.Silva@Example.COM ")).hasToString("ana.silva@example.com");
    }

    @Test
    void oneMailboxIsOneAddressWhateverTheCase() {
        assertThat(new Email("ANA@example.com")).isEqualTo(new Email("ana@EXAMPLE.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "ana+videos@mail.example.co.uk", "a.b-c_d@x.io"})
    void acceptsOrdinaryAddresses(String address) {
        assertThat(new Email(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ana", "ana@", "@example.com", "ana@localhost", "ana@@example.com",
        "ana silva@example.com", "ana@example.", "ana@.com", "ana@exa mple.com"})
    void rejectsTextThatIsNotAnAddressAndShowsAnExample(String address) {
        assertThatThrownBy(() -> new Email(address))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not an email address; write it like ana@example.com")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("email");
    }

    @ParameterizedTest
    @NullSource
    void anEmailIsRequired(String address) {
        assertThatThrownBy(() -> new Email(address))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("email is required");
    }

    @Test
    void theLocalPartIsAtMost64Characters() {
        assertThat(new Email("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
        assertThatThrownBy(() -> new Email("a".repeat(65) + "@example.com"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not an email address");
    }

    @Test
    void anAddressIsAtMost254Characters() {
        String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(57) + ".com";
        String longest = "a".repeat(64) + "@" + domain;

        assertThat(longest).hasSize(254);
        assertThat(new Email(longest).value()).hasSize(254);
        assertThatThrownBy(() -> new Email("b" + longest))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 254 characters");
    }
}
