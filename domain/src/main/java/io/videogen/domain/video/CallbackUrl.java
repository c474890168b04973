package io.videogen.domain.video;

import io.videogen.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the service posts webhooks. Only the shape is checked here; whether the host may be reached
 * (no private or loopback addresses) is decided where the address is resolved.
 */
public record CallbackUrl(URI uri) {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_PORT = 65535;

    public CallbackUrl {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException("callbackUrl", "callbackUrl must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidValueException("callbackUrl", "callbackUrl needs a host name");
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT
                || uri.getPort() == -1 && uri.getRawAuthority() != null && uri.getRawAuthority().endsWith(":")) {
            throw new InvalidValueException("callbackUrl", "callbackUrl port must be between 1 and " + MAX_PORT
                    + "; leave it out for the scheme's own (80 or 443)");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidValueException("callbackUrl", "callbackUrl must not carry a user name or password");
        }
    }

    public static CallbackUrl parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidValueException("callbackUrl",
                    "callbackUrl must be an http(s) URL of at most " + MAX_LENGTH + " characters");
        }
        try {
            return new CallbackUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new InvalidValueException("callbackUrl", "callbackUrl is not a valid URL: " + e.getReason());
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
