package io.videogen.archfixture.rule6.application.port.out;

/** An outbound port no adapter implements. */
public interface OrphanPort {
}
