package io.videogen.archfixture.rule5.presentation;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** An outbound HTTP client in the inbound layer. */
@RegisterRestClient
public interface ProviderClient {
}
