package io.videogen.archfixture.rule3.application.port.out;

public interface SomePort {
}
