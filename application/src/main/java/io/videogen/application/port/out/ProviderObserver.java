package io.videogen.application.port.out;

import io.videogen.domain.provider.Capability;

/** Hears which link of a capability's chain served a call, for the fallback metrics. */
public interface ProviderObserver {

    ProviderObserver NONE = new ProviderObserver() {
        @Override
        public void served(Capability capability, String provider, boolean fallback) {
        }

        @Override
        public void exhausted(Capability capability) {
        }
    };

    /** {@code fallback} when an earlier link of the chain failed first. */
    void served(Capability capability, String provider, boolean fallback);

    /** Every link of the chain failed. */
    void exhausted(Capability capability);
}
