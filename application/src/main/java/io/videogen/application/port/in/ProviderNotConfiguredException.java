package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;

/** No configured provider offers the capability a request needs; the message names the setting. */
public class ProviderNotConfiguredException extends DomainException {

    public ProviderNotConfiguredException(String message) {
        super("PROVIDER_NOT_CONFIGURED", message);
    }

    /** No chat provider: scripts cannot be written from a topic. */
    public static ProviderNotConfiguredException noChat(String setting) {
        return new ProviderNotConfiguredException("no chat provider is configured, so scripts cannot be written "
                + "from a topic; set " + setting + " (with its .kind and .base-url), or send a script instead of a "
                + "topic");
    }
}
