package io.videogen.archfixture.rule6.application.port.in;

/** A use case no service implements. */
public interface OrphanUseCase {
}
