package io.videogen.archfixture.rule1.domain;

import io.quarkus.arc.Arc;

/** A domain class that reaches for the container. */
public class TaintedVideo {
    public Object container() {
        return Arc.container();
    }
}
