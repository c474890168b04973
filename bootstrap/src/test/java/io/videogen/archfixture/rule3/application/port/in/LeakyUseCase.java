package io.videogen.archfixture.rule3.application.port.in;

import io.videogen.archfixture.rule3.application.port.out.SomePort;

/** A use case that hands its caller an outbound port. */
public interface LeakyUseCase {
    SomePort port();
}
