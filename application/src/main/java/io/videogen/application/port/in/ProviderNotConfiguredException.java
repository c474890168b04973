package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;

/** No configured provider offers the capability a request needs; the message names the setting. */
public class ProviderNotConfiguredException extends DomainException {

    public ProviderNotConfiguredException(String message) {
        super("PROVIDER_NOT_CONFIGURED", message);
    }
}
