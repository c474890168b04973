package io.videogen.domain.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/videogen", "http://example.com:8080/cb?token=abc",
        "HTTPS://Example.com/x"})
    void acceptsHttpAndHttpsUrls(String url) {
        assertThat(CallbackUrl.parse(url)).hasToString(url);
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(CallbackUrl.parse("  https://example.com/cb \n")).hasToString("https://example.com/cb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/cb", "file:///etc/passwd", "javascript:alert(1)", "example.com/cb",
        "//example.com/cb"})
    void rejectsSchemesOtherThanHttp(String url) {
        assertThatThrownBy(() -> CallbackUrl.parse(url))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("callbackUrl must start with http:// or https://")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("callbackUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///path", "https:opaque", "http://exa_mple.com/cb"})
    void rejectsUrlsWithoutAHost(String url) {
        assertThatThrownBy(() -> CallbackUrl.parse(url))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("callbackUrl needs a host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@example.com/cb", "https://user@example.com/cb"})
    void rejectsUrlsCarryingCredentials(String url) {
        assertThatThrownBy(() -> CallbackUrl.parse(url))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not carry a user name or password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com:99999/", "https://example.com:65536/cb", "http://example.com:0/",
        "https://example.com:/cb"})
    void rejectsPortsOutsideTheTcpRange(String url) {
        assertThatThrownBy(() -> CallbackUrl.parse(url))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("callbackUrl port must be between 1 and 65535")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("callbackUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com:1/", "https://example.com:65535/cb", "http://example.com:443/"})
    void acceptsPortsInTheTcpRange(String url) {
        assertThat(CallbackUrl.parse(url).uri().getPort()).isBetween(1, 65535);
    }

    @Test
    void rejectsTextThatIsNotAUrl() {
        assertThatThrownBy(() -> CallbackUrl.parse("https://exa mple.com/"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("callbackUrl is not a valid URL")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("callbackUrl");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aCallbackUrlCannotBeBlank(String url) {
        assertThatThrownBy(() -> CallbackUrl.parse(url))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be an http(s) URL of at most 2000 characters");
    }

    @Test
    void aCallbackUrlIsAtMost2000Characters() {
        String prefix = "https://example.com/";
        String longest = prefix + "a".repeat(CallbackUrl.MAX_LENGTH - prefix.length());

        assertThat(CallbackUrl.parse(longest).uri().toString()).hasSize(2000);
        assertThatThrownBy(() -> CallbackUrl.parse(longest + "a"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 2000 characters");
    }
}
