package io.videogen.archfixture.rule2.application;

import io.vertx.core.Vertx;

/** A service that knows it runs on Vert.x. */
public class TaintedService {
    public Vertx vertx;
}
